"""`snippetgen toolchains` (what each client needs to run here) and `snippetgen new` (a client's
folder scaffolded from an existing one): the contributor's commands, read from the manifests."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from pathlib import Path

import click

from .cli_options import user_errors
from .errors import ToolchainMissing, UsageError
from .manifest import MANIFEST, Client, Language
from .runtime import REGISTRIES


def _chosen(selectors: tuple[str, ...]) -> list[Client]:
    """Every client of each LANG named, or one LANG:CLIENT; all clients when none is named."""
    from .languages import all_clients, languages, resolve

    if not selectors:
        return all_clients()
    chosen: list[Client] = []
    for selector in selectors:
        if ":" in selector or selector == "all":
            found = resolve(selector) if selector != "all" else all_clients()
        else:
            found = list(languages()[resolve(selector)[0].language].clients.values())
        chosen += [client for client in found if client not in chosen]
    return chosen


def readiness(client: Client) -> str | None:
    """None when the client's tools and libraries are here, else what is missing and how to install it."""
    from .verify.runners import ensure_ready, run_environment, run_values
    from .verify.trust import Trust

    with tempfile.TemporaryDirectory() as scratch:
        values = run_values(client.runtime, Trust(Path(scratch) / "ca.pem", Path(scratch)), stores=False)
        try:
            ensure_ready(client, run_environment(client.runtime, values), values)
        except ToolchainMissing as exc:
            return str(exc)
    return None


@click.command()
@click.argument("selectors", nargs=-1, metavar="[LANG[:CLIENT]]...")
@click.option("--packages", "registry", type=click.Choice(REGISTRIES),
              help="Print the packages these clients need from one registry, one per line.")
@click.option("--json", "as_json", is_flag=True, help="One object per client, for scripts.")
@user_errors
def toolchains(selectors: tuple[str, ...], registry: str | None, as_json: bool) -> None:
    """What each client needs to run its snippets here, and whether this machine has it."""
    clients = _chosen(selectors)
    if registry:
        names = dict.fromkeys(name for c in clients for name in c.runtime.packages.get(registry, ()))
        for name in names:
            click.echo(name)
        return
    rows = [{"client": c.id, "ready": (problem := readiness(c)) is None, "missing": problem,
             "trust": c.runtime.trust, "packages": {r: list(n) for r, n in c.runtime.packages.items()},
             "unverified": c.unverified} for c in clients]
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    for row in rows:
        state = "ready" if row["ready"] else f"missing: {row['missing']}"
        click.echo(f"{row['client']:<22} {state}")


@click.command()
@click.argument("target", metavar="LANG:CLIENT")
@click.option("--from", "source", metavar="LANG[:CLIENT]",
              help="The client to copy (default: the language's default client, for a new client of it).")
@click.option("--title", help="The client's title in docs tabs (default: its key).")
@user_errors
def new(target: str, source: str | None, title: str | None) -> None:
    """Scaffold templates/LANG/ for a new client, from the closest existing one."""
    from .languages import builtin_templates_dir, languages, resolve, stale_install

    lang_key, _, client_key = target.partition(":")
    if not re.fullmatch(r"[a-z0-9][a-z0-9._+-]*", lang_key) or not re.fullmatch(r"[a-z0-9][a-z0-9._+-]*", client_key):
        raise UsageError(f"new {target}: give LANG:CLIENT in lower case, e.g. python:httpx")
    root = builtin_templates_dir()
    if "site-packages" in root.parts:
        raise UsageError(f"new: snippetgen runs from an installed copy ({root}); in a checkout, "
                         "pip install -e . and run it there")
    note = stale_install()
    if note:
        raise UsageError(f"new: {note}")
    table = languages()
    existing = table.get(lang_key)
    if existing and client_key in existing.clients:
        raise UsageError(f"new: {target} exists already ({root / lang_key / MANIFEST})")
    if source is None and existing is None:
        raise UsageError(f"new: {lang_key} is a new language: name the closest one to copy with --from "
                         f"(one of {', '.join(table)})")
    copied = resolve(source)[0] if source else existing.default_client
    model = table[copied.language]
    lexer, extension = (existing.lexer, existing.extension) if existing else _lexer_and_extension(lang_key, model)
    template = _copy_template(root, copied, model, lang_key, f"{client_key}{extension}.j2", existing is None)
    if existing:
        _append_client(root / lang_key / MANIFEST, client_key, title or client_key, template.name)
    else:
        _new_manifest(root / model.key / MANIFEST, root / lang_key / MANIFEST,
                      f"key: {lang_key}\ntitle: {json.dumps(lang_key.capitalize())}\nextension: {extension}\n"
                      f"lexer: {lexer}\ndefault: {client_key}\n",
                      f"  {client_key}:\n    title: {json.dumps(title or client_key)}\n    template: {template.name}\n")
    languages.cache_clear()
    languages()  # the new manifest must load
    click.echo(f"created {template}")
    click.echo(f"next: edit it and templates/{lang_key}/{MANIFEST} (runtime: check, run, trust, packages),\n"
               f"      add snippetgen/escaping/{lang_key}.py if the language's literals are new,\n"
               f"      then run scripts/check-client {lang_key}:{client_key} and follow what it prints")


def _lexer_and_extension(lang_key: str, model: Language) -> tuple[str, str]:
    """A new language's Pygments lexer and file extension, when Pygments knows it by its key."""
    from pygments.lexers import find_lexer_class_by_name
    from pygments.util import ClassNotFound

    try:
        found = find_lexer_class_by_name(lang_key)
    except ClassNotFound:
        return "text", model.extension
    return lang_key, next((p[1:] for p in found.filenames if re.fullmatch(r"\*\.[A-Za-z0-9]+", p)), model.extension)


def _copy_template(root: Path, copied: Client, model: Language, lang_key: str, name: str, new_language: bool) -> Path:
    folder = root / lang_key
    folder.mkdir(exist_ok=True)
    target = folder / name
    if target.exists():
        raise UsageError(f"new: {target} exists already")
    shutil.copyfile(root / copied.template, target)
    if new_language:  # the partials the copied template includes come along
        for partial in (root / model.key).glob("_*.j2"):
            shutil.copyfile(partial, folder / partial.name)
    return target


def _append_client(manifest: Path, key: str, title: str, template: str) -> None:
    text = manifest.read_text(encoding="utf-8")
    if not re.search(r"^clients:\n(?:[ #].*\n|\n)*\Z", text, re.MULTILINE):
        raise UsageError(f"new: keep clients: last in {manifest} so a client can be added at its end")
    entry = f"  {key}:\n    title: {json.dumps(title)}\n    template: {template}\n"
    manifest.write_text(text + ("" if text.endswith("\n") else "\n") + entry, encoding="utf-8")


def _new_manifest(model: Path, manifest: Path, head: str, client: str) -> None:
    """The model's runtime under a new head, with the new client: a start to make true."""
    text = model.read_text(encoding="utf-8").split("\nclients:\n")[0]
    keys = ("key:", "title:", "extension:", "lexer:", "default:", "aliases:", "order:")
    body = "\n".join(line for line in text.splitlines() if not line.startswith(keys)).strip("\n")
    note = "# Copied from the closest language: make every runtime field true for this one.\n"
    manifest.write_text(f"{head}{note}{body}\nclients:\n{client}", encoding="utf-8")
