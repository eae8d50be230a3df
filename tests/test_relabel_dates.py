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


SUNDAY = [  # (text, value before, value after) in an article of Sunday 2015-08-02 (ISO week 31)
    ("الأسبوع الماضي", "2015-W30", "2015-W31"),           # D3: the week that ended on Saturday
    ("خلال الأسبوع الماضي", "2015-W30", "2015-W31"),      # D3
    ("الأسبوع المقبل", "2015-W32", "2015-W32"),           # not ruled (no clear majority)
    ("خلال الساعات الماضية", "PAST_REF", "PTXH"),         # D4
    ("خلال الساعات المقبلة", "FUTURE_REF", "PTXH"),       # D4
    ("خلال الأيام المقبلة", "FUTURE_REF", "FUTURE_REF"),  # D2 stands
]


def _run(tmp_path, recs):
    path, tsv = tmp_path / "dates_blindY.jsonl", tmp_path / "relabelled.tsv"
    lines = [{"meta": True}] + recs
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(SCRIPT), str(path), "--tsv", str(tsv), "--session", "26"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()][1:], tsv


def test_sunday_last_week_and_placed_hours(tmp_path):
    dates = [{"text": t, "start": 0, "end": len(t), "value": v} for t, v, _ in SUNDAY]
    # an article that calls the week just ended «هذا الأسبوع»: its «الأسبوع الماضي» is the one before
    own = [{"text": "هذا الأسبوع", "start": 0, "end": 11, "value": "2015-W31"},
           {"text": "الأسبوع الماضي", "start": 20, "end": 34, "value": "2015-W30"}]
    monday = [{"text": "الأسبوع الماضي", "start": 0, "end": 14, "value": "2015-W31"}]
    recs, tsv = _run(tmp_path, [{"id": "b00", "published": "2015-08-02", "dates": dates},
                                {"id": "b01", "published": "2015-08-02", "dates": own},
                                {"id": "b02", "published": "2015-08-03", "dates": monday}])
    assert [d["value"] for d in recs[0]["dates"]] == [after for _, _, after in SUNDAY]
    assert [d["value"] for d in recs[1]["dates"]] == ["2015-W31", "2015-W30"]
    assert recs[2]["dates"][0]["value"] == "2015-W31"
    rows = tsv.read_text(encoding="utf-8").splitlines()
    assert [r.split("\t")[-1] for r in rows[1:]] == ["D3", "D3", "D4", "D4"]
