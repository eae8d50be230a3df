"""What reports, charts and tables call things, one language at a time.

Every heading, legend, event kind, source type, side and chart title a report shows comes from
``data/labels/labels.tsv`` (``key <TAB> ar <TAB> en``) through :func:`label`; ``lang="ar"`` is the
reports' default, ``"en"`` the other choice.  Place names (the timeline's normalised English
names) are shown in Arabic with :func:`place`, from Babel/CLDR, ``places_ar.tsv`` and GeoNames.
"""
from __future__ import annotations

import functools

from . import paths
from .lexicons import key as lexicon_key
from .lexicons import geonames_places, read_table

LANGS = ("ar", "en")
LABELS_FILE = paths.PACKAGE_DATA / "labels" / "labels.tsv"
OUTLETS_FILE = paths.PACKAGE_DATA / "labels" / "outlets.tsv"


def check_lang(lang: str) -> str:
    """``lang`` if maqal writes that language, else a ValueError naming the choices."""
    if lang not in LANGS:
        raise ValueError(f"lang={lang!r}: maqal writes reports in {' or '.join(LANGS)}")
    return lang


@functools.lru_cache(maxsize=1)
def table() -> dict[str, dict[str, str]]:
    """key → {"ar": …, "en": …} from the labels file."""
    out = {}
    for line in LABELS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        k, *names = line.split("\t")
        out[k] = dict(zip(LANGS, names))
    return out


def label(key: str, lang: str = "ar", default: str | None = None) -> str:
    """The name of ``key`` (``"kind.visit"``) in ``lang``; the other language if only that one is
    given; else ``default``, else the part after the group (``"visit"``)."""
    names = table().get(key, {})
    other = [n for lg, n in names.items() if lg != check_lang(lang) and n]
    return names.get(lang) or (other[0] if other else None) or default or key.partition(".")[2] or key


def group(group_name: str, value, lang: str = "ar") -> str:
    """``label(f"{group_name}.{value}")`` for a table value; empty values stay empty, and values
    the file does not know are shown as they are."""
    if value is None or value != value or value == "":  # None / NaN / ""
        return ""
    return label(f"{group_name}.{value}", lang, default=str(value))


def side(value, lang: str = "ar") -> str:
    """A source's side (``"Sri Lanka"``) in ``lang``: ``labels.tsv``'s ``side.*`` rows, else, for a
    state, its name as :func:`place` gives it (CLDR), else the value as it is."""
    if value is None or value != value or value == "":  # None / NaN / ""
        return ""
    return label(f"side.{value}", lang, default=place(str(value), lang))


@functools.lru_cache(maxsize=1)
def _arabic_places() -> dict[str, str]:
    """place (English) → its Arabic name: CLDR's country and city names, then the first
    spelling ``places_ar.tsv`` gives a place CLDR lacks."""
    out: dict[str, str] = {}
    try:
        from babel import Locale

        ar, en = Locale("ar"), Locale("en")
        for code, name in ar.territories.items():
            if code.isalpha() and len(code) == 2:
                out.setdefault(en.territories.get(code, name), name)
        for tz, info in ar.time_zones.items():
            city = info.get("city") if hasattr(info, "get") else None
            en_city = en.time_zones.get(tz, {}).get("city") if city else None
            if city and en_city:
                out.setdefault(en_city, city)
    except Exception:  # pragma: no cover - Babel is a declared dependency
        pass
    for row in read_table("places_ar.tsv"):
        if len(row) > 1 and (len(row) < 3 or row[2] != "ambiguous"):
            out.setdefault(row[1], row[0])
    for name, english, _, _ in geonames_places():  # most populous first: a place's own spelling
        out.setdefault(english, name)
    return out


def place(name, lang: str = "ar") -> str:
    """A place as the timeline normalises it (``"Kenya"``) in ``lang`` (``"كينيا"``); an
    Arabic name or an unknown place is returned as it is."""
    if not isinstance(name, str) or not name:
        return ""
    if check_lang(lang) == "en":
        return name
    return _arabic_places().get(name, name)


@functools.lru_cache(maxsize=1)
def outlets() -> dict[str, dict[str, str]]:
    """Outlet slug (lower case) → {"ar": …, "en": …}: ``outlets.tsv``, then the file that
    ``MAQAL_OUTLETS`` names (its rows win).  ``outlets.cache_clear()`` after editing either."""
    import os
    from pathlib import Path

    files = [OUTLETS_FILE] + ([Path(os.environ["MAQAL_OUTLETS"])] if os.environ.get("MAQAL_OUTLETS") else [])
    out: dict[str, dict[str, str]] = {}
    for f in files:
        try:
            lines = f.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise FileNotFoundError(f"{f}: cannot read the outlet names ({exc.strerror or exc})") from exc
        for n, line in enumerate(lines, 1):
            if not line.strip() or line.startswith("#"):
                continue
            slug, *names = [c.strip() for c in line.split("\t")]
            if not names:
                raise ValueError(f"{f}, line {n}: expected slug <TAB> ar <TAB> en, got {line!r}")
            out[slug.lower()] = dict(zip(LANGS, names))
    return out


def outlet(slug, lang: str = "ar") -> str:
    """What a report calls the outlet ``slug`` (``"okaz"`` → «عكاظ»); an outlet the file does
    not know, or a name already written out, as it is."""
    if not isinstance(slug, str) or not slug:
        return "" if slug is None or (isinstance(slug, float) and slug != slug) else str(slug)
    names = outlets().get(slug.strip().lower())
    if not names:
        return slug
    return names.get(check_lang(lang)) or next((n for n in names.values() if n), slug)


def outlet_names(slug) -> list[str]:
    """Every name of an outlet: its slug and its display names in each language."""
    names = outlets().get(str(slug).strip().lower(), {})
    return list(dict.fromkeys([str(slug), *(n for n in names.values() if n)]))


def same_name(a: str, b: str) -> bool:
    """Whether two names are one name for a lane or a list (folded as the lexicons fold)."""
    return lexicon_key(a) == lexicon_key(b)


#: table columns whose values are names of a group of labels (``kind.visit`` …)
VALUE_GROUPS = {"kind": "kind", "certainty": "certainty", "source_type": "type", "source_side": "side",
                "granularity": "granularity", "entity_kind": "entity", "measure": "stat", "relation": "relation"}


def localized(df, lang: str = "ar"):
    """A copy of a table to show in ``lang``: kinds, certainties, source types, sides and
    granularities named from the labels, places in ``lang``, booleans as yes / no.  Column
    names stay (the caller formats by them); :func:`column_names` gives their shown names."""
    out = df.copy()
    for col in out.columns:
        if col in VALUE_GROUPS:
            out[col] = out[col].map(lambda v, g=VALUE_GROUPS[col]: group(g, v, lang))
        elif col == "source":  # the claims table's sentinel for the outlet's own voice; a corpus's outlet
            out[col] = out[col].map(lambda v: label("type.author", lang) if v == "author" else outlet(v, lang))
        elif col in ("outlets", "outlet", "outlet_a", "outlet_b"):
            out[col] = out[col].map(lambda v: outlet(v, lang) if isinstance(v, str) or not hasattr(v, "__iter__")
                                    else [outlet(x, lang) for x in v])  # a list, or an array from Parquet
        elif col == "place":
            out[col] = out[col].map(lambda v: place(v, lang))
        elif out[col].dtype == bool or str(out[col].dtype) == "boolean":
            out[col] = out[col].map(lambda v: "" if v is None or v != v else label(f"value.{'yes' if v else 'no'}", lang))
    return out


def column_names(columns, lang: str = "ar") -> list[str]:
    """What a table's columns are called in ``lang`` (``column.<name>``; unknown ones as they are)."""
    return [label(f"column.{c}", lang, default=str(c)) for c in columns]
