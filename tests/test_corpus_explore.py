"""The corpus index (the ``tokens`` table) and the exploration API over it (``maqal.corpus.explore``):
what a corpus-wide query finds is what the per-article analyses find, article by article.

Real text: the shipped SaudiNewsNet sample (always), and a slice of both shared corpora (ANT's
BBC Arabic and a SaudiNewsNet day, chosen where the Kremlin is written about; skipped when
they are absent)."""
from __future__ import annotations

from collections import Counter

import pytest

from conftest import SNN_SAMPLE
from maqal import corpus, frequencies, paths
from maqal.arabic import normalize
from maqal.corpus import explore
from maqal.frequencies import content_keys
from maqal.inputs import expand
from maqal.textlayer import text_layer

BBC = paths.ANT_DIR / "BBC.zip"
SNN_DAY = paths.CORPUS_DIR / "2015-07-21.zip"
#: BBC Arabic, 2018 (six of these write about the Kremlin) and a SaudiNewsNet day (two do)
SLICE = [f"{BBC}#{i}" for i in range(595, 625)] + [f"{SNN_DAY}#{i}" for i in range(75, 125)]


def _articles(refs):
    out = []
    for r in expand(refs):
        try:
            out.append(r.load())
        except Exception:  # noqa: BLE001 - refused articles are not in the corpus either
            pass
    return out


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    out = tmp_path_factory.mktemp("explore-sample")
    corpus.run_corpus([SNN_SAMPLE], out, workers=1, progress=False)
    return corpus.open_archive(out), _articles([SNN_SAMPLE])


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    if not (BBC.exists() and SNN_DAY.exists()):
        pytest.skip(f"the shared corpora are not at {paths.ANT_DIR} and {paths.CORPUS_DIR} (set MAQAL_SHARED)")
    out = tmp_path_factory.mktemp("explore-shared")
    corpus.run_corpus(SLICE, out, workers=1, progress=False)
    return corpus.open_archive(out), _articles(SLICE)


def _per_article(articles, term):
    """(article_id, start, end) of every occurrence that the per-article concordance finds."""
    return {(a.id, int(s), int(e)) for a in articles
            for s, e in zip(*(frequencies.concordance(a, term)[c] for c in ("start", "end")))}


def _corpus(arc, term, **kw):
    conc = arc.concordance(term, limit=None, **kw)
    return {(a, int(s), int(e)) for a, s, e in zip(conc["article_id"], conc["start"], conc["end"])}


# --------------------------------------------------------------------------- the index
def test_tokens_table_is_the_text_layer(sample):
    arc, articles = sample
    tokens = corpus.read_table(arc.out, "tokens")
    assert len(tokens) == len(articles)
    by_id = {a.id: a for a in articles}
    for row in tokens.itertuples(index=False):
        art = by_id[row.article_id]
        cols = text_layer(art).token_columns
        assert row.text == art.text
        assert list(row.starts) == list(cols["start"]) and list(row.ends) == list(cols["end"])
        assert list(row.norms) == cols["norm"] and list(row.sentences) == list(cols["sentence"])


def test_index_is_cached_and_rebuilt_when_the_corpus_changes(tmp_path):
    corpus.run_corpus([SNN_SAMPLE], tmp_path, workers=1, progress=False, limit=4)
    first = corpus.open_archive(tmp_path)
    assert explore.index_path(tmp_path, first.stamp).exists()
    assert len(first.articles()) == 4
    assert corpus.open_archive(tmp_path) is first  # same manifest: the same warm index
    corpus.run_corpus([SNN_SAMPLE], tmp_path, workers=1, progress=False)
    again = corpus.open_archive(tmp_path)
    assert again is not first and len(again.articles()) == 10
    assert [p.name for p in (tmp_path / explore.INDEX_DIR).glob("*.duckdb")] == [f"index-{again.stamp}.duckdb"]


def test_a_corpus_without_the_index_is_named(tmp_path):
    corpus.run_corpus([SNN_SAMPLE], tmp_path, workers=1, progress=False, limit=2, tables="terms")
    with pytest.raises(FileNotFoundError, match="no tokens table"):
        corpus.open_archive(tmp_path)


# --------------------------------------------------------------------------- concordance
def test_sample_concordance_is_the_per_article_concordance(sample):
    arc, articles = sample
    for term in ("السعودية", "خادم الحرمين", "المغرب"):
        expected = _per_article(articles, term)
        assert expected, term
        assert _corpus(arc, term) == expected, term


def test_concordance_lines_keep_their_span_and_context(sample):
    arc, articles = sample
    texts = {a.id: a.text for a in articles}
    conc = arc.concordance("السعودية", sort="R1")
    assert len(conc)
    for r in conc.itertuples(index=False):
        text = texts[r.article_id]
        assert text[r.start:r.end] == r.match
        assert text[:r.start].replace("\n", " ").endswith(r.left)
        assert text[r.end:].replace("\n", " ").startswith(r.right)
    r1 = conc["R1"].fillna("").tolist()
    assert r1 == sorted(r1)


def test_word_and_pattern_queries_fold_the_spelling(sample):
    arc, articles = sample
    forms = Counter(normalize(f, teh_marbuta=True) for a in articles for f in text_layer(a).token_columns["text"])
    # «السعوديه» written with heh finds the teh marbuta spelling
    assert len(arc.concordance("السعوديه", kind="word", limit=None)) == forms["السعوديه"] > 0
    pattern = arc.concordance("*سعودي*", limit=None)
    assert len(pattern) == sum(n for f, n in forms.items() if "سعودي" in f)
    assert all("سعودي" in normalize(m, teh_marbuta=True) for m in pattern["match"])


def test_outlet_and_day_filters(sample):
    arc, _ = sample
    conc = arc.concordance("السعودية", limit=None)
    one = conc["source"].iat[0]
    only = arc.concordance("السعودية", sources=[one], limit=None)
    assert len(only) == (conc["source"] == one).sum() and set(only["source"]) == {one}
    assert arc.concordance("السعودية", start="2016-01-01", limit=None).empty


def test_kremlin_concordance_is_the_per_article_concordance_on_both_corpora(shared):
    arc, articles = shared
    expected = _per_article(articles, "الكرملين")
    assert len({a for a, _, _ in expected}) >= 6
    assert {a.split("-")[0] for a, _, _ in expected} == {"BB", "url"}  # BBC Arabic (ANT) and SaudiNewsNet
    assert _corpus(arc, "الكرملين") == expected
    # a multiword name too
    assert _corpus(arc, "الرئيس الروسي") == _per_article(articles, "الرئيس الروسي") != set()


# --------------------------------------------------------------------------- collocates, trends, clusters
def _window_counts(articles, term, window):
    """Content-word groups within ``window`` tokens of the term, counted straight from text layers."""
    counts: Counter = Counter()
    for a in articles:
        cols = text_layer(a).token_columns
        keys = content_keys(cols["text"])
        hits = {(s, e) for s, e in zip(*(frequencies.concordance(a, term)[c] for c in ("start", "end")))}
        starts = cols["start"]
        for p, s in enumerate(starts):
            if (s, cols["end"][p]) in hits:
                for q in range(max(0, p - window), min(len(starts), p + window + 1)):
                    if q != p and keys[cols["text"][q]] is not None:
                        counts[keys[cols["text"][q]]] += 1
    return counts


def test_kremlin_collocates_are_counted_as_in_the_text(shared):
    arc, articles = shared
    colls = arc.collocates("الكرملين", window=5, min_count=2, min_freq=1, top=None)
    direct = _window_counts(articles, "الكرملين", 5)
    assert dict(zip(colls["key"], colls["count"])) == {k: n for k, n in direct.items() if n >= 2}
    # March 2018 at the BBC: RT, «the channel the Kremlin funds», and the Skripal poisoning
    assert {"يمولها", "قناة", "تسمم", "عميل"} <= set(colls["key"])
    assert (colls["left"] + colls["right"] == colls["count"]).all()
    top = colls.iloc[0]
    assert top["log_likelihood"] > 10.83 and top["mi"] > 0 and top["t_score"] > 0


def test_collocate_network_links_the_term_to_its_collocates(shared):
    arc, _ = shared
    graph = arc.network("الكرملين", window=5, top=5, min_count=2)
    node = explore.group_key("الكرملين")
    assert graph.nodes[node]["query"] and graph.degree(node) == 5
    fig = corpus.network_chart(graph)
    assert fig.axes


def test_trend_counts_match_the_concordance_and_show_coverage(shared):
    arc, _ = shared
    trend = arc.trend("الكرملين", period="day")
    conc = arc.concordance("الكرملين", limit=None)
    direct = conc.groupby(["source", "day"]).size()
    got = trend.set_index(["source", "day"])["count"]
    assert got[got > 0].sort_index().to_dict() == direct.sort_index().to_dict()
    arts = arc.articles()
    per_day = arts.groupby(["source", "day"]).size()
    assert trend.set_index(["source", "day"])["articles"][per_day.index].to_dict() == per_day.to_dict()
    # both outlets over the whole range: SaudiNewsNet's 2015 days are gaps for BBC (no article), not zeros
    gaps = trend[(trend["articles"] == 0)]
    assert len(gaps) and gaps["per_million"].isna().all() and (gaps["count"] == 0).all()
    # 2015 and 2018 together: by month (automatically), the same counts
    months = arc.trend("الكرملين")
    assert months["day"].str.endswith("-01").all() and months["count"].sum() == len(conc)
    assert months.groupby("source")["articles"].sum().to_dict() == arts.groupby("source").size().to_dict()


def test_clusters_and_dispersion(sample):
    arc, articles = sample
    clusters = arc.clusters("الحرمين", n=2, min_count=2)
    text = " ".join(normalize(a.text) for a in articles)
    top = clusters.iloc[0]
    assert top["cluster"] == "الحرمين الشريفين" and top["count"] == text.count("الحرمين الشريفين")
    disp = arc.dispersion("السعودية")
    assert ((disp["relative"] >= 0) & (disp["relative"] < 1)).all()
    assert len(disp) == len(arc.concordance("السعودية", limit=None))


def test_every_cluster_of_the_corpus_is_counted_from_its_tokens(sample):
    """Without a query, clusters are every n-gram within a sentence of every article: counted here
    straight from the ``tokens`` table (each article's normalised words and sentence numbers)."""
    from collections import Counter, defaultdict

    arc, _ = sample
    tokens = corpus.read_table(arc.out, "tokens", columns=["article_id", "norms", "sentences"])
    for n in (2, 3):
        counts, docs = Counter(), defaultdict(set)
        for aid, norms, sents in zip(tokens["article_id"], tokens["norms"], tokens["sentences"]):
            for i in range(len(norms) - n + 1):
                if sents[i] == sents[i + n - 1]:
                    gram = " ".join(norms[i:i + n])
                    counts[gram] += 1
                    docs[gram].add(aid)
        got = arc.clusters(n=n, min_count=2, top=None)
        want = {g: c for g, c in counts.items() if c >= 2}
        assert dict(zip(got["cluster"], got["count"])) == want
        assert list(got["count"]) == sorted(got["count"], reverse=True)
        for cluster, ids in zip(got["cluster"], got["article_ids"]):
            assert list(ids) == sorted(docs[cluster])[:5]


def test_compare_two_outlets_counts_as_the_terms_table(shared):
    arc, _ = shared
    comp = arc.compare("BBC", "alriyadh", by="source", min_count=1, top=None) if "alriyadh" in set(
        arc.articles()["source"]) else None
    if comp is None:
        outlets = arc.articles()["source"].value_counts().index[:2].tolist()
        comp = arc.compare(*outlets, by="source", min_count=1, top=None)
    else:
        outlets = ["BBC", "alriyadh"]
    terms = corpus.read_table(arc.out, "terms")
    for side, outlet in zip("ab", outlets):
        direct = terms[terms["source"] == outlet].groupby("key")["count"].sum()
        got = comp.set_index("key")[f"count_{side}"]
        assert got[got > 0].sort_index().to_dict() == direct.sort_index().to_dict()
    assert set(comp["side"]) >= {"a", "b", "shared"}
    assert list(corpus.side_by_side(comp, n=5).columns) == ["a", "shared", "b"]


def test_every_view_exports(sample, tmp_path):
    arc, _ = sample
    conc = arc.concordance("السعودية")
    tsv = corpus.export(conc, tmp_path / "c.tsv").read_text(encoding="utf-8")
    assert tsv.splitlines()[0].split("\t")[:4] == ["article_id", "source", "day", "left"]
    assert "السعودية" in tsv
    fig = corpus.trend_chart(arc.trend("السعودية"))
    for suffix in (".png", ".svg"):
        assert corpus.export(fig, tmp_path / f"t{suffix}").stat().st_size > 1000
    with pytest.raises(ValueError, match="csv or .tsv"):
        corpus.export(conc, tmp_path / "c.xlsx")


def test_the_static_forms_speak_the_report_language_and_the_concordance_reads_right_to_left(sample, monkeypatch):
    """What a saved 07 report shows of each picker: captions and columns from the labels file in
    ``ar`` (no English word, no «pick in JupyterLab»), the concordance before · match · after from
    the right; in ``en`` a left-to-right table puts the text after the match first."""
    import re

    from maqal.corpus.explore_widgets import archive_explorer, shown
    from maqal.explore import REPORT_ENV

    arc, _ = sample
    monkeypatch.setenv(REPORT_ENV, "1")  # as in a saved report: the static form is the folder's searchable table
    for view in ("concordance", "collocates", "clusters", "trend"):
        html = archive_explorer(arc, view, term="السعودية", lang="ar")._repr_mimebundle_()["text/html"]
        found = re.findall(r"<th[^>]*>(.*?)</th>|<caption[^>]*>(.*?)</caption>|alt=\"([^\"]*)\"", html)
        shown_text = " ".join(t for groups in found for t in groups)
        assert "السعودية" in shown_text and not re.search(r"[A-Za-z]{3,}", shown_text), (view, shown_text)
        if view == "concordance":
            heads = re.findall(r"<th[^>]*>(.*?)</th>", html)
            assert heads[:3] == ["قبل", "المفردة", "بعد"], heads  # a right-to-left table: the first column on the right
    conc = arc.concordance("السعودية")
    assert list(shown("concordance", conc, "en").columns[:3]) == ["after", "match", "before"]
    lines = shown("concordance", conc, "ar")
    row = conc.iloc[0]
    assert lines["before"].iat[0] == row["left"] and lines["after"].iat[0] == row["right"]
