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


class OutputError(OSError):
    """An output folder that cannot be created or written (read-only, no permission, disk full).
    ``folder`` names it, ``problem`` says why, ``hint`` what to do; the message is one line."""

    def __init__(self, folder, problem: str, hint: str = "choose another folder with --out"):
        self.folder = str(folder)
        self.problem = problem
        self.hint = hint
        super().__init__(f"{self.folder}: {problem}" + (f" — {hint}" if hint else ""))

    def __str__(self) -> str:
        return self.args[0]


class RunInterrupted(KeyboardInterrupt):
    """A run stopped by Ctrl-C; the message says what was kept and how to go on."""
