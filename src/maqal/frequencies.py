"""Word frequencies: what an article talks about, as tables.

Data flow: text layer tokens → ``term_table`` (one row per token, with its group
key) → counts, collocations, keyness, concordances.  Every table keeps spans
into ``article.text``.
"""
from __future__ import annotations

import bisect
import math
from array import array
from collections import Counter, defaultdict
from functools import cache
from itertools import compress
from operator import and_, itemgetter

from .arabic import normalize
from .lexicons import is_stopword, reference_counts, reference_meta
from .records import Rows, SpanColumn
from .stems import get_grouper
from .textlayer import text_layer

MIN_TERM_CHARS = 2


def _per_layer(layer, name: str, key, make):
    """``make()`` computed once per text layer and ``key`` (kept on the layer, so it goes with
    the article); ``key`` None (a grouper object, not a name) computes it afresh."""
    if key is None:
        return make()
    cache = layer.__dict__.setdefault(name, {})
    if key not in cache:
        cache[key] = make()
    return cache[key]


def term_columns(obj, grouper="clitic") -> dict[str, list]:
    """The text layer's token columns plus ``key`` (the clitic group), ``stopword`` and
    ``content`` (Arabic, not a stopword, at least two letters; these two as ``bytes`` of 1 and
    0), as plain lists: what every count below is made from.  Computed once per text layer and grouper name.  Shared: do not
    modify."""
    layer = text_layer(obj)
    return _per_layer(layer, "_term_columns", grouper if isinstance(grouper, str) else None,
                      lambda: _term_columns(layer, grouper))


def _term_columns(layer, grouper) -> dict[str, list]:
    cols = layer.token_columns
    norms = cols["norm"]
    arabic = list(map("arabic".__eq__, cols["kind"]))
    local = Counter(compress(norms, arabic))  # the article's Arabic forms, each decided once below
    g = get_grouper(grouper)
    if hasattr(g, "with_local"):
        g = g.with_local(local)
    key_of = {n: g.key(n) for n in local}
    stops = {n for n in local if is_stopword(n)}
    contents = {n for n in local if n not in stops and len(n) >= MIN_TERM_CHARS}
    out = dict(cols)
    out["key"] = [key_of[n] if a else n for n, a in zip(norms, arabic)]
    # flags as bytes (1 or 0): one byte a token, where a list held a pointer of eight; each made by
    # one map (an Arabic token whose form is in the set), no Python step per token
    out["stopword"] = bytes(map(and_, arabic, map(stops.__contains__, norms)))
    out["content"] = bytes(map(and_, arabic, map(contents.__contains__, norms)))
    return out


def term_table(obj, grouper="clitic"):
    """Tokens with their group ``key`` and a ``content`` flag (Arabic, not a stopword,
    at least two letters), as a DataFrame: :func:`term_columns` for a reader (a fresh copy)."""
    import pandas as pd

    layer = text_layer(obj)
    cols = term_columns(layer, grouper)
    toks = layer.tokens.copy()
    toks["key"] = cols["key"] if len(toks) else []
    for name in ("stopword", "content"):  # bool also when empty: they select rows
        toks[name] = pd.Series(list(map(bool, cols[name])), index=toks.index, dtype=bool)
    return toks


TERM_COLUMNS = ["term", "key", "count", "share", "forms", "n_forms", "first_start", "first_end", "spans"]


def term_frequency_rows(obj, grouper="clitic", include_stopwords=False, names=True) -> Rows:
    """:func:`term_frequencies` as row dicts, most frequent first (ties: first seen first): a
    :class:`~maqal.records.Rows`, held column by column (a long article's spans are most of its
    memory), each row a dict when read.

    Computed once per text layer, grouper name, ``include_stopwords`` and ``names`` (an
    article's frequencies and keywords share them).  Shared: do not modify."""
    layer = text_layer(obj)
    key = (grouper, include_stopwords, names) if isinstance(grouper, str) else None
    return _per_layer(layer, "_term_frequency_rows", key,
                      lambda: _term_frequency_rows(layer, grouper, include_stopwords, names))


def _term_frequency_rows(layer, grouper, include_stopwords, names) -> Rows:
    import numpy as np

    cols = term_columns(layer, grouper)
    mask = [k == "arabic" for k in cols["kind"]] if include_stopwords else cols["content"]
    keys, surfaces, starts, ends = counted_units(layer, cols, mask, name_runs(layer) if names else [])
    total = len(keys)
    # each unit's group, numbered by the group's first unit (so in text order): no list per group
    first_of: dict[str, int] = {}
    firsts, group = np.unique(np.fromiter(map(first_of.setdefault, keys, range(total)), np.int64, total),
                              return_inverse=True)
    counts = np.bincount(group.reshape(-1), minlength=len(firsts))
    by_row = np.argsort(-counts, kind="stable")  # most frequent first, ties first seen first
    rank = np.empty_like(by_row)
    rank[by_row] = np.arange(len(by_row))
    units = np.argsort(rank[group.reshape(-1)], kind="stable")  # each row's units together, in text order
    flat = np.empty(2 * total, np.int64)
    flat[0::2], flat[1::2] = np.frombuffer(starts, np.int64)[units], np.frombuffer(ends, np.int64)[units]
    del units
    forms: dict[str, dict] = {}  # key -> surface form -> count
    for (key, surface), n in Counter(zip(keys, surfaces)).items():
        forms.setdefault(key, {})[surface] = n
    row_keys = [keys[i] for i in firsts[by_row].tolist()]
    ordered = [forms_by_frequency(forms[k]) for k in row_keys]
    counts = counts[by_row].tolist()
    first = firsts[by_row].tolist()
    return Rows.from_columns({
        "term": [f[0] for f in ordered], "key": row_keys, "count": counts,
        "share": [c / total for c in counts], "forms": ordered, "n_forms": list(map(len, ordered)),
        "first_start": [starts[i] for i in first], "first_end": [ends[i] for i in first],
        "spans": SpanColumn(flat, np.concatenate(([0], np.cumsum(counts, dtype=np.int64) * 2)))})


def counted_units(layer, cols, mask, runs) -> tuple[list, list, array, array]:
    """Keys, surface forms, starts and ends of everything a frequency table counts, in text
    order: each token ``mask`` keeps, except that the tokens of a name (``runs``: first and
    last token index) are one unit, keyed by their keys joined with spaces (so «كيم جونغ أون» is
    one term, its parts not counted again).  Column by column: the tokens between names are
    taken by ``compress``, not one Python step each; starts and ends as ``array('q')``."""
    text, key, starts, ends, surface = layer.text, cols["key"], cols["start"], cols["end"], cols["text"]
    keys, surfaces, unit_starts, unit_ends = [], [], array("q"), array("q")
    i = 0
    for first, last in [*runs, (len(key), None)]:
        kept = mask[i:first]
        keys += compress(key[i:first], kept)
        surfaces += compress(surface[i:first], kept)
        unit_starts.extend(compress(starts[i:first], kept))
        unit_ends.extend(compress(ends[i:first], kept))
        if last is None:
            break
        keys.append(" ".join(key[first:last + 1]))
        surfaces.append(" ".join(text[starts[first]:ends[last]].split()))
        unit_starts.append(starts[first])
        unit_ends.append(ends[last])
        i = last + 1
    return keys, surfaces, unit_starts, unit_ends


def name_runs(obj) -> list[tuple[int, int]]:
    """First and last token index of each name of more than one word that the entity layer finds
    (a person, body or place; not an unnamed source, nor a title standing for a name such as
    «الرئيس الروسي»), in text order and not overlapping (the longer name first): what
    :func:`term_frequencies` counts as one term.  Computed once per text layer."""
    layer = text_layer(obj)
    return _per_layer(layer, "_name_runs", "entities", lambda: _name_runs(layer))


def _name_runs(layer) -> list[tuple[int, int]]:
    cols = layer.token_columns
    starts, ends, kinds = cols["start"], cols["end"], cols["kind"]
    runs: list[tuple[int, int]] = []
    for start, end in name_spans(layer):
        i = bisect.bisect_right(ends, start)  # the token the mention begins in (after a clitic)
        j = bisect.bisect_left(starts, end) - 1  # the last token it reaches
        if j > i and all(k == "arabic" for k in kinds[i:j + 1]) and (not runs or i > runs[-1][1]):
            runs.append((i, j))
    return runs


def name_spans(obj) -> list[tuple[int, int]]:
    """``(start, end)`` of each mention the entity layer finds that is a name (not an unnamed
    source, nor a title standing for a name), in text order, the longer first: what
    :func:`name_runs` makes token runs of.  Computed once per text layer and kept on it, so the
    entity rows may go before the word tables are built (``maqal.analysis``)."""
    layer = text_layer(obj)
    return _per_layer(layer, "_name_spans", "entities", lambda: _name_spans(layer))


def _name_spans(layer) -> list[tuple[int, int]]:
    from .entities import entity_rows

    named = (r for r in entity_rows(layer) if not (r["anonymous"] or is_title_mention(r)))
    return sorted(((r["start"], r["end"]) for r in named), key=lambda span: (span[0], -span[1]))


def is_title_mention(row: dict) -> bool:
    """An entities row that is a title standing for a person («الرئيس الروسي», «رئيس كوريا
    الديمقراطية»), not a name: a title, and the mention opens with the title's first word."""
    title, mention = row.get("title") or "", row.get("mention") or ""
    if row.get("kind") != "person" or not title.strip() or not mention.strip():
        return False
    first = [normalize(w).removeprefix("ال") for w in (title.split()[0], mention.split()[0])]
    return first[0] == first[1]


def term_frequencies(obj, grouper="clitic", include_stopwords=False, names=True):
    """Term counts grouped by clitic-free key; with ``names`` (the default) a name of several
    words that the entity layer finds (:func:`name_runs`) is one term, keyed by its words' keys.

    Columns: term (the group's most frequent surface form), key, count, share
    (of the article's counted terms), forms (surface forms, most frequent first),
    n_forms, first_start, first_end (the first occurrence), spans (all, as [start, end]).
    """
    return rows_frame(term_frequency_rows(obj, grouper, include_stopwords, names), TERM_COLUMNS)


def rows_frame(rows: list[dict], columns: list[str]):
    """Row dicts as a DataFrame of ``columns``, built column by column (pandas reads a list per
    column far quicker than a dict per row; the same frame, types included)."""
    import pandas as pd

    if not len(rows):
        return pd.DataFrame([], columns=columns)
    if isinstance(rows, Rows):
        return pd.DataFrame({c: rows.column(c) for c in columns}, columns=columns)
    return pd.DataFrame({c: [r[c] for r in rows] for c in columns}, columns=columns)


def forms_by_frequency(counts) -> list[str]:
    """Surface forms (``{form: count}``) most frequent first, ties to the shorter (least
    prefixed) form, then alphabetical: the first is the name a term group is shown by."""
    if len(counts) == 1:  # most groups: one form, nothing to order
        return list(counts)
    return sorted(counts, key=lambda f: (-counts[f], len(f), f))


def count_terms(text: str, grouper="clitic") -> Counter:
    """Content-word counts by group key, straight from a string — the fast path for
    corpora and benchmarks (no spans, no DataFrames; same keys as ``term_frequencies``
    except that the article's own words do not inform the clitic decisions)."""
    from .arabic import WORD_ONLY_RE

    raw = Counter(WORD_ONLY_RE.findall(text))
    decided = content_keys(raw, grouper)
    out: Counter = Counter()
    for form, n in raw.items():
        key = decided[form]
        if key is not None:
            out[key] += n
    return out


MAX_CACHED_FORMS = 500_000  # a full cache stops growing (the forms after it are decided per call)


def content_keys(forms, grouper="clitic"):
    """Surface form → group key, or None for a form that is no content word (not Arabic, a
    stopword, shorter than ``MIN_TERM_CHARS``), for at least every form in ``forms``.

    The decisions of :func:`count_terms` and of the corpus's term rows: made once per form and
    grouper (cached on the grouper), without the article's own words informing them."""
    from collections import ChainMap

    from .arabic import ARABIC_LETTER_RE

    g = get_grouper(grouper)
    decided = _content_cache(g)
    new = [f for f in forms if f not in decided]
    if not new:
        return decided
    store = decided if len(decided) < MAX_CACHED_FORMS else {}
    # one translate() over all new forms at once is far cheaper than one call per form
    search, key_of = ARABIC_LETTER_RE.search, g.key
    for form, norm in zip(new, normalize("\n".join(new)).split("\n")):
        ok = len(norm) >= MIN_TERM_CHARS and search(norm) and not is_stopword(norm)
        store[form] = key_of(norm) if ok else None
    return decided if store is decided else ChainMap(store, decided)


def _content_cache(g) -> dict:
    """Surface form → content key (or None) cache, kept on the grouper it belongs to."""
    cache = getattr(g, "_content_keys", None)
    if cache is None:
        cache = {}
        try:
            g._content_keys = cache
        except AttributeError:  # an object that takes no attributes: no caching
            pass
    return cache


def clear_caches() -> None:
    """Forget every cached word decision (for benchmarks of a first run)."""
    from .stems import forget_shared_groupers

    forget_shared_groupers()
    reference_key_counts.cache_clear()


# --- collocations -------------------------------------------------------------
def _ll(k: float, n: float, x: float) -> float:
    # log of binomial likelihood, guarded at the edges
    return k * math.log(x) + (n - k) * math.log(1 - x) if 0 < x < 1 else 0.0


def dunning_llr(c12: int, c1: int, c2: int, n: int) -> float:
    """Dunning's log-likelihood ratio that word 2 follows word 1 more often than chance.

    Signed: negative when the pair occurs less often than chance would have it."""
    if n <= 0 or c1 <= 0 or c1 >= n:
        return 0.0
    p = c2 / n
    p1 = c12 / c1
    p2 = (c2 - c12) / (n - c1)
    sign = 1 if p1 >= p else -1
    return sign * 2 * (_ll(c12, c1, p1) + _ll(c2 - c12, n - c1, p2) - _ll(c12, c1, p) - _ll(c2 - c12, n - c1, p))


def _adjacent_runs(cols: dict, text: str) -> list[range]:
    """Runs of adjacent content tokens (ranges of their indices in ``cols``, :func:`term_columns`):
    same sentence, nothing but whitespace between them.  A run is consecutive tokens, so a
    ``range`` holds it (a list of its indices cost a long article hundreds of MB)."""
    content, sentence, starts, ends = cols["content"], cols["sentence"], cols["start"], cols["end"]
    runs, first = [], None
    for i, ok in enumerate(content):
        if ok and i and content[i - 1] and sentence[i - 1] == sentence[i] and not text[ends[i - 1]:starts[i]].strip():
            continue  # the run of ``first`` goes on
        if first is not None and i - first > 1:
            runs.append(range(first, i))
        first = i if ok else None
    if first is not None and len(content) - first > 1:
        runs.append(range(first, len(content)))
    return runs


def _tokens_within(starts: list[int], ends: list[int], s: int, e: int) -> list[int]:
    """The tokens (indices) inside ``[s, e)``: a binary search, not a scan of the whole article."""
    i = bisect.bisect_left(starts, s)
    sub = []
    while i < len(starts) and ends[i] <= e:
        sub.append(i)
        i += 1
    return sub


def _pair_counts(key: list, runs: list[range], min_count: int):
    """``((key a, key b), count)`` of the adjacent pairs inside ``runs`` seen at least
    ``min_count`` times.  Counted as numbers in numpy (each key by the index of its first token):
    no tuple and counter entry for every distinct pair, most of them seen once."""
    import numpy as np

    total = len(key)
    first_of: dict = {}
    ids = np.fromiter(map(first_of.setdefault, key, range(total)), np.int64, total)
    linked = np.zeros(max(total - 1, 0), bool)  # token i and i + 1 are a pair of one run
    for run in runs:
        linked[run.start:run.stop - 1] = True
    at = np.flatnonzero(linked)
    codes, counts = np.unique(ids[at] * total + ids[at + 1], return_counts=True)
    kept = counts >= min_count
    for code, count in zip(codes[kept].tolist(), counts[kept].tolist()):
        yield (key[code // total], key[code % total]), count


COLLOCATION_COLUMNS = ["term", "keys", "n_words", "count", "llr", "first_start", "spans"]


def collocations(obj, grouper="clitic", min_count=2, min_llr=10.83, max_words=4):
    """Multiword names and fixed phrases (كيم جونغ أون، كوريا الشمالية) found statistically.

    Adjacent content tokens in one sentence with nothing but spaces between them are
    scored with Dunning's log-likelihood (``min_llr`` 10.83 ≈ p < 0.001); chains of
    significant pairs that occur together as often are merged into longer names.
    Columns: term (most frequent surface phrase), keys, n_words, count, llr, spans.
    """
    return rows_frame(collocation_rows(obj, grouper, min_count, min_llr, max_words), COLLOCATION_COLUMNS)


def collocation_rows(obj, grouper="clitic", min_count=2, min_llr=10.83, max_words=4) -> list[dict]:
    """:func:`collocations` as row dicts, most frequent first."""
    layer = text_layer(obj)
    cols = term_columns(layer, grouper)
    text = layer.text
    key, starts, ends = cols["key"], cols["start"], cols["end"]  # columns, not an object per token (memory)
    unigram = Counter(compress(key, cols["content"]))
    n = sum(unigram.values())
    runs = _adjacent_runs(cols, text)
    sig = {}
    for (k1, k2), c in _pair_counts(key, runs, min_count):
        llr = dunning_llr(c, unigram[k1], unigram[k2], n)
        if llr >= min_llr:
            sig[(k1, k2)] = llr
    # maximal chains of significant pairs inside each run
    found = defaultdict(list)  # keys tuple -> list of (start, end)
    for run in runs:
        i = 0
        while i < len(run) - 1:
            j = i
            while j < len(run) - 1 and (key[run[j]], key[run[j + 1]]) in sig and j - i + 2 <= max_words:
                j += 1
            if j > i:
                found[tuple(key[r] for r in run[i:j + 1])].append((starts[run[i]], ends[run[j]]))
                i = j + 1
            else:
                i += 1
    # a long chain seen once must not hide its pairs: fall back to its significant sub-pairs
    final = defaultdict(list)
    for keys, spans in found.items():
        if len(spans) >= min_count or len(keys) == 2:
            final[keys].extend(spans)
        else:
            for s, e in spans:
                sub = _tokens_within(starts, ends, s, e)  # tokens are in text order and do not overlap
                for a, b in zip(sub, sub[1:]):
                    if (key[a], key[b]) in sig:
                        final[(key[a], key[b])].append((starts[a], ends[b]))
    rows = []
    for keys, spans in final.items():
        if len(spans) < min_count:
            continue
        surfaces = Counter(text[s:e] for s, e in spans)
        term = sorted(surfaces.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        llr = min(sig.get(p, 0.0) for p in zip(keys, keys[1:]))
        rows.append({"term": term, "keys": list(keys), "n_words": len(keys), "count": len(spans),
                     "llr": round(llr, 2), "first_start": spans[0][0], "spans": [list(s) for s in sorted(spans)]})
    rows.sort(key=lambda r: (-r["count"], -r["n_words"], -r["llr"]))
    return rows


# --- keyness ------------------------------------------------------------------
@cache
def reference_key_counts(grouper_name: str = "clitic") -> tuple[dict[str, int], int]:
    """Reference counts summed by group key (computed once per process, ~0.5 s) and the
    reference total of tokens."""
    g = get_grouper(grouper_name)
    counts: Counter = Counter()
    if grouper_name == "clitic":
        from .lexicons import reference_keys

        keys = reference_keys()
        for form, c in reference_counts().items():
            counts[keys[form]] += c
    else:
        for form, c in reference_counts().items():
            counts[g.key(form)] += c
    total = int(reference_meta().get("tokens", sum(counts.values())))
    return dict(counts), total


def log_likelihood(a, b, c, d):
    """Rayson & Garside's log-likelihood (G²) of a word seen ``a`` times in ``c`` tokens (the
    text) and ``b`` times in ``d`` (the reference); numbers, or numpy arrays element-wise.

    The one implementation behind an article's :func:`keywords` and the corpus's keyness per
    outlet, so both give the same number for the same counts."""
    import numpy as np

    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    with np.errstate(divide="ignore", invalid="ignore"):
        ll = 2 * (np.where(a > 0, a * np.log(a / e1), 0.0) + np.where(b > 0, b * np.log(b / e2), 0.0))
    return float(ll) if ll.ndim == 0 else ll


def log_ratio(a, b, c, d):
    """Effect size beside :func:`log_likelihood`: log2 of the relative frequencies ``a/c`` over
    ``b/d``, with +0.5 smoothing so a word unseen in the reference stays finite."""
    import numpy as np

    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    with np.errstate(divide="ignore", invalid="ignore"):
        lr = np.log2((a / c) / ((b + 0.5) / np.where(d > 0, d, 1.0)))
    return float(lr) if lr.ndim == 0 else lr


KEYWORD_COLUMNS = ["term", "key", "count", "ref_count", "ref_per_million", "log_likelihood", "log_ratio", "forms"]


def keywords(obj, grouper="clitic", min_count=2, min_ll=15.13, top=None):
    """Distinctive terms: what this article says more than Arabic news usually does.

    Log-likelihood (Rayson & Garside) of each term against the shipped SaudiNewsNet
    reference list (``min_ll`` 15.13 ≈ p < 0.0001), with the log ratio as effect size.
    Only terms used more than expected are kept.  Columns: term, key, count,
    ref_count, ref_per_million, log_likelihood, log_ratio, forms.
    """
    rows = keyword_rows(obj, grouper, min_count, min_ll)
    return rows_frame(rows[:top] if top else rows, KEYWORD_COLUMNS)


def keyword_rows(obj, grouper="clitic", min_count=2, min_ll=15.13) -> list[dict]:
    """:func:`keywords` as row dicts, most distinctive first."""
    freqs = term_frequency_rows(obj, grouper)
    name = grouper if isinstance(grouper, str) else getattr(grouper, "name", "clitic")
    ref, ref_total = reference_key_counts(name)
    ref_forms = reference_counts()
    all_counts = freqs.column("count")
    c = sum(all_counts)
    kept = [i for i, n in enumerate(all_counts) if n >= min_count]  # the rows read below, not every row
    terms, keys, forms = (list(map(freqs.column(col).__getitem__, kept)) for col in ("term", "key", "forms"))
    counts = [all_counts[i] for i in kept]
    in_ref = [reference_count({"key": k, "forms": f}, ref, ref_forms) for k, f in zip(keys, forms)]
    # one numpy call for all terms (per term, numpy's call and error-state set-up cost more than the sum)
    lls = log_likelihood(counts, in_ref, c, ref_total).tolist()
    lrs = log_ratio(counts, in_ref, c, ref_total).tolist()
    rows = []
    for term, key, n, f, b, ll, lr in zip(terms, keys, counts, forms, in_ref, lls, lrs):
        if n / c > b / ref_total and ll >= min_ll:
            rows.append({"term": term, "key": key, "count": n, "ref_count": b,
                         "ref_per_million": round(b / ref_total * 1e6, 2),
                         "log_likelihood": round(ll, 2), "log_ratio": round(lr, 2), "forms": f})
    rows.sort(key=lambda r: -r["log_likelihood"])
    return rows


def reference_count(row: dict, ref: dict, ref_forms: dict) -> int:
    """How often a frequency row's term occurs in the reference.  The reference was grouped
    without this article's words, so a word can key differently there (بيونغ): the larger of
    its key's count and its forms' counts.  A name of several words counts as its rarest word
    (the reference holds single words; a name cannot occur more often than any of them)."""
    keys = row["key"].split(" ")
    if len(keys) == 1:
        return max(ref.get(row["key"], 0), sum(ref_forms.get(normalize(f), 0) for f in row["forms"]))
    per_word = [ref.get(k, 0) for k in keys]
    for form in row["forms"]:
        words = form.split()
        if len(words) == len(keys):
            per_word = [max(c, ref_forms.get(normalize(w), 0)) for c, w in zip(per_word, words)]
    return min(per_word)


# --- concordance --------------------------------------------------------------
def concordance(obj, term: str, width: int = 60, grouper="clitic"):
    """Keyword in context for ``term`` (a word in any of its forms, or a phrase).

    Matches by group key, so والكرملين and للكرملين are found for الكرملين.
    Columns: left, match, right, start, end, sentence.  ``left``/``right`` are up
    to ``width`` characters of the original text, cut at word boundaries.
    """
    import pandas as pd

    from .arabic import WORD_RE

    layer = text_layer(obj)
    toks = term_table(layer, grouper)
    g = get_grouper(grouper)
    local = Counter(toks.loc[toks["kind"].eq("arabic"), "norm"])
    g = g.with_local(local) if hasattr(g, "with_local") else g
    wanted = [g.key(normalize(m.group())) for m in WORD_RE.finditer(term)]
    if not wanted:
        raise ValueError(f"no word in {term!r}")
    keys = toks["key"].tolist()
    norms = toks["norm"].tolist()
    text = layer.text
    rows = []
    k = len(wanted)
    for i in range(len(keys) - k + 1):
        if all(keys[i + j] == wanted[j] or norms[i + j] == wanted[j] for j in range(k)):
            s, e = int(toks["start"].iat[i]), int(toks["end"].iat[i + k - 1])
            if k > 1 and toks["sentence"].iat[i] != toks["sentence"].iat[i + k - 1]:
                continue
            left = text[max(0, s - width):s]
            right = text[e:e + width]
            if s - width > 0 and " " in left:
                left = left[left.index(" ") + 1:]
            if e + width < len(text) and " " in right:
                right = right[:right.rindex(" ")]
            rows.append({"left": left.replace("\n", " "), "match": text[s:e], "right": right.replace("\n", " "),
                         "start": s, "end": e, "sentence": int(toks["sentence"].iat[i])})
    return pd.DataFrame(rows, columns=["left", "match", "right", "start", "end", "sentence"])
