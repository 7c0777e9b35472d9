"""An OpenAPI 3.0 or 3.1 document (YAML or JSON) -> one spec per operation.

The server URL keeps its variables as placeholders, path parameters become
placeholders, query, header and cookie parameters and the body take their examples
(or one made from the schema), and security schemes become Authorization, API key
or cookie placeholders marked secret.  Only references inside the document are followed.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .. import yamlsource
from ..variables import NAME
from .bodies import is_json_type, load_json, media_type
from .common import Draft, Imported, Origin, Warn
from .finish import finish
from .output import slug, unique_names
from ..textfile import read_text
from .errors import SourceError

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_MISSING = object()  # "no example", as opposed to an example of null
_DEPTH = 8  # nesting of a made-up example; deeper schemas are cut (they are often recursive)
_IGNORED_HEADERS = ("accept", "content-type", "authorization")  # OpenAPI: such parameters are ignored
_FORMAT_EXAMPLES = {
    "date-time": "2024-01-01T00:00:00Z", "date": "2024-01-01", "time": "12:00:00", "email": "user@example.com",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "uri": "https://example.com/", "url": "https://example.com/",
    "hostname": "example.com", "ipv4": "192.0.2.1", "ipv6": "2001:db8::1", "byte": "c3RyaW5n",
}


def import_openapi(path: str | Path, warn: Warn, operation: str | None = None) -> list[Imported]:
    path = Path(path)
    text = read_text(path, SourceError)
    return import_openapi_text(text, str(path), warn, operation)


def import_openapi_text(text: str, file: str, warn: Warn, operation: str | None = None) -> list[Imported]:
    """Specs for every operation, or for the one whose operationId (or `METHOD /path`) is `operation`."""
    document = _Document.load(text, file)
    operations = document.operations()
    if operation is not None:
        chosen = [op for op in operations if operation in (op.operation_id, f"{op.method.upper()} {op.path}")]
        if not chosen:
            known = [op.operation_id or f"{op.method.upper()} {op.path}" for op in operations]
            listed = ", ".join(known[:12]) + (f" and {len(known) - 12} more" if len(known) > 12 else "")
            raise SourceError(f"no operation {operation!r}; the document has: {listed}", file=file)
        operations = chosen
    drafts = [(op, _OperationReader(document, op, warn).draft()) for op in operations]
    stems = [slug(op.operation_id or f"{op.method}-{op.path}") for op, _ in drafts]
    return [finish(draft, Origin(file, op.where), warn, name,
                   comment=f"Imported from {Path(file).name} ({op.method.upper()} {op.path})")
            for (op, draft), name in zip(drafts, unique_names(stems))]


class _Operation:
    def __init__(self, path: str, method: str, item: dict[str, Any], item_where: str, node: dict[str, Any],
                 where: str):
        self.path = path
        self.method = method
        self.item = item  # the path item, for its parameters and servers
        self.item_where = item_where
        self.node = node
        self.where = where  # key path of the operation, for messages
        operation_id = node.get("operationId")
        self.operation_id = operation_id if isinstance(operation_id, str) and operation_id else None


class _Document:
    def __init__(self, data: dict[str, Any], lines: dict[str, int], file: str):
        self.data = data
        self.lines = lines
        self.file = file

    @classmethod
    def load(cls, text: str, file: str) -> _Document:
        if Path(file).suffix.lower() == ".json" or text.lstrip().startswith("{"):
            data, lines = load_json(text, file), {}
        else:
            data, lines = yamlsource.load(text, file)
        if not isinstance(data, dict):
            raise SourceError("not an OpenAPI document: expected a mapping with an 'openapi' key", file=file)
        version = data.get("openapi")
        if version is None:
            hint = "; Swagger 2.0 is not supported: convert it to OpenAPI 3 first" if "swagger" in data else ""
            raise SourceError(f"not an OpenAPI document: no 'openapi' key{hint}", file=file)
        if not (isinstance(version, str) and re.match(r"3\.[01]\.", version + ".")):
            raise SourceError(f"OpenAPI {version} is not supported; snippetgen reads 3.0 and 3.1", file=file,
                              path="openapi", line=lines.get("openapi"))
        return cls(data, lines, file)

    def error(self, message: str, path: str) -> SourceError:
        probe = path
        while probe and probe not in self.lines:
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        return SourceError(message, file=self.file, path=path, line=self.lines.get(probe))

    def resolve(self, node: Any, path: str, chain: tuple[str, ...] = ()) -> tuple[Any, str]:
        """node with every $ref followed; and the key path of what it ends at."""
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            ref_path = yamlsource.path_join(path, "$ref")
            if not isinstance(ref, str):
                raise self.error("a $ref is text", ref_path)
            if ref in chain:
                raise self.error(f"$ref {ref!r} is circular: following it leads back to it", ref_path)
            chain = (*chain, ref)
            if not ref.startswith("#"):
                raise self.error(f"$ref {ref!r} points into another document; only '#/...' references are "
                                 "followed (bundle the document first)", ref_path)
            node, path = self.data, ""
            for raw in ref[1:].split("/")[1:] if ref != "#" else []:
                segment = unquote(raw).replace("~1", "/").replace("~0", "~")
                if isinstance(node, dict) and segment in node:
                    node, path = node[segment], yamlsource.path_join(path, segment)
                elif isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
                    node, path = node[int(segment)], yamlsource.path_join(path, int(segment))
                else:
                    where = path or "the document"
                    raise self.error(f"$ref {ref!r} does not resolve: {where} has no {segment!r}", ref_path)
        return node, path

    def mapping(self, node: Any, path: str) -> tuple[dict[str, Any], str]:
        node, path = self.resolve(node, path)
        if node is None:
            return {}, path
        if not isinstance(node, dict):
            raise self.error("expected a mapping", path)
        return node, path

    def operations(self) -> list[_Operation]:
        paths, where = self.mapping(self.data.get("paths"), "paths")
        result = []
        for path, item in paths.items():
            item, item_where = self.mapping(item, yamlsource.path_join(where, path))
            for method in METHODS:
                if method in item:
                    node, node_where = self.mapping(item[method], yamlsource.path_join(item_where, method))
                    result.append(_Operation(path, method, item, item_where, node, node_where))
        if not result:
            raise SourceError("the document has no operations under paths", file=self.file, path="paths",
                              line=self.lines.get("paths"))
        return result


class _Variables:
    """Placeholder names, made valid and kept distinct."""

    def __init__(self) -> None:
        self.declared: dict[str, dict[str, Any]] = {}
        self.keys: dict[tuple[str, str], str] = {}

    def add(self, wanted: str, description: str = "", example: Any = _MISSING, secret: bool = False,
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
        if example is not _MISSING and example is not None and not isinstance(example, (dict, list)):
            entry["example"] = _text(example)
        self.declared[name] = entry
        if key is not None:
            self.keys[key] = name
        return name


class _OperationReader:
    def __init__(self, document: _Document, operation: _Operation, warn: Warn):
        self.doc = document
        self.op = operation
        self.origin = Origin(document.file, operation.where)
        self.warn = lambda message: warn(self.origin.warning(message))
        self.variables = _Variables()

    def draft(self) -> Draft:
        op = self.op
        url = self.server() + self.path()
        query: list[tuple[str, str]] = []
        headers: list[tuple[str, str]] = []
        cookies: list[str] = []
        for param, where in self.parameters():
            self.parameter(param, where, query, headers, cookies)
        self.security(query, headers, cookies)
        if cookies:
            headers.append(("Cookie", "; ".join(cookies)))
        draft = Draft(method=op.method.upper(), url=url, query=query, headers=headers)
        body = op.node.get("requestBody")
        if body is not None:
            draft.body = self.body(body, headers)
        draft.variables = {name: {k: v for k, v in entry.items() if v not in ("", False)}
                           for name, entry in self.variables.declared.items()}
        summary, description = op.node.get("summary"), op.node.get("description")
        draft.title = summary.strip() if isinstance(summary, str) and summary.strip() else (
            op.operation_id or f"{op.method.upper()} {op.path}")
        if isinstance(description, str) and description.strip():
            draft.description = description.strip()
        return draft

    # --- URL -------------------------------------------------------------------

    def server(self) -> str:
        op = self.op
        for node, where in ((op.node, op.where), (op.item, op.item_where), (self.doc.data, "")):
            servers = node.get("servers")
            if isinstance(servers, list) and servers:
                return self.server_url(servers[0], yamlsource.path_join(yamlsource.path_join(where, "servers"), 0))
        self.warn("the document names no server; the URL is https://{host}")
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
            raise self.doc.error("expected a mapping of server variables", yamlsource.path_join(where, "variables"))

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
            self.warn(f"the server's scheme is a variable; it is written as its default, {scheme!r}")
        if not sep:
            self.warn(f"the server URL {url!r} is relative; the URL is https://{{host}}{url.rstrip('/')}")
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
            list_where = yamlsource.path_join(where, "parameters")
            if not isinstance(listed, list):
                raise self.doc.error("expected a list of parameters", list_where)
            for index, raw in enumerate(listed):
                param, param_where = self.doc.mapping(raw, yamlsource.path_join(list_where, index))
                found[(param.get("name"), param.get("in"))] = (param, param_where)
        return list(found.values())

    def parameter(self, param: dict[str, Any], where: str, query: list, headers: list, cookies: list) -> None:
        name, place = param.get("name"), param.get("in")
        if not isinstance(name, str) or place not in ("path", "query", "header", "cookie"):
            raise self.doc.error("a parameter needs a name and `in` (path, query, header or cookie)", where)
        if place == "path":
            return
        if place == "header" and name.lower() in _IGNORED_HEADERS:
            self.warn(f"left out header parameter {name}: OpenAPI ignores parameters named Accept, "
                      "Content-Type and Authorization")
            return
        example = self.example_of(param, where, made_up=False)
        if example is _MISSING:
            if not param.get("required"):
                return  # optional, and the document shows no value for it
            made_up = self.example_of(param, where)
            example = "{" + self.variables.add(name, self.description(param, where), made_up) + "}"
        if place == "query":
            query.extend(_query_pairs(name, example, param))
        elif place == "header":
            headers.append((name, _simple(example, bool(param.get("explode")))))
        else:
            cookies.append(f"{name}={_simple(example, bool(param.get('explode')))}")

    def description(self, param: dict[str, Any], where: str) -> str:
        """A parameter's description, with the values its schema allows when it lists them."""
        text = " ".join(str(param.get("description") or "").split())
        schema, _ = self.doc.resolve(param.get("schema", param), yamlsource.path_join(where, "schema"))
        enum = schema.get("enum") if isinstance(schema, dict) else None
        if isinstance(enum, list) and enum:
            if text and text[-1] not in ".!?":
                text += "."
            text = (text + " " if text else "") + "One of: " + ", ".join(_text(item) for item in enum)
        return text

    def example_of(self, param: dict[str, Any], where: str, made_up: bool = True) -> Any:
        """The parameter's example; or, unless made_up is false, one made from its schema."""
        if "example" in param:
            return param["example"]
        examples = param.get("examples")
        if isinstance(examples, dict) and examples:
            name = next(iter(examples))
            return self.named_example(examples[name], _join(where, "examples", name))
        content = param.get("content")
        if isinstance(content, dict) and content:
            media_type_ = next(iter(content))
            media, media_where = self.doc.mapping(content[media_type_], _join(where, "content", media_type_))
            value = self.media_example(media, media_where)
            return value if value is _MISSING else json.dumps(value, ensure_ascii=False)
        schema_where = _join(where, "schema")
        if not made_up:
            schema, _ = self.doc.resolve(param.get("schema"), schema_where)
            if isinstance(schema, dict) and "example" in schema:
                return schema["example"]
            if isinstance(schema, dict) and isinstance(schema.get("examples"), list) and schema["examples"]:
                return schema["examples"][0]
            return _MISSING
        return self.schema_example(param.get("schema"), schema_where)

    def named_example(self, node: Any, where: str) -> Any:
        example, where = self.doc.mapping(node, where)
        if "value" in example:
            return example["value"]
        if "externalValue" in example:
            self.warn(f"an example's externalValue ({example['externalValue']}) is not fetched")
        return _MISSING

    def media_example(self, media: dict[str, Any], where: str) -> Any:
        if "example" in media:
            return media["example"]
        examples = media.get("examples")
        if isinstance(examples, dict) and examples:
            name = next(iter(examples))
            value = self.named_example(examples[name], _join(where, "examples", name))
            if value is not _MISSING:
                return value
        return self.schema_example(media.get("schema"), _join(where, "schema"), request=True)

    def schema_example(self, schema: Any, where: str, request: bool = False, depth: int = 0,
                       chain: tuple[str, ...] = ()) -> Any:
        """An example of a schema: its own example, default, const or first enum value, else one made up.

        request leaves out readOnly properties; a schema met again inside itself is cut short.
        """
        if isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if ref in chain or depth > _DEPTH:
                return _MISSING
            chain = (*chain, ref)
        schema, where = self.doc.resolve(schema, where)
        if not isinstance(schema, dict) or depth > _DEPTH:
            return _MISSING
        for key in ("example", "default", "const"):
            if key in schema:
                return schema[key]
        for key in ("examples", "enum"):
            if isinstance(schema.get(key), list) and schema[key]:
                return schema[key][0]

        def sub(node: Any, *keys: str | int) -> Any:
            return self.schema_example(node, _join(where, *keys), request, depth + 1, chain)

        if isinstance(schema.get("allOf"), list):
            merged: Any = _MISSING
            for index, part in enumerate(schema["allOf"]):
                value = sub(part, "allOf", index)
                if isinstance(value, dict) and isinstance(merged, dict):
                    merged = {**merged, **value}
                elif merged is _MISSING:
                    merged = value
            if merged is not _MISSING:
                return merged
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                return sub(schema[key][0], key, 0)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind == "object" or (kind is None and isinstance(schema.get("properties"), dict)):
            result = {}
            properties = schema.get("properties") or {}
            for name, prop in properties.items() if isinstance(properties, dict) else ():
                prop_node, _ = self.doc.resolve(prop, _join(where, "properties", name))
                if request and isinstance(prop_node, dict) and prop_node.get("readOnly"):
                    continue
                value = sub(prop, "properties", name)
                if value is not _MISSING:
                    result[name] = value
            return result
        if kind == "array":
            item = sub(schema.get("items"), "items")
            return [] if item is _MISSING else [item]
        if kind == "string":
            return _FORMAT_EXAMPLES.get(schema.get("format"), "string")
        if kind in ("integer", "number"):
            return 0
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return _MISSING

    # --- body and security -----------------------------------------------------

    def body(self, node: Any, headers: list[tuple[str, str]]) -> tuple[str, Any] | None:
        body, where = self.doc.mapping(node, yamlsource.path_join(self.op.where, "requestBody"))
        content = body.get("content")
        if not isinstance(content, dict) or not content:
            raise self.doc.error("a requestBody needs content", where)
        types = list(content)
        chosen = (next((t for t in types if is_json_type(t)), None)
                  or next((t for t in types if media_type(t) == "application/x-www-form-urlencoded"), None)
                  or next((t for t in types if media_type(t).startswith("text/") or media_type(t).endswith("xml")),
                          None))
        if chosen is None:
            self.warn(f"left out the request body: its media types ({', '.join(types)}) are not text a spec can hold")
            return None
        media, media_where = self.doc.mapping(content[chosen], _join(where, "content", chosen))
        example = self.media_example(media, media_where)
        if example is _MISSING:
            self.warn(f"left out the {chosen} body: it has no example and no schema to make one from")
            return None
        if is_json_type(chosen):
            if not _json_safe(example):
                self.warn(f"left out the {chosen} body: its example is not a JSON value")
                return None
            if media_type(chosen) != "application/json":
                headers.append(("Content-Type", chosen))
            return ("json", example)
        if media_type(chosen) == "application/x-www-form-urlencoded":
            if not isinstance(example, dict):
                self.warn("left out the form body: its example is not an object")
                return None
            pairs = []
            for name, value in example.items():
                values = value if isinstance(value, list) else [value]
                pairs.extend((str(name), _text(item)) for item in values)
            return ("form", pairs)
        if not isinstance(example, str):
            if not media_type(chosen).startswith("text/"):
                self.warn(f"left out the {chosen} body: its example is not text")
                return None
            example = _text(example)
        headers.append(("Content-Type", chosen))
        return ("text", example)

    def security(self, query: list, headers: list, cookies: list) -> None:
        node = self.op.node
        requirements = node["security"] if "security" in node else self.doc.data.get("security")
        if not isinstance(requirements, list) or not requirements:
            return
        first = requirements[0]
        if not isinstance(first, dict):
            return
        components, _ = self.doc.mapping(self.doc.data.get("components"), "components")
        schemes, schemes_where = self.doc.mapping(components.get("securitySchemes"), "components.securitySchemes")
        for name in first:
            if name not in schemes:
                raise self.doc.error(f"security scheme {name!r} is not defined in components.securitySchemes",
                                     yamlsource.path_join(self.op.where, "security"))
            scheme, _ = self.doc.mapping(schemes[name], yamlsource.path_join(schemes_where, name))
            self.scheme(name, scheme, query, headers, cookies)
        if len(requirements) > 1:
            self.warn(f"the operation accepts {len(requirements)} kinds of credentials; the spec uses the first "
                      f"({', '.join(first) or 'none'})")

    def scheme(self, name: str, scheme: dict[str, Any], query: list, headers: list, cookies: list) -> None:
        kind = scheme.get("type")
        described = scheme.get("description") or ""
        http = str(scheme.get("scheme", "")).lower()
        if kind == "http" and http == "bearer":
            label = f" ({scheme['bearerFormat']})" if scheme.get("bearerFormat") else ""
            var = self.variables.add(name, described or f"The bearer token{label}", secret=True)
            self.header(headers, "Authorization", f"Bearer {{{var}}}", name)
        elif kind == "http" and http == "basic":
            var = self.variables.add(name, described or "base64 of username:password", secret=True)
            self.header(headers, "Authorization", f"Basic {{{var}}}", name)
        elif kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie") and isinstance(
                scheme.get("name"), str):
            var = "{" + self.variables.add(name, described or f"The API key ({scheme['name']})", secret=True) + "}"
            if scheme["in"] == "header":
                self.header(headers, scheme["name"], var, name)
            elif scheme["in"] == "query":
                query.append((scheme["name"], var))
            else:
                cookies.append(f"{scheme['name']}={var}")
        elif kind in ("oauth2", "openIdConnect"):
            var = self.variables.add(name, described or "An OAuth 2.0 access token", secret=True)
            self.header(headers, "Authorization", f"Bearer {{{var}}}", name)
        else:
            self.warn(f"left out security scheme {name!r}: {kind} {http}".rstrip() + " cannot be written as a header")

    def header(self, headers: list, header: str, value: str, scheme: str) -> None:
        if any(existing.lower() == header.lower() for existing, _ in headers):
            self.warn(f"left out security scheme {scheme!r}: the {header} header is already set by another")
            return
        headers.append((header, value))


def _join(path: str, *keys: str | int) -> str:
    for key in keys:
        path = yamlsource.path_join(path, key)
    return path


def _text(value: Any) -> str:
    """A parameter value as text: JSON's spelling for booleans, null and numbers."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _simple(value: Any, explode: bool) -> str:
    """OpenAPI's simple style (headers, cookies)."""
    if isinstance(value, list):
        return ",".join(_text(item) for item in value)
    if isinstance(value, dict):
        return ",".join(f"{k}={_text(v)}" if explode else f"{k},{_text(v)}" for k, v in value.items())
    return _text(value)


def _query_pairs(name: str, value: Any, param: dict[str, Any]) -> list[tuple[str, str]]:
    """OpenAPI's query styles: form (default, exploded), spaceDelimited, pipeDelimited, deepObject."""
    style = param.get("style", "form")
    explode = param.get("explode", style == "form")
    if isinstance(value, list):
        if explode:
            return [(name, _text(item)) for item in value]
        glue = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
        return [(name, glue.join(_text(item) for item in value))]
    if isinstance(value, dict):
        if style == "deepObject":
            return [(f"{name}[{key}]", _text(item)) for key, item in value.items()]
        if explode:
            return [(str(key), _text(item)) for key, item in value.items()]
        return [(name, ",".join(f"{key},{_text(item)}" for key, item in value.items()))]
    return [(name, _text(value))]


def _json_safe(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_safe(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_json_safe(item) for item in value)
    return value is None or isinstance(value, (str, int, bool))
