"""Material for MkDocs content tabs: `=== "Go"` with the block indented beneath."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import Options, Tab, fenced
from .markdown import header
from .text import check_texts, check_titles, lexer, mkdocs_text

if TYPE_CHECKING:  # a page is planned without reading any spec
    from ..spec import Spec

SUFFIX = ".md"

# pymdownx.snippets reads such a line as "include this file", even inside a code block.
_INCLUDE = re.compile(r"^[ \t]*;*-+8<-+", re.MULTILINE)


def _indent(text: str) -> str:
    return "\n".join(("    " + line) if line else "" for line in text.split("\n"))


def content_tabs(spec: Spec, tabs: list[Tab], *, new_set: bool = False) -> list[str]:
    """The lines of one tab per snippet: this page's tabs, and what the MkDocs plugin puts in place
    of a block.  new_set starts the first tab with `===!`, so that tabs written just before do not
    join the same set."""
    check_titles(tabs)
    lines: list[str] = []
    for index, tab in enumerate(tabs):
        if _INCLUDE.search(tab.snippet.display):
            raise spec.error(f"the {tab.client.id} snippet has a line starting with --8<--, which "
                             "pymdownx.snippets would replace by a file: the mkdocs page cannot show it", "")
        marker = "===!" if new_set and index == 0 else "==="
        lines += [f'{marker} "{mkdocs_text(tab.title, True)}"', "",
                  _indent(fenced(tab.snippet.display, lexer(tab))), ""]
    return lines


def response_tabs(spec: Spec, *, new_set: bool = False) -> list[str]:
    """A content tab per example response, named by its status: its description and its body."""
    lines: list[str] = []
    for index, response in enumerate(spec.responses):
        if _INCLUDE.search(response.body):
            raise spec.error("the body has a line starting with --8<--, which pymdownx.snippets would "
                             "replace by a file: the mkdocs page cannot show it", response.path)
        marker = "===!" if new_set and index == 0 else "==="
        lines += [f'{marker} "{response.label}"', ""]
        if response.description:
            lines += [_indent(mkdocs_text(response.description)), ""]
        if response.body:
            lines += [_indent(fenced(response.body, response.lexer)), ""]
    return lines


def page(spec: Spec, tabs: list[Tab], options: Options) -> str:
    check_texts(spec, tabs)
    responses = ["## Response", "", *response_tabs(spec)] if spec.responses else []
    return "\n".join(header(spec, mkdocs_text) + content_tabs(spec, tabs) + responses)
