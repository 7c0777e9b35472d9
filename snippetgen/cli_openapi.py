"""`snippetgen openapi-samples`: write an OpenAPI document with x-codeSamples in every operation.

Registered on the main group in cli.py.  Everything is rendered and checked before the
output is touched; the output is written to a temporary file beside it and renamed over
it, so it is the old file or the new one, never half of one.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

import click

from .cli_options import parse_vars, user_errors
from .errors import UsageError


@click.command("openapi-samples")
@click.argument("document", type=click.Path(path_type=Path))
@click.option("--out", "out", metavar="FILE",
              help="Where to write the document with samples; - for standard output. Required: the input is "
                   "never overwritten unless named here.")
@click.option("--lang", "-l", "selectors", multiple=True, metavar="LANG[:CLIENT]",
              help="Language key (its default client), LANG:CLIENT, or all. Repeatable. Default: all.")
@click.option("--var", "-v", "variables", multiple=True, metavar="NAME=VALUE",
              help="Give a placeholder of the operations a value (a secret one is shown masked). Repeatable.")
@click.option("--existing", type=click.Choice(["error", "keep", "replace"]), default="error", show_default=True,
              help="An operation whose x-codeSamples snippetgen did not write: stop with an error, keep them "
                   "(the operation gets none of ours), or replace them.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 when --out is not what would be written.")
@click.option("--lenient", is_flag=True,
              help="Leave an operation that cannot be imported exactly without samples, with a warning "
                   "(by default that is an error).")
@user_errors
def openapi_samples(document: Path, out: str | None, selectors: tuple[str, ...], variables: tuple[str, ...],
                    existing: str, check: bool, lenient: bool) -> None:
    """Add x-codeSamples (lang, label, source) to every operation of an OpenAPI 3.0 or 3.1 DOCUMENT.

    \b
      snippetgen openapi-samples api.yaml --out api.samples.yaml
      snippetgen openapi-samples api.json --out - --lang curl --lang python

    Comments, key order, quoting, anchors and blank lines stay as they are: only the
    samples are added, after each operation's last key, with x-snippetgen: openapi-samples
    beside them, so that a later run replaces them.
    """
    from .importers.errors import SourceError
    from .languages import resolve
    from .openapi_samples import add_samples
    from .textfile import read_text

    if out is None:
        raise UsageError(f"give --out FILE (or --out - for standard output); {document} is not overwritten "
                         "unless --out names it")
    if check and out == "-":
        raise UsageError("--check compares with a file: give --out FILE")
    for selector in selectors:  # an unknown language is the error before the document is read
        resolve(selector)
    values = parse_vars(variables)
    text = read_text(document, SourceError)
    result = add_samples(text, str(document), selectors, values, existing=existing, lenient=lenient)
    data = (_BOM if _has_bom(document) else b"") + result.text.encode("utf-8")
    for message in result.warnings:
        click.echo(f"warning: {message}", err=True)
    if out == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        return
    target = Path(out)
    if check:
        if _read_or_none(target) != data:
            click.echo(f"{out} is stale; run the same command without --check to update it", err=True)
            sys.exit(1)
        click.echo(f"{out} is up to date")
        return
    _write_atomically(target, data)
    click.echo(f"wrote {out}: {result.samples} samples in {result.operations} operations" + _counts(result))


_BOM = b"\xef\xbb\xbf"


def _has_bom(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(3) == _BOM


def _counts(result) -> str:
    notes = []
    if result.left_out:
        notes.append(f"{result.left_out} left without samples")
    if result.kept:
        notes.append(f"{result.kept} with their own samples kept")
    return f" ({', '.join(notes)})" if notes else ""


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror}") from None


def _write_atomically(path: Path, data: bytes) -> None:
    """data into path through a temporary file in its folder and a rename; path keeps its mode (a
    symbolic link is written through, to the file it names)."""
    path = Path(os.path.realpath(path)) if path.is_symlink() else path
    temp = None
    try:
        try:
            mode = stat.S_IMODE(os.stat(path).st_mode)
        except FileNotFoundError:
            mode = None
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is None:  # a new file gets what the umask allows, as if opened for writing
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(temp, mode)
        os.replace(temp, path)
        temp = None
    except OSError as exc:
        raise UsageError(f"{exc.filename or path}: cannot write: {exc.strerror or exc}") from None
    finally:
        if temp is not None and os.path.exists(temp):
            os.unlink(temp)
