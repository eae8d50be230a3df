"""Exploring a corpus folder the way AntConc and Voyant users do, Arabic-aware, through DuckDB.

    arc = open_archive("corpus-out")                     # builds (once) or opens the index
    arc.concordance("الكرملين", sort="R1")                # every form of the group: والكرملين، للكرملين …
    arc.concordance("كوريا الشمالية", sources=["bbc"])   # a multiword name, one outlet
    arc.concordance("*روسي*", kind="pattern")             # wildcards: * any letters, ? one letter
    arc.collocates("الكرملين", window=5)                  # log-likelihood, MI, t-score
    arc.trend("الكرملين")                                 # per outlet and day, per million tokens, with coverage

The index is the ``tokens`` table corpus mode writes (one row of lists per article: its text
and its text layer's tokens, see :func:`maqal.corpus.tables.tokens_rows`), unnested once into a
DuckDB database — ``OUT/_explore/index-<stamp>.duckdb``, rebuilt when the manifest lists other files,
kept in memory when the folder is read-only.  In it:

``docs``   one row per article (``doc`` number, ``article_id``, ``source``, ``day``, title, url, ``tokens``);
``texts``  each article's text (for the context of a concordance line);
``occ``    one row per token, ordered by word (so a lookup reads only that word's rows): ``wid``,
           ``doc``, ``pos`` (its index in the article), ``start``/``end`` (span in the article's text),
           ``sent`` (sentence);
``seq``    one row per article with its tokens in order (``wids``, ``sents``, ``ends``: lists), so
           the words around a match are read by position, without a scan;
``groups`` one row per content-word group (and per other form): ``key``, ``n``, ``term`` (its most
           frequent form), ``content``;
``vocab``  one row per normalised form (``wid``, ``norm``, ``fold`` — :func:`maqal.arabic.normalize`
           with ة → ه as well — ``grp``: its content-word group, the ``terms`` table's key, null for
           a stopword, a number or a non-Arabic word; ``n``: its corpus count).

A query names words three ways (``kind``): ``group`` (the default: the word's clitic group, as
:func:`maqal.frequencies.concordance` matches it — key or normalised form), ``word`` (that exact
form, folded: alef forms, ة/ه, ى/ي, diacritics, tatweel) or ``pattern`` (``*`` and ``?`` over the
folded form); several words are a phrase (consecutive tokens in one sentence).  Every view takes
``sources`` (outlets) and ``start``/``end`` (days, inclusive) and returns a DataFrame whose
lines keep ``article_id`` and the span; :func:`export` writes any table (CSV/TSV) or figure (PNG/SVG).
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from ..arabic import WORD_RE, normalize
from ..errors import OutputError
from .ledger import read_manifest
from .reading import read_table, table_files

INDEX_VERSION = 2
INDEX_DIR = "_explore"  # OUT/_explore/index-<stamp>.duckdb: one file per state of the corpus
BUILD_MEMORY = "600MB"  # DuckDB's memory limit while it builds the index
SEQ_BATCH = 5000  # articles per step of the ``seq`` table (see :func:`_build_seq`)
SORTS = ("L1", "L2", "R1", "R2")  # L: before the match (to its right on an Arabic page), R: after it
KINDS = ("group", "word", "pattern")
MEASURES = ("log_likelihood", "mi", "t_score", "count")

_OPEN: dict = {}


def open_archive(out, *, cache: bool = True) -> "Archive":
    """The :class:`Archive` of a corpus folder, shared per folder and manifest (so the DuckDB
    index stays warm between calls)."""
    out = Path(out).resolve()
    stamp = index_stamp(out)
    arc = _OPEN.get(out)
    if arc is None or arc.stamp != stamp:
        arc = _OPEN[out] = Archive(out, cache=cache)
    return arc


def index_stamp(out) -> str:
    """What the index is built from: the committed files of the tables it reads, and its version."""
    files = [str(f.relative_to(out)) for name in ("articles", "tokens", "terms") for f in table_files(out, name)]
    return hashlib.sha1(json.dumps([INDEX_VERSION, files]).encode()).hexdigest()[:16]


class Archive:
    """A ``maqal corpus`` folder opened for exploration (see the module's docstring)."""

    def __init__(self, out, *, cache: bool = True):
        self.out = Path(out).resolve()
        if read_manifest(self.out) is None:
            raise FileNotFoundError(f"{self.out}: not a maqal corpus folder (no _manifest.json) — "
                                    "run `maqal corpus PATH... --out DIR` first")
        if not table_files(self.out, "tokens"):
            raise FileNotFoundError(f"{self.out}: no tokens table (the search index) — run `maqal corpus` again "
                                    "with the tokens table (it is left out by a --tables list without it)")
        self.stamp = index_stamp(self.out)
        self.con = _connect(self.out, self.stamp, cache)

    # ------------------------------------------------------------------ helpers
    def sql(self, query: str, params=None):
        """A query's result as a DataFrame (the tables are described in the module's docstring)."""
        return self.con.execute(query, params or []).df()

    def articles(self):
        """One row per article: doc, article_id, source, day, title, url, tokens."""
        return self.sql("SELECT * FROM docs ORDER BY doc")

    def coverage(self, sources=None, start=None, end=None):
        """Articles and tokens per outlet and day, with every day of the corpus's range for every
        outlet (``articles`` 0: no article that day — a gap in the archive, not silence)."""
        where, params = _doc_filter(sources, start, end)
        df = self.sql(f"SELECT source, day, count(*) AS articles, sum(tokens) AS tokens FROM docs d WHERE {where} "
                      "GROUP BY source, day", params)
        return _with_all_days(df, ["articles", "tokens"])

    def word_ids(self, word: str, kind: str = "group") -> list[int]:
        """The ``vocab`` ids one query word stands for (see the module's docstring)."""
        if kind not in KINDS:
            raise ValueError(f"kind={kind!r}: choose one of {', '.join(KINDS)}")
        if kind == "pattern":
            like = _like(normalize(word, teh_marbuta=True))
            rows = self.con.execute("SELECT wid FROM vocab WHERE fold LIKE ? ESCAPE '\\'", [like]).fetchall()
        elif kind == "word":
            rows = self.con.execute("SELECT wid FROM vocab WHERE fold = ?", [normalize(word, teh_marbuta=True)]).fetchall()
        else:
            key = group_key(word)
            rows = self.con.execute("SELECT wid FROM vocab WHERE grp = ? OR norm = ?", [key, key]).fetchall()
        return sorted(r[0] for r in rows)

    def hits(self, query: str, kind: str = "auto", sources=None, start=None, end=None):
        """Every occurrence of a query: doc, pos (of its first word), n_words, start, end, sent —
        in corpus order (doc, position)."""
        words = query_words(query)
        kind = query_kind(query) if kind == "auto" else kind
        ids = [self.word_ids(w, kind) for w in words]
        where, params = _doc_filter(sources, start, end)
        if not all(ids):
            return self.sql("SELECT 0 AS doc, 0 AS pos, 0 AS n_words, 0 AS start, 0 AS \"end\", 0 AS sent LIMIT 0")
        # the next words of a phrase: by position in the article's sequence (lists count from 1)
        nexts = "".join(f" AND s.wids[o.pos + {j + 1}] IN ({_ints(ids[j])}) AND s.sents[o.pos + {j + 1}] = o.sent"
                        for j in range(1, len(ids)))
        end_col = "o.\"end\"" if len(ids) == 1 else f"s.ends[o.pos + {len(ids)}]"
        return self.sql(f"SELECT o.doc, o.pos, {len(ids)} AS n_words, o.start, {end_col} AS \"end\", o.sent "
                        f"FROM occ o JOIN docs d ON d.doc = o.doc {'JOIN seq s ON s.doc = o.doc' if nexts else ''} "
                        f"WHERE o.wid IN ({_ints(ids[0])}) AND {where}{nexts} ORDER BY o.doc, o.pos", params)

    # ------------------------------------------------------------------ views
    def concordance(self, query: str, *, kind: str = "auto", width: int = 60, sort: str | None = None,
                    sources=None, start=None, end=None, limit: int | None = 2000):
        """Keyword in context over the whole corpus, right to left: columns article_id, source, day,
        left, match, right, start, end (the span in the article's text), position, sentence,
        L2, L1, R1, R2 (the folded words around the match, for sorting), title, url.

        ``left`` is the text before the match (shown to its right on an Arabic page), cut at a
        word boundary within ``width`` characters, as :func:`maqal.frequencies.concordance`.
        ``sort``: ``L1``/``L2``/``R1``/``R2`` (first or second word before or after), else
        corpus order (day, article, position).  ``limit``: lines kept (None: all).
        """
        from ..explore import kwic_line

        if sort is not None and sort not in SORTS:
            raise ValueError(f"sort={sort!r}: choose one of {', '.join(SORTS)} or None")
        hits = self.hits(query, kind, sources, start, end)
        self.con.register("_hits", hits)
        try:
            near = {"L2": "h.pos - 1", "L1": "h.pos", "R1": "h.pos + h.n_words + 1", "R2": "h.pos + h.n_words + 2"}
            cols = ", ".join(f"{k}.fold AS {k}" for k in near)
            joins = " ".join(f"LEFT JOIN vocab {k} ON {k}.wid = CASE WHEN {at} >= 1 THEN s.wids[{at}] END"
                             for k, at in near.items())
            df = self.sql(f"""SELECT h.doc, h.pos, h.start, h."end", h.sent, d.article_id, d.source, d.day, d.title, d.url,
                              {cols} FROM _hits h JOIN docs d ON d.doc = h.doc JOIN seq s ON s.doc = h.doc {joins}""")
        finally:
            self.con.unregister("_hits")
        order = ["day", "article_id", "start"] if sort is None else [sort] + (["R1"] if sort[0] == "L" else ["L1"]) \
            + ["day", "article_id", "start"]
        df = df.sort_values(order, kind="stable", na_position="first").reset_index(drop=True)
        if limit is not None:
            df = df.head(limit)
        texts = self._texts(df["doc"].unique().tolist())
        got = [kwic_line(texts[d], s, e, width) for d, s, e in zip(df["doc"].tolist(), df["start"].tolist(),
                                                                     df["end"].tolist())]
        df["left"], df["match"], df["right"] = ([g[i] for g in got] for i in range(3))
        df = df.rename(columns={"pos": "position", "sent": "sentence"})
        return df[["article_id", "source", "day", "left", "match", "right", "start", "end", "position", "sentence",
                   "L2", "L1", "R1", "R2", "title", "url"]]

    def _texts(self, docs: list) -> dict:
        if not docs:
            return {}
        return dict(self.con.execute(f"SELECT doc, text FROM texts WHERE doc IN ({_ints(docs)})").fetchall())

    def dispersion(self, query: str, *, kind: str = "auto", sources=None, start=None, end=None):
        """Where a query falls within each article: one row per occurrence with article_id, source,
        day, position, tokens (the article's length) and ``relative`` (position / tokens, 0–1)."""
        hits = self.hits(query, kind, sources, start, end)
        self.con.register("_hits", hits)
        try:
            return self.sql("""SELECT d.article_id, d.source, d.day, h.pos AS position, h.start, h."end", d.tokens,
                               h.pos / greatest(d.tokens, 1) AS relative
                               FROM _hits h JOIN docs d ON d.doc = h.doc ORDER BY d.day, d.article_id, h.pos""")
        finally:
            self.con.unregister("_hits")

    def trend(self, query: str, *, kind: str = "auto", by_source: bool = True, period: str = "auto", sources=None,
              start=None, end=None):
        """Occurrences per outlet (or the whole corpus, ``by_source=False``) and day: count, articles
        that day (the coverage: 0 means no article, so no count can be read as silence), tokens,
        per_million (count per million tokens of that day's articles; empty on a day without any).
        ``period``: ``day``, ``week`` (``day`` is its Monday), ``month`` (its first day), or ``auto``
        (days up to 92 days, weeks up to two years, else months)."""
        hits = self.hits(query, kind, sources, start, end)
        self.con.register("_hits", hits)
        try:
            counts = self.sql("SELECT d.source, d.day, count(*) AS count FROM _hits h JOIN docs d ON d.doc = h.doc "
                              "GROUP BY ALL")
        finally:
            self.con.unregister("_hits")
        cov = self.coverage(sources, start, end)
        df = cov.merge(counts, on=["source", "day"], how="left")
        df["count"] = df["count"].fillna(0).astype(int)
        if not by_source:
            df = df.groupby("day", as_index=False)[["articles", "tokens", "count"]].sum()
            df.insert(0, "source", "(all)")
        df = by_period(df, period)
        df["per_million"] = (df["count"] / df["tokens"].where(df["tokens"] > 0) * 1e6).round(2)
        return df[["source", "day", "count", "articles", "tokens", "per_million"]]

    def collocates(self, query: str, *, kind: str = "auto", window: int = 5, left: int | None = None,
                   right: int | None = None, min_count: int = 3, min_freq: int = 3, sort: str = "log_likelihood",
                   top: int | None = 100, content_only: bool = True, sources=None, start=None, end=None):
        """Words near a query within ``window`` tokens on each side (or ``left``/``right``, 1–10),
        by content-word group: count (co-occurrences), left/right (on which side), articles, freq
        (the group's corpus count), expected, log_likelihood (Rayson & Garside — the package's one
        :func:`maqal.frequencies.log_likelihood`: the collocate in the query's windows against the
        rest of the corpus), mi (log2 observed/expected) and t_score.  Only collocates seen at least
        ``min_count`` times with a corpus count of at least ``min_freq`` are kept; ``content_only``
        drops stopwords, numbers and non-Arabic words.  ``sort``: one of log_likelihood, mi,
        t_score, count."""
        import numpy as np

        from ..frequencies import log_likelihood

        left = window if left is None else left
        right = window if right is None else right
        if not (0 <= left <= 10 and 0 <= right <= 10 and left + right > 0):
            raise ValueError(f"window: left={left}, right={right}; each 0–10 words, not both 0")
        if sort not in MEASURES:
            raise ValueError(f"sort={sort!r}: choose one of {', '.join(MEASURES)}")
        hits = self.hits(query, kind, sources, start, end)
        total = self._tokens(sources, start, end)
        self.con.register("_hits", hits)
        try:
            # the tokens the windows hold (cut at the article's ends): the "text" the collocate is counted in
            span = self.con.execute("SELECT coalesce(sum(least(?, h.pos) + least(?, d.tokens - h.pos - h.n_words)), 0) "
                                    "FROM _hits h JOIN docs d ON d.doc = h.doc", [left, right]).fetchall()[0][0]
            df = self.sql(f"""
                WITH h AS (SELECT h.*, greatest(h.pos - {left}, 0) AS lo,
                                  least(h.pos + h.n_words + {right}, len(s.wids)) AS hi, s.wids
                           FROM _hits h JOIN seq s ON s.doc = h.doc),
                w AS (SELECT doc, pos, n_words, unnest(range(lo, hi)) AS p, unnest(wids[lo + 1:hi]) AS wid FROM h)
                SELECT coalesce(v.grp, v.norm) AS key, count(*) AS count,
                       count(*) FILTER (WHERE w.p < w.pos) AS "left", count(*) FILTER (WHERE w.p > w.pos) AS "right",
                       count(DISTINCT w.doc) AS articles, any_value(g.n) AS freq, any_value(g.term) AS term
                FROM w JOIN vocab v ON v.wid = w.wid JOIN groups g ON g.key = coalesce(v.grp, v.norm)
                WHERE (w.p < w.pos OR w.p >= w.pos + w.n_words) {"AND v.grp IS NOT NULL" if content_only else ""}
                GROUP BY 1 HAVING count(*) >= ?""", [min_count])
        finally:
            self.con.unregister("_hits")
        df = df[df["freq"] >= min_freq].copy()
        n_node = len(hits)
        a, f = df["count"].to_numpy(float), df["freq"].to_numpy(float)
        c = float(span)
        df["expected"] = np.round(n_node * f * (left + right) / max(total, 1), 3)
        df["log_likelihood"] = np.round(log_likelihood(a, np.maximum(f - a, 0), c, max(total - c, 1)), 2)
        with np.errstate(divide="ignore"):
            df["mi"] = np.round(np.log2(a / df["expected"].to_numpy()), 3)
        df["t_score"] = np.round((a - df["expected"].to_numpy()) / np.sqrt(a), 3)
        df = df.sort_values([sort, "count", "key"], ascending=[False, False, True], kind="stable")
        cols = ["term", "key", "count", "left", "right", "articles", "freq", "expected", "log_likelihood", "mi", "t_score"]
        df = df[cols].reset_index(drop=True)
        return df.head(top) if top else df

    def _tokens(self, sources=None, start=None, end=None) -> int:
        where, params = _doc_filter(sources, start, end)
        return int(self.con.execute(f"SELECT coalesce(sum(tokens), 0) FROM docs d WHERE {where}", params).fetchall()[0][0])

    def clusters(self, query: str | None = None, *, n: int = 3, kind: str = "auto", min_count: int = 2,
                 top: int | None = 100, sources=None, start=None, end=None):
        """N-gram clusters (``n`` 2–5 words in one sentence): with a query, every cluster that holds
        it (at any place), else every cluster of the selected articles.  Columns: cluster (the
        normalised words), count, articles (how many), article_ids (up to 5)."""
        if not 2 <= n <= 5:
            raise ValueError(f"n={n}: clusters have 2 to 5 words")
        if query is None:
            df = self._every_cluster(n, min_count, top, sources, start, end)
            words = self._norms({w for ws in df["ws"] for w in ws})
            df.insert(0, "cluster", [" ".join(words[w] for w in ws) for ws in df["ws"]])
            return df.drop(columns="ws")
        # the starts of the n-grams that hold a match
        hits = self.hits(query, kind, sources, start, end)
        if len(hits) and int(hits["n_words"].iat[0]) > n:
            raise ValueError(f"the query has {int(hits['n_words'].iat[0])} words; clusters of n={n} cannot hold it")
        self.con.register("_hits", hits)
        base = f"SELECT DISTINCT h.doc, h.pos - o.o AS q FROM _hits h, range(0, {n}) o(o) " \
               f"WHERE o.o <= {n} - h.n_words AND h.pos - o.o >= 0"
        params: list = []
        try:
            top_sql = f"LIMIT {int(top)}" if top else ""
            df = self.sql(f"""
                WITH b AS ({base}),
                g AS (SELECT b.doc, s.wids[b.q + 1:b.q + {n}] AS ws, s.sents[b.q + 1:b.q + {n}] AS ss
                      FROM b JOIN seq s ON s.doc = b.doc)
                SELECT ws, count(*) AS count, count(DISTINCT g.doc) AS articles,
                       list(DISTINCT d.article_id ORDER BY d.article_id)[1:5] AS article_ids
                FROM g JOIN docs d ON d.doc = g.doc WHERE len(ws) = {n} AND ss[1] = ss[{n}]
                GROUP BY ws HAVING count(*) >= ? ORDER BY count DESC, ws {top_sql}""", params + [min_count])
        finally:
            self.con.unregister("_hits")
        words = self._norms({w for ws in df["ws"] for w in ws})
        df.insert(0, "cluster", [" ".join(words[w] for w in ws) for ws in df["ws"]])
        return df.drop(columns="ws")

    def _every_cluster(self, n: int, min_count: int, top, sources, start, end):
        """Every n-gram of the selected articles (columns ws, count, articles, article_ids): each
        token with its next n-1 words by a window over the token table, counted, and the article
        ids looked up for the clusters kept only — the rows that slicing every article's word
        list gives, without materialising a list per n-gram (minutes on a whole corpus)."""
        where, params = _doc_filter(sources, start, end)
        nexts = ", ".join(f"lead(o.wid, {k}) OVER w AS w{k}" for k in range(1, n))
        ws = "[" + ", ".join(["wid"] + [f"w{k}" for k in range(1, n)]) + "]"
        top_sql = f"LIMIT {int(top)}" if top else ""
        return self.sql(f"""
            WITH t AS (SELECT o.doc, o.wid, o.sent, {nexts}, lead(o.sent, {n - 1}) OVER w AS last_sent
                       FROM occ o JOIN docs d ON d.doc = o.doc WHERE {where}
                       WINDOW w AS (PARTITION BY o.doc ORDER BY o.pos)),
            grams AS (SELECT doc, {ws} AS ws FROM t WHERE w{n - 1} IS NOT NULL AND sent = last_sent),
            kept AS (SELECT ws, count(*) AS count, count(DISTINCT doc) AS articles FROM grams
                     GROUP BY ws HAVING count(*) >= ? ORDER BY count DESC, ws {top_sql})
            SELECT k.ws, k.count, k.articles, list(DISTINCT d.article_id ORDER BY d.article_id)[1:5] AS article_ids
            FROM kept k JOIN grams g ON g.ws = k.ws JOIN docs d ON d.doc = g.doc
            GROUP BY k.ws, k.count, k.articles ORDER BY k.count DESC, k.ws""", params + [min_count])

    def _norms(self, wids) -> dict:
        if not wids:
            return {}
        return dict(self.con.execute(f"SELECT wid, norm FROM vocab WHERE wid IN ({_ints(wids)})").fetchall())

    def term_counts(self, *, article_id=None, sources=None, start=None, end=None):
        """Terms of an article (or of outlets / days) as the ``terms`` table counts them (a name of
        several words is one term): key, term (its most frequent form there), count."""
        import pandas as pd

        files = [str(f) for f in table_files(self.out, "terms")]
        if not files:
            return pd.DataFrame(columns=["key", "term", "count"])
        where, params = _doc_filter(sources, start, end)
        if article_id is not None:
            where, params = where + " AND d.article_id = ?", params + [str(article_id)]
        return self.sql(f"""WITH r AS (SELECT t.key, t.term, sum(t."count") AS c FROM read_parquet(?) t
                                JOIN docs d ON d.article_id = t.article_id WHERE {where} GROUP BY 1, 2)
                            SELECT key, first(term ORDER BY c DESC, term) AS term, sum(c)::BIGINT AS "count"
                            FROM r GROUP BY key""", [files] + params)

    def top_terms(self, n: int = 20):
        """The corpus's ``n`` most frequent content-word groups: key, term (its most frequent form), count."""
        return self.sql("SELECT key, term, n AS count FROM groups WHERE content ORDER BY n DESC, key LIMIT ?", [n])

    def compare(self, a, b, *, by: str = "source", min_count: int = 2, min_ll: float = 6.63, top: int | None = 50):
        """Two articles (``by="article"``: article ids) or two outlets (``by="source"``) side by side:
        every content-word group either uses, with count_a/count_b, per_million_a/_b,
        log_likelihood and log_ratio (a against b) and ``side``: ``shared`` (both use it),
        ``a`` or ``b`` (distinctive: G² ≥ ``min_ll`` and used relatively more there), else ``""``.
        ``top``: rows kept per side (None: all)."""
        import numpy as np

        from ..frequencies import log_likelihood, log_ratio

        if by not in ("source", "article"):
            raise ValueError(f"by={by!r}: 'source' or 'article'")
        sides = []
        for x in (a, b):
            kw = {"article_id": x} if by == "article" else {"sources": [x]}
            sides.append(self.term_counts(**kw))
        for x, side in zip((a, b), sides):
            if not len(side):
                raise ValueError(f"{by} {x!r}: not in this corpus (or no content words)")
        df = sides[0].merge(sides[1], on=["key"], how="outer", suffixes=("_a", "_b"))
        df["term"] = df["term_a"].fillna(df["term_b"])
        for s in ("a", "b"):
            df[f"count_{s}"] = df[f"count_{s}"].fillna(0).astype(int)
        ta, tb = int(df["count_a"].sum()), int(df["count_b"].sum())
        df = df[(df["count_a"] + df["count_b"]) >= min_count].copy()
        ca, cb = df["count_a"].to_numpy(float), df["count_b"].to_numpy(float)
        df["per_million_a"] = np.round(ca / max(ta, 1) * 1e6, 1)
        df["per_million_b"] = np.round(cb / max(tb, 1) * 1e6, 1)
        df["log_likelihood"] = np.round(log_likelihood(ca, cb, ta, tb), 2)
        df["log_ratio"] = np.round(log_ratio(ca, cb, ta, tb), 2)
        more_a = ca / max(ta, 1) > cb / max(tb, 1)
        distinctive = df["log_likelihood"].to_numpy() >= min_ll
        df["side"] = np.where(distinctive & more_a, "a", np.where(distinctive & ~more_a, "b",
                                                                   np.where((ca > 0) & (cb > 0), "shared", "")))
        df = df.sort_values(["side", "log_likelihood", "key"], ascending=[True, False, True], kind="stable")
        if top:
            df = df.groupby("side", sort=False, group_keys=False).head(top)
        cols = ["term", "key", "side", "count_a", "count_b", "per_million_a", "per_million_b", "log_likelihood", "log_ratio"]
        return df[cols].reset_index(drop=True)

    def network(self, terms, *, window: int = 5, top: int = 10, min_count: int = 3, sort: str = "log_likelihood",
                **filters):
        """The collocate network of one or more query terms (a networkx Graph): a node per term
        (``query=True``) and per collocate group (``label``: its shown form), an edge per
        collocation weighted by ``sort`` (the ``top`` collocates of each term); collocates two
        terms share link them.  Draw it with :func:`maqal.corpus.explore_charts.network_chart`."""
        import networkx as nx

        graph = nx.Graph()
        for term in [terms] if isinstance(terms, str) else terms:
            node = group_key(term) if query_kind(term) == "group" and len(query_words(term)) == 1 else term
            graph.add_node(node, label=term, query=True)
            found = self.collocates(term, window=window, top=top, min_count=min_count, sort=sort, **filters)
            for r in found.itertuples(index=False):
                if r.key not in graph:
                    graph.add_node(r.key, label=r.term, query=False)
                graph.add_edge(node, r.key, weight=float(max(getattr(r, sort), 0.0)), count=int(r.count))
        return graph


def side_by_side(compared, n: int = 20):
    """:meth:`Archive.compare` as three columns: distinctive of a (by log-likelihood), shared (most
    used by both), distinctive of b — the ``n`` first of each."""
    import pandas as pd

    ranked = compared.assign(both=compared[["count_a", "count_b"]].min(axis=1))
    cols = {}
    for side, by in (("a", "log_likelihood"), ("shared", "both"), ("b", "log_likelihood")):
        part = ranked[ranked["side"] == side].sort_values(by, ascending=False, kind="stable")
        cols[side] = part["term"].head(n).tolist()
    rows = max(map(len, cols.values()), default=0)
    return pd.DataFrame({k: v + [""] * (rows - len(v)) for k, v in cols.items()})


# --------------------------------------------------------------------------- queries
def query_words(query: str) -> list[str]:
    """The words of a query (a pattern keeps its wildcards)."""
    words = re.findall(r"[\w*?\u064b-\u065f\u0670\u0640]+", query or "")
    if not words:
        raise ValueError(f"no word in {query!r}")
    return words


def query_kind(query: str) -> str:
    """``pattern`` when the query holds a wildcard, else ``group``."""
    return "pattern" if re.search(r"[*?]", query) else "group"


def group_key(word: str) -> str:
    """The clitic group a query word stands for — the key :func:`maqal.frequencies.concordance`
    looks for (the package's grouper, ``stems.get_grouper``)."""
    from ..stems import get_grouper

    m = WORD_RE.search(word)
    return get_grouper("clitic").key(normalize(m.group() if m else word))


def _like(pattern: str) -> str:
    """A wildcard pattern (``*`` any letters, ``?`` one) as SQL LIKE, its own % and _ escaped."""
    out = pattern.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return out.replace("*", "%").replace("?", "_")


def _ints(values) -> str:
    return ",".join(str(int(v)) for v in values) or "NULL"


def _doc_filter(sources=None, start=None, end=None) -> tuple[str, list]:
    """A WHERE clause on ``docs d`` for outlets and a range of days (ISO dates, inclusive)."""
    where, params = ["TRUE"], []
    if sources is not None:
        sources = [sources] if isinstance(sources, str) else list(sources)
        where.append(f"d.source IN ({','.join('?' * len(sources)) or 'NULL'})")
        params.extend(sources)
    if start is not None:
        where.append("d.day >= ?")
        params.append(str(start))
    if end is not None:
        where.append("d.day <= ?")
        params.append(str(end))
    return " AND ".join(where), params


PERIODS = ("auto", "day", "week", "month")


def by_period(df, period: str = "auto"):
    """Rows per (source, day) summed per week or month (``day`` becomes the period's first day)."""
    import pandas as pd

    if period not in PERIODS:
        raise ValueError(f"period={period!r}: choose one of {', '.join(PERIODS)}")
    days = pd.to_datetime(df["day"])
    if period == "auto":
        span = (days.max() - days.min()).days if len(df) else 0
        period = "day" if span <= 92 else "week" if span <= 731 else "month"
    if period == "day":
        return df
    start = days.dt.to_period("W-SUN" if period == "week" else "M").dt.start_time.dt.strftime("%Y-%m-%d")
    sums = [c for c in df.columns if c not in ("source", "day")]
    return df.assign(day=start).groupby(["source", "day"], as_index=False)[sums].sum()


def _with_all_days(df, columns):
    """``df`` (source, day, columns…) with a row of zeros for every day of its range that an outlet
    has no article on."""
    import pandas as pd

    if not len(df.dropna(subset=["day"])):
        return df.sort_values(["source", "day"]).reset_index(drop=True)
    days = pd.date_range(df["day"].dropna().min(), df["day"].dropna().max()).strftime("%Y-%m-%d")
    full = pd.MultiIndex.from_product([sorted(df["source"].dropna().unique()), days], names=["source", "day"])
    out = df.dropna(subset=["day"]).set_index(["source", "day"]).reindex(full, fill_value=0).reset_index()
    for c in columns:
        out[c] = out[c].astype(int)
    return out


# --------------------------------------------------------------------------- the index
def _connect(out: Path, stamp: str, cache: bool):
    """A DuckDB connection to the index of ``out``: the cached file when it is current, else a
    fresh build (into the file when the folder takes it, else in memory)."""
    import duckdb

    from ..files import atomic_write

    path = index_path(out, stamp)
    if cache and path.exists():
        try:
            return duckdb.connect(str(path), read_only=True)
        except duckdb.Error:
            pass
    if cache:
        try:
            atomic_write(path, lambda tmp: _build_file(out, tmp))
        except (OSError, OutputError):
            pass  # a read-only corpus folder: the index lives in memory
        else:
            for old in path.parent.glob("index-*.duckdb"):  # the indexes of earlier states
                if old != path:
                    old.unlink(missing_ok=True)
            return duckdb.connect(str(path), read_only=True)
    con = duckdb.connect()
    _build(con, out, stamp)
    return con


def index_path(out, stamp: str) -> Path:
    """The index file of a corpus folder in the state ``stamp`` (:func:`index_stamp`)."""
    return Path(out) / INDEX_DIR / f"index-{stamp}.duckdb"


def _build_file(out: Path, tmp: Path) -> None:
    import duckdb

    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        _build(con, out, index_stamp(out))
        con.execute("CHECKPOINT")
    finally:
        con.close()


def _build(con, out: Path, stamp: str) -> None:
    """The index tables (see the module's docstring) from the committed Parquet files."""
    import tempfile

    # both corpora unnested hold ~15 million tokens: within a bounded memory, spilling to disk beyond it
    con.execute(f"SET memory_limit = '{BUILD_MEMORY}'")
    con.execute("SET temp_directory = ?", [tempfile.gettempdir() + "/maqal-duckdb"])
    con.execute("SET preserve_insertion_order = false")  # (every table that needs an order says it)
    arts = read_table(out, "articles", columns=["article_id", "title", "url", "source", "day"])
    arts = arts.sort_values("article_id", kind="stable").drop_duplicates("article_id").reset_index(drop=True)
    arts.insert(0, "doc", range(len(arts)))
    tok_files = [str(f) for f in table_files(out, "tokens")]
    con.register("_arts", arts)
    con.execute("CREATE TEMP TABLE raw AS SELECT a.doc, t.text, t.starts, t.ends, t.sentences, t.norms "
                "FROM read_parquet(?) t JOIN _arts a ON a.article_id = t.article_id", [tok_files])
    con.execute("""CREATE TABLE docs AS SELECT a.doc::INTEGER AS doc, a.article_id, a.source, a.day, a.title, a.url,
                   coalesce(len(r.starts), 0)::INTEGER AS tokens FROM _arts a LEFT JOIN raw r ON r.doc = a.doc ORDER BY a.doc""")
    con.unregister("_arts")
    con.execute("CREATE TABLE texts AS SELECT doc::INTEGER AS doc, text FROM raw ORDER BY doc")
    con.execute("""CREATE TEMP TABLE flat AS SELECT doc, unnest(range(len(starts))) AS pos, unnest(starts) AS start,
                   unnest(ends) AS "end", unnest(sentences) AS sent, unnest(norms) AS norm FROM raw""")
    con.execute("DROP TABLE raw")
    vocab = con.execute("SELECT norm, count(*) AS n FROM flat GROUP BY norm ORDER BY norm").df()
    vocab.insert(0, "wid", range(len(vocab)))
    vocab["fold"] = _fold_all(vocab["norm"].tolist())
    vocab["grp"] = vocab["norm"].map(_groups_by_norm(vocab["norm"].tolist()))
    con.register("_vocab", vocab)
    con.execute("CREATE TABLE vocab AS SELECT wid::INTEGER AS wid, norm, fold, grp, n::INTEGER AS n FROM _vocab")
    con.unregister("_vocab")
    con.execute("""CREATE TABLE occ AS SELECT v.wid, f.doc::INTEGER AS doc, f.pos::INTEGER AS pos,
                   f.start::INTEGER AS start, f."end"::INTEGER AS "end", f.sent::INTEGER AS sent
                   FROM flat f JOIN vocab v ON v.norm = f.norm ORDER BY v.wid, f.doc, f.pos""")
    con.execute("DROP TABLE flat")
    _build_seq(con, len(arts))
    # a group's corpus count, and the form it is shown by: its most frequent surface form in ``terms``
    term_files = [str(f) for f in table_files(out, "terms")]
    if term_files:
        con.execute("""CREATE TEMP TABLE shown AS SELECT key, arg_max(term, c) AS term
                       FROM (SELECT key, term, sum("count") AS c FROM read_parquet(?) GROUP BY ALL) GROUP BY key""",
                    [term_files])
    else:
        con.execute("CREATE TEMP TABLE shown (key VARCHAR, term VARCHAR)")
    con.execute("""CREATE TABLE groups AS SELECT coalesce(v.grp, v.norm) AS key, sum(v.n)::BIGINT AS n,
                   coalesce(any_value(s.term), arg_max(v.norm, v.n)) AS term, bool_or(v.grp IS NOT NULL) AS content
                   FROM vocab v LEFT JOIN shown s ON s.key = v.grp GROUP BY 1""")
    con.execute("CREATE TABLE meta AS SELECT ? AS stamp, ? AS version", [stamp, INDEX_VERSION])


def _build_seq(con, docs: int) -> None:
    """The ``seq`` table, :data:`SEQ_BATCH` articles at a time: a list aggregate holds its lists in
    memory and cannot spill, so over both shared corpora (~17 million tokens) at once it ran out of
    :data:`BUILD_MEMORY`."""
    con.execute("CREATE TABLE seq (doc INTEGER, wids INTEGER[], sents INTEGER[], ends INTEGER[])")
    for first in range(0, docs, SEQ_BATCH):
        con.execute("""INSERT INTO seq SELECT doc, list(wid ORDER BY pos), list(sent ORDER BY pos),
                       list("end" ORDER BY pos) FROM occ WHERE doc >= ? AND doc < ? GROUP BY doc ORDER BY doc""",
                    [first, first + SEQ_BATCH])


def _fold_all(norms: list) -> list:
    """:func:`maqal.arabic.normalize` with ة → ه of every form (one call: it maps character by character)."""
    return normalize("\n".join(norms), teh_marbuta=True).split("\n") if norms else []


def _groups_by_norm(norms: list) -> dict:
    """Normalised form → content-word group (:func:`maqal.frequencies.content_keys`, the keys
    of the ``terms`` table, a function of the normalised form), for the forms that have one.
    Made from the forms themselves, not read back from ``terms``: a word the corpus only ever
    writes inside a name is counted there under the name, yet still has its own group."""
    from ..frequencies import content_keys

    decided = content_keys(norms, "clitic")
    return {n: decided[n] for n in norms if decided[n] is not None}


# --------------------------------------------------------------------------- export
def export(obj, path) -> Path:
    """Write a table (DataFrame → ``.csv`` or ``.tsv``, UTF-8) or a figure (``.png``/``.svg``)
    atomically; returns the path."""
    from ..files import atomic_write

    path = Path(path)
    suffix = path.suffix.lower()
    if hasattr(obj, "to_csv"):
        if suffix not in (".csv", ".tsv"):
            raise ValueError(f"{path}: a table is written as .csv or .tsv")
        from ..explore import table_frame

        return atomic_write(path, table_frame(obj, drop=()).to_csv(index=False, sep="\t" if suffix == ".tsv" else ","))
    if hasattr(obj, "savefig"):
        if suffix not in (".png", ".svg"):
            raise ValueError(f"{path}: a figure is written as .png or .svg")
        from ..charts import save_figure

        return save_figure(obj, path.stem, path.parent, formats=(suffix[1:],))[0]
    raise TypeError(f"export: a DataFrame or a matplotlib Figure, not {type(obj).__name__}")
