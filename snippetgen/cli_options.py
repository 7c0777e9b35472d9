"""What every command shares: one-line errors, --var parsing, and the common options."""

from __future__ import annotations

import sys
from functools import wraps
from pathlib import Path

import click

from .errors import SnippetgenError, UsageError


def user_errors(command):
    """Print a SnippetgenError as one line on stderr and exit with its code; no traceback."""

    @wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except SnippetgenError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(exc.exit_code)

    return wrapper


def parse_vars(pairs: tuple[str, ...], declared=()) -> dict[str, str]:
    """--var NAME=VALUE arguments as a dict. A malformed one is never echoed ("=s3cret", or a pasted
    token, which reads as a name, may be a secret's value), unless it is one of the declared names."""
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            got = (repr(pair) if pair in declared
                   else "no name before '='" if sep else "an argument without '='")
            raise UsageError(f"--var expects NAME=VALUE, got {got}")
        values[name] = value
    return values


def templates_option(command):
    return click.option(
        "--templates", "user_dirs", multiple=True, type=click.Path(file_okay=False, path_type=Path),
        help="A folder of your own templates and languages, searched before the built-in ones. Repeatable.",
    )(command)


def sandbox_option(command):
    return click.option("--sandbox", is_flag=True,
                        help="Render templates in Jinja's sandbox: for --templates folders you did not write.")(command)


def lenient_option(command):
    return click.option("--lenient", is_flag=True,
                        help="For a .har: leave out, with a warning, what a spec cannot send as recorded "
                             "(by default that is an error).")(command)


def format_options(command):
    command = click.option("--group-id", default="language", show_default=True,
                           help="docusaurus: the Tabs groupId that keeps a reader's language choice.")(command)
    command = click.option("--mdx-component", default="CodeGroup", show_default=True,
                           help="mdx: the component that wraps the code blocks.")(command)
    return command
