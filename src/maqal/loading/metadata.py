"""Article metadata as maqal keeps it: ids, dates, flags and strings checked and converted.

Every format (front matter, sidecars, JSON fields, HTML metadata, TREC tags) names the same
things; these functions give them one meaning — ``published`` is a ``datetime.date``, an id made
from a url is ``url-<sha1>`` whichever file the url came from.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re

from ..errors import BadArticleFormat

META_KEYS = ("id", "title", "source", "url", "author", "published", "published_inferred")


def parse_date(value) -> dt.date:
    """A date from a date, a datetime or a string starting ``YYYY-MM-DD``."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s])", value + " ")
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError as e:  # 2023-13-45: "month must be in 1..12"
                raise ValueError(f"{value.strip()!r} is not a real date ({e})") from None
    raise ValueError(f"not a date: {value!r} (expected YYYY-MM-DD)")


def parse_timestamp(value) -> dt.datetime | dt.date:
    """A moment as a feed, a crawl or an export writes it: ISO 8601 (``2018-07-19T01:30:00+04:00``;
    a bare ``2018-07-19`` stays a day), RFC 2822 (``Thu, 19 Jul 2018 01:30:00 +0400``), with its
    zone when it has one, or Unix time in seconds or milliseconds (UTC)."""
    if isinstance(value, dt.date):
        return value
    raw = str(value).strip()
    if not isinstance(value, bool) and re.fullmatch(r"\d{9,10}(\.\d+)?|\d{12,13}", raw):  # Unix time, s or ms
        seconds = float(raw) / (1000 if len(raw) >= 12 and "." not in raw else 1)
        return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        return parse_date(raw)
    try:
        return dt.datetime.fromisoformat(raw[:-1] + "+00:00" if raw.endswith(("Z", "z")) else raw)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"not a date: {raw!r} (expected ISO 8601 or RFC 2822)") from None


def dated(when: dt.datetime | dt.date, *, inferred: bool) -> tuple[dict, dict]:
    """``(meta, extra)`` of a moment: the day as printed in its own zone (``published``), and the
    moment itself, zone and all, as ISO 8601 (``extra["published_at"]``)."""
    day = when.date() if isinstance(when, dt.datetime) else when
    return {"published": day, "published_inferred": inferred}, {"published_at": when.isoformat()}


def parse_bool(value) -> bool:
    """``true``/``yes``/``1`` or ``false``/``no``/``0`` (any case), a bool or an int."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in {"true", "yes", "1", "false", "no", "0"}:
        return value.strip().lower() in {"true", "yes", "1"}
    if isinstance(value, int):
        return bool(value)
    raise ValueError(f"not true/false: {value!r}")


def clean_str(value) -> str | None:
    """A value as a stripped string; ``None`` for nothing or only whitespace."""
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def url_id(url: str) -> str:
    """A stable id for an article known by its url."""
    return "url-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def normalise_meta(meta: dict, where) -> dict:
    """Check and convert metadata keys from a sidecar / front matter; unknown keys go to 'extra'."""
    out: dict = {"extra": {}}
    for key, value in meta.items():
        key = str(key)
        if key in ("published", "date"):
            if value is None or value == "":
                continue
            try:
                out["published"] = parse_date(value)
            except (ValueError, TypeError) as e:
                raise BadArticleFormat(where, f"metadata '{key}': {e}", "write the date as YYYY-MM-DD") from None
        elif key == "published_inferred":
            try:
                out[key] = parse_bool(value)
            except ValueError as e:
                raise BadArticleFormat(where, f"metadata '{key}': {e}", "write true or false") from None
        elif key in META_KEYS:
            v = clean_str(value)
            if v is not None:
                out[key] = v
        else:
            out["extra"][key] = value
    return out


def meta_id(meta: dict, fallback: str) -> str:
    """The id metadata gives, else one made from its url, else ``fallback``."""
    if meta.get("id"):
        return meta["id"]
    if meta.get("url"):
        return url_id(meta["url"])
    return fallback
