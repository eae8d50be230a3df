"""scripts/relabel_dates_since.py: dates gold follows the addendum's rulings D1, D1b and D2 —
«منذ + count» is a span to the published day, a placed vague count is PAST_REF/FUTURE_REF — and
nothing else in a set changes (unplaced lengths and offsets from an event keep their value)."""
from __future__ import annotations

import json
import subprocess
import sys

from maqal import paths

SCRIPT = paths.PROJ_ROOT / "scripts" / "relabel_dates_since.py"
ITEMS = [  # (text, value before, value after)
    ("منذ ثلاث سنوات", "P3Y", "2015/2018-06-18"),            # D1
    ("منذ نحو أسبوع", "2018-06-11", "2018-06-11/2018-06-18"),  # D1b
    ("منذ عقود", "PXY", "PAST_REF"),                           # D2
    ("خلال الأيام القليلة الماضية", "PXD", "PAST_REF"),        # D2
    ("خلال الأيام المقبلة", "PXD", "FUTURE_REF"),              # D2
    ("لعدة أشهر", "PXM", "PXM"),                               # not placed: a length
    ("منذ الصباح", "2018-06-18TMO", "2018-06-18TMO"),          # not a count
]


def _gold(tmp_path):
    dates = [{"text": t, "start": 0, "end": len(t), "value": v} for t, v, _ in ITEMS]
    dates.append({"text": "قبل أيام", "start": 0, "end": 8, "value": "PXD", "anchor": "event"})
    path = tmp_path / "dates_blindX.jsonl"
    lines = [{"meta": True}, {"id": "b00", "published": "2018-06-18", "dates": dates}]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    return path


def test_rulings_relabel_only_what_they_decide(tmp_path):
    path, tsv = _gold(tmp_path), tmp_path / "relabelled.tsv"
    done = subprocess.run([sys.executable, str(SCRIPT), str(path), "--tsv", str(tsv), "--session", "25"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    meta, rec = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert [d["value"] for d in rec["dates"]] == [after for _, _, after in ITEMS] + ["PXD"]
    assert "relabelled_session25" in meta
    rows = tsv.read_text(encoding="utf-8").splitlines()
    assert [r.split("\t")[-1] for r in rows[1:]] == ["D1", "D1b", "D2", "D2", "D2"]
