"""JavaScript literals: strings, and JSON values as object literals where that is exact."""

from __future__ import annotations

import math
import re
from typing import Any

from .common import _COMMON, Probe, _escape_with, json_text

__all__ = ["js_str", "js_json_value", "js_json_body"]


def js_str(value: str) -> str:
    def hidden(code: int) -> str:
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{{{code:x}}}"

    return '"' + _escape_with(value, _COMMON, hidden) + '"'


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


PROBE = Probe(
    file="esc.js",
    program=(
        '"use strict";\n'
        "const values = [\n{items}];\n"
        "for (const v of values) {\n"
        '  if (typeof v !== "string") throw new Error("not a string: " + v);\n'
        '  console.log(Buffer.from(v, "utf8").toString("hex"));\n'
        "}\n"
    ),
    item="  {literal},\n",
    commands=(("node", "{file}"),),
    literals={"js_str": js_str},
)
