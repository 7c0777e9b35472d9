"""One OpenAPI operation -> a Draft: its URL, parameters, body (openapi_body) and credentials."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .. import yaml_reader
from ..variables import NAME
from .common import Draft, Origin, Policy
from .openapi_body import BodyAndSecurity
from .openapi_examples import MISSING, Examples, as_text
from .openapi_responses import ResponseExamples

if TYPE_CHECKING:
    from .openapi import Document, Operation

_IGNORED_HEADERS = ("accept", "content-type", "authorization")  # OpenAPI: such parameters are ignored


class Variables:
    """Placeholder names, made valid and kept distinct."""

    def __init__(self) -> None:
        self.declared: dict[str, dict[str, Any]] = {}
        self.keys: dict[tuple[str, str], str] = {}

    def add(self, wanted: str, description: str = "", example: Any = MISSING, secret: bool = False,
            key: tuple[str, str] | None = None) -> str:
        """The placeholder name for wanted; the same one again for the same key."""
        if key is not None and key in self.keys:
            return self.keys[key]
        name = re.sub(r"[^A-Za-z0-9_]", "_", wanted) or "value"
        if not NAME.match(name):
            name = "_" + name
        base, number = name, 1
        while name in self.declared:
            number += 1
            name = f"{base}{number}"
        entry: dict[str, Any] = {"description": " ".join(str(description).split()), "secret": secret}
        if example is not MISSING and example is not None and not isinstance(example, (dict, list)):
            entry["example"] = as_text(example)
        self.declared[name] = entry
        if key is not None:
            self.keys[key] = name
        return name


class OperationReader(Examples, BodyAndSecurity, ResponseExamples):
    def __init__(self, document: Document, operation: Operation, policy: Policy):
        self.doc = document
        self.op = operation
        self.origin = Origin(document.file, operation.where)
        self.policy = policy
        self.variables = Variables()
        self.noted_parts: set[str] = set()

    def note(self, message: str) -> None:
        self.policy.note(self.origin, message)

    def lose(self, what: str, why: str, *, where: str | None = None, instead: str | None = None) -> None:
        """What the spec cannot say: refused with the document's line for where, or left out (lenient)."""
        line = None
        if where is not None:
            line = self.doc.error("", where).line
        self.policy.lose(self.origin, what, why, instead=instead, line=line)

    def draft(self) -> Draft:
        op = self.op
        draft = Draft(method=op.method.upper(), url=self.server() + self.path())
        for param, where in self.parameters():
            self.parameter(param, where, draft)
        self.security(draft)
        body = op.node.get("requestBody")
        if body is not None:
            draft.body = self.body(body, draft)
        draft.variables = {name: {k: v for k, v in entry.items() if v not in ("", False)}
                           for name, entry in self.variables.declared.items()}
        summary, description = op.node.get("summary"), op.node.get("description")
        draft.title = summary.strip() if isinstance(summary, str) and summary.strip() else (
            op.operation_id or f"{op.method.upper()} {op.path}")
        if isinstance(description, str) and description.strip():
            draft.description = description.strip()
        draft.responses = self.responses()
        return draft

    # --- URL -------------------------------------------------------------------

    def server(self) -> str:
        op = self.op
        for node, where in ((op.node, op.where), (op.item, op.item_where), (self.doc.data, "")):
            servers = node.get("servers")
            if isinstance(servers, list) and servers:
                return self.server_url(servers[0], yaml_reader.path_join(yaml_reader.path_join(where, "servers"), 0))
        self.note("the document names no server; the URL is https://{host}")
        return self.unknown_host()

    def unknown_host(self) -> str:
        return "https://{" + self.variables.add("host", "The API's host name (the document gives no absolute "
                                                "server URL)", key=("host", "")) + "}"

    def server_url(self, server: Any, where: str) -> str:
        server, where = self.doc.mapping(server, where)
        url = server.get("url")
        if not isinstance(url, str):
            raise self.doc.error("a server needs a url", where)
        declared = server.get("variables") or {}
        if not isinstance(declared, dict):
            raise self.doc.error("expected a mapping of server variables", yaml_reader.path_join(where, "variables"))

        def placeholder(match: re.Match) -> str:
            name = match.group(1)
            variable = declared.get(name)
            if not isinstance(variable, dict):
                raise self.doc.error(f"server variable {name!r} is used in the url but not declared", where)
            description = self.description(variable, where)
            return "{" + self.variables.add(name, description, variable.get("default"), key=("server", name)) + "}"

        scheme, sep, rest = url.partition("://")
        if sep and "{" in scheme:
            scheme = re.sub(r"\{([^{}]*)\}", lambda m: str((declared.get(m.group(1)) or {}).get("default", "")),
                            scheme)
            self.note(f"the server's scheme is a variable; it is written as its default, {scheme!r}")
        if not sep:
            self.note(f"the server URL {url!r} is relative; the URL is https://{{host}}{url.rstrip('/')}")
            return self.unknown_host() + re.sub(r"\{([^{}]*)\}", placeholder, url).rstrip("/")
        return scheme + "://" + re.sub(r"\{([^{}]*)\}", placeholder, rest).rstrip("/")

    def path(self) -> str:
        params = {p["name"]: (p, where) for p, where in self.parameters()
                  if p.get("in") == "path" and isinstance(p.get("name"), str)}

        def placeholder(match: re.Match) -> str:
            name = match.group(1)
            param, where = params.get(name, ({}, self.op.where))
            return "{" + self.variables.add(name, self.description(param, where), self.example_of(param, where),
                                            key=("path", name)) + "}"

        return re.sub(r"\{([^{}]*)\}", placeholder, self.op.path)

    # --- parameters ------------------------------------------------------------

    def parameters(self) -> list[tuple[dict[str, Any], str]]:
        """Path-level and operation-level parameters; the operation's win on the same name and place."""
        found: dict[tuple[Any, Any], tuple[dict[str, Any], str]] = {}
        for node, where in ((self.op.item, self.op.item_where), (self.op.node, self.op.where)):
            listed = node.get("parameters") or []
            list_where = yaml_reader.path_join(where, "parameters")
            if not isinstance(listed, list):
                raise self.doc.error("expected a list of parameters", list_where)
            for index, raw in enumerate(listed):
                param, param_where = self.doc.mapping(raw, yaml_reader.path_join(list_where, index))
                found[(param.get("name"), param.get("in"))] = (param, param_where)
        return list(found.values())

    def parameter(self, param: dict[str, Any], where: str, draft: Draft) -> None:
        name, place = param.get("name"), param.get("in")
        if not isinstance(name, str) or place not in ("path", "query", "header", "cookie"):
            raise self.doc.error("a parameter needs a name and `in` (path, query, header or cookie)", where)
        if place == "path":
            return
        if place == "header" and name.lower() in _IGNORED_HEADERS:
            self.note(f"left out header parameter {name}: OpenAPI ignores parameters named Accept, "
                      "Content-Type and Authorization")
            return
        example = self.example_of(param, where, made_up=False)
        if example is MISSING:
            if not param.get("required"):
                return  # optional, and the document shows no value for it
            made_up = self.example_of(param, where)
            example = "{" + self.variables.add(name, self.description(param, where), made_up) + "}"
        if place == "query":
            draft.query.extend(_query_pairs(name, example, param))
        elif place == "header":
            draft.headers.append((name, _simple(example, bool(param.get("explode")))))
        else:
            draft.cookies.append((name, _simple(example, bool(param.get("explode")))))


def _simple(value: Any, explode: bool) -> str:
    """OpenAPI's simple style (headers, cookies)."""
    if isinstance(value, list):
        return ",".join(as_text(item) for item in value)
    if isinstance(value, dict):
        return ",".join(f"{k}={as_text(v)}" if explode else f"{k},{as_text(v)}" for k, v in value.items())
    return as_text(value)


def _query_pairs(name: str, value: Any, param: dict[str, Any]) -> list[tuple[str, str]]:
    """OpenAPI's query styles: form (default, exploded), spaceDelimited, pipeDelimited, deepObject."""
    style = param.get("style", "form")
    explode = param.get("explode", style == "form")
    if isinstance(value, list):
        if explode:
            return [(name, as_text(item)) for item in value]
        glue = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
        return [(name, glue.join(as_text(item) for item in value))]
    if isinstance(value, dict):
        if style == "deepObject":
            return [(f"{name}[{key}]", as_text(item)) for key, item in value.items()]
        if explode:
            return [(str(key), as_text(item)) for key, item in value.items()]
        return [(name, ",".join(f"{key},{as_text(item)}" for key, item in value.items()))]
    return [(name, as_text(value))]
