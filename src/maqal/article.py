"""The Article record every analysis starts from."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Article:
    """One loaded article.

    ``text`` is the logical-order Unicode text as loaded; every span any maqal
    table reports (tokens, sentences, dates, claims) indexes into it, so
    ``article.text[start:end]`` gives back the surface form.
    """

    text: str
    id: str
    title: str | None = None
    source: str | None = None  # outlet / newspaper
    url: str | None = None
    author: str | None = None
    published: dt.date | None = None
    published_inferred: bool = False  # True when the date is not printed with the article
    dateline: str | None = None  # place the text opens with (``موسكو –``)
    dateline_span: tuple[int, int] | None = None
    path: str | None = None
    encoding: str | None = None
    format: str | None = None
    restored: str | None = None  # how baked text was restored, if it was
    warnings: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict, compare=False)

    def to_dict(self, text: bool = True) -> dict:
        d = asdict(self)
        if d["published"] is not None:
            d["published"] = d["published"].isoformat()
        if d["dateline_span"] is not None:
            d["dateline_span"] = list(d["dateline_span"])
        d["warnings"] = list(d["warnings"])
        if not text:
            d.pop("text")
        return d

    @property
    def label(self) -> str:
        """A short human name: title, else the id."""
        return self.title or self.id
