"""Plain Markdown, readable on GitHub: the title, a placeholder table, a heading and block per tab."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import Options, Tab, fenced
from .text import check_texts, example, lexer, markdown_text

if TYPE_CHECKING:  # a page is planned without reading any spec
    from ..spec import Spec

SUFFIX = ".md"


def header(spec: Spec, escape=markdown_text) -> list[str]:
    """Title, description and the placeholder table, shared by the Markdown-based formats.

    escape(text, single) is the dialect's one escaping function: every text here is data."""

    def cell(text: str) -> str:
        return escape(text, True)

    lines = [f"# {escape(spec.title or spec.name, True)}", ""]
    if spec.description:
        lines += [escape(spec.description), ""]
    if spec.variables:
        lines += ["| Placeholder | Description | Example |", "| --- | --- | --- |"]
        for variable in spec.variables.values():
            note = " (secret)" if variable.secret else ""
            # A variable's name is letters, digits and _ (spec.py checks), safe in a code span.
            lines.append(f"| `{{{variable.name}}}` | {cell(variable.description)}{note} | "
                         f"{cell(example(variable))} |")
        lines.append("")
    return lines


def page(spec: Spec, tabs: list[Tab], options: Options) -> str:
    check_texts(spec, tabs)
    lines = header(spec)
    for tab in tabs:
        lines += [f"## {markdown_text(tab.title, True)}", "", fenced(tab.snippet.display, lexer(tab)), ""]
    return "\n".join(lines + responses(spec, markdown_text))


def responses(spec: Spec, escape=markdown_text, level: str = "##") -> list[str]:
    """A heading, the description and the body's block per example response (labels are a
    status and its standard phrase: digits, letters and spaces)."""
    lines = []
    for response in spec.responses:
        lines += [f"{level} Response: {response.label}", ""]
        if response.description:
            lines += [escape(response.description), ""]
        if response.body:
            lines += [fenced(response.body, response.lexer), ""]
    return lines
