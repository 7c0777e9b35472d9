"""Typed errors.  Raised deep, turned into one line and an exit code in cli.py."""

from __future__ import annotations


class SnippetgenError(Exception):
    """Any error caused by the user's input; the CLI exits 2 with str(error)."""

    exit_code = 2


class SpecError(SnippetgenError):
    """A spec that cannot be turned into a request: names the file, key path and line."""

    def __init__(self, message: str, *, file: str = "<spec>", path: str = "", line: int | None = None):
        self.message = message
        self.file = file
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __reduce__(self):
        # Keyword-only fields: rebuild from them when a build worker sends the error back.
        return (_spec_error, (self.message, self.file, self.path, self.line))

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        key = f" {self.path}:" if self.path else ""
        return f"{where}:{key} {self.message}"


def _spec_error(message: str, file: str, path: str, line: int | None) -> SpecError:
    return SpecError(message, file=file, path=path, line=line)


class UsageError(SnippetgenError):
    """A bad command-line request: unknown language, malformed --var, and the like."""


class LanguageError(SnippetgenError):
    """A language folder whose manifest or templates are broken."""


class ToolchainMissing(SnippetgenError):
    """A snippet cannot be run because its language's toolchain or library is not installed."""


class ClientRefusal(SnippetgenError):
    """A client that cannot send this request exactly, and says so rather than send another."""
