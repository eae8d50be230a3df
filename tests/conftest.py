"""Shared fixtures: the bundled sample, the shipped SaudiNewsNet sample, and (when present)
the full corpus in ../shared, which tests skip with a reason where it is absent."""
from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from maqal import paths

# the evaluation scripts' on-disk article cache (scripts/article_cache.py) is for people at a
# shell; tests read every article from its corpus
os.environ["MAQAL_NO_ARTICLE_CACHE"] = "1"

SAMPLE = paths.SAMPLE_ARTICLE
SNN_SAMPLE = paths.ARTICLES_DIR / "saudinewsnet_sample_2015-08-02.json"


def corpus_zips() -> list[Path]:
    return sorted(paths.CORPUS_DIR.glob("*.zip")) if paths.CORPUS_DIR.is_dir() else []


def needs_corpus():
    if not corpus_zips():
        pytest.skip(f"the shared SaudiNewsNet corpus is not at {paths.CORPUS_DIR} (set MAQAL_SHARED)")


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def snn_sample() -> list[dict]:
    return json.loads(SNN_SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def corpus_articles() -> list[dict]:
    """Articles from the shared corpus: every 25th of two daily files (about 100)."""
    needs_corpus()
    out = []
    for z in corpus_zips()[:2]:
        with zipfile.ZipFile(z) as zf:
            arts = json.loads(zf.read(zf.namelist()[0]))
        out.extend(a for a in arts[::25] if len((a.get("content") or "").split()) > 50)
    return out


@pytest.fixture
def edit_lexicon(tmp_path, monkeypatch):
    """``edit_lexicon(name, *lines)``: from then on, maqal reads a copy of its lexicons in which
    ``name`` has these lines added (``MAQAL_LEXICONS`` + ``lexicons.reload``); undone afterwards."""
    import shutil

    from maqal import lexicons
    from maqal.paths import LEXICONS_DIR

    folder = tmp_path / "lexicons"

    def edit(name: str, *lines: str) -> None:
        if not folder.exists():
            shutil.copytree(LEXICONS_DIR, folder)
        with open(folder / name, "a", encoding="utf-8") as fh:
            fh.write("\n" + "\n".join(lines) + "\n")
        monkeypatch.setenv("MAQAL_LEXICONS", str(folder))
        lexicons.reload()

    yield edit
    monkeypatch.delenv("MAQAL_LEXICONS", raising=False)
    lexicons.reload()
