"""scripts/relabel_claims_witness.py: claims gold follows the addendum's ruling 8b — unnamed
witnesses, residents, activists and people named only by a role or a circumstance are anonymous —
and nothing else changes (a named one keeps person, a Reuters witness stays media, other fields and
other lines are left as they were). Sources are real gold ones."""
from __future__ import annotations

import json
import subprocess
import sys

from maqal import paths

SCRIPT = paths.PROJ_ROOT / "scripts" / "relabel_claims_witness.py"
CLAIMS = [  # (source, type before, type after)
    ("شهود عيان", "person", "anonymous"),                            # blind11 b00
    ("ناشطون معارضون في القطاع الصحي", "person", "anonymous"),       # blind11 b07
    ("أحد الشهود", "person", "anonymous"),                            # blind12 b23
    ("عدد من شهود العياند في منطقة نجران", "person", "anonymous"),    # blind14 b15
    ("إحدى الساكنات في الحي", "person", "anonymous"),                 # blind7 b01
    ("صحافيتان أخريان", "person", "anonymous"),                       # blind24 b17
    ("سكان في قرية دوما", "anonymous", "anonymous"),                  # blind22 b23: already
    ("شاهد من رويترز", "media", "media"),                             # blind3: the agency's reporter
    ("الناشط والمنشق الكوري الشمالي البارز بارك سانغ هاك", "person", "person"),  # named
    ("ساكن آخر في موسكو يدعى سيرجي", "person", "person"),             # named
    ("رياض أحمد، أحد السكان", "person", "person"),                    # named
    ("الصحافية إيلينا كريفياكينا", "person", "person"),               # named
]


def _gold(tmp_path):
    meta = {"meta": {"what": "test"}}
    claims = [{"source": s, "source_start": 0, "source_end": len(s), "source_type": before,
               "source_side": None, "cue": "قال", "cue_start": 0, "cue_end": 3, "direct_quote": False}
              for s, before, _ in CLAIMS]
    other = {"id": "b01", "claims": [{"source": "السفير", "source_type": "official"}]}
    lines = [json.dumps(x, ensure_ascii=False) for x in (meta, {"id": "b00", "claims": claims}, other)]
    path = tmp_path / "claims_blindX.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, lines


def test_ruling_8b_relabels_only_the_type_of_unnamed_witnesses(tmp_path):
    path, before = _gold(tmp_path)
    tsv = tmp_path / "relabelled.tsv"
    done = subprocess.run([sys.executable, str(SCRIPT), str(path), "--tsv", str(tsv)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    after = path.read_text(encoding="utf-8").splitlines()
    assert after[0] == before[0] and after[2] == before[2]
    rec, old = json.loads(after[1]), json.loads(before[1])
    assert [c["source_type"] for c in rec["claims"]] == [a for _, _, a in CLAIMS]
    for c, o in zip(rec["claims"], old["claims"]):
        assert {k: v for k, v in c.items() if k != "source_type"} == {k: v for k, v in o.items() if k != "source_type"}
    rows = [r.split("\t") for r in tsv.read_text(encoding="utf-8").splitlines()]
    assert rows[0] == ["set", "article", "source", "was", "now"]
    assert [r[2] for r in rows[1:]] == [s for s, b, a in CLAIMS if b != a]
    assert {(r[0], r[1], r[3], r[4]) for r in rows[1:]} == {("blindX", "b00", "person", "anonymous")}
