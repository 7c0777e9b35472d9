"""Go literals: interpreted strings, and raw strings for readable multi-line text."""

from __future__ import annotations

from .common import _COMMON, Probe, _escape_with, _has_hidden

__all__ = ["go_str", "go_text"]


def go_str(value: str) -> str:
    # In Go, \xNN is a raw byte, so only ASCII may use it; the rest needs \u or \U.
    def hidden(code: int) -> str:
        if code < 0x80:
            return f"\\x{code:02x}"
        return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"

    return '"' + _escape_with(value, _COMMON, hidden) + '"'


def go_text(value: str) -> str:
    """A raw `...` string when the text allows it (readable multi-line JSON), else go_str."""
    # Go drops carriage returns from raw strings, and a raw string cannot hold a backtick.
    if "`" in value or "\r" in value or _has_hidden(value, "\n\t"):
        return go_str(value)
    return "`" + value + "`"


PROBE = Probe(
    file="esc.go",
    program=(
        "package main\n\n"
        'import (\n\t"encoding/hex"\n\t"fmt"\n)\n\n'
        "var values = []string{\n{items}}\n\n"
        "func main() {\n\tfor _, v := range values {\n\t\tfmt.Println(hex.EncodeToString([]byte(v)))\n\t}\n}\n"
    ),
    item="\t{literal},\n",
    commands=(("go", "run", "{file}"),),
    literals={"go_str": go_str, "go_text": go_text},
    raw={"go_text": "\n\t"},
)
