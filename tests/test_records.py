"""Each table of findings is defined once (maqal.records): the DataFrames, the JSON of analyze and
the highlight marks all follow that definition."""
from __future__ import annotations


from maqal import load_article, paths
from maqal.analysis import analyze
from maqal.claims import claims
from maqal.explore import as_marks
from maqal.records import CLAIMS, DATES, EVENTS, record_of
from maqal.timeline import events, find_dates


def _sample():
    return load_article(paths.SAMPLE_ARTICLE)


def test_tables_have_the_columns_their_record_declares():
    art = _sample()
    dates = find_dates(art)
    for record, df in ((DATES, dates), (EVENTS, events(art, dates=dates)), (CLAIMS, claims(art))):
        assert list(df.columns) == record.names, record.name
        for col in record.columns:
            if col.type == "int?":
                assert str(df[col.name].dtype) in ("Int64", "int64"), (record.name, col.name)


def test_frames_keep_their_types_also_when_empty():
    art = _sample()
    full, empty = claims(art), CLAIMS.frame([])
    assert record_of(full) is CLAIMS and record_of(events(art)) is EVENTS
    for df in (full, empty):
        assert str(df["source_start"].dtype) == "Int64"
        assert str(df["start"].dtype) == "int64"
        assert str(df["attributed"].dtype) == "bool"
    assert full["source_start"].notna().any() and full["source_start"].isna().any()


def test_json_rows_are_what_analyze_prints():
    from maqal.timeline import date_rows

    art = _sample()
    assert analyze(art)["dates"] == DATES.json_rows(date_rows(art))


def test_marks_follow_the_declared_spans(sample_text):
    from maqal.claims import claim_rows

    art = _sample()
    rows = claim_rows(art)
    marks = CLAIMS.marks(CLAIMS.frame(rows))
    roles = {m.role for m in marks}
    assert roles == {"claim", "source", "cue"}
    n_sources = sum(r["source_start"] is not None for r in rows)
    assert sum(m.role == "source" for m in marks) == n_sources
    for m in marks:
        assert 0 <= m.start < m.end <= len(art.text)
    assert as_marks(CLAIMS.frame(rows)) == marks


def test_arrow_schema_has_every_column():
    schema = EVENTS.arrow_schema([("article_id", __import__("pyarrow").string())])
    assert schema.names == ["article_id"] + EVENTS.names
    assert str(schema.field("start_date").type) == "date32[day]"


def test_plain_rows_keep_plain_rows_and_convert_the_rest():
    """A table of plain rows (an Arabic article's term frequencies) is kept row for row, not
    copied; a table with one NaN, numpy number or date anywhere is made plain row by row."""
    import datetime as dt

    import numpy as np

    from maqal.frequencies import term_frequency_rows
    from maqal.records import plain_rows

    rows = list(term_frequency_rows("قال الرئيس إن الرئيس سيزور الرياض، وزار الرياض أمس."))
    kept = plain_rows(rows)
    assert kept == rows and all(a is b for a, b in zip(kept, rows))
    odd = [dict(rows[0]), dict(rows[1], share=float("nan"), count=np.int64(2)),
           dict(rows[1], spans=[[np.int64(1), 3]]), dict(rows[1], forms=[dt.date(2018, 5, 17)])]
    made = plain_rows(odd)
    assert made[0] is odd[0]
    assert made[1]["share"] is None and type(made[1]["count"]) is int
    assert type(made[2]["spans"][0][0]) is int and made[3]["forms"] == ["2018-05-17"]


def test_analyze_tables_are_compact_rows_equal_to_their_dicts():
    """What ``analyze`` returns for a table is a Rows: row dicts read back equal to the plain
    rows (a frequency row's spans as ``[start, end]`` lists of ints), held column by column, and
    written as the same JSON."""
    import json

    from maqal import load_text
    from maqal.analysis import to_json
    from maqal.frequencies import term_frequency_rows
    from maqal.records import Rows

    text = "قال الرئيس إن الرئيس سيزور الرياض، وزار الرياض أمس ولم يزر جدة."
    rows = term_frequency_rows(text)
    assert isinstance(rows, Rows) and len(rows) == len(list(rows))
    first = rows[0]
    assert first["count"] == 2 and first["spans"] == [[4, 10], [14, 20]] and type(first["spans"][0][0]) is int
    assert [text[s:e] for s, e in first["spans"]] == ["الرئيس", "الرئيس"]
    assert rows == [dict(r) for r in rows] and rows[-1] == list(rows)[-1] and rows[1:3] == list(rows)[1:3]
    data = analyze(load_text(text))
    plain = {k: list(v) if isinstance(v, Rows) else v for k, v in data.items()}
    assert isinstance(data["entities"], Rows) and data["dates"] == plain["dates"]
    assert to_json(data) == json.dumps(plain, ensure_ascii=False, indent=1, default=str)
    assert json.dumps(data, default=list) == json.dumps(plain)
    compact = Rows([{"n": 1, "opt": None, "x": 0.5, "spans": [[1, 2]]}, {"n": 2, "opt": 3, "x": 1.5, "spans": []}])
    assert list(compact) == [{"n": 1, "opt": None, "x": 0.5, "spans": [[1, 2]]}, {"n": 2, "opt": 3, "x": 1.5, "spans": []}]
