"""Command line: parse arguments, call the library, turn errors into one line and an exit code."""

from __future__ import annotations

import gc
import json
import os
import sys
from pathlib import Path

import click

from .cli_options import format_options, lenient_option, parse_vars, sandbox_option, templates_option, user_errors
from .errors import SnippetgenError


class _Commands(click.Group):
    """The subcommands kept in modules of their own are imported when one of them runs (or --help
    lists them): a `render` does not pay for the importers' and developer tools' imports."""

    ELSEWHERE = {"build": ("cli_build", "build"), "import": ("cli_import", "import_group"),
                 "schema": ("cli_import", "schema"), "toolchains": ("cli_dev", "toolchains"),
                 "new": ("cli_dev", "new"), "openapi-samples": ("cli_openapi", "openapi_samples")}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.ELSEWHERE})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.ELSEWHERE:
            return super().get_command(ctx, name)
        from importlib import import_module

        module, attribute = self.ELSEWHERE[name]
        return getattr(import_module(f"{__package__}.{module}"), attribute)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="snippetgen")
def cli() -> None:
    """Turn YAML HTTP request specs into runnable code snippets."""


@cli.command()
# No dir_okay=False: click would print a multi-line usage error; load_spec says it in one line.
@click.argument("spec", type=click.Path(path_type=Path))
@click.option("--lang", "-l", "selectors", multiple=True, metavar="LANG[:CLIENT]",
              help="Language key (its default client), LANG:CLIENT, or all. Repeatable. Default: all.")
@click.option("--var", "-v", "variables", multiple=True, metavar="NAME=VALUE",
              help="Give a declared placeholder a value. Repeatable.")
@click.option("--reveal", is_flag=True, help="Print secret values instead of masking them.")
@click.option("--short", is_flag=True, help="Leave out boilerplate (imports, class, main) where a language has it.")
@click.option("--format", "-f", "formats", multiple=True, metavar="FORMAT",
              help="Print a docs page instead of plain code: markdown, mdx, docusaurus, mkdocs, html, json. "
                   "Repeatable.")
@format_options
@lenient_option
@sandbox_option
@templates_option
@user_errors
def render(spec: Path, selectors: tuple[str, ...], variables: tuple[str, ...], reveal: bool, short: bool,
           formats: tuple[str, ...], mdx_component: str, group_id: str, lenient: bool, sandbox: bool,
           user_dirs: tuple[Path, ...]) -> None:
    """Print SPEC as code for each selected language (each request of a HAR file in turn)."""
    from .languages import languages, resolve
    from .pages import page_tabs

    from .formats import Options, every_client, writer

    selectors = selectors or ("all",)
    for selector in selectors:  # an unknown language is the error before the spec is read
        resolve(selector, user_dirs)
    pages = [writer(fmt) for fmt in formats]  # and an unknown format
    loaded_specs = _request_specs(spec, lenient)
    values = parse_vars(variables, {name for loaded in loaded_specs for name in loaded.variables})
    # Everything is rendered before anything is printed: an error leaves stdout empty.
    warnings: list[str] = []
    rendered = []
    for loaded in loaded_specs:
        kinds = {every_client(page) for page in pages} or {False}  # a page with a client switch takes every client
        found = {}
        for every in sorted(kinds):
            found[every], left_out = page_tabs(loaded, selectors, values, reveal=reveal, short=short,
                                               user_dirs=user_dirs, sandbox=sandbox, every_client=every)
            warnings += [line for line in left_out if line not in warnings]
        rendered.append((loaded, found))
    for message in warnings:
        click.echo(f"warning: {message}", err=True)
    table = languages(user_dirs)
    if formats:
        options = Options(mdx_component=mdx_component, group_id=group_id, values_given=bool(values),
                          short=short, user_dirs=user_dirs, sandbox=sandbox)
        click.echo("\n".join(page.page(loaded, found[every_client(page)], options)
                             for loaded, found in rendered for page in pages), nl=False)
        return
    rendered = [(loaded, found[False]) for loaded, found in rendered]
    for number, (loaded, tabs) in enumerate(rendered, 1):
        outputs = [tab.snippet for tab in tabs]
        if len(rendered) > 1:
            if number > 1:
                click.echo()
            click.echo(f"## {number}. {_request_line(loaded)}\n")
        if len(outputs) == 1:
            click.echo(outputs[0].display, nl=False)
            continue
        for index, snippet in enumerate(outputs):
            language = table[snippet.client.language]
            if index:
                click.echo()
            click.echo(f"# {language.title} ({snippet.client.id})\n")
            click.echo(snippet.display, nl=False)


def _request_specs(path: Path, lenient: bool) -> list:
    """The spec at path, or the spec of every request of a .har file, in order."""
    if path.suffix.lower() != ".har":
        from .spec import load_spec

        return [load_spec(path)]
    from .importers import load_har_specs

    return load_har_specs(path, lenient=lenient)


def _request_line(spec) -> str:
    """`METHOD URL` of a spec, placeholders verbatim and the URL encoded (so one line, no secret value)."""
    from .request import build_request

    request = build_request(spec)
    return f"{request.method} {request.url}"


@cli.command()
@click.argument("spec", type=click.Path(path_type=Path))
@click.option("--lang", "-l", "selectors", multiple=True, metavar="LANG[:CLIENT]",
              help="Language key, LANG:CLIENT, or all (default clients). Repeatable. Default: every client.")
@click.option("--var", "-v", "variables", multiple=True, metavar="NAME=VALUE",
              help="Give a declared placeholder a value (default: its example). Repeatable.")
@lenient_option
@templates_option
@user_errors
def verify(spec: Path, selectors: tuple[str, ...], variables: tuple[str, ...], lenient: bool,
           user_dirs: tuple[Path, ...]) -> None:
    """Run SPEC's snippets against a local HTTPS server and check each sends the spec's request.

    The spec's host is replaced by the server's (localhost, a throwaway CA that each
    runtime is told to trust). Exits 1 if any client fails or cannot be run.
    """
    from .importers import load_request_source
    from .languages import all_clients, resolve
    from .responses import served_response
    from .verify import PASS, Session, redactor, secret_values

    clients = [c for s in selectors for c in resolve(s, user_dirs)] if selectors else all_clients(user_dirs)
    loaded = load_request_source(spec, lenient=lenient)
    values = parse_vars(variables, loaded.variables)
    # Every secret as sent (a given value, or the variable's example), masked in every line and error.
    secrets = secret_values(loaded, values)
    hide = redactor(secrets)
    failed = 0
    try:
        with Session() as session:
            expected = session.expected(loaded, values)
            hide = redactor(secrets, expected)
            click.echo(f"{'client':<22} {'result':<8} time")
            reply = served_response(loaded.responses)
            for client in clients:
                outcome = session.run(expected, client, user_dirs, secrets=secrets, reply=reply)
                failed += outcome.status != PASS
                click.echo(f"{client.id:<22} {outcome.status:<8} {outcome.seconds:.2f}s")
                for line in outcome.details:
                    click.echo(f"    {line}")
                if outcome.known:
                    click.echo(f"    (known: {outcome.known})")
    except SnippetgenError as exc:
        shown = hide(str(exc))
        if shown == str(exc):
            raise
        masked_error = SnippetgenError(shown)
        masked_error.exit_code = exc.exit_code
        raise masked_error from None
    click.echo(f"{len(clients) - failed} passed, {failed} failed")
    if failed:
        sys.exit(1)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One object per client, for scripts.")
@templates_option
@user_errors
def langs(as_json: bool, user_dirs: tuple[Path, ...]) -> None:
    """List languages and their clients."""
    from .languages import languages

    table = languages(user_dirs)
    if as_json:
        rows = [
            {
                "language": language.key,
                "client": client.key,
                "title": language.title,
                "client_title": client.title,
                "extension": language.extension,
                "lexer": language.lexer,
                "default": client.key == language.default,
                "verified": client.unverified is None,
                "unverified_reason": client.unverified,
            }
            for language in table.values()
            for client in language.clients.values()
        ]
        click.echo(json.dumps(rows, indent=2))
        return
    for language in table.values():
        names = []
        for client in language.clients.values():
            mark = " (default)" if client.key == language.default else ""
            note = f" [unverified: {client.unverified}]" if client.unverified else ""
            names.append(f"{client.key}{mark}{note}")
        click.echo(f"{language.key:<8} {language.title:<8} {', '.join(names)}")


def main() -> None:
    # A short-lived process: the cyclic GC only slows the imports down.
    gc.disable()
    try:
        cli(standalone_mode=False)
    except click.exceptions.Exit as exc:
        _exit(exc.exit_code)
    except click.ClickException as exc:
        # One line, as for every other error; the usage text is one --help away.
        hint = ""
        if isinstance(exc, click.UsageError) and exc.ctx is not None:
            hint = f" (see {exc.ctx.command_path} --help)"
        click.echo(f"error: {' '.join(exc.format_message().split())}{hint}", err=True)
        _exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("Aborted!", err=True)
        _exit(1)
    except BrokenPipeError:
        sys.stderr.close()
        _exit(1)
    except SystemExit as exc:
        _exit(exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1))
    _exit(0)


def _exit(code: int) -> None:
    """Exit without tearing the interpreter down (about 10 ms saved on every command).

    Output is flushed first. Under a tracer or profiler (coverage, pyinstrument) the
    normal exit runs, so their reports are written.
    """
    if sys.gettrace() is not None or sys.getprofile() is not None:
        sys.exit(code)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


if __name__ == "__main__":
    main()
