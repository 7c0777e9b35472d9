"""Material for MkDocs content tabs: `=== "Go"` with the block indented beneath."""

from __future__ import annotations

import json

from ..spec import Spec
from . import Options, Tab, fenced
from .markdown import header

SUFFIX = ".md"


def _indent(text: str) -> str:
    return "\n".join(("    " + line) if line else "" for line in text.split("\n"))


def page(spec: Spec, tabs: list[Tab], options: Options) -> str:
    lines = header(spec)
    for tab in tabs:
        lines += [f"=== {json.dumps(tab.title, ensure_ascii=False)}", "",
                  _indent(fenced(tab.snippet.display, tab.language.lexer)), ""]
    return "\n".join(lines)
