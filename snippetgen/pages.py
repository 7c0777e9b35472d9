"""One spec's tabs for a docs page: what `render --format`, the MkDocs plugin, the Sphinx
directive and the OpenAPI samples all show.

A client that `all` brought in may decline a request it cannot send exactly (it is left out,
with a warning); a client named on its own must render, or its refusal is the error.
"""

from __future__ import annotations

from pathlib import Path

from .errors import ClientRefusal
from .formats import Tab
from .languages import Client, languages, resolve
from .render import render_snippet
from .spec import Spec


def page_tabs(spec: Spec, selectors: tuple[str, ...] = ("all",), values: dict[str, str] | None = None, *,
              reveal: bool = False, short: bool = False, user_dirs: tuple[Path, ...] = (),
              sandbox: bool = False, every_client: bool = False) -> tuple[list[Tab], list[str]]:
    """(tabs, warnings): one tab per selected client, in order, and a line per client left out.

    every_client: `all` and a bare language key select every client of each language (the
    default first, then the manifest's order), as a page with a client switch shows them;
    `LANG:CLIENT` stays that one client."""
    table = languages(user_dirs)
    tabs: list[Tab] = []
    warnings: list[str] = []
    for selector in selectors or ("all",):
        for client, named in _clients(selector, user_dirs, every_client):
            try:
                snippet = render_snippet(spec, client, values or {}, reveal=reveal, short=short,
                                         user_dirs=user_dirs, sandbox=sandbox)
            except ClientRefusal as exc:
                if named:
                    raise
                warnings.append(f"{exc}; left out")
                continue
            tabs.append(Tab(table[client.language], client, snippet))
    return tabs, warnings


def _clients(selector: str, user_dirs: tuple[Path, ...], every_client: bool) -> list[tuple[Client, bool]]:
    """(client, named): a client named on its own (LANG:CLIENT, or a language's default) must render."""
    chosen = resolve(selector, user_dirs)
    if not every_client or ":" in selector:
        return [(client, selector != "all") for client in chosen]
    table = languages(user_dirs)
    found = []
    for default in chosen:
        language = table[default.language]
        found.append((default, selector != "all"))
        found += [(client, False) for client in language.clients.values() if client.key != language.default]
    return found
