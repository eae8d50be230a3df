"""Metadata beside an article's text: YAML front matter, and sidecar files (``x.yml`` next to ``x.txt``).

Analysts keep the text as the outlet published it and write title, source and date in a few
YAML lines above it or in a file beside it; sidecar keys win over front-matter keys.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from ..errors import BadArticleFormat
from .decoding import read_text_file
from .where import display

SIDECAR_SUFFIXES = (".yml", ".yaml", ".json")


def load_yaml_mapping(text: str, where) -> dict:
    import yaml  # lazy

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise BadArticleFormat(where, f"metadata is not valid YAML ({e})", "fix the YAML syntax") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise BadArticleFormat(where, "metadata must be a mapping of key: value lines", "see the sample sidecar")
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
            try:
                data = json.loads(text)
            except json.JSONDecodeError as e:
                raise BadArticleFormat(side, f"sidecar is not valid JSON ({e})", "fix or remove it") from None
            if not isinstance(data, dict):
                raise BadArticleFormat(side, "sidecar JSON must be one object", "fix or remove it")
            return data, side
        return load_yaml_mapping(text, side), side
    return {}, None
