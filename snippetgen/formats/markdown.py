"""Plain Markdown, readable on GitHub: the title, a placeholder table, a heading and block per tab."""

from __future__ import annotations

from ..spec import Spec
from . import Options, Tab, fenced

SUFFIX = ".md"


def plain(text: str) -> str:
    return text


def mdx_text(text: str) -> str:
    """Prose for MDX, where { starts an expression and < a JSX tag."""
    return "".join("\\" + ch if ch in "\\{}<>" else ch for ch in text)


def header(spec: Spec, escape=plain) -> list[str]:
    """Title, description and the placeholder table, shared by the Markdown-based formats."""

    def cell(text: str) -> str:
        return escape(text).replace("|", "\\|").replace("\n", " ")

    lines = [f"# {escape(spec.title or spec.name)}", ""]
    if spec.description:
        lines += [escape(spec.description), ""]
    if spec.variables:
        lines += ["| Placeholder | Description | Example |", "| --- | --- | --- |"]
        for variable in spec.variables.values():
            note = " (secret)" if variable.secret else ""
            lines.append(f"| `{{{variable.name}}}` | {cell(variable.description)}{note} | "
                         f"{cell(variable.example or '')} |")
        lines.append("")
    return lines


def page(spec: Spec, tabs: list[Tab], options: Options) -> str:
    lines = header(spec)
    for tab in tabs:
        lines += [f"## {tab.title}", "", fenced(tab.snippet.display, tab.language.lexer), ""]
    return "\n".join(lines)
