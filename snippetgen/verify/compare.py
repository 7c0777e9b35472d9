"""Compare a recorded request with the request model; return readable differences."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, unquote, urlsplit

from ..request import Request
from .server import Recorded


def _typed(value):
    """JSON value with types made explicit, so 1 and 1.0 and True differ."""
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


def differences(recorded: Recorded, expected: Request) -> list[str]:
    diffs = []
    if recorded.method != expected.method:
        diffs.append(f"method: sent {recorded.method!r}, spec {expected.method!r}")
    sent = urlsplit(recorded.target)
    if unquote(sent.path) != unquote(expected.path):
        diffs.append(f"path: sent {sent.path!r}, spec {expected.path!r}")
    query = parse_qsl(sent.query, keep_blank_values=True)
    if query != list(expected.query):
        diffs.append(f"query: sent {query!r}, spec {list(expected.query)!r}")
    headers: dict[str, list[str]] = {}
    for name, value in recorded.headers:
        headers.setdefault(name.lower(), []).append(value)
    for header in expected.headers:
        got = headers.get(header.name.lower())
        if got != [header.value]:
            diffs.append(f"header {header.name}: sent {got!r}, spec {header.value!r}")
    body = expected.body
    text = recorded.body.decode("utf-8", "replace")
    if body is None:
        if recorded.body:
            diffs.append(f"body: sent {text[:200]!r}, spec has none")
    elif body.kind == "form":
        form = parse_qsl(text, keep_blank_values=True)
        if form != list(body.form_pairs):
            diffs.append(f"form: sent {form!r}, spec {list(body.form_pairs)!r}")
    elif body.kind == "json":
        try:
            parsed = json.loads(text)
        except ValueError:
            diffs.append(f"json: sent unparseable {text[:200]!r}")
        else:
            if _typed(parsed) != _typed(body.json):
                diffs.append(f"json: sent {parsed!r}, spec {body.json!r}")
    elif recorded.body != body.text.encode("utf-8"):
        diffs.append(f"text: sent {text[:200]!r}, spec {body.text[:200]!r}")
    return diffs
