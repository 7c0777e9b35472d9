"""Live-only cases: what breaks generators, built as spec data (no golden files needed).

Together with specs/ and tests/cases/ (which also have golden files) this is the
corpus every client must send exactly: methods with and without bodies, JSON scalars
and containers, empty and large bodies.
"""

from __future__ import annotations

import json

from snippetgen import parse_spec

URL = "https://api.example.com/corpus"
LARGE = 1_000_000  # bytes, about


def _large_text() -> str:
    line = "Line with 'quotes', \"doubles\", $VAR, #{x}, `tick`, 100% & tabs\tand é 😀\n"
    return line * (LARGE // len(line.encode("utf-8")))


def _large_json() -> dict:
    return {"items": [{"id": i, "name": f"item \"{i}\" é", "ok": i % 2 == 0, "ratio": i / 7} for i in range(12_000)]}


def corpus() -> dict[str, dict]:
    """Case name -> spec data."""
    cases: dict[str, dict] = {}
    for method in ("GET", "HEAD", "DELETE", "OPTIONS", "PURGE", "M-SEARCH"):
        cases[f"{method.lower()}-without-body"] = {"request": {"method": method, "url": URL + "?q=1"}}
    bodies = {
        "form": [["a", "1 & 2 = 3"], ["a", "+ %20 + é"], ["empty", ""]],
        "json": {"k": [1, "v", None], "nested": {"deep": {"deeper": []}}},
        "text": "first line\nsecond line\r\n\ttabbed\n",
    }
    for method, kind in (("POST", "form"), ("PUT", "json"), ("PATCH", "text"), ("DELETE", "json"),
                         ("OPTIONS", "text"), ("PURGE", "form")):
        cases[f"{method.lower()}-with-{kind}"] = {"request": {"method": method, "url": URL, kind: bodies[kind]}}
    for name, value in (("null", None), ("true", True), ("number", -12.5e-3), ("string", "just \"text\"\n"),
                        ("array", [1, "two", None, [], {}]), ("empty-object", {}), ("big-integer", 2**70)):
        cases[f"json-{name}"] = {"request": {"method": "POST", "url": URL, "json": value}}
    cases["text-empty"] = {"request": {"method": "POST", "url": URL, "text": ""}}
    cases["large-text"] = {"request": {"method": "POST", "url": URL, "text": _large_text()}}
    cases["large-json"] = {"request": {"method": "PUT", "url": URL, "json": _large_json()}}
    cases["large-form"] = {"request": {"method": "POST", "url": URL, "form": [["blob", _large_text()]]}}
    return cases


def load(name: str, data: dict):
    """The spec for a corpus case (JSON text is YAML, so the real loader reads it)."""
    return parse_spec(json.dumps(data, ensure_ascii=False), f"corpus:{name}")
