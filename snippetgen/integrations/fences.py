"""The fenced blocks of one name in a Markdown page, as MkDocs (Python-Markdown with
pymdownx.superfences) reads the page: only real blocks, never text that shows one.

A block counts at the start of a line, or indented inside a list item, admonition or content
tab (whose content Python-Markdown indents by 4 columns).  Not inside another fence (a page
that shows a block in a longer fence, as docs about the plugin do), and not in an indented
code block.  This is a line scanner, not a Markdown parser: blockquotes and HTML blocks are not
looked into.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"(`{3,}|~{3,})(.*)\Z")
# Lines that open a container whose content is indented by 4 more columns: a list item, an
# admonition or collapsible block (!!!, ???, ???+), a content tab (===, ===!), a footnote.
_CONTAINER = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:[ \t]|\Z)|(?:!!!|\?\?\?\+?|===!?)[ \t]|\[\^[^\]]+\]:")
TAB = 4  # Python-Markdown's tab_length, the indent of a container's content


@dataclass(frozen=True)
class Block:
    first: int  # index of the opening fence's line
    last: int  # index of the closing fence's line
    indent: str  # the spaces of its container's content column, to put before what replaces it
    info: str  # the info string after the name
    body: str  # the lines between the fences, less the fence's indent

    @property
    def line(self) -> int:
        """1-based line of the opening fence."""
        return self.first + 1


class UnclosedFence(ValueError):
    def __init__(self, line: int, name: str):
        super().__init__(f"this {name} block has no closing fence")
        self.line = line


def _column(text: str) -> int:
    return len(text.expandtabs(TAB))


def _leading(line: str) -> str:
    return line[:len(line) - len(line.lstrip(" \t"))]


def _dedent(line: str, columns: int) -> str:
    """line without up to `columns` columns of leading white space (CommonMark's rule for a fence)."""
    ws = _leading(line)
    return " " * max(0, _column(ws) - columns) + line[len(ws):]


def _closing(lines: list[str], start: int, fence: str, level: int) -> int | None:
    """Index of the line that closes fence (same character, at least as long, nothing after)."""
    closer = re.compile(re.escape(fence[0]) + "{" + str(len(fence)) + r",}[ \t]*\Z")
    for index in range(start, len(lines)):
        ws = _leading(lines[index])
        if _column(ws) < level + TAB and closer.match(lines[index][len(ws):]):
            return index
    return None


def find_blocks(text: str, name: str) -> list[Block]:
    """The fenced blocks whose info string starts with the word `name`, in order."""
    lines = text.split("\n")
    blocks: list[Block] = []
    levels = [0]  # content columns of the containers the current line is in
    after_blank = True  # an indented line after a blank one is code; after text, more text
    index = 0
    while index < len(lines):
        line = lines[index]
        ws = _leading(line)
        rest = line[len(ws):]
        if not rest:
            after_blank, index = True, index + 1
            continue
        column = _column(ws)
        while column < levels[-1]:
            levels.pop()
        if column >= levels[-1] + TAB:
            if after_blank:  # an indented code block: skip it, blank lines inside included
                index += 1
                while index < len(lines) and (not lines[index].strip()
                                              or _column(_leading(lines[index])) >= levels[-1] + TAB):
                    index += 1
                after_blank = not lines[index - 1].strip()
                continue
            after_blank, index = False, index + 1
            continue
        fence = _FENCE.match(rest)
        if fence and not (fence[1][0] == "`" and "`" in fence[2]):
            last = _closing(lines, index + 1, fence[1], levels[-1])
            word, _, info = fence[2].strip().partition(" ")
            is_ours = word == name
            if last is None:
                if is_ours:
                    raise UnclosedFence(index + 1, name)
                # Python-Markdown shows an unclosed fence as text: read on.
            else:
                if is_ours:
                    body = "\n".join(_dedent(inner, column) for inner in lines[index + 1:last])
                    # What replaces it starts at its container's content column: 1 to 3 more
                    # spaces are allowed before a fence, but would break the tabs' own indents.
                    blocks.append(Block(index, last, " " * levels[-1], info.strip(), body))
                after_blank, index = False, last + 1
                continue
        if _CONTAINER.match(rest):
            levels.append(column + TAB)
        after_blank, index = False, index + 1
    return blocks


def replace_blocks(text: str, blocks: list[Block], replacements: list[list[str]]) -> str:
    """text with each block's lines replaced by its replacement lines, indented as the block was
    and set apart by blank lines (so a block right after a paragraph still starts its own)."""
    lines = text.split("\n")
    for block, new in sorted(zip(blocks, replacements), key=lambda pair: -pair[0].first):
        indented = [(block.indent + line) if line else "" for line in "\n".join(new).split("\n")]
        lines[block.first:block.last + 1] = ["", *indented, ""]
    return "\n".join(lines)
