"""Mintlify-style MDX: a <CodeGroup> of fenced blocks titled in their info strings."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..errors import UsageError
from . import Options, Tab, fenced
from .markdown import header
from .text import check_texts, lexer, mdx_text

if TYPE_CHECKING:  # a page is planned without reading any spec
    from ..spec import Spec

SUFFIX = ".mdx"

# A JSX element name: an identifier, or a member expression such as `Docs.CodeGroup`.
_COMPONENT = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\Z", re.ASCII)


def page(spec: Spec, tabs: list[Tab], options: Options) -> str:
    if not _COMPONENT.match(options.mdx_component):
        raise UsageError(f"--mdx-component {options.mdx_component!r} is not a JSX component name")
    check_texts(spec, tabs)
    lines = header(spec, mdx_text) + [f"<{options.mdx_component}>", ""]
    for tab in tabs:
        lines += [fenced(tab.snippet.display, f"{lexer(tab)} {mdx_text(tab.title, True)}"), ""]
    lines += [f"</{options.mdx_component}>", ""]
    return "\n".join(lines + _responses(spec))


def _responses(spec: Spec) -> list[str]:
    """Mintlify's <ResponseExample>: a block per response, titled by its status; the descriptions
    go before it as text (the component shows only code)."""
    if not spec.responses:
        return []
    lines = []
    for response in spec.responses:
        if response.description:
            lines += [f"**{response.label}**: {mdx_text(response.description, True)}", ""]
    lines += ["<ResponseExample>", ""]
    for response in spec.responses:
        lines += [fenced(response.body, f"{response.lexer} {response.label}"), ""]
    return lines + ["</ResponseExample>", ""]
