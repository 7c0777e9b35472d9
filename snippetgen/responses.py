"""Example responses a spec may carry: what docs pages show under the code, and what `verify`
serves so that the output a snippet prints is the one the page shows.

    responses:
      - status: 200
        description: The access token.
        headers: {cache-control: no-store}
        json: {access_token: eyJz93a..., token_type: Bearer}

Their text is shown verbatim: placeholders are not filled in a response.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from . import yaml_reader
from .httprules import header_name_problem, header_value_problem, media_type, text_problem

RESPONSE_KEYS = ("status", "description", "headers", "json", "text")
RESPONSE_BODY_KINDS = ("json", "text")
# Headers the server writes from the body itself: an example that sets them could contradict it.
SERVER_HEADERS = frozenset({"content-length", "transfer-encoding", "connection"})
_DEFAULT_TYPES = {"json": "application/json", "text": "text/plain; charset=utf-8"}
_LEXERS = {"application/json": "json", "application/xml": "xml", "text/xml": "xml", "text/html": "html",
           "text/csv": "text", "application/x-www-form-urlencoded": "text"}


@dataclass(frozen=True)
class ResponseExample:
    status: int
    description: str
    headers: tuple[tuple[str, str], ...]  # as written, in order; the content type included if given
    kind: str | None  # json, text, or None for no body
    body: str  # the exact text shown and served: JSON indented by 2, or the text as written
    path: str  # key path, for errors

    @property
    def reason(self) -> str:
        """The status's standard reason phrase, or "" for a code without one."""
        try:
            return HTTPStatus(self.status).phrase
        except ValueError:
            return ""

    @property
    def label(self) -> str:
        """`200 OK`: what a tab or heading names the response by (digits and letters only)."""
        return f"{self.status} {self.reason}".rstrip()

    @property
    def content_type(self) -> str | None:
        given = [value for name, value in self.headers if name.lower() == "content-type"]
        if given:
            return given[0]
        return _DEFAULT_TYPES.get(self.kind) if self.kind else None

    @property
    def lexer(self) -> str:
        """A Pygments (and highlight.js, Prism) name for the body's code block."""
        if self.kind == "json":
            return "json"
        kind = media_type(self.content_type or "")
        return "json" if kind.endswith("+json") else _LEXERS.get(kind, "text")

    def served_headers(self) -> list[tuple[str, str]]:
        """The headers verify sends: those written, and the body's content type when none is."""
        headers = list(self.headers)
        if self.kind and not any(name.lower() == "content-type" for name, _ in headers):
            headers.append(("Content-Type", _DEFAULT_TYPES[self.kind]))
        return headers


def served_response(responses: tuple[ResponseExample, ...]) -> ResponseExample | None:
    """What verify answers with: the first 2xx example (clients differ on error statuses)."""
    return next((response for response in responses if 200 <= response.status < 300), None)


def json_text(value: Any) -> str:
    """A JSON example as shown and served: indented by 2, characters as they are."""
    return json.dumps(value, indent=2, ensure_ascii=False)


def read_responses(reader, value: Any, path: str) -> tuple[ResponseExample, ...]:
    """The `responses` list, checked with the spec reader's helpers (so errors carry the line)."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise reader.fail("expected a list of responses, each with a status", path)
    return tuple(_response(reader, item, yaml_reader.path_join(path, index)) for index, item in enumerate(value))


def _response(reader, item: Any, path: str) -> ResponseExample:
    response = reader.mapping(item, path, RESPONSE_KEYS)
    if "status" not in response:
        raise reader.fail("missing key 'status'", path)
    status = response["status"]
    if isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599:
        raise reader.fail("a status is a number from 100 to 599", f"{path}.status")
    bodies = [kind for kind in RESPONSE_BODY_KINDS if kind in response]
    if len(bodies) > 1:
        raise reader.fail("a response has one body at most, but json and text are given", f"{path}.text")
    kind = bodies[0] if bodies else None
    if kind == "json":
        reader.json_value(response["json"], f"{path}.json")
        body = json_text(response["json"])
    elif kind == "text":
        body = reader.text(response["text"], f"{path}.text")
    else:
        body = ""
    if kind and (status < 200 or status in (204, 304)):
        raise reader.fail(f"a {status} response has no body", f"{path}.{kind}")
    problem = text_problem(body)
    if problem:
        raise reader.fail(f"the body {problem}", f"{path}.{kind}")
    headers = []
    for pair in reader.pairs(response.get("headers"), f"{path}.headers"):
        problem = header_name_problem(pair.name) or header_value_problem(pair.value)
        if not problem and pair.name.lower() in SERVER_HEADERS:
            problem = f"{pair.name} follows from the body; leave it out"
        if problem:
            raise reader.fail(problem, pair.path)
        headers.append((pair.name, pair.value))
    description = response.get("description")
    return ResponseExample(status=status, headers=tuple(headers), kind=kind, body=body, path=path,
                           description="" if description is None else reader.text(description, f"{path}.description"))
