"""Typed errors of the importers.  Same one-line form as a spec error: file:line: key path: message."""

from __future__ import annotations

from ..errors import SpecError, UsageError


class SourceError(SpecError):
    """A HAR file, curl command or OpenAPI document that cannot become a spec."""


class OutputError(UsageError):
    """The specs cannot be written: the files exist (and --force was not given), or the disk refuses."""
