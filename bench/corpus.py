"""The benchmark corpus: 1,000 varied request specs, as YAML text and as HAR requests.

The corpus is deterministic (a seeded random generator), so every run and every
machine measures the same requests.  It starts with the core cases that have golden
files (specs/ and tests/cases/), then generated requests that vary the method, the
URL (placeholders, ports, IPv6, characters to encode), query pairs, headers, and the
body kind (none, form, JSON, text) and size (mostly small, some of a few KB, a few of
16 to 32 KB).  String values mix in what breaks generators: quotes, backslashes, `$`,
`#{`, backticks, newlines, tabs, non-ASCII and emoji.

Each spec is checked by snippetgen itself (parse_spec, then build_request) before it
is used, and converted to a HAR request from snippetgen's normalized request, so both
tools get the same method, URL, query pairs, headers and body.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import yaml

from snippetgen import build_request, parse_spec

ROOT = Path(__file__).resolve().parent.parent
CORE_DIRS = (ROOT / "specs", ROOT / "tests" / "cases")
SIZE = 1000
SEED = 20240601

HOSTS = ("api.example.com", "{yourDomain}", "service.example.org:8443", "127.0.0.1:8080",
         "[::1]:9000", "{yourDomain}:{port}", "eu.api.example.net")
PATH_WORDS = ("v1", "v2", "users", "items", "orders", "search", "my files", "café", "{id}",
              "oauth", "token", "a+b", "x;y=1", "reports", "2024", "ünïcode", "{tenant}")
QUERY_NAMES = ("page", "limit", "q", "sort", "filter", "tag", "fields", "cursor", "expand", "lang")
TRICKY = ("plain", "with space", "a&b=c+d", "100% sure", "it's \"quoted\"", "$HOME #{x} `ls`",
          "back\\slash", "café", "中文", "😀 emoji", "tab\tand", "new\nline", "{token}", "{yourDomain}",
          "", "x" * 40, "a/b?c#d", "dollar $5", "percent %20 kept", "semi;colon")
HEADER_VALUES = ("application/json", "Bearer {token}", "no-cache", "it's \"quoted\" $HOME #{x} `ls`",
                 "gzip, deflate", "en-US,en;q=0.9", "{apiKey}", "3f2a9c", "", "a=b; c=d")
HEADER_NAMES = ("Accept", "Authorization", "Cache-Control", "X-Quote", "Accept-Encoding",
                "Accept-Language", "X-Api-Key", "X-Request-Id", "X-Empty", "Cookie")
VARIABLES = {
    "yourDomain": {"description": "Your tenant's domain", "example": "tenant.example.com"},
    "port": {"description": "Port", "example": "8443"},
    "id": {"description": "Resource id", "example": "42"},
    "tenant": {"description": "Tenant name"},
    "token": {"description": "A bearer token", "secret": True},
    "apiKey": {"description": "Your API key", "secret": True},
}
# Weighted: GET most often, then POST, a custom method now and then.
METHODS = (("GET", 28), ("POST", 26), ("PUT", 10), ("PATCH", 9), ("DELETE", 11), ("HEAD", 5),
           ("OPTIONS", 5), ("PURGE", 3), ("M-SEARCH", 3))
BODIES = (("json", 40), ("form", 28), ("text", 17), (None, 15))
SIZES = (("small", 75), ("medium", 20), ("large", 5))


def _pick(rng: random.Random, weighted: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def _text_value(rng: random.Random) -> str:
    return " ".join(rng.choice(TRICKY) for _ in range(rng.randint(1, 3))).strip(" ") or "v"


def _target_bytes(size: str, rng: random.Random) -> int:
    if size == "small":
        return rng.randint(10, 300)
    if size == "medium":
        return rng.randint(1_000, 4_000)
    return rng.randint(16_000, 32_000)


def _json_value(rng: random.Random, budget: int, depth: int = 0) -> Any:
    """A JSON value of about `budget` bytes: objects and arrays of every scalar kind."""
    if budget < 40 or depth > 4:
        return rng.choice([_text_value(rng), rng.randint(-10**6, 10**6), rng.random() * 1000,
                           True, False, None, 2**63 + rng.randint(0, 99)])
    if rng.random() < 0.6:
        keys = rng.randint(2, 6)
        return {f"{rng.choice(QUERY_NAMES)}_{i}": _json_value(rng, budget // keys, depth + 1)
                for i in range(keys)}
    items = rng.randint(2, 8)
    return [_json_value(rng, budget // items, depth + 1) for _ in range(items)]


def _form(rng: random.Random, budget: int) -> list[list[str]]:
    fields = []
    while budget > 0:
        value = _text_value(rng)
        if budget > 400 and rng.random() < 0.3:
            value = (value + " ") * rng.randint(5, 40)
        fields.append([rng.choice(QUERY_NAMES + ("grant_type", "client_id", "scope")), value])
        budget -= len(value) + 10
    return fields


def _text(rng: random.Random, budget: int) -> str:
    lines = []
    while budget > 0:
        line = " ".join(rng.choice(TRICKY) for _ in range(rng.randint(2, 8)))
        lines.append(line)
        budget -= len(line) + 1
    return rng.choice(("\n", "\r\n")).join(lines) + rng.choice(("", "\n"))


def _generated(index: int, rng: random.Random) -> dict[str, Any]:
    method = _pick(rng, METHODS)
    host = rng.choice(HOSTS)
    path = "/" + "/".join(rng.choice(PATH_WORDS) for _ in range(rng.randint(0, 4)))
    url = f"{rng.choice(('https', 'https', 'http'))}://{host}{path}"
    if rng.random() < 0.15:
        url += f"?{rng.choice(QUERY_NAMES)}={rng.randint(1, 99)}"
    request: dict[str, Any] = {"method": method, "url": url}
    if rng.random() < 0.6:
        request["query"] = [[rng.choice(QUERY_NAMES), _text_value(rng)] for _ in range(rng.randint(1, 5))]
    names = rng.sample(HEADER_NAMES, rng.randint(0, 5))
    headers = {name: rng.choice(HEADER_VALUES) for name in names}
    kind = None if method in ("GET", "HEAD") else _pick(rng, BODIES)
    if kind:
        budget = _target_bytes(_pick(rng, SIZES), rng)
        if kind == "json":
            request["json"] = _json_value(rng, budget)
        elif kind == "form":
            request["form"] = _form(rng, budget)
        else:
            request["text"] = _text(rng, budget)
        if rng.random() < 0.3:
            headers["Content-Type"] = {"json": "application/json; charset=utf-8",
                                       "form": "application/x-www-form-urlencoded",
                                       "text": "text/csv"}[kind]
    if headers:
        request["headers"] = headers
    spec: dict[str, Any] = {"title": f"Generated request {index}"}
    if rng.random() < 0.5:
        spec["description"] = f"A {method} request with {kind or 'no'} body."
    used = {name: decl for name, decl in VARIABLES.items() if "{" + name + "}" in json.dumps(request)}
    if used:
        spec["variables"] = used
    spec["request"] = request
    return spec


def spec_texts(size: int = SIZE) -> dict[str, str]:
    """Spec name -> YAML text: the core cases first, then generated ones up to `size`."""
    texts: dict[str, str] = {}
    for folder in CORE_DIRS:
        for path in sorted(folder.glob("*.yaml")):
            texts[f"core-{path.stem}"] = path.read_text(encoding="utf-8")
    rng = random.Random(SEED)
    index = 0
    while len(texts) < size:
        data = _generated(index, rng)
        texts[f"gen-{index:04d}"] = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=10**9)
        index += 1
    for name, text in texts.items():
        build_request(parse_spec(text, name))  # a corpus spec that snippetgen refuses is a bug here
    return texts


def _har_url(request, spec) -> str:
    """The URL for HAR: a HAR URL must be a valid URI, so placeholders cannot stand in it raw.

    A placeholder in the host or port becomes a fixed stand-in, one in the path is
    percent-encoded (`%7Bid%7D`); placeholders elsewhere stay verbatim, as in snippetgen.
    """
    host, port = request.host, request.port
    for name in spec.variables:
        host = host.replace("{" + name + "}", f"{name.lower()}.example")
        if port is not None:
            port = port.replace("{" + name + "}", "8443")
    netloc = host if port is None else f"{host}:{port}"
    return f"{request.scheme}://{netloc}{request.path.replace('{', '%7B').replace('}', '%7D')}"


def to_har(text: str, name: str) -> dict[str, Any]:
    """The HAR request for a spec, from snippetgen's normalized request (placeholders unfilled)."""
    spec = parse_spec(text, name)
    request = build_request(spec)
    har: dict[str, Any] = {
        "method": request.method,
        "url": _har_url(request, spec),
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": [{"name": h.name, "value": h.value} for h in request.headers],
        # A bare `?flag` has no HAR form: the nearest is an empty value.
        "queryString": [{"name": n, "value": "" if v is None else v} for n, v in request.query],
        "headersSize": -1,
        "bodySize": -1,
    }
    body = request.body
    if body is not None:
        mime = request.content_type
        if body.kind == "form":
            har["postData"] = {"mimeType": mime, "params": [{"name": f.name, "value": f.value} for f in body.form]}
        elif body.kind == "json":
            har["postData"] = {"mimeType": mime, "text": json.dumps(body.json, ensure_ascii=False)}
        elif body.kind == "multipart":  # HAR names a file part's file; httpsnippet reads it by that name
            har["postData"] = {"mimeType": "multipart/form-data", "params": [
                {"name": part.name, "value": part.value} if not part.is_file else
                {"name": part.name, "fileName": part.path, "contentType": part.content_type}
                for part in body.parts]}
        elif body.kind == "file":  # HAR has no "read this file": its text stands in
            har["postData"] = {"mimeType": mime or "application/octet-stream", "text": body.path}
        else:
            har["postData"] = {"mimeType": mime, "text": body.text}
    return har


def describe(texts: dict[str, str]) -> str:
    """One line: how the corpus is made up (methods, body kinds, total size)."""
    kinds: dict[str, int] = {}
    methods: dict[str, int] = {}
    for name, text in texts.items():
        request = build_request(parse_spec(text, name))
        kind = request.body.kind if request.body else "none"
        kinds[kind] = kinds.get(kind, 0) + 1
        methods[request.method] = methods.get(request.method, 0) + 1
    total = sum(len(t.encode("utf-8")) for t in texts.values())
    return (f"{len(texts)} specs, {total / 1024:.0f} KiB of YAML; bodies "
            + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
            + "; methods " + ", ".join(f"{k} {v}" for k, v in sorted(methods.items(), key=lambda kv: -kv[1])))
