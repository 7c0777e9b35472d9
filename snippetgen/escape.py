"""Per-language literal escaping: plain functions from a Python value to source text.

Every function returns a complete literal (quotes included) that evaluates, in its
language, to exactly the given value.  Printable characters, non-ASCII ones
included, stay as they are so snippets remain readable; control, format and
separator characters are escaped so nothing invisible hides in the source.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, Callable, Iterable

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


_COMMON = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def python_str(value: str) -> str:
    return '"' + _escape_with(value, _COMMON, _c_style) + '"'


def js_str(value: str) -> str:
    def hidden(code: int) -> str:
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{{{code:x}}}"

    return '"' + _escape_with(value, _COMMON, hidden) + '"'


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


# A class file holds a string constant of at most 65535 bytes of modified UTF-8;
# longer text is joined at run time from pieces that fit (10000 code points <= 60000 bytes).
_JAVA_CONSTANT_BYTES = 65535
_JAVA_PIECE = 10000


def _java_constant_bytes(value: str) -> int:
    """Modified UTF-8 size: 1 byte for U+0001..U+007F, 2 up to U+07FF (and NUL), 3 a UTF-16 unit above."""
    astral = len(value.encode("utf-16-le", "surrogatepass")) // 2 - len(value)
    # UTF-8 takes 1, 2, 3 and 4 bytes; modified UTF-8 takes NUL as 2 and astral as 2 x 3.
    return len(value.encode("utf-8", "surrogatepass")) + value.count("\0") + 2 * astral


def java_str(value: str) -> str:
    """A Java string expression: one literal, or String.join of literals for huge text."""
    if len(value) * 6 > _JAVA_CONSTANT_BYTES and _java_constant_bytes(value) > _JAVA_CONSTANT_BYTES:
        # "a" + "b" would be folded back into one constant; String.join is not.
        pieces = [value[i:i + _JAVA_PIECE] for i in range(0, len(value), _JAVA_PIECE)]
        return 'String.join("", ' + ", ".join(_java_literal(piece) for piece in pieces) + ")"
    return _java_literal(value)


def _java_literal(value: str) -> str:
    # Java turns \uXXXX into characters before lexing, so \u000a would end the line:
    # control characters use octal escapes, and \u is kept for harmless characters.
    table = dict(_COMMON, **{"\b": "\\b", "\f": "\\f"})

    def hidden(code: int) -> str:
        return f"\\{code:03o}" if code < 0x100 else _u4(code)

    return '"' + _escape_with(value, table, hidden) + '"'


def java_text_block(value: str, indent: str) -> str:
    """A Java 15+ text block for readable multi-line text, else java_str.

    Text blocks strip incidental indentation and trailing spaces and normalise line
    ends, so only text without those hazards qualifies.
    """
    lines = value.split("\n")
    # Blank lines do not count towards the incidental indentation, so the first
    # non-blank line (not just the first line) must be unindented: "\n  b" lost its "  ".
    risky = any(line != line.rstrip(" \t") for line in lines) or value.lstrip("\n").startswith(
        (" ", "\t")
    )
    too_long = len(value) * 6 > _JAVA_CONSTANT_BYTES and _java_constant_bytes(value) > _JAVA_CONSTANT_BYTES
    if risky or too_long or value.endswith("\n") or _has_hidden(value, "\n"):
        return java_str(value)
    body = value.replace("\\", "\\\\").replace('"""', '\\"""')
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    return '"""\n' + "\n".join(indent + line for line in body.split("\n")) + '"""'


def csharp_str(value: str) -> str:
    table = dict(_COMMON, **{"\0": "\\0"})

    def hidden(code: int) -> str:
        return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"

    return '"' + _escape_with(value, table, hidden) + '"'


def csharp_text(value: str) -> str:
    """A verbatim @"..." string for readable multi-line text, else csharp_str."""
    if _has_hidden(value, "\n"):
        return csharp_str(value)
    return '@"' + value.replace('"', '""') + '"'


def php_str(value: str) -> str:
    """Single quotes when possible; double quotes (with $ escaped) for control characters."""
    if not _has_hidden(value):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    table = dict(_COMMON, **{"$": "\\$", "\x0b": "\\v", "\x1b": "\\e", "\f": "\\f"})
    return '"' + _escape_with(value, table, lambda code: f"\\u{{{code:x}}}") + '"'


def php_text(value: str, indent: str) -> str:
    """A nowdoc for readable multi-line text (PHP 7.3+ closing-marker indentation)."""
    lines = value.split("\n")
    if _has_hidden(value, "\n") or any(
        line.lstrip().startswith("JSON") for line in lines
    ):
        return php_str(value)
    return "<<<'JSON'\n" + "\n".join(indent + line for line in lines) + "\n" + indent + "JSON"


def ruby_str(value: str) -> str:
    """Single quotes when possible; double quotes (with #{ defused) otherwise."""
    if not _has_hidden(value):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    table = dict(_COMMON, **{"#": "\\#", "\x1b": "\\e"})
    return '"' + _escape_with(value, table, lambda code: f"\\u{{{code:x}}}") + '"'


_SHELL_BARE = re.compile(r"[A-Za-z0-9_./:=@%+,-]+\Z")


def shell_quote(value: str) -> str:
    """One POSIX-shell word: bare when safe, '...' normally, bash $'...' for control characters."""
    if _SHELL_BARE.match(value):
        return value
    if not _has_hidden(value, "\n\t"):
        return "'" + value.replace("'", "'\\''") + "'"
    out = []
    for ch in value:
        if ch in "\\'":
            out.append("\\" + ch)
        elif is_hidden(ch):
            # Bytes, not \u: bash's \u depends on the locale, \xHH does not.
            out.append("".join(f"\\x{b:02x}" for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "$'" + "".join(out) + "'"


# Linux refuses a single exec argument over 128 KiB (MAX_ARG_STRLEN); builtins are exempt.
_SHELL_COMMAND_BYTES = 1_000_000  # all arguments together, with room for the environment
_SHELL_ARGUMENT_BYTES = 100_000


def shell_arguments_too_long(values) -> bool:
    """True when values together would pass the limit of one command line (ARG_MAX, 2 MB here)."""
    return sum(len(v.encode("utf-8")) for v in values) > _SHELL_COMMAND_BYTES


def shell_argument_too_long(value: str) -> bool:
    """True when value cannot be one argument of an external command such as curl."""
    return len(value) * 4 > _SHELL_ARGUMENT_BYTES and len(value.encode("utf-8")) > _SHELL_ARGUMENT_BYTES


_OKHTTP_TOKEN = r"[a-zA-Z0-9\-!#$%&'*+.^_`{|}~]+"
_OKHTTP_TYPE = re.compile(f"{_OKHTTP_TOKEN}/{_OKHTTP_TOKEN}")
_OKHTTP_PARAMETER = re.compile(f""";[ \\t\\n\\x0b\\f\\r]*(?:{_OKHTTP_TOKEN}=(?:{_OKHTTP_TOKEN}|"[^"]*"))?""")


def okhttp_media_type(value: str) -> bool:
    """Whether OkHttp's MediaType.get() (3.x and 4.x) accepts value: type/subtype, then parameters."""
    match = _OKHTTP_TYPE.match(value)
    if not match:
        return False
    position = match.end()
    while position < len(value):
        parameter = _OKHTTP_PARAMETER.match(value, position)
        if not parameter or parameter.end() == position:
            return False
        position = parameter.end()
    return True


def curl_header_line(name: str, value: str) -> str:
    """A header as curl's -H and libcurl's CURLOPT_HTTPHEADER take it.

    curl drops a header given as "name:", so an empty value is written "name;".
    """
    return f"{name}: {value}" if value else f"{name};"


def curl_form_word(value: str) -> str:
    """A path, filename= or headers= word inside a curl -F argument (man curl, -F).

    Bare when curl reads it back unchanged and it has no space (no ';' or ',', no leading
    '"'), else in double quotes with '\\' and '"' escaped by a backslash.
    """
    if value and not value.startswith('"') and not any(ch in ";," or ch.isspace() for ch in value):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


_last_json: tuple[Any, str] = (object(), "")


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


_JSON_LAYOUT = {"\n": "\n"}


def python_literal(value: Any, indent: str = "", step: str = "    ") -> str:
    """A Python expression equal to a JSON value (dicts, lists, str, numbers, bools, None)."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return python_str(value)
    inner = indent + step
    if isinstance(value, list):
        if not value:
            return "[]"
        items = [inner + python_literal(item, inner, step) + "," for item in value]
        return "[\n" + "\n".join(items) + "\n" + indent + "]"
    if not value:
        return "{}"
    items = [
        inner + python_str(key) + ": " + python_literal(item, inner, step) + ","
        for key, item in value.items()
    ]
    return "{\n" + "\n".join(items) + "\n" + indent + "}"


_JS_MAX_SAFE_INTEGER = 2**53
_JS_INDEX_KEY = re.compile(r"(?:0|[1-9][0-9]*)\Z")


def _js_safe(value: Any) -> bool:
    """Whether a JS object literal re-serialises to the same JSON value, types included."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return True
    if isinstance(value, int):
        return abs(value) <= _JS_MAX_SAFE_INTEGER
    if isinstance(value, float):
        # JSON.stringify(1.0) is "1": integral floats would come back as integers.
        return not value.is_integer() and math.isfinite(value)
    if isinstance(value, list):
        return all(_js_safe(item) for item in value)
    # JS lists integer-like keys ("1", "10") first, in numeric order, so
    # JSON.stringify({"b": 1, "1": 2}) would reorder the body to {"1":2,"b":1}.
    if any(_JS_INDEX_KEY.match(key) and int(key) < 2**32 - 1 for key in value):
        return False
    return "__proto__" not in value and all(_js_safe(item) for item in value.values())


def js_json_value(value: Any, indent: str = "") -> str:
    """A JS expression for the JSON value: an object literal where that is exact.

    JSON text is valid JS, but JS numbers are doubles and `__proto__` in a literal sets
    the prototype; such values are given as their JSON text in a string instead.
    """
    text = json_text(value)
    return text.replace("\n", "\n" + indent) if _js_safe(value) else js_str(text)


def js_json_body(value: Any, indent: str = "") -> str:
    """A JS expression whose value is the JSON body text (JSON.stringify where exact)."""
    literal = js_json_value(value, indent)
    return f"JSON.stringify({literal})" if _js_safe(value) else literal


def python_pairs(pairs: Iterable[tuple[str, str]], indent: str = "") -> str:
    """A dict literal, or a list of tuples when a name repeats (both ordered); a None value stays None."""
    pairs = list(pairs)
    if len({name for name, _ in pairs}) == len(pairs):
        return python_literal(dict(pairs), indent)
    items = [f"{indent}    ({python_str(n)}, {python_literal(v)})," for n, v in pairs]
    return "[\n" + "\n".join(items) + "\n" + indent + "]"


def indent_lines(text: str, indent: str) -> str:
    """Indent every line after the first (for multi-line literals placed mid-line)."""
    return text.replace("\n", "\n" + indent)
