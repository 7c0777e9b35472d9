"""The request body and the credentials of an OpenAPI operation.

Bodies: JSON, form, multipart/form-data (from the example, or the schema's properties;
a `format: binary` property is a file part whose path is a placeholder), text, and any
other concrete media type (application/octet-stream, image/png...) as a `file:` body.
Security: http basic and bearer become `auth:`, oauth2 and openIdConnect a bearer token,
API keys a header, query parameter or cookie; all with secret placeholders.
"""

from __future__ import annotations

import mimetypes
from typing import TYPE_CHECKING, Any

from .. import yaml_reader
from .bodies import is_json_type, media_type
from .openapi_examples import MISSING, as_text, join, json_safe

if TYPE_CHECKING:
    from .common import Draft
    from .openapi import Document, Operation
    from .openapi_reader import Variables

_FORM = "application/x-www-form-urlencoded"
_MULTIPART = "multipart/form-data"
_OCTETS = "application/octet-stream"


def _rank(media: str) -> int:
    """Which media type of a requestBody a spec says best: JSON, a form, multipart, text, then bytes."""
    base = media_type(media)
    if is_json_type(media):
        return 0
    if base == _FORM:
        return 1
    if base == _MULTIPART:
        return 2
    if base.startswith("text/") or base.endswith("xml"):
        return 3
    if base == _OCTETS:
        return 4
    return 5 if "*" not in base else 6


class BodyAndSecurity:
    """The body-and-credentials half of an operation reader (mixed into openapi_reader.OperationReader)."""

    doc: Document
    op: Operation
    variables: Variables
    noted_parts: set[str]

    def lose(self, what: str, why: str, *, where: str | None = None, instead: str | None = None) -> None:
        raise NotImplementedError

    def note(self, message: str) -> None:
        raise NotImplementedError

    def media_example(self, media: dict[str, Any], where: str) -> Any:
        raise NotImplementedError

    def body(self, node: Any, draft: Draft) -> tuple[str, Any] | None:
        body, where = self.doc.mapping(node, yaml_reader.path_join(self.op.where, "requestBody"))
        content = body.get("content")
        if not isinstance(content, dict) or not content:
            raise self.doc.error("a requestBody needs content", where)
        chosen = min(content, key=lambda media: _rank(str(media)))
        chosen_where = join(where, "content", chosen)
        base = media_type(str(chosen))
        if not base or "/" not in base:
            self.lose(f"the {chosen!r} body", "it is not a media type", where=chosen_where)
            return None
        media, media_where = self.doc.mapping(content[chosen], chosen_where)
        if base == _MULTIPART:
            return self.multipart(media, media_where, draft)
        if _rank(chosen) >= 4:
            return self.file_body(chosen, media_where, draft)
        example = self.media_example(media, media_where)
        if example is MISSING:
            self.lose(f"the {chosen} body", "it has no example and no schema to make one from", where=media_where)
            return None
        if is_json_type(chosen):
            if not json_safe(example):
                self.lose(f"the {chosen} body", "its example is not a JSON value", where=media_where)
                return None
            if base != "application/json":
                draft.headers.append(("Content-Type", chosen))
            return ("json", example)
        if base == _FORM:
            if not isinstance(example, dict):
                self.lose("the form body", "its example is not an object", where=media_where)
                return None
            pairs = []
            for name, value in example.items():
                values = value if isinstance(value, list) else [value]
                pairs.extend((str(name), as_text(item)) for item in values)
            return ("form", pairs)
        if not isinstance(example, str):
            example = as_text(example)
        draft.headers.append(("Content-Type", chosen))
        return ("text", example)

    def file_body(self, chosen: str, where: str, draft: Draft) -> tuple[str, Any]:
        base = media_type(chosen)
        if "*" in base:
            concrete = base in ("*/*", "application/*")
            if not concrete:
                self.lose(f"the {chosen} body", "the spec sends one concrete content type", where=where,
                          instead=f"as {_OCTETS}")
            chosen = _OCTETS
        elif base != _OCTETS:
            draft.headers.append(("Content-Type", chosen))
        name = self.variables.add("bodyPath", f"The file sent as the request body ({chosen})",
                                  "body" + _extension(chosen))
        return ("file", "{" + name + "}")

    def multipart(self, media: dict[str, Any], where: str, draft: Draft) -> tuple[str, Any] | None:
        example = self.media_example(media, where)
        if not isinstance(example, dict):
            self.lose("the multipart/form-data body", "it has no object example and no object schema to make "
                      "its parts from", where=where)
            return None
        properties = self.properties(media.get("schema"), join(where, "schema"))
        encoding = media.get("encoding") if isinstance(media.get("encoding"), dict) else {}
        parts: list[dict[str, str]] = []
        for name, value in example.items():
            name = str(name)
            schema = properties.get(name, {})
            options = encoding.get(name) if isinstance(encoding.get(name), dict) else {}
            content_type = options.get("contentType") if isinstance(options.get("contentType"), str) else None
            if options.get("headers"):
                self.lose(f"part {name!r}", "its encoding adds part headers, which a spec cannot say", where=where)
                continue
            binary = _is_binary(schema) or _is_binary(schema.get("items") if isinstance(schema, dict) else None)
            values = value if isinstance(value, list) and (binary or not _is_object(schema)) else [value]
            for item in values:
                if binary:
                    parts.append(self.file_part(name, content_type))
                elif item is None:
                    continue
                elif isinstance(item, (dict, list)) or (content_type and media_type(content_type) != "text/plain"):
                    kind = content_type or "application/json"
                    self.lose(f"part {name!r}", f"OpenAPI sends it as {kind}, and a spec's text part has no content "
                              "type", where=where, instead="as a text part without one")
                    parts.append({"name": name, "value": as_text(item)})
                else:
                    parts.append({"name": name, "value": as_text(item)})
        if not parts:
            self.lose("the multipart/form-data body", "its example has no parts", where=where)
            return None
        return ("multipart", parts)

    def file_part(self, name: str, content_type: str | None) -> dict[str, str]:
        first = (content_type or "").split(",")[0].strip()
        if content_type and "," in content_type and name not in self.noted_parts:
            self.noted_parts.add(name)
            self.note(f"part {name!r} may be any of {content_type}; the spec sends {first}")
        if "*" in first:
            first = ""
        variable = self.variables.add(f"{name}Path", f"The file sent as part {name}", name + _extension(first))
        part = {"name": name, "file": "{" + variable + "}"}
        if first and media_type(first) != _OCTETS:
            part["content-type"] = first
        return part

    def properties(self, schema: Any, where: str, depth: int = 0) -> dict[str, Any]:
        """The properties of an object schema, allOf parts merged, each resolved."""
        schema, where = self.doc.resolve(schema, where)
        if not isinstance(schema, dict) or depth > 8:
            return {}
        result: dict[str, Any] = {}
        for index, part in enumerate(schema.get("allOf") if isinstance(schema.get("allOf"), list) else []):
            result.update(self.properties(part, join(where, "allOf", index), depth + 1))
        properties = schema.get("properties")
        for name, prop in properties.items() if isinstance(properties, dict) else ():
            resolved, _ = self.doc.resolve(prop, join(where, "properties", name))
            result[str(name)] = resolved if isinstance(resolved, dict) else {}
        return result

    # --- security ----------------------------------------------------------------

    def security(self, draft: Draft) -> None:
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
                                     yaml_reader.path_join(self.op.where, "security"))
            scheme, where = self.doc.mapping(schemes[name], yaml_reader.path_join(schemes_where, name))
            self.scheme(str(name), scheme, where, draft)
        if len(requirements) > 1:
            self.note(f"the operation accepts {len(requirements)} kinds of credentials; the spec uses the first "
                      f"({', '.join(map(str, first)) or 'none'})")

    def scheme(self, name: str, scheme: dict[str, Any], where: str, draft: Draft) -> None:
        kind = scheme.get("type")
        described = str(scheme.get("description") or "")
        http = str(scheme.get("scheme", "")).lower()
        if kind == "http" and http == "basic":
            if self.authorization_taken(name, draft, where):
                return
            user = self.variables.add("username", described or f"The user name ({name}, HTTP Basic)",
                                      key=("basic-user", name))
            password = self.variables.add("password", f"The password ({name}, HTTP Basic)", secret=True,
                                          key=("basic-password", name))
            draft.auth = ("basic", "{" + user + "}", "{" + password + "}")
        elif (kind == "http" and http == "bearer") or kind in ("oauth2", "openIdConnect"):
            if self.authorization_taken(name, draft, where):
                return
            label = f" ({scheme['bearerFormat']})" if scheme.get("bearerFormat") else ""
            default = f"The bearer token{label}" if kind == "http" else "An OAuth 2.0 access token"
            token = self.variables.add(name, described or default, secret=True)
            draft.auth = ("bearer", "{" + token + "}")
        elif kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie") and isinstance(
                scheme.get("name"), str):
            key = "{" + self.variables.add(name, described or f"The API key ({scheme['name']})", secret=True) + "}"
            if scheme["in"] == "header":
                if any(existing.lower() == scheme["name"].lower() for existing, _ in draft.headers) or (
                        scheme["name"].lower() == "authorization" and draft.auth is not None):
                    self.lose(f"security scheme {name!r}", f"the {scheme['name']} header is already set by another",
                              where=where)
                    return
                draft.headers.append((scheme["name"], key))
            elif scheme["in"] == "query":
                draft.query.append((scheme["name"], key))
            else:
                draft.cookies.append((scheme["name"], key))
        elif kind == "http":
            self.lose(f"security scheme {name!r}", f"HTTP {http or 'without a scheme'} authentication is neither "
                      "Basic nor Bearer, the kinds a spec sends", where=where)
        elif kind == "mutualTLS":
            self.lose(f"security scheme {name!r}", "a client certificate authenticates the request, which is each "
                      "client's own setting", where=where)
        else:
            self.lose(f"security scheme {name!r}", f"{kind!r} credentials are not a header, query parameter or "
                      "cookie a spec can send", where=where)

    def authorization_taken(self, name: str, draft: Draft, where: str) -> bool:
        if draft.auth is None and not any(n.lower() == "authorization" for n, _ in draft.headers):
            return False
        self.lose(f"security scheme {name!r}", "the Authorization header is already set by another", where=where)
        return True


def _is_binary(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    return (schema.get("format") == "binary" or "contentMediaType" in schema
            or (schema.get("type") == "string" and schema.get("contentEncoding") == "binary"))


def _is_object(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema.get("type") == "object" or "properties" in schema)


def _extension(content_type: str) -> str:
    base = media_type(content_type)
    return (mimetypes.guess_extension(base) or ".bin") if base and "*" not in base else ".bin"
