"""Request bodies from import sources: media types, strict JSON, forms, bytes that must be text."""

from __future__ import annotations

import base64
import json
import math
from typing import Any
from urllib.parse import unquote_to_bytes

from .. import httprules
from .errors import SourceError
from .common import FORM_TYPE, Origin, Warn


def media_type(content_type: str | None) -> str:
    return httprules.media_type(content_type or "")


def is_json_type(content_type: str | None) -> bool:
    base = media_type(content_type)
    return base in ("application/json", "text/json") or base.endswith("+json")


class _NotJson(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _NotJson(f"key {key!r} is given twice")
        result[key] = value
    return result


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotJson(f"{text} is out of range")
    return value


def _no_constant(text: str) -> Any:
    raise _NotJson(f"{text} is not JSON")


def strict_json(text: str) -> Any:
    """The JSON value of text; ValueError for what a spec's json body cannot hold exactly."""
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_float=_finite,
                          parse_constant=_no_constant)
    except RecursionError:
        raise _NotJson("nested too deeply") from None


def parse_form(text: str) -> list[tuple[str, str]] | None:
    """Pairs of an application/x-www-form-urlencoded body, or None when they would not say it exactly."""
    pairs = []
    for item in text.split("&"):
        if not item:
            continue
        raw_name, equals, raw_value = item.partition("=")
        if not equals:
            return None  # `name` alone: more likely text sent with curl's default content type
        try:
            name = unquote_to_bytes(raw_name.replace("+", " ")).decode("utf-8")
            value = unquote_to_bytes(raw_value.replace("+", " ")).decode("utf-8")
        except UnicodeDecodeError:
            return None
        if not name:
            return None
        pairs.append((name, value))
    return pairs or None


def body_from_text(content_type: str | None, text: str, origin: Origin, warn: Warn) -> tuple[str, Any]:
    """The spec body for text sent with content_type: form, json or text by its media type."""
    if media_type(content_type) == FORM_TYPE:
        if text.lstrip()[:1] in ("{", "[") and _parses_as_json(text):
            warn(origin.warning(f"the body is JSON but is sent as {FORM_TYPE}; imported as text with that "
                                "content type (to send JSON, give a JSON content type)"))
            return ("text", text)
        pairs = parse_form(text)
        return ("text", text) if pairs is None else ("form", pairs)
    if is_json_type(content_type):
        try:
            return ("json", strict_json(text))
        except ValueError:
            pass  # not JSON a json body holds exactly (NaN, a key twice, not JSON at all): the same bytes as text
    return ("text", text)


def _parses_as_json(text: str) -> bool:
    try:
        strict_json(text)
    except ValueError:
        return False
    return True


def decode_base64(text: str) -> tuple[str | None, str]:
    """The text of a base64 body, or None and why it is not text."""
    try:
        data = base64.b64decode(text, validate=True)
    except ValueError:
        return None, "it is marked base64 but does not decode"
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        return None, "it is not UTF-8 text, and a spec's text body is text (the recording holds no file to send)"


def load_json(text: str, file: str) -> Any:
    """Parsed JSON, or a one-line SourceError with the line, the column and what went wrong."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        truncated = "; the file ends too early (truncated?)" if _unclosed(text) else ""
        raise SourceError(f"not valid JSON: {exc.msg} (column {exc.colno}){truncated}", file=file,
                          line=exc.lineno) from None
    except RecursionError:
        raise SourceError("not valid JSON: nested too deeply", file=file) from None
    except ValueError:  # a number of more than 4,300 digits (Python's guard against slow conversions)
        raise SourceError("cannot read the JSON: it holds a number of more than 4,300 digits", file=file) from None


def _unclosed(text: str) -> bool:
    """True when JSON text ends inside a string, an object or an array."""
    depth, in_string, escaped = 0, False, False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
    return in_string or depth > 0

