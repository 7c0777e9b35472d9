"""Compare a recorded request with the request model; return readable differences."""

from __future__ import annotations

import json
from urllib.parse import unquote, urlsplit

from ..request import Request
from ..urls import parse_query
from .multipart import MultipartError, boundary_of, parse_multipart
from .server import Recorded

# A client that keeps one value per header name may join repeated ones (RFC 9110 5.3, RFC 6265 5.4).
_JOINERS = {"cookie": "; "}


def _typed(value):
    """JSON value with types made explicit, so 1 and 1.0 and True differ."""
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


def sent_query(query: str) -> list[tuple[str, str | None]]:
    """The query as sent: `flag` without `=` is a bare name (None), unlike `flag=` ("")."""
    return parse_query(query)


def expected_headers(expected: Request) -> dict[str, list[str]]:
    """Header values by lower-case name, in order, Authorization from Basic credentials included."""
    wanted: dict[str, list[str]] = {}
    for header in expected.headers:
        wanted.setdefault(header.name.lower(), []).append(header.value)
    if expected.auth is not None:
        wanted.setdefault("authorization", []).append(expected.auth.header_value)
    return wanted


def _header_differences(recorded: Recorded, expected: Request) -> list[str]:
    got: dict[str, list[str]] = {}
    for name, value in recorded.headers:
        got.setdefault(name.lower(), []).append(value)
    wanted = expected_headers(expected)
    diffs = []
    # A content type the spec does not give changes what the request means (a multipart body's
    # own is checked with its parts).
    if "content-type" not in wanted and not (expected.body and expected.body.kind == "multipart") \
            and got.get("content-type"):
        diffs.append(f"header content-type: sent {got['content-type']!r}, spec has none")
    for name, values in wanted.items():
        sent = got.get(name)
        joined = _JOINERS.get(name, ", ").join(values)
        if sent != values and sent != [joined]:
            diffs.append(f"header {name}: sent {sent!r}, spec {values!r}")
    return diffs


def differences(recorded: Recorded, expected: Request, files: dict[str, bytes] | None = None) -> list[str]:
    """What differs; files maps each path the request reads to the bytes it holds."""
    files = files or {}
    diffs = []
    if recorded.method != expected.method:
        diffs.append(f"method: sent {recorded.method!r}, spec {expected.method!r}")
    sent = urlsplit(recorded.target)
    if unquote(sent.path) != unquote(expected.path):
        diffs.append(f"path: sent {sent.path!r}, spec {expected.path!r}")
    query = sent_query(sent.query)
    if query != list(expected.query):
        diffs.append(f"query: sent {query!r}, spec {list(expected.query)!r}")
    diffs += _header_differences(recorded, expected)
    diffs += _body_differences(recorded, expected, files)
    return diffs


def _body_differences(recorded: Recorded, expected: Request, files: dict[str, bytes]) -> list[str]:
    body = expected.body
    text = recorded.body.decode("utf-8", "replace")
    if body is None:
        return [f"body: sent {text[:200]!r}, spec has none"] if recorded.body else []
    if body.kind == "form":
        form = sent_query(text)
        return [] if form == list(body.form_pairs) else [f"form: sent {form!r}, spec {list(body.form_pairs)!r}"]
    if body.kind == "json":
        try:
            parsed = json.loads(text)
        except ValueError:
            return [f"json: sent unparseable {text[:200]!r}"]
        return [] if _typed(parsed) == _typed(body.json) else [f"json: sent {parsed!r}, spec {body.json!r}"]
    if body.kind == "file":
        want = files[body.path]
        if recorded.body != want:
            return [f"file: sent {len(recorded.body)} bytes {recorded.body[:60]!r}, "
                    f"the file holds {len(want)} bytes {want[:60]!r}"]
        return []
    if body.kind == "multipart":
        return _multipart_differences(recorded, body, files)
    if recorded.body != body.text.encode("utf-8"):
        return [f"text: sent {text[:200]!r}, spec {body.text[:200]!r}"]
    return []


def _multipart_differences(recorded: Recorded, body, files: dict[str, bytes]) -> list[str]:
    content_type = next((v for n, v in recorded.headers if n.lower() == "content-type"), "")
    try:
        parts = parse_multipart(recorded.body, boundary_of(content_type))
    except MultipartError as exc:
        return [f"multipart: {exc}"]
    want = [(p.name, None, None, p.value.encode("utf-8")) if not p.is_file
            else (p.name, p.filename, p.content_type, files[p.path]) for p in body.parts]
    got = [(p.name, p.filename, p.content_type, p.data) for p in parts]
    diffs = []
    if len(got) != len(want):
        diffs.append(f"multipart: sent {len(got)} parts {[g[0] for g in got]!r}, spec {len(want)} {[w[0] for w in want]!r}")
    for index, (g, w) in enumerate(zip(got, want)):
        for label, sent_value, spec_value in zip(("name", "filename", "content type", "bytes"), g, w):
            if sent_value != spec_value:
                shown = (lambda v: v[:60] if isinstance(v, bytes) else v)
                diffs.append(f"part {index} {label}: sent {shown(sent_value)!r}, spec {shown(spec_value)!r}")
    extra = [p.extra for p in parts if p.extra]
    if extra:
        diffs.append(f"multipart: unexpected part headers {extra[0]!r}")
    return diffs
