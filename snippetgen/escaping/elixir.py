"""Elixir literals: double-quoted strings with #{ defused, and ~S heredocs for readable multi-line text.

Elixir strings are UTF-8 binaries and a source file is read as UTF-8, so printable non-ASCII
characters stay raw.  Hidden characters are written \\u{X...} (their UTF-8 bytes): \\xHH
would be the single byte HH, which is not UTF-8 from 0x80 on.
"""

from __future__ import annotations

from .common import _COMMON, Probe, _escape_with, _has_hidden

__all__ = ["elixir_str", "elixir_text", "elixir_charlist"]

_DEFUSED = dict(_COMMON, **{"#": "\\#"})  # "\#{" is a literal "#{", not an interpolation


def _hidden(code: int) -> str:
    return f"\\u{{{code:x}}}"


def elixir_str(value: str) -> str:
    return '"' + _escape_with(value, _DEFUSED if "#{" in value else _COMMON, _hidden) + '"'


def elixir_text(value: str) -> str:
    """A ~S heredoc (no escapes, no interpolation) when the text allows it, else elixir_str.

    A heredoc's text always ends with a newline, the one before its closing \"\"\": only a text
    that ends in one takes this form (give JSON text with a newline added).  Inside, \"\"\" would
    close it (or, escaped, lose its backslash), and a raw CR or another hidden character other
    than LF and tab would not show."""
    if not value.endswith("\n") or '"""' in value or "\r" in value or _has_hidden(value, "\n\t"):
        return elixir_str(value)
    return '~S"""\n' + value + '"""'


def elixir_charlist(value: str) -> str:
    """A charlist (what Erlang's APIs such as :httpc take) holding the value's UTF-8 bytes.

    ~c"..." takes the string escapes; its elements are code points, which are the bytes only for
    ASCII: other text is written as the bytes of a string (:binary.bin_to_list)."""
    if value.isascii():
        return "~c" + elixir_str(value)
    return f":binary.bin_to_list({elixir_str(value)})"


PROBE = Probe(
    file="esc.exs",
    program=(
        "values = [\n{items}]\n\n"
        "for v <- values, do: IO.puts(Base.encode16(v, case: :lower))\n"
    ),
    item="  {literal},\n",
    commands=(("elixir", "{file}"),),
    literals={
        "elixir_str": elixir_str,
        "elixir_text": elixir_text,
        # The charlist's elements taken as bytes, as :httpc sends them.
        "elixir_charlist as bytes": lambda value: f":erlang.list_to_binary({elixir_charlist(value)})",
    },
    raw={"elixir_text": "\n\t"},
)
