"""Metadata beside an article's text: YAML front matter, and sidecar files (``x.yml`` next to ``x.txt``).

Analysts keep the text as the outlet published it and write title, source and date in a few
YAML lines above it or in a file beside it; sidecar keys win over front-matter keys.
"""
from __future__ import annotations

import copy
import functools
import json
import re
from pathlib import Path

from ..errors import BadArticleFormat
from .bounds import MAX_ALIASES, MAX_DEPTH, check_depth, check_metadata_size, json_depth, value_depth
from .decoding import read_text_file
from .where import display

SIDECAR_SUFFIXES = (".yml", ".yaml", ".json")


class _Refused(Exception):
    """Raised inside the YAML loader when metadata asks for more work than :mod:`.bounds` allows."""


@functools.lru_cache(maxsize=1)
def bounded_yaml_loader():
    """PyYAML's safe loader, bounded: at most :data:`MAX_ALIASES` aliases (an "alias bomb" of a few
    lines would otherwise expand to billions of nodes) and :data:`MAX_DEPTH` levels; a timestamp
    that is no real date (``2023-13-45``) stays a string, for the metadata check to name."""
    import yaml  # lazy

    class BoundedLoader(yaml.SafeLoader):
        aliases = depth = 0

        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                self.aliases += 1
                if self.aliases > MAX_ALIASES:
                    raise _Refused(f"uses more than {MAX_ALIASES} YAML aliases (*name)")
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise _Refused(f"is nested more than {MAX_DEPTH} levels deep")
            try:
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

        def construct_yaml_timestamp(self, node):
            try:
                return super().construct_yaml_timestamp(node)
            except ValueError:
                return self.construct_scalar(node)

    BoundedLoader.add_constructor("tag:yaml.org,2002:timestamp", BoundedLoader.construct_yaml_timestamp)
    return BoundedLoader


#: metadata texts read lately → their mapping: PyYAML's pure-Python parser was half the time of
#: loading the sample article, and an article loaded again, or a folder's sidecars, repeat the
#: same few lines (bounded: at most this many texts, each within ``bounds``' metadata size)
_PARSED: dict[str, dict] = {}
_PARSED_MAX = 256


def load_yaml_mapping(text: str, where) -> dict:
    """The mapping of a front matter or sidecar, read with :func:`bounded_yaml_loader` (a text
    read before gives a fresh copy of its mapping)."""
    check_metadata_size(text, where)
    found = _PARSED.get(text)
    if found is None:
        found = _parsed_mapping(text, where)
        if len(_PARSED) >= _PARSED_MAX:
            _PARSED.clear()
        _PARSED[text] = found
    return copy.deepcopy(found)


def _parsed_mapping(text: str, where) -> dict:
    import yaml  # lazy

    try:
        data = yaml.load(text, Loader=bounded_yaml_loader())  # noqa: S506 - a SafeLoader, bounded
    except _Refused as e:
        raise BadArticleFormat(where, f"metadata {e}", "write plain key: value lines") from None
    except yaml.YAMLError as e:
        raise BadArticleFormat(where, f"metadata is not valid YAML ({e})", "fix the YAML syntax") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise BadArticleFormat(where, "metadata must be a mapping of key: value lines", "see the sample sidecar")
    check_depth(value_depth(data), where, "metadata")
    return data


def split_front_matter(text: str, path) -> tuple[dict, str]:
    m = re.match(r"---[ \t]*\r?\n(.*?)(?:^|\r?\n)---[ \t]*(?:\r?\n|$)", text, re.S)
    if not m:
        if re.match(r"---[ \t]*\r?\n", text):
            raise BadArticleFormat(path, "starts with '---' front matter that is never closed", "end it with a '---' line")
        return {}, text
    return load_yaml_mapping(m.group(1), f"{display(path)} (front matter)"), text[m.end() :]


def read_sidecar(path: Path) -> tuple[dict, Path | None]:
    for suffix in SIDECAR_SUFFIXES:
        side = path.with_suffix(suffix)
        if side == path or not side.is_file():
            continue
        text, _ = read_text_file(side)
        if suffix == ".json":
            check_metadata_size(text, side)
            check_depth(json_depth(text), side, "sidecar JSON")
            try:
                data = json.loads(text)
            except json.JSONDecodeError as e:
                raise BadArticleFormat(side, f"sidecar is not valid JSON ({e})", "fix or remove it") from None
            if not isinstance(data, dict):
                raise BadArticleFormat(side, "sidecar JSON must be one object", "fix or remove it")
            return data, side
        return load_yaml_mapping(text, side), side
    return {}, None
