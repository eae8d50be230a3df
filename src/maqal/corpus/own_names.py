"""An outlet's own names: the words of its name (its corpus slug and its display names in
``outlets.tsv``), the words its articles' bylines repeat (««الشرق الأوسط»», «متابعات»,
«سبق- الرياض») and the words of its template — what it prints once in article after article
(a tag line «سمات:», an app notice «تحميل … إشعارات», a subscription line «أرسل … بالرمز», a
dateline «دبي، الإمارات العربية المتحدة (CNN)»).  They are the outlet signing its work, not what
it writes about, so they are left out of its distinctive terms (:func:`maqal.corpus.keyness_by_outlet`).
Read from the ``articles`` table's ``source`` and ``author`` columns and the ``terms`` table's
counts — no list of outlet names or template words in code.  An outlet name of several words is
also left out whole, as the ``terms`` table counts a name («شرق اوسط»)."""
from __future__ import annotations

from collections import Counter

from ..arabic import WORD_ONLY_RE, normalize
from ..frequencies import content_keys
from ..labels import outlet_names
from .reading import read_table

#: a byline word is the outlet's when it is in at least this share of the outlet's bylines (a
#: reporter's first name or an occasional dateline is not; «الشرق الأوسط» in half of them is) …
MIN_BYLINE_SHARE = 0.2
#: … and at least this many of them (one reporter's name in one article is no signature)
MIN_BYLINE_ARTICLES = 3


#: a template word is in at least this share of an outlet's articles and in this many of them
#: (in a small corpus an ordinary word is in a few articles once each: no template is found there) …
MIN_TEMPLATE_SHARE = 0.05
MIN_TEMPLATE_ARTICLES = 20
#: … and printed exactly once in at least this share of the articles that have it (a word the
#: outlet writes about comes back within an article; a line of its template does not)
MIN_ONCE_SHARE = 0.95


def template_keys(terms) -> dict[str, set[str]]:
    """Outlet → the keys of its template words, from ``terms`` rows (``article_id``, ``source``,
    ``key``, ``count``: one row per article and key, as the ``terms`` table holds them)."""
    if terms.empty:
        return {}
    outlet_articles = terms.groupby("source", observed=True)["article_id"].nunique()
    per = (terms.assign(once=terms["count"] == 1).groupby(["source", "key"], observed=True)
           .agg(articles=("article_id", "size"), once=("once", "sum")).reset_index())
    floor = per["source"].map(outlet_articles) * MIN_TEMPLATE_SHARE
    hits = per[(per["articles"] >= MIN_TEMPLATE_ARTICLES) & (per["articles"] >= floor)
               & (per["once"] >= MIN_ONCE_SHARE * per["articles"])]
    return {str(src): set(group["key"]) for src, group in hits.groupby("source", observed=True)}


def own_name_keys(out, terms=None) -> dict[str, set[str]]:
    """Outlet → the term keys (as the ``terms`` table keys them) of its own names, of the words
    its bylines repeat and of its template words (:func:`template_keys`; ``terms``: the
    ``terms`` table's rows if already read, else read here)."""
    if terms is None:
        terms = read_table(out, "terms", columns=["article_id", "source", "key", "count"])
    arts = read_table(out, "articles", columns=["article_id", "source", "author"])
    result: dict[str, set[str]] = {src: set(keys) for src, keys in template_keys(terms).items()}
    for source, group in arts.groupby("source", dropna=True):
        bylines = [str(a) for a in group["author"].dropna() if str(a).strip()]
        signed = Counter(w for byline in bylines for w in set(WORD_ONLY_RE.findall(byline)))
        floor = max(MIN_BYLINE_ARTICLES, MIN_BYLINE_SHARE * len(bylines))
        forms = {w for w, n in signed.items() if n >= floor}
        names = [WORD_ONLY_RE.findall(name) for name in outlet_names(source)]
        forms |= {w for words in names for w in words}
        keys = content_keys(forms)
        own = result.setdefault(str(source), set())
        own.update(keys[f] for f in forms if keys[f] is not None)
        own.update(" ".join(keys[w] or normalize(w) for w in words) for words in names if len(words) > 1)
    return result
