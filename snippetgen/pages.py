"""One spec's tabs for a docs page: what `render --format`, the MkDocs plugin, the Sphinx
directive and the OpenAPI samples all show.

A client that `all` brought in may decline a request it cannot send exactly (it is left out,
with a warning); a client named on its own must render, or its refusal is the error.
"""

from __future__ import annotations

from pathlib import Path

from .errors import ClientRefusal
from .formats import Tab
from .languages import languages, resolve
from .render import render_snippet
from .spec import Spec


def page_tabs(spec: Spec, selectors: tuple[str, ...] = ("all",), values: dict[str, str] | None = None, *,
              reveal: bool = False, short: bool = False, user_dirs: tuple[Path, ...] = (),
              sandbox: bool = False) -> tuple[list[Tab], list[str]]:
    """(tabs, warnings): one tab per selected client, in order, and a line per client left out."""
    table = languages(user_dirs)
    tabs: list[Tab] = []
    warnings: list[str] = []
    for selector in selectors or ("all",):
        for client in resolve(selector, user_dirs):
            try:
                snippet = render_snippet(spec, client, values or {}, reveal=reveal, short=short,
                                         user_dirs=user_dirs, sandbox=sandbox)
            except ClientRefusal as exc:
                if selector != "all":
                    raise
                warnings.append(f"{exc}; left out")
                continue
            tabs.append(Tab(table[client.language], client, snippet))
    return tabs, warnings
