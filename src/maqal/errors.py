"""Errors an analyst can act on: each names the file, the problem and what to do."""
from __future__ import annotations


class ArticleError(ValueError):
    """An article could not be loaded. ``path`` names it, ``problem`` says why, ``hint`` what to do."""

    def __init__(self, path, problem: str, hint: str = ""):
        self.path = str(path) if path is not None else "<text>"
        self.problem = problem
        self.hint = hint
        msg = f"{self.path}: {problem}"
        if hint:
            msg += f" — {hint}"
        super().__init__(msg)


class ArticleNotFound(ArticleError, FileNotFoundError):
    pass


class EmptyArticle(ArticleError):
    pass


class BinaryFile(ArticleError):
    pass


class UndecodableText(ArticleError):
    pass


class NotArabic(ArticleError):
    pass


class BakedText(ArticleError):
    """Display-ready ("baked") Arabic that could not be restored to logical Unicode."""


class BadArticleFormat(ArticleError):
    pass
