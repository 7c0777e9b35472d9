"""R literals: double-quoted strings with \\u{...} escapes, raw strings r"(...)" for readable text.

R reads a script in the session's encoding (run it in a UTF-8 locale); printable non-ASCII
stays as it is, every hidden character is an escape. Two limits of R's reader shape long
values: `Rscript file.R` reads a file through a 4096-byte line buffer (a line longer than
that breaks a multibyte character or an escape in two), and a literal holding a \\u escape
may not pass 10,000 characters. A long value is therefore written as paste0() of short
literals, one per line. R strings cannot hold NUL.
"""

from __future__ import annotations

import re

from .common import _COMMON, Probe, _escape_with, _has_hidden

__all__ = ["r_str", "r_text", "r_name"]

# The longest source line a literal may take, in UTF-8 bytes, well inside R's 4096-byte buffer
# with room for the code around it.
_PIECE_BYTES = 1000
_PIECE_CHARS = 250  # a first cut: at most 10 bytes of source for one character (\U{10fffd}), so 2500 bytes


def _hidden(code: int) -> str:
    if 0xD800 <= code <= 0xDFFF:
        raise ValueError(f"an R string cannot hold the lone surrogate U+{code:04X}")
    return f"\\u{{{code:x}}}" if code < 0x10000 else f"\\U{{{code:x}}}"


def _literal(value: str) -> str:
    return '"' + _escape_with(value, _COMMON, _hidden) + '"'


def r_str(value: str) -> str:
    """A double-quoted R string, or paste0() of several, one per line, for a long value.

    R strings cannot hold NUL: a value with NUL becomes the raw vector of its UTF-8 bytes,
    which R's HTTP clients take as a body."""
    if "\x00" in value:
        items = []
        for index, piece in enumerate(value.split("\x00")):
            if index:
                items.append("as.raw(0x00)")
            if piece:
                items.append(f"charToRaw({r_str(piece)})")
        return "c(" + ", ".join(items) + ")"
    literal = _literal(value)
    if len(literal) <= _PIECE_BYTES // 4 or len(literal.encode("utf-8")) <= _PIECE_BYTES:
        return literal
    pieces = []
    start = 0
    while start < len(value):
        size = _PIECE_CHARS * 4
        while True:  # the most characters whose literal fits a line
            piece = _literal(value[start:start + size])
            if len(piece.encode("utf-8")) <= _PIECE_BYTES or size == 1:
                break
            size //= 2
        pieces.append(piece)
        start += size
    return "paste0(\n  " + ",\n  ".join(pieces) + "\n)"


_SYNTACTIC = re.compile(r"(?:[A-Za-z]|\.[A-Za-z._]|\.\Z)[A-Za-z0-9._]*")
_RESERVED = frozenset("if else repeat while function for next break TRUE FALSE NULL Inf NaN NA NA_integer_ "
                      "NA_real_ NA_character_ NA_complex_ in".split())


def r_name(value: str) -> str:
    """An argument name (`name = value`): bare where R reads it as a name, else a string."""
    if value.isascii() and _SYNTACTIC.fullmatch(value) and value not in _RESERVED and not re.fullmatch(r"\.\.(?:\.|\d+)", value):
        return value
    return r_str(value)


def r_text(value: str) -> str:
    """A raw string r"(...)" keeping the text's lines (pretty JSON) readable, else r_str."""
    if "\x00" in value or _has_hidden(value, "\n") or any(
            len(line.encode("utf-8")) > _PIECE_BYTES for line in value.split("\n")):
        return r_str(value)
    dashes = ""
    while f"){dashes}\"" in value:
        dashes += "-"
    return f'r"{dashes}({value}){dashes}"'


PROBE = Probe(
    file="esc.R",
    program=(
        "values <- list(\n{items}  NULL\n)\n"
        "for (v in values[-length(values)]) {\n"
        '  cat(paste(as.character(charToRaw(enc2utf8(v))), collapse = ""), "\\n", sep = "")\n'
        "}\n"
    ),
    item="  {literal},\n",
    commands=(("Rscript", "--vanilla", "{file}"),),
    literals={"r_str": r_str, "r_text": r_text},
    raw={"r_str": "\n", "r_text": "\n"},
    env={"PATH": "/usr/bin:/bin:/usr/local/bin", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"},
    nul=False,
)
