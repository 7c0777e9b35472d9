"""Nim literals: double-quoted strings, and triple-quoted raw strings for readable multi-line text.

Nim strings are byte strings, and a source file's bytes are taken as they are, so printable
non-ASCII characters stay raw (their UTF-8 bytes).  Hidden ASCII characters are written
\\xXX (always two hex digits: \\0 to \\9 start a decimal escape that would swallow a digit
that follows), other hidden characters \\u{XXXX}, which Nim turns into their UTF-8 bytes
(\\xXX above 7F would be a single raw byte).  A string holds NUL (\\x00) like any byte.
"""

from __future__ import annotations

from .common import _COMMON, Probe, _escape_with, _has_hidden

__all__ = ["nim_str", "nim_text"]


def _hidden(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{{{code:x}}}"


def nim_str(value: str) -> str:
    return '"' + _escape_with(value, _COMMON, _hidden) + '"'


def nim_text(value: str) -> str:
    """A triple-quoted \"\"\"...\"\"\" string when the text allows it (readable multi-line JSON), else nim_str.

    A triple-quoted string has no escapes. It ends at the first three quotes that no further
    quote follows, so the text cannot hold three quotes in a row (quotes at its very end are
    fine). Nim skips a line break right after the opening quotes (one is always written, so
    the text starts on its own line) and reads every end-of-line sequence as \\n: a text
    holding CR or another hidden character other than LF and tab takes nim_str."""
    if '"""' in value or "\r" in value or _has_hidden(value, "\n\t"):
        return nim_str(value)
    return '"""\n' + value + '"""'


PROBE = Probe(
    file="esc.nim",
    program=(
        "import std/strutils\n\n"
        "let values = [\n{items}]\n\n"
        "for v in values:\n"
        "  echo toHex(v).toLowerAscii\n"
    ),
    item="  {literal},\n",
    commands=(("nim", "c", "-r", "--hints:off", "--nimcache:{dir}/nimcache",
               "-o:{dir}/esc", "{file}"),),
    literals={"nim_str": nim_str, "nim_text": nim_text},
    raw={"nim_text": "\n\t"},
)
