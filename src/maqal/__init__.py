"""maqal — read Arabic news articles as tidy tables.

    >>> import maqal
    >>> art = maqal.load_article(maqal.paths.SAMPLE_ARTICLE)
    >>> maqal.term_frequencies(art).head()

Heavy libraries (pandas, matplotlib) are imported on first use, so ``import maqal`` stays fast.
"""
from __future__ import annotations

from importlib import import_module

from . import paths
from .article import Article
from .errors import ArticleError

__version__ = "0.1.0"

_LAZY = {
    "load_article": "loading",
    "load_text": "loading",
    "load_articles": "inputs",
    "text_layer": "textlayer",
    "normalize": "arabic",
    "term_frequencies": "frequencies",
    "collocations": "frequencies",
    "keywords": "frequencies",
    "concordance": "frequencies",
    "analyze": "analysis",
    "for_figure": "shaping",
}

#: subpackages that are also called as functions: ``maqal.entities(article)`` (the module is callable)
CALLABLE_MODULES = ("entities",)

__all__ = ["Article", "ArticleError", "paths", "__version__", *_LAZY, *CALLABLE_MODULES]


def __getattr__(name):
    if name in _LAZY:
        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    try:
        return import_module(f".{name}", __name__)
    except ModuleNotFoundError:
        raise AttributeError(f"module 'maqal' has no attribute {name!r}") from None
