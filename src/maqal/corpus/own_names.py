"""An outlet's own names: the words of its name (its corpus slug and its display names in
``outlets.tsv``) and the words its articles' bylines repeat (««الشرق الأوسط»», «متابعات»,
«سبق- الرياض»).  They are the outlet signing its work, not what it writes about, so they are
left out of its distinctive terms (:func:`maqal.corpus.keyness_by_outlet`).  Read from the
``articles`` table's ``source`` and ``author`` columns — no list of outlet names in code."""
from __future__ import annotations

from collections import Counter

from ..arabic import WORD_ONLY_RE
from ..frequencies import content_keys
from ..labels import outlet_names
from .reading import read_table

#: a byline word is the outlet's when it is in at least this share of the outlet's bylines (a
#: reporter's first name or an occasional dateline is not; «الشرق الأوسط» in half of them is) …
MIN_BYLINE_SHARE = 0.2
#: … and at least this many of them (one reporter's name in one article is no signature)
MIN_BYLINE_ARTICLES = 3


def own_name_keys(out) -> dict[str, set[str]]:
    """Outlet → the term keys (as the ``terms`` table keys them) of its own names and of the
    words its bylines repeat."""
    arts = read_table(out, "articles", columns=["article_id", "source", "author"])
    result: dict[str, set[str]] = {}
    for source, group in arts.groupby("source", dropna=True):
        bylines = [str(a) for a in group["author"].dropna() if str(a).strip()]
        signed = Counter(w for byline in bylines for w in set(WORD_ONLY_RE.findall(byline)))
        floor = max(MIN_BYLINE_ARTICLES, MIN_BYLINE_SHARE * len(bylines))
        forms = {w for w, n in signed.items() if n >= floor}
        forms |= set(WORD_ONLY_RE.findall(" ".join(outlet_names(source))))
        keys = content_keys(forms)
        result[str(source)] = {keys[f] for f in forms if keys[f] is not None}
    return result
