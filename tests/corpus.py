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
    for method in ("POST", "PUT", "PATCH"):
        cases[f"{method.lower()}-without-body"] = {"request": {"method": method, "url": URL}}
    cases["head-with-content-headers"] = {"request": {"method": "HEAD", "url": URL, "headers": {
        "Content-Type": "application/json", "Content-Language": "de"}}}
    cases["delete-with-content-type"] = {"request": {"method": "DELETE", "url": URL, "headers": {
        "content-type": "text/plain"}}}
    cases["get-with-every-content-header"] = {"request": {"method": "GET", "url": URL, "headers": {
        "Allow": "GET, HEAD", "Content-Disposition": "inline", "Content-Encoding": "identity",
        "Content-Language": "de-CH", "Content-Location": "/other", "Content-MD5": "Q2hlY2sgSW50ZWdyaXR5IQ==",
        "Content-Range": "bytes 0-1/2", "Content-Type": "text/plain", "Expires": "Thu, 01 Dec 1994 16:00:00 GMT",
        "Last-Modified": "Tue, 15 Nov 1994 12:45:26 GMT"}}}
    # Direction marks, raw and percent-encoded, which some URL parsers strip.
    marks = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    cases["direction-marks-in-url"] = {"request": {"method": "GET", "url": URL + "/a" + marks + "b%E2%80%8Ec",
                                                   "query": [["q" + marks, "v" + marks]]}}
    cases["form-with-charset"] = {"request": {"method": "POST", "url": URL, "form": {"é": "ü"}, "headers": {
        "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}}}
    cases.update(_expressive_cases())
    deep: object = {"bottom": "é"}
    for level in range(95):  # about the most the loader takes (100 levels, the spec's own included)
        deep = [deep] if level % 2 else {"k": deep}
    cases["json-deep"] = {"request": {"method": "POST", "url": URL, "json": deep}}
    cases["text-empty"] = {"request": {"method": "POST", "url": URL, "text": ""}}
    cases["large-text"] = {"request": {"method": "POST", "url": URL, "text": _large_text()}}
    cases["large-json"] = {"request": {"method": "PUT", "url": URL, "json": _large_json()}}
    # Each field fits one shell argument, together they pass the command-line limit (2 MB).
    cases["large-form-many-fields"] = {"request": {"method": "POST", "url": URL, "form": [
        [f"f{i}", ("ascii & text %d " % i) * 6_000] for i in range(24)]}}
    cases["large-form"] = {"request": {"method": "POST", "url": URL, "form": [["blob", _large_text()]]}}
    return cases


def _expressive_cases() -> dict[str, dict]:
    """Bare query names, repeated headers, cookies, auth, multipart and file bodies, hostile where allowed."""
    files = {"binPath": {}, "largePath": {}, "textPath": {}}
    value = "line one\nline two\r\nthree \"q\" 'a' ; , = & %20 é 😀 \\ end\r"
    return {
        "query-bare-and-repeated": {"request": {"method": "GET", "url": URL + "?flag&x=&flag",
                                                "query": [["a b", None], ["é", "1"], ["flag", "2"]]}},
        "headers-repeated-cookies": {"request": {"method": "POST", "url": URL, "text": "t", "headers": [
            ["X-Rep", "1"], ["Accept", "text/plain"], ["x-rep", "2, 3"], ["X-Rep", "\"4\""]],
            "cookies": [["a", "1"], ["b", "x=y"], ["a", ""]]}},
        "basic-auth-unicode": {"request": {"method": "GET", "url": URL, "auth": {
            "basic": {"username": "ü sér 😀", "password": "p:a:ss \"w\" é $HOME"}}}},
        "basic-auth-empty-password": {"request": {"method": "DELETE", "url": URL, "json": [1],
                                                  "auth": {"basic": {"username": "u", "password": ""}}}},
        "bearer-auth": {"request": {"method": "PATCH", "url": URL, "form": {"a": "b"},
                                    "auth": {"bearer": "t0k3n.with-._~+/chars="}}},
        "multipart-hostile": {"variables": files, "request": {"method": "POST", "url": URL + "?flag", "multipart": [
            {"name": "a b;c,d 'e' é 😀", "value": value},
            {"name": "a b;c,d 'e' é 😀", "value": ""},
            {"name": "bin", "file": "{binPath}"},
            {"name": "named", "file": "{textPath}", "filename": "ré;s,u 'me' 😀.txt",
             "content-type": "text/plain; charset=utf-8"},
            {"name": "pdf", "file": "{binPath}", "filename": "r.pdf", "content-type": "application/pdf"},
            {"name": "last", "value": "\n"},
        ]}},
        "multipart-large": {"variables": files, "request": {"method": "PUT", "url": URL, "multipart": [
            {"name": "blob", "file": "{largePath}"}, {"name": "text", "value": _large_text()}]}},
        "file-all-bytes": {"variables": files, "request": {"method": "POST", "url": URL, "file": "{binPath}",
                                                           "headers": {"Content-Type": "application/pdf"}}},
        "file-large": {"variables": files, "request": {"method": "PUT", "url": URL, "file": "{largePath}"}},
    }


def load(name: str, data: dict):
    """The spec for a corpus case (JSON text is YAML, so the real loader reads it)."""
    return parse_spec(json.dumps(data, ensure_ascii=False), f"corpus:{name}")
