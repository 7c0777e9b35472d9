"""Clojure literals: "..." strings, joined at run time with (str ...) when too long for a class file.

The reader takes \\" \\\\ \\n \\t \\r \\b \\f and \\uXXXX (four hex digits, any UTF-16 unit, so a
hidden character beyond the BMP is its surrogate pair) inside a string; nothing else is special
($, #{ and backslash-free text are read as they are). clojure.main reads a script as UTF-8, so
printable non-ASCII stays as it is. NUL is \\u0000: an octal \\0 would take the digits after it.

Code the compiler turns into a class (anything but a top-level def) keeps each string as a class
file constant, at most 65535 bytes of modified UTF-8 (the same limit as Java's); a longer string
does not compile ("compiling fn*", IllegalArgumentException), so it is split into pieces that
fit and joined by (str ...) when the program runs.
"""

from __future__ import annotations

from .common import _COMMON, Probe, _escape_with, _u4
from .java import _java_constant_bytes

__all__ = ["clj_str", "clj_text"]

_CONSTANT_BYTES = 65535
_PIECE = 10000  # code points: at most 60000 bytes of modified UTF-8
_TABLE = dict(_COMMON, **{"\b": "\\b", "\f": "\\f"})


def _literal(value: str, raw: str) -> str:
    table = {**_TABLE, **{ch: ch for ch in raw}}
    return '"' + _escape_with(value, table, _u4) + '"'


def _string(value: str, raw: str) -> str:
    if len(value) * 6 > _CONSTANT_BYTES and _java_constant_bytes(value) > _CONSTANT_BYTES:
        pieces = [value[i:i + _PIECE] for i in range(0, len(value), _PIECE)]
        return "(str " + " ".join(_literal(piece, raw) for piece in pieces) + ")"
    return _literal(value, raw)


def clj_str(value: str) -> str:
    """A Clojure string expression on one line: one literal, or (str ...) of literals for huge text."""
    return _string(value, "")


def clj_text(value: str) -> str:
    """Like clj_str, but line feeds stay raw (a multi-line literal, for pretty JSON): the lines
    after the first must be placed at the start of the line, as they are part of the value."""
    return _string(value, "\n")


PROBE = Probe(
    file="esc.clj",
    # A top-level form other than a def is compiled into a class: the constant limit applies.
    program=(
        "(doseq [^String v [\n"
        "{items}"
        "                   ]]\n"
        '  (println (apply str (map #(format "%02x" (bit-and % 0xff)) (.getBytes v "UTF-8")))))\n'
    ),
    item="                   {literal}\n",
    commands=(("java", "-cp", "/usr/share/java/clojure.jar", "clojure.main", "{file}"),),
    literals={"clj_str": clj_str, "clj_text": clj_text},
    raw={"clj_text": "\n"},
)
