"""Spec data -> YAML text that keeps key order and quotes whatever YAML would read as non-text."""

from __future__ import annotations

import math
import re
from typing import Any

from .. import yaml_reader
from ..errors import SpecError
from ..escaping.common import is_hidden


_CORE_SCALAR = re.compile(
    r"(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+"
    r"|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\Z")
# Read as something else than text by YAML 1.1 tools (editors, PyYAML's default loader).
_YAML11_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "<<", "="})
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_FLOW_INDICATORS = set(",[]{}")
_SHORT_FLOW = 100
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0"}


def _plain(text: str, flow: bool) -> bool:
    """True when text can be written without quotes and still read back as this text."""
    if not text or text != text.strip() or text[0] in _INDICATORS or text[0] in "+.0123456789":
        return False
    if _CORE_SCALAR.match(text) or text.lower() in _YAML11_WORDS:
        return False
    if ": " in text or " #" in text or text.endswith(":") or "\t" in text:
        return False
    if flow and any(ch in _FLOW_INDICATORS or ch in ":?" for ch in text):
        return False
    return not any(is_hidden(ch) or ch in "\n\r\x85\ufeff" for ch in text)


def _quoted(text: str) -> str:
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif is_hidden(ch) or ch in "\x85\ufeff":
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _scalar(value: Any, flow: bool = False, pretty: bool = True) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("YAML text for a spec has no NaN or infinity")
        text = repr(value)
        return text if ("." in text or "e" in text) else text + ".0"
    text = str(value)
    return text if pretty and _plain(text, flow) else _quoted(text)


def scalar_text(text: str, flow: bool = False) -> str:
    """text as a YAML scalar that reads back as this text: plain where it can be, else double-quoted."""
    return _scalar(text, flow)


def quoted_text(text: str) -> str:
    """text as a one-line double-quoted YAML scalar; line breaks and invisible characters escaped."""
    return _quoted(text)


def _literal_block(text: str) -> bool:
    """True when text reads better as a | block and one can hold it exactly."""
    if "\n" not in text.rstrip("\n") or text[:1] in (" ", "\n"):
        return False
    lines = text.split("\n")
    if any(line != line.rstrip(" \t") for line in lines):
        return False
    return not any((is_hidden(ch) and ch not in "\n\t") or ch in "\r\x85\ufeff\u2028\u2029" for ch in text)


def _block_scalar(text: str, indent: str) -> str:
    chomp = "-" if not text.endswith("\n") else ("" if not text.endswith("\n\n") else "+")
    body = text[:-1] if text.endswith("\n") else text
    lines = [(indent + line) if line else "" for line in body.split("\n")]
    return f"|{chomp}\n" + "\n".join(lines)


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, (dict, list))


def _flow_list(items: list[Any], pretty: bool) -> str:
    return "[" + ", ".join(_scalar(item, True, pretty) for item in items) + "]"


def _emit(value: Any, indent: int, out: list[str], prefix: str, pretty: bool) -> None:
    """Write value after prefix (a `key:` or `-` already indented), nested lines at indent."""
    pad = " " * indent
    if isinstance(value, dict) and value:
        out.append(prefix)
        for key, item in value.items():
            _emit(item, indent + 2, out, f"{pad}{_scalar(str(key), False, pretty)}:", pretty)
        return
    if isinstance(value, list) and value:
        if all(_is_scalar(item) for item in value):
            flow = _flow_list(value, pretty)
            if len(value) == 2 or len(flow) <= _SHORT_FLOW:
                out.append(f"{prefix} {flow}")
                return
        out.append(prefix)
        for item in value:
            if isinstance(item, dict) and item:  # `- key: value`, the other keys under the first
                for number, (key, child) in enumerate(item.items()):
                    lead = f"{pad}- " if number == 0 else f"{pad}  "
                    _emit(child, indent + 4, out, f"{lead}{_scalar(str(key), False, pretty)}:", pretty)
            else:
                _emit(item, indent + 2, out, f"{pad}-", pretty)
        return
    if isinstance(value, dict):
        out.append(f"{prefix} {{}}")
    elif isinstance(value, list):
        out.append(f"{prefix} []")
    elif pretty and isinstance(value, str) and _literal_block(value):
        out.append(f"{prefix} {_block_scalar(value, pad)}")
    else:
        out.append(f"{prefix} {_scalar(value, False, pretty)}")


def _typed(value: Any) -> Any:
    """value with every type spelled out, so 1, 1.0, True and "1" all differ."""
    if isinstance(value, dict):
        return ("dict", [(k, _typed(v)) for k, v in value.items()])
    if isinstance(value, (list, tuple)):
        return ("list", [_typed(v) for v in value])
    return (type(value).__name__, value)


def to_yaml(data: dict[str, Any]) -> str:
    """YAML text for spec data, keys in order; it loads back (yaml_reader) as exactly data.

    Text is plain where YAML reads it back as text, and multi-line text a | block; should
    the result not read back the same, every string is written double-quoted instead.
    """
    for pretty in (True, False):
        out: list[str] = []
        for key, value in data.items():
            _emit(value, 2, out, f"{_scalar(str(key), False, pretty)}:", pretty)
        text = "\n".join(out) + "\n"
        try:
            loaded, _ = yaml_reader.load(text, "<import>")
        except SpecError:
            continue
        if _typed(loaded) == _typed(data):
            return text
    raise AssertionError("snippetgen bug: the YAML written for an import does not read back the same")
