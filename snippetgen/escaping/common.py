"""What every language's literal rules share, and the language-neutral filters.

Every literal function in this package returns a complete literal (quotes included) that
evaluates, in its language, to exactly the given value.  Printable characters, non-ASCII
ones included, stay as they are so snippets remain readable; control, format and
separator characters are escaped so nothing invisible hides in the source.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

__all__ = ["json_text", "indent_lines"]


def is_hidden(ch: str) -> bool:
    """True for a character that must not appear raw inside a string literal.

    That is Unicode's Other (Cc, Cf, Cs, Co, Cn) and Separator (Zl, Zp, and Zs but the
    ASCII space) categories: exactly what str.isprintable() rejects, so whole strings
    are checked at C speed with _has_hidden.
    """
    return not ch.isprintable()


def _has_hidden(value: str, allowed: str = "") -> bool:
    """Whether value holds a hidden character other than those in allowed (e.g. "\n")."""
    if value.isprintable():
        return False
    for ch in allowed:
        value = value.replace(ch, "")
    return not value.isprintable()


def _escape_with(value: str, table: dict[str, str], hidden: Callable[[int], str]) -> str:
    """Each character in table replaced by its entry, each other hidden one by hidden(code).

    Fast path: str.replace per table key (backslash first, so the backslashes the other
    entries insert are not doubled), which is right whenever no hidden character outside
    the table is left; otherwise one pass per character.
    """
    out = value
    if "\\" in table and "\\" in out:
        out = out.replace("\\", table["\\"])
    for key, replacement in table.items():
        if key != "\\" and key in out:
            out = out.replace(key, replacement)
    if out.isprintable() or not _has_hidden(value, "".join(table)):
        return out
    return "".join(table.get(ch) or (ch if ch.isprintable() else hidden(ord(ch))) for ch in value)


def _utf16_units(code: int) -> list[int]:
    if code < 0x10000:
        return [code]
    code -= 0x10000
    return [0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)]


def _u4(code: int) -> str:
    """\\uXXXX, as a surrogate pair beyond the BMP (JSON, Java)."""
    return "".join(f"\\u{unit:04x}" for unit in _utf16_units(code))


def _c_style(code: int) -> str:
    """\\xNN, \\uNNNN or \\UNNNNNNNN (Python, C#-like)."""
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


# The escapes C-like double-quoted strings share; languages add to a copy.
_COMMON = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}

_last_json: tuple[Any, str] = (object(), "")
_JSON_LAYOUT = {"\n": "\n"}


def json_text(value: Any) -> str:
    """Pretty JSON (2-space indent) with hidden characters as \\u escapes."""
    global _last_json
    # Every client of a request prints the same body: json.dumps with indent runs in pure
    # Python, so the text of the last value is kept (by identity; request values are never
    # changed after build_request).
    last_value, last_text = _last_json
    if last_value is value:
        return last_text
    text = json.dumps(value, indent=2, ensure_ascii=False)
    # json.dumps escapes C0 controls inside strings, so a raw newline here is layout.
    text = _escape_with(text, _JSON_LAYOUT, _u4)
    _last_json = (value, text)
    return text


def indent_lines(text: str, indent: str) -> str:
    """Indent every line after the first (for multi-line literals placed mid-line)."""
    return text.replace("\n", "\n" + indent)


@dataclass(frozen=True)
class Probe:
    """How tests/test_escape.py runs a module's literals through the language's own toolchain.

    The test writes `program` to `file` in a fresh folder, with `{items}` replaced by one
    `item` per value (`{literal}` replaced by the literal); both are replaced verbatim, not
    by str.format, so braces need no doubling.  It then runs `commands` in that folder
    (`{file}`, `{dir}` and `{python}` substituted in each argument); the last one prints one
    lowercase hex line of the UTF-8 bytes of each value, in order.
    """

    file: str
    program: str
    item: str
    commands: tuple[tuple[str, ...], ...]
    # label -> value -> literal source; a label that is not a function name says how it differs.
    literals: Mapping[str, Callable[[str], str]]
    # label -> hidden characters that literal may leave raw (a readable multi-line form).
    raw: Mapping[str, str] = field(default_factory=dict)
    # labels run on the brief case list only (a variant of a label already run on all cases).
    brief: frozenset[str] = frozenset()
    # The whole environment of the commands, when the inherited one would change the result.
    env: Mapping[str, str] | None = None
    # False where a value can never hold NUL (a shell word is a C string).
    nul: bool = True
