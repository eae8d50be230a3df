"""Corpus mode: many articles → Parquet tables; resumable; equal on Dask; per-outlet statistics."""
from __future__ import annotations

import json
from collections import Counter

import pandas as pd
import pytest

from maqal import corpus, paths
from maqal.arabic import WORD_RE
from maqal.frequencies import content_keys, count_terms, term_frequencies
from maqal.inputs import expand, iter_array
from maqal.loading import load_article

from conftest import corpus_zips, needs_corpus

SNN = paths.ARTICLES_DIR / "saudinewsnet_sample_2015-08-02.json"


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    run = corpus.run_corpus([SNN], out, workers=1, progress=False)
    return out, run


def test_array_articles_are_built_like_load_article():
    for i, art in iter_array(SNN, 0, 10):
        assert art == load_article(SNN, index=i)


def test_inputs_expand_folders_arrays_and_selectors(tmp_path):
    refs = expand([paths.ARTICLES_DIR])
    names = [r.path.name for r in refs]
    assert "realist_kim_putin_visit_2023.txt" in names
    assert "realist_kim_putin_visit_2023.yml" not in names  # a sidecar, not an article
    assert sum(1 for r in refs if r.path == SNN) == 10  # every article of the array
    one = expand([f"{SNN}#3"])
    assert len(one) == 1 and one[0].index == 3
    url = json.loads(SNN.read_text(encoding="utf-8"))[2]["url"]
    assert expand([f"{SNN}#{url}"])[0].load().url == url
    assert len(expand([paths.ARTICLES_DIR], limit=4)) == 4


def test_terms_rows_match_count_terms_and_spans():
    art = load_article(SNN, index=0)
    rows = corpus.terms_rows(art)
    names = [r for r in rows if " " in r["key"]]
    assert names, "the article names people and bodies in several words"
    # every word count_terms counts is in a single-word row or inside a name, never both
    words = [w for r in names for s, e in zip(r["starts"], r["ends"]) for w in (m.group() for m in WORD_RE.finditer(art.text[s:e]))]
    decided = content_keys(words)
    in_names = Counter(decided[w] for w in words if decided[w])
    singles = {r["key"]: r["count"] for r in rows if " " not in r["key"]}
    counted = count_terms(art.text)
    assert {k: singles.get(k, 0) + in_names.get(k, 0) for k in counted} == dict(counted)
    assert set(singles) <= set(counted)
    for r in rows:
        assert len(r["starts"]) == len(r["ends"]) == r["count"]
        assert all(" ".join(art.text[s:e].split()) in r["forms"] for s, e in zip(r["starts"], r["ends"]))
        assert r["term"] == r["forms"][0]


def test_corpus_terms_count_a_multiword_name_as_one_term():
    art = load_article(paths.SAMPLE_ARTICLE)
    rows = {r["term"]: r for r in corpus.terms_rows(art)}
    assert "كيم جونغ أون" in rows and "فلاديمير بوتين" in rows
    assert "جونغ" not in rows  # only ever written inside the name: not counted again
    article_terms = term_frequencies(art)
    assert rows["كيم جونغ أون"]["count"] == int(article_terms.set_index("term").loc["كيم جونغ أون", "count"])


def test_article_tables_has_every_registered_table():
    art = load_article(SNN, index=1)
    tables = corpus.article_tables(art)
    assert set(tables) >= {"articles", "terms", "errors"}
    assert tables["articles"][0]["article_id"] == art.id


def test_registered_table_is_written(tmp_path):
    def first_word(article):
        import re

        m = re.search(r"\w+", article.text)
        return [{"word": m.group(), "start": m.start(), "end": m.end()}]

    corpus.register_table("first_word", first_word)
    try:
        corpus.run_corpus([SNN], tmp_path, workers=1, progress=False, tables=["terms", "first_word"])
        df = corpus.read_table(tmp_path, "first_word")
        assert len(df) == 10 and list(df.columns[:3]) == ["article_id", "source", "day"]
    finally:
        corpus.TABLES.pop("first_word", None)


def test_sample_corpus_tables(sample_out):
    out, run = sample_out
    assert run.articles == 10 and not run.errors
    arts = corpus.read_table(out, "articles")
    assert len(arts) == 10 and arts["article_id"].is_unique
    assert set(arts["day"]) == {"2015-08-02"} and arts["source"].notna().all()
    terms = corpus.read_table(out, "terms")
    assert {"article_id", "source", "day", "key", "term", "count", "forms", "starts", "ends"} <= set(terms.columns)
    # spans index the article's text
    art = load_article(SNN, select=arts["url"].iat[0])
    row = terms[terms["article_id"] == art.id].iloc[0]
    assert all(art.text[s:e] in list(row["forms"]) for s, e in zip(row["starts"], row["ends"]))
    # hive layout, one file per outlet/day per chunk
    files = list((out / "terms").rglob("*.parquet"))
    assert files and all(f.parent.name.startswith("day=") and f.parent.parent.name.startswith("source=") for f in files)
    assert pd.read_parquet(out / "articles").shape[0] == 10  # plain pandas reads it too
    manifest = json.loads((out / "_manifest.json").read_text())
    assert manifest["articles"] == 10


def test_rerun_resumes_and_replaces(tmp_path):
    run1 = corpus.run_corpus([SNN], tmp_path, workers=1, progress=False, limit=4, chunk_size=3)
    assert run1.done == 2
    run2 = corpus.run_corpus([SNN], tmp_path, workers=1, progress=False, limit=4, chunk_size=3)
    assert run2.done == 0 and run2.skipped == 2
    # a full run replaces the short last chunk instead of adding to it
    corpus.run_corpus([SNN], tmp_path, workers=1, progress=False, chunk_size=3)
    arts = corpus.read_table(tmp_path, "articles")
    assert len(arts) == 10 and arts["article_id"].is_unique
    # a half-written chunk (no marker) is redone
    marker = next((tmp_path / "_chunks").glob("*.json"))
    marker.unlink()
    run4 = corpus.run_corpus([SNN], tmp_path, workers=1, progress=False, chunk_size=3)
    assert run4.done == 1 and len(corpus.read_table(tmp_path, "articles")) == 10


def test_failures_are_recorded_with_reasons(tmp_path):
    bad = tmp_path / "in" / "bad.json"
    bad.parent.mkdir()
    data = json.loads(SNN.read_text(encoding="utf-8"))[:3]
    data[1]["content"] = "   "  # empty: skipped (empty), not failed
    data[2]["content"] = "An English article about nothing at all, with no Arabic in it. " * 3  # fails
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    run = corpus.run_corpus([bad.parent], tmp_path / "out", workers=1, progress=False)
    assert run.articles == 1 and len(run.errors) == 1 and len(run.empty) == 1
    assert "whitespace" in run.empty[0]["why"] and run.empty[0]["index_in_file"] == 1
    errs = corpus.read_table(tmp_path / "out", "errors")
    assert "no Arabic text" in errs["error"].iat[0] and errs["index_in_file"].iat[0] == 2


def test_local_pool_equals_inline(tmp_path):
    corpus.run_corpus([SNN], tmp_path / "a", workers=1, progress=False, chunk_size=4)
    corpus.run_corpus([SNN], tmp_path / "b", workers=2, progress=False, chunk_size=4)
    for name in corpus.table_names(tmp_path / "a"):
        pd.testing.assert_frame_equal(corpus.read_table(tmp_path / "a", name), corpus.read_table(tmp_path / "b", name))


def test_outlet_statistics(sample_out):
    out, _ = sample_out
    per_day = corpus.articles_per_day(out)
    assert list(per_day.columns) == ["source", "day", "articles"] and per_day["articles"].sum() == 10
    key = corpus.keyness_by_outlet(out, min_count=2, min_articles=1, min_ll=3.84, top=5)
    assert {"source", "term", "count", "rest_count", "log_likelihood", "log_ratio"} <= set(key.columns)
    assert len(key) and (key["log_likelihood"] >= 3.84).all() and (key["log_ratio"] > 0).all()
    assert key.groupby("source").size().max() <= 5
    prof = corpus.sourcing_profile(out)
    assert list(prof.columns) == corpus.SOURCING_COLUMNS and prof["articles"].sum() == 10
    if (out / "claims").is_dir():
        assert prof["own_voice"].between(0, 1).all()


def test_keyness_matches_the_formula(sample_out):
    import numpy as np

    from maqal.frequencies import log_likelihood, log_ratio

    out, _ = sample_out
    key = corpus.keyness_by_outlet(out, min_count=2, min_articles=1, min_ll=3.84, top=None)
    terms = corpus.read_table(out, "terms")
    per_source = terms.groupby("source")["count"].sum()
    for r in key.head(20).itertuples():
        # the outlet's count of the term in all its tokens, against the other outlets'
        a, b = r.count, r.rest_count
        c = per_source[r.source]
        d = per_source.sum() - c
        assert r.log_likelihood == np.round(log_likelihood(a, b, c, d), 2)
        assert r.log_ratio == np.round(log_ratio(a, b, c, d), 2)
    assert log_likelihood(10, 5, 100, 1000) > 15.13  # 10 of 100 tokens against 5 of 1000


def test_sourcing_profile_without_claims(tmp_path):
    corpus.run_corpus([SNN], tmp_path, workers=1, progress=False, tables=["terms"])
    prof = corpus.sourcing_profile(tmp_path)
    assert prof["articles"].sum() == 10 and prof["own_voice"].isna().all()


def test_corpus_cli(tmp_path, capsys):
    from maqal.cli import main

    assert main(["corpus", f"{SNN}", "--out", str(tmp_path), "--workers", "1", "--limit", "3", "--quiet",
                 "--tables", "terms"]) == 0
    assert "3 articles" in capsys.readouterr().out


def test_corpus_notebook_is_not_run_per_article():
    from maqal.reports import notebooks

    assert all("05_corpus" not in p.name for p in notebooks())
    assert [p.name for p in notebooks("corpus")] == ["05_corpus_overview.ipynb", "07_explore_an_archive.ipynb",
                                                  "08_stories_across_outlets.ipynb"]


@pytest.mark.slow
def test_corpus_report(tmp_path, sample_out):
    from maqal.reports import run_corpus_report

    out, _ = sample_out
    res = run_corpus_report(out, tmp_path / "r", tmp_path / "f", progress=False, timeout=300)
    page = res.html[0].read_text(encoding="utf-8")
    assert "Traceback" not in page and "output_error" not in page and 'dir="rtl"' in page
    assert (tmp_path / "f" / "05-articles-per-day.png").exists()


@pytest.mark.slow
@pytest.mark.corpus
def test_dask_local_cluster_equals_local_run(tmp_path):
    needs_corpus()
    pytest.importorskip("dask.distributed")
    zips = corpus_zips()[:1]
    local = corpus.run_corpus(zips, tmp_path / "local", workers=2, limit=200, chunk_size=50, progress=False)
    dask = corpus.run_corpus(zips, tmp_path / "dask", dask="local", workers=2, limit=200, chunk_size=50,
                             progress=False)
    assert local.articles == dask.articles > 150 and dask.mode == "dask"
    names = corpus.table_names(tmp_path / "local")
    assert names == corpus.table_names(tmp_path / "dask") and {"articles", "terms"} <= set(names)
    for name in names:
        pd.testing.assert_frame_equal(corpus.read_table(tmp_path / "local", name),
                                      corpus.read_table(tmp_path / "dask", name), obj=name)
    files = sorted(p.relative_to(tmp_path / "local").as_posix() for p in (tmp_path / "local").rglob("*.parquet"))
    assert files == sorted(p.relative_to(tmp_path / "dask").as_posix() for p in (tmp_path / "dask").rglob("*.parquet"))


@pytest.mark.corpus
def test_real_corpus_slice_has_every_outlet_partition(tmp_path):
    needs_corpus()
    run = corpus.run_corpus(corpus_zips()[:1], tmp_path, workers=1, limit=300, progress=False, tables=["terms"])
    arts = corpus.read_table(tmp_path, "articles")
    assert len(arts) == run.articles and arts["source"].nunique() >= 1
    per = corpus.articles_per_day(tmp_path)
    assert per["articles"].sum() == run.articles


def test_claim_rows_are_the_rows_of_claims():
    from maqal.claims import COLUMNS, claim_rows, claims

    for i in (0, 1, 2):
        art = load_article(SNN, index=i)
        rows = claim_rows(art)
        df = claims(art)
        assert [list(r) for r in rows] == [COLUMNS] * len(rows)
        assert len(rows) == len(df) and [r["claim"] for r in rows] == list(range(len(df)))
        back = pd.DataFrame(rows, columns=COLUMNS)
        for col in COLUMNS:
            assert back[col].astype(object).where(back[col].notna(), None).tolist() \
                == df[col].astype(object).where(df[col].notna(), None).tolist(), col


def test_builtin_tables_have_one_fixed_schema(sample_out):
    import pyarrow.parquet as pq

    from maqal.corpus.schemas import builtin_schemas

    out, _ = sample_out
    for name in ("articles", "terms", "dates", "events", "claims"):
        if not (out / name).is_dir():
            continue
        schemas = {str(pq.read_schema(f)) for f in (out / name).rglob("*.parquet")}
        assert len(schemas) == 1, name
        schema = pq.read_schema(next((out / name).rglob("*.parquet")))
        assert "null" not in {str(t) for t in schema.types}, name  # all-null columns keep their type
        assert schema.names == builtin_schemas()[name][0].names
    if (out / "claims").is_dir():
        cl = corpus.read_table(out, "claims")
        assert str(cl["source_start"].dtype) == "Int64" and str(cl["cue_end"].dtype) == "Int64"
        arts = corpus.read_table(out, "articles")
        assert set(cl["source"]) <= set(arts["source"])  # the outlet, not the claim's speaker


def test_replaced_builtin_table_is_written_the_generic_way(tmp_path):
    def terms(article):
        return [{"key": "x", "n": 1.5, "source": "ignored"}]

    old = corpus.TABLES["terms"]
    corpus.register_table("terms", terms)
    try:
        corpus.run_corpus([SNN], tmp_path, workers=1, progress=False, limit=3, tables=["terms"])
        df = corpus.read_table(tmp_path, "terms")
        assert len(df) == 3 and df["n"].tolist() == [1.5] * 3 and "count" not in df.columns
    finally:
        corpus.TABLES["terms"] = old


def test_fast_table_falls_back_on_unexpected_rows():
    from maqal.corpus.arrow import fixed_schema_table

    entries = [({"article_id": "a", "source": "s", "day": "2015-08-02"},
                [{"value": None, "start_date": None, "end_date": None, "granularity": None, "kind": "x",
                  "start": 0, "end": 1, "text": "x", "sentence": 0, "extra": 1}])]
    tables = {"dates": corpus.dates_rows}
    assert fixed_schema_table("dates", entries, tables) is None  # an unknown key
    del entries[0][1][0]["extra"]
    table, parts = fixed_schema_table("dates", entries, tables)
    assert table.num_rows == 1 and parts == [(("s", "2015-08-02"), 0, 1)]
    entries[0][1][0]["start"] = "0"
    assert fixed_schema_table("dates", entries, tables) is None  # a value of another type


def test_claims_table_keeps_who_speaks_beside_the_outlet(tmp_path):
    """In corpus tables ``source`` is the outlet (the partition); the claim's own source is ``speaker``."""
    import maqal
    from maqal.claims import claims
    from maqal.cli import main
    from maqal.corpus import read_table

    assert main(["corpus", str(maqal.paths.SAMPLE_ARTICLE), "--out", str(tmp_path / "c"), "--quiet"]) == 0
    table = read_table(tmp_path / "c", "claims").sort_values("claim")
    expected = claims(maqal.load_article(maqal.paths.SAMPLE_ARTICLE))
    assert table["speaker"].tolist() == expected["source"].tolist()
    assert set(table["source"]) == {"رياليست عربي"}


def test_an_outlets_own_name_and_bylines_are_not_its_distinctive_terms(tmp_path):
    # «الشرق الأوسط» signs half of aawsat's bylines and its text: with own_names=False it tops the
    # outlet's list; by default the outlet's name, repeated byline words and template words are left
    # out, others stay
    needs_corpus()
    from maqal.corpus.own_names import own_name_keys

    day = next(z for z in corpus_zips() if z.name == "2015-08-02.zip")
    corpus.run_corpus([day], tmp_path, workers=1, progress=False, limit=400, tables=["terms"])
    own = own_name_keys(tmp_path)
    assert {"شرق", "اوسط", "شرق اوسط"} <= own["aawsat"] and "جزيرة" in own["aljazirah"]
    assert "محمد" not in own["aawsat"]  # a reporter's first name in a few bylines is no signature
    kwargs = dict(min_count=3, min_articles=1, min_ll=6.63, top=None)
    raw = corpus.keyness_by_outlet(tmp_path, own_names=False, **kwargs)
    kept = corpus.keyness_by_outlet(tmp_path, **kwargs)
    raw_aawsat = raw[raw["source"] == "aawsat"]
    assert {"شرق", "اوسط", "شرق اوسط"} & set(raw_aawsat["key"].head(10))
    # 3alyoum closes most articles with its tag line «سمات: …»: a template word, the top of its raw list
    assert "سمات" in own["3alyoum"] and raw.loc[raw["source"] == "3alyoum", "key"].iat[0] == "سمات"
    assert "سمات" not in set(kept.loc[kept["source"] == "3alyoum", "key"])
    assert len(kept[kept["source"] == "3alyoum"]) >= 5  # what it writes about stays
    for src, keys in own.items():
        assert not set(kept.loc[kept["source"] == src, "key"]) & keys
    dropped = raw.merge(kept, how="left", indicator=True).query("_merge == 'left_only'")
    assert all(k in own[s] for s, k in zip(dropped["source"], dropped["key"]))


def test_the_events_most_outlets_report_say_who_where_and_when_with_links(sample_out):
    from maqal.corpus.reported_events import COLUMNS, reported_events

    out, _ = sample_out
    events = corpus.read_table(out, "events")
    df = reported_events(out, n=50)
    assert list(df.columns) == COLUMNS and len(df)
    assert (df["who"].str.len() + df["where"].str.len() > 0).all() and df["when"].str.len().all()
    assert df["n_outlets"].is_monotonic_decreasing
    urls = set(corpus.read_table(out, "articles")["url"].dropna())
    for row in df.itertuples():
        assert 0 < len(row.links) <= row.articles and all(u in urls for _, u in row.links if u)
        assert row.n_outlets == len(row.outlets) and row.mentions >= row.articles
    dated = events[events["start_date"].notna() & (events["who"].notna() | events["where"].notna())]
    assert df["mentions"].sum() <= len(dated)
