"""`snippetgen build`: a folder of specs into an output folder, incrementally and atomically per file."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .cli_options import format_options, sandbox_option, templates_option, user_errors
from .errors import UsageError


@click.command()
@click.argument("specs_dir", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write; files the build made before and no longer makes are removed.")
@click.option("--format", "-f", "formats", multiple=True, metavar="FORMAT",
              help="Page format per spec: markdown (default), mdx, docusaurus, mkdocs, html, json. Repeatable.")
@click.option("--lang", "-l", "selectors", multiple=True, metavar="LANG[:CLIENT]",
              help="Only these clients (a language key is its default client; all: every language's default), "
                   "which are also the pages' tabs. Repeatable. Default: every client, pages with default clients.")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 and list the stale files if the folder "
                                            "is not what build would write.")
@format_options
@sandbox_option
@templates_option
@user_errors
def build(specs_dir: Path, out_dir: Path, formats: tuple[str, ...], selectors: tuple[str, ...], check: bool,
          mdx_component: str, group_id: str, sandbox: bool, user_dirs: tuple[Path, ...]) -> None:
    """Write every spec in SPECS_DIR for every client, plus a page per spec and format.

    Incremental (only what changed is rendered and written), atomic per file (a bad
    spec writes nothing; after a crash each file is old or new, and the next build
    finishes the interrupted one), and one build at a time per --out.
    """
    from . import build as builder
    from .formats import Options, writer

    def waiting(message: str) -> None:
        click.echo(f"{message}...", err=True)

    from .languages import resolve

    for fmt in formats:
        writer(fmt)  # an unknown format is a usage error before any work
    for selector in selectors:
        resolve(selector, user_dirs)  # and so is an unknown language
    settings = builder.Settings(formats=tuple(dict.fromkeys(formats)) or ("markdown",), user_dirs=user_dirs,
                                options=Options(mdx_component=mdx_component, group_id=group_id), sandbox=sandbox,
                                selectors=tuple(dict.fromkeys(selectors)))
    try:
        if check:
            stale = builder.check(specs_dir, out_dir, settings, on_wait=waiting)
            if stale:
                click.echo(f"{out_dir} is stale; run: snippetgen build {specs_dir} --out {out_dir}", err=True)
                for name in stale:
                    click.echo(f"  {name}", err=True)
                sys.exit(1)
            click.echo(f"{out_dir} is up to date")
            return
        if sys.stderr.isatty():
            spec_count = sum(1 for p in specs_dir.iterdir() if p.suffix in (".yaml", ".yml"))
            with click.progressbar(length=spec_count, label="rendering", file=sys.stderr) as bar:
                result = builder.build(specs_dir, out_dir, settings, progress=bar.update, on_wait=waiting)
        else:
            result = builder.build(specs_dir, out_dir, settings, on_wait=waiting)
    except OSError as exc:  # a full disk, a read-only folder: one line naming the file
        where = f"{exc.filename}: " if exc.filename else ""
        raise UsageError(f"{where}{exc.strerror or exc}") from None
    for reason in result.declined:
        click.echo(f"warning: {reason}; left out", err=True)
    click.echo(result.summary())
