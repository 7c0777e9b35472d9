"""Command line of the importers (`snippetgen import har|curl|openapi`) and of `snippetgen schema`.

Registered on the main group in cli.py.  Every import is read, checked and turned
into YAML before anything is written; warnings go to stderr after that, one
`warning: ` line each.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .cli_options import user_errors
from .errors import UsageError




def _write_imported(items, warnings: list[str], out: Path | None, force: bool, directory: bool = True) -> None:
    """Print the specs, or write them under out; then the warnings on stderr."""
    from .importers.output import stream, write_files

    if out is None:
        click.echo(stream(items), nl=False)
    else:
        if directory or out.is_dir():
            files = [(out / f"{item.name}.yaml", item.text) for item in items]
        else:
            files = [(out, items[0].text)]
        write_files(files, force)
        for path, _ in files:
            click.echo(f"wrote {path}")
    for message in warnings:
        click.echo(f"warning: {message}", err=True)


_OUT_HELP = "Write one spec per request into this folder (created if needed) instead of printing them."
_FORCE_HELP = "Overwrite specs that are already there."
_LENIENT_HELP = ("Import what a spec can say and leave out, with a warning, what it cannot (by default that "
                 "refuses the import).")


@click.group("import")
def import_group() -> None:
    """Turn a HAR file, a curl command or an OpenAPI document into specs."""


@import_group.command("har")
@click.argument("har_file", type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), help=_OUT_HELP)
@click.option("--force", is_flag=True, help=_FORCE_HELP)
@click.option("--lenient", is_flag=True, help=_LENIENT_HELP)
@user_errors
def har(har_file: Path, out_dir: Path | None, force: bool, lenient: bool) -> None:
    """Every request recorded in HAR_FILE (a HAR 1.2 log, one entry, or one request) as a spec.

    Host, Content-Length and HTTP/2 pseudo-headers are left out (the client sets them),
    the cookies array becomes cookies:, and the body is form, json, text or multipart by
    its content type (a file part's path is a placeholder).  A request the spec cannot
    send as recorded is refused, unless --lenient.
    """
    from .importers.har import import_har

    warnings: list[str] = []
    items = import_har(har_file, warnings.append, lenient=lenient)
    _write_imported(items, warnings, out_dir, force)


@import_group.command("curl", context_settings={"ignore_unknown_options": True})
@click.argument("command", nargs=-1, type=click.UNPROCESSED)
@click.option("--out", "out", type=click.Path(path_type=Path),
              help="Write the spec to this file (or into this folder, if it is one) instead of printing it.")
@click.option("--force", is_flag=True, help=_FORCE_HELP)
@click.option("--literal-braces", is_flag=True,
              help="Read {name} in the command as text; by default it becomes a placeholder.")
@click.option("--lenient", is_flag=True, help=_LENIENT_HELP)
@user_errors
def curl(command: tuple[str, ...], out: Path | None, force: bool, literal_braces: bool, lenient: bool) -> None:
    """A curl command line as a spec: one quoted argument, the words after `--`, or standard input.

    \b
      snippetgen import curl 'curl -X POST https://api.example.com/items -d name=widget'
      snippetgen import curl -- curl -u user:secret https://api.example.com/me
      pbpaste | snippetgen import curl --out specs/items.yaml

    Shell variables ($TOKEN) and {name} become placeholders, and so do the files curl
    reads.  An option that makes curl send what a spec cannot say (--digest, a proxy...)
    refuses the import, unless --lenient leaves it out with a warning.  Options that do
    not change the request (-s, -o, -v, -k, -L...) are ignored.
    """
    from .importers.curl import import_curl

    if not command:
        if sys.stdin.isatty():
            raise UsageError("give the curl command as an argument, after --, or on standard input")
        source: str | list[str] = sys.stdin.read()
        label = "<stdin>"
    elif len(command) == 1:
        source, label = command[0], "<command>"
    else:
        source, label = list(command), "<command>"
    warnings: list[str] = []
    item = import_curl(source, warnings.append, label, placeholders=not literal_braces, lenient=lenient)
    _write_imported([item], warnings, out, force, directory=False)


@import_group.command("openapi")
@click.argument("document", type=click.Path(path_type=Path))
@click.option("--operation", "operation", metavar="ID",
              help="Only this operation: its operationId, or 'METHOD /path'. Default: every operation.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), help=_OUT_HELP)
@click.option("--force", is_flag=True, help=_FORCE_HELP)
@click.option("--lenient", is_flag=True, help=_LENIENT_HELP)
@user_errors
def openapi(document: Path, operation: str | None, out_dir: Path | None, force: bool, lenient: bool) -> None:
    """Operations of an OpenAPI 3.0 or 3.1 DOCUMENT (YAML or JSON) as specs.

    Server variables and path parameters become placeholders; query, header and cookie
    parameters and the body take their examples (or one made from the schema), files
    become path placeholders; security schemes become auth: or secret placeholders.  Only
    '#/...' references are followed.  What a spec cannot say refuses the import, unless --lenient.
    """
    from .importers.openapi import import_openapi

    warnings: list[str] = []
    items = import_openapi(document, warnings.append, operation, lenient=lenient)
    _write_imported(items, warnings, out_dir, force)


@click.command("schema")
@user_errors
def schema() -> None:
    """Print the JSON Schema of the spec format (also in snippetgen/spec.schema.json)."""
    from .schema import text

    click.echo(text(), nl=False)
