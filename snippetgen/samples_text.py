"""The text of an operation's generated members, in the style of the document around them.

Two members, always together: `x-snippetgen: openapi-samples`, which marks the samples as
generated (a later run replaces them), and `x-codeSamples`, a list of {lang, label, source}.
In a YAML block mapping each source is a `|` block when one can hold it exactly, else a
double-quoted scalar; a flow mapping gets one line of flow YAML; JSON gets JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from .importers.spec_yaml import quoted_text, scalar_text

MARKER_KEY = "x-snippetgen"
MARKER = "openapi-samples"
SAMPLES_KEY = "x-codeSamples"


@dataclass(frozen=True)
class Style:
    """How the document writes the operation's members."""

    newline: str = "\n"  # or "\r\n"
    pad: str = ""  # the indentation of the operation's keys
    step: str = "  "  # one more level of indentation
    colon: str = ": "  # JSON and flow mappings: between a key and its value
    comma: str = ", "  # between members written on one line
    quoted: bool = False  # every source double-quoted (the fallback when a block would not read back)


def samples_value(samples: list[dict[str, str]]) -> dict[str, object]:
    """The members as data: what the document reads back after the edit."""
    return {MARKER_KEY: MARKER, SAMPLES_KEY: samples}


def yaml_block(samples: list[dict[str, str]], style: Style) -> str:
    """Both members as block YAML lines at style.pad, each line ended by style.newline."""
    item = style.pad + style.step
    lines = [f"{style.pad}{MARKER_KEY}: {MARKER}", f"{style.pad}{SAMPLES_KEY}:"]
    for sample in samples:
        lines.append(f"{item}- lang: {scalar_text(sample['lang'])}")
        lines.append(f"{item}  label: {scalar_text(sample['label'])}")
        lines.append(f"{item}  source: {_source(sample['source'], item + '  ', style)}")
    return "".join(line + style.newline for line in lines)


def _source(text: str, indent: str, style: Style) -> str:
    """A `|` block scalar (indented one step past indent) that reads back as exactly text, or a
    double-quoted scalar for what a block cannot hold: trailing spaces, two or more final line
    breaks, carriage returns and other invisible characters."""
    if style.quoted or not _block_holds(text):
        return quoted_text(text)
    step = len(style.step)
    # Leading spaces or a leading empty line would mislead YAML's guess of the indentation: state it.
    header = "|" + (str(step) if text[0] in " \n" else "") + ("" if text.endswith("\n") else "-")
    body = text[:-1] if text.endswith("\n") else text
    content = indent + " " * step
    return header + "".join(style.newline + (content + line if line else "") for line in body.split("\n"))


def _block_holds(text: str) -> bool:
    if not text.strip() or text.endswith("\n\n"):
        return False
    if any(line != line.rstrip(" \t") for line in text.split("\n")):
        return False
    return text.replace("\n", "").replace("\t", "").isprintable()


def yaml_flow_members(samples: list[dict[str, str]], style: Style) -> list[str]:
    """Both members as flow YAML on one line each, for a `{...}` operation."""
    items = ", ".join("{lang: %s, label: %s, source: %s}" % (scalar_text(s["lang"], True),
                                                           scalar_text(s["label"], True), quoted_text(s["source"]))
                      for s in samples)
    return [f"{MARKER_KEY}{style.colon}{MARKER}", f"{SAMPLES_KEY}{style.colon}[{items}]"]


def json_members(samples: list[dict[str, str]], style: Style, pretty: bool) -> list[str]:
    """Both members as JSON: indented as the document is (pretty), or on one line."""
    members = []
    for key, value in samples_value(samples).items():
        if pretty:
            text = json.dumps(value, indent=style.step, ensure_ascii=False).replace("\n", style.newline + style.pad)
        else:
            text = json.dumps(value, ensure_ascii=False, separators=(style.comma, style.colon))
        members.append(json.dumps(key) + style.colon + text)
    return members
