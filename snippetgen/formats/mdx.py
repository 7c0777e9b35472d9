"""Mintlify-style MDX: a <CodeGroup> of fenced blocks titled in their info strings."""

from __future__ import annotations

from ..spec import Spec
from . import Options, Tab, fenced
from .markdown import header, mdx_text

SUFFIX = ".mdx"


def page(spec: Spec, tabs: list[Tab], options: Options) -> str:
    lines = header(spec, mdx_text) + [f"<{options.mdx_component}>", ""]
    for tab in tabs:
        lines += [fenced(tab.snippet.display, f"{tab.language.lexer} {tab.title}"), ""]
    lines += [f"</{options.mdx_component}>", ""]
    return "\n".join(lines)
