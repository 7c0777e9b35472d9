"""A Markdown page for one spec: its variables, then every language as a fenced block."""

from __future__ import annotations

import re

from ..render import Snippet
from ..spec import Spec
from ..targets import Language


def fence_for(text: str) -> str:
    """A backtick fence longer than any backtick run in text, so the block never breaks."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def page(spec: Spec, snippets: list[tuple[Language, Snippet]]) -> str:
    lines = [f"# {spec.title or spec.name}", ""]
    if spec.description:
        lines += [spec.description, ""]
    if spec.variables:
        lines += ["| Placeholder | Description | Example |", "| --- | --- | --- |"]
        for variable in spec.variables.values():
            note = " (secret)" if variable.secret else ""
            lines.append(f"| `{{{variable.name}}}` | {_cell(variable.description)}{note} | "
                         f"{_cell(variable.example or '')} |")
        lines.append("")
    for language, snippet in snippets:
        fence = fence_for(snippet.display)
        lines += [f"## {language.title}", "", f"{fence}{language.lexer}", snippet.display.rstrip("\n"),
                  fence, ""]
    return "\n".join(lines)
