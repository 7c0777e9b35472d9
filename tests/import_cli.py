"""The import commands as the importer tests drive them, and their one-line errors."""

from __future__ import annotations

import click
from click.testing import CliRunner, Result

from snippetgen.cli_import import import_group, schema


def run(*args: str, stdin: str | None = None) -> Result:
    group = click.Group("snippetgen", commands={"import": import_group, "schema": schema})
    return CliRunner().invoke(group, list(args), input=stdin)


def error_line(result: Result) -> str:
    """The single `error: ` line of a failed import (exit 2, nothing on stdout)."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]
