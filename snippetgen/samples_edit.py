"""Text edits that put the generated members into one operation and take old ones out.

Everything outside the edits stays byte for byte.  In a YAML block mapping the members go
on the lines after the operation's last value, at the indentation of its keys, and an old
member is removed with its whole lines; in a flow mapping or a JSON object they go after
the last member, with a comma, and an old member is removed with the comma before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .doc_tree import Lines, Node
from .samples_text import Style, json_members, yaml_block, yaml_flow_members


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    text: str  # replaces text[start:end]


def apply(text: str, edits: list[Edit]) -> str:
    out, pos = [], 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        out.append(text[pos:edit.start])
        out.append(edit.text)
        pos = max(pos, edit.end)
    out.append(text[pos:])
    return "".join(out)


def operation_edits(lines: Lines, operation: Node, method_key: Node, remove: list[tuple[Node, Node]],
                    samples: list[dict[str, str]], *, json_doc: bool, quoted: bool = False) -> list[Edit]:
    """Edits that remove the pairs in remove and add the members for samples (none when empty)."""
    if operation.flow:
        return _flow_edits(lines, operation, remove, samples, json_doc)
    return _block_edits(lines, operation, method_key, remove, samples, quoted)


def _block_edits(lines: Lines, operation: Node, method_key: Node, remove: list[tuple[Node, Node]],
                 samples: list[dict[str, str]], quoted: bool) -> list[Edit]:
    text = lines.text
    gone = {id(key) for key, _ in remove}
    kept = [(key, value) for key, value in operation.pairs if id(key) not in gone]
    edits = [Edit(lines.start(key.start), lines.after(value.end), "") for key, value in remove]
    if not samples:
        return edits
    first = operation.pairs[0][0]
    pad = " " * (first.start - lines.start(first.start))
    step = len(pad) - (method_key.start - lines.start(method_key.start))
    style = Style(newline=lines.newline, pad=pad, step=" " * (step if 0 < step < 10 else 2), quoted=quoted)
    at = lines.after(kept[-1][1].end) if kept else min(edit.start for edit in edits)
    block = yaml_block(samples, style)
    if at == len(text) and text and not text.endswith("\n"):
        block = style.newline + block
    return edits + [Edit(at, at, block)]


def _flow_edits(lines: Lines, operation: Node, remove: list[tuple[Node, Node]], samples: list[dict[str, str]],
                json_doc: bool) -> list[Edit]:
    text, pairs = lines.text, operation.pairs
    gone = {id(key) for key, _ in remove}
    kept = [index for index, (key, _) in enumerate(pairs) if id(key) not in gone]
    removed = [index for index in range(len(pairs)) if index not in kept]
    edits: list[Edit] = []
    if removed and not kept:
        edits.append(Edit(pairs[0][0].start, pairs[-1][1].end, ""))
    elif removed:
        leading = [index for index in removed if index < kept[0]]
        if leading:  # up to the first kept key, commas included
            edits.append(Edit(pairs[0][0].start, pairs[kept[0]][0].start, ""))
        edits += [Edit(pairs[index - 1][1].end, pairs[index][1].end, "") for index in removed if index > kept[0]]
    if not samples:
        return edits
    style, pretty = _flow_style(lines, operation)
    members = json_members(samples, style, pretty) if json_doc else yaml_flow_members(samples, style)
    joiner = "," + style.newline + style.pad if pretty else style.comma
    if kept:
        at, lead = pairs[kept[-1]][1].end, joiner
    else:
        at, lead = (pairs[0][0].start if pairs else operation.start + 1), ""
    return edits + [Edit(at, at, lead + joiner.join(members))]


def _flow_style(lines: Lines, operation: Node) -> tuple[Style, bool]:
    """The operation's own layout: one member per line (pretty) with its indentation, or one line;
    the text between a key and its value, and between two members on one line."""
    text, pairs, newline = lines.text, operation.pairs, lines.newline
    colon, comma = ": ", ", "
    if pairs:
        between = text[pairs[0][0].end:pairs[0][1].start]
        colon = between if "\n" not in between else colon
    if len(pairs) > 1:
        between = text[pairs[0][1].end:pairs[1][0].start]
        comma = between if "\n" not in between else comma
    pretty = bool(pairs) and lines.line(pairs[0][0].start) != lines.line(operation.start)
    if not pretty:
        return Style(newline=newline, colon=colon, comma=comma), False
    first = pairs[0][0]
    pad = text[lines.start(first.start):first.start]
    outer = text[lines.start(operation.start):operation.start]
    outer = outer[:len(outer) - len(outer.lstrip(" \t"))]
    step = pad[len(outer):] if pad.startswith(outer) and len(pad) > len(outer) else "  "
    return Style(newline=newline, pad=pad, step=step, colon=colon, comma=comma), True
