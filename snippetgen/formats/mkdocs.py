"""Material for MkDocs content tabs: `=== "Go"` with the block indented beneath."""

from __future__ import annotations

import re

from ..spec import Spec
from . import Options, Tab, fenced
from .markdown import header
from .text import check_texts, lexer, mkdocs_text

SUFFIX = ".md"

# pymdownx.snippets reads such a line as "include this file", even inside a code block.
_INCLUDE = re.compile(r"^[ \t]*;*-+8<-+", re.MULTILINE)


def _indent(text: str) -> str:
    return "\n".join(("    " + line) if line else "" for line in text.split("\n"))


def page(spec: Spec, tabs: list[Tab], options: Options) -> str:
    check_texts(spec, tabs)
    lines = header(spec, mkdocs_text)
    for tab in tabs:
        if _INCLUDE.search(tab.snippet.display):
            raise spec.error(f"the {tab.client.id} snippet has a line starting with --8<--, which "
                             "pymdownx.snippets would replace by a file: the mkdocs page cannot show it", "")
        lines += [f'=== "{mkdocs_text(tab.title, True)}"', "",
                  _indent(fenced(tab.snippet.display, lexer(tab))), ""]
    return "\n".join(lines + _responses(spec))


def _responses(spec: Spec) -> list[str]:
    """A "Response" heading and a content tab per example response, named by its status."""
    lines = ["## Response", ""] if spec.responses else []
    for response in spec.responses:
        if _INCLUDE.search(response.body):
            raise spec.error("the body has a line starting with --8<--, which pymdownx.snippets would "
                             "replace by a file: the mkdocs page cannot show it", response.path)
        lines += [f'=== "{response.label}"', ""]
        if response.description:
            lines += [_indent(mkdocs_text(response.description)), ""]
        if response.body:
            lines += [_indent(fenced(response.body, response.lexer)), ""]
    return lines
