"""The JSON Schema (draft-07) of the spec format, for editors to validate and complete specs.

Built from the same constants the loader and request.py use, so the two cannot
drift; `snippetgen schema` prints it, and snippetgen/spec.schema.json is its
committed copy (a test keeps them equal).  What a schema cannot say (a header
given twice in different case, NaN in a JSON body) is left to the loader.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .httprules import CLIENT_HEADERS, DEFAULT_CONTENT_TYPES, METHODS_WITHOUT_BODY
from .responses import SERVER_HEADERS
from .spec import BODY_KINDS
from .variables import NAME_PATTERN

SCHEMA_FILE = Path(__file__).with_name("spec.schema.json")

PLACEHOLDER = r"\{" + NAME_PATTERN + r"\}"
_TOKEN_CHAR = r"[!#$%&'*+.^_`|~0-9A-Za-z-]"
_PORT = r"(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[1-9][0-9]{0,3})"


def _any_case(word: str) -> str:
    """A regex matching word in any letter case (JSON Schema patterns have no flags)."""
    return "".join(f"[{ch.upper()}{ch.lower()}]" if ch.isalpha() else _escape(ch) for ch in word)


def _escape(ch: str) -> str:
    return "\\" + ch if ch in ".^$*+?()[]{}|\\" else ch


def _no(pattern: str, message: str) -> dict[str, Any]:
    """Text must not match pattern (anywhere); numbers pass."""
    return {"not": {"type": "string", "pattern": pattern}, "errorMessage": message}


_TCHARS = _TOKEN_CHAR + "+"
_MEDIA_TYPE = (f"{_TCHARS}/{_TCHARS}(?:[ \\t]*;[ \\t]*{_TCHARS}=(?:{_TCHARS}|\"[^\"\\\\]*\"))*")
_CONTENT_TYPE = "^" + _any_case("content-type") + "$"
_CLIENT_SET = "^(?:" + "|".join(_any_case(name) for name in sorted(CLIENT_HEADERS)) + ")$"
_FORM_VALUE = "^" + _any_case(DEFAULT_CONTENT_TYPES["form"]) + "[ \\t]*(?:;|$)|" + PLACEHOLDER
_NO_NUL = _no("\\x00", "NUL cannot be sent here (a shell argument cannot carry it)")

_TEXT = {"type": ["string", "integer"],
         "description": "Text; an integer is taken as its digits. Quote true, 1.5 or null to send them as text."}


def _ref(name: str, description: str | None = None) -> dict[str, Any]:
    """A reference to a definition; draft-07 ignores keys beside $ref, so a description wraps it."""
    ref = {"$ref": f"#/definitions/{name}"}
    return {"description": description, "allOf": [ref]} if description else ref


def _pairs(name: str, value: str) -> dict[str, Any]:
    """A mapping of name to value, or a list of [name, value] pairs (for repeated names); null is empty."""
    return {
        "type": ["object", "array", "null"],
        "propertyNames": _ref(name),
        "additionalProperties": _ref(value),
        "items": {"type": "array", "items": [_ref(name), _ref(value)], "minItems": 2, "maxItems": 2,
                  "description": "A [name, value] pair."},
    }


def _content_type_header(name: dict[str, Any], value: dict[str, Any]) -> dict[str, Any]:
    """A condition on the content-type header, whether the headers are a mapping or pairs."""
    if not value:
        return {"propertyNames": name, "items": {"items": [name]}}
    return {
        "patternProperties": {_CONTENT_TYPE: value},
        "items": {"if": {"items": [{"type": "string", "pattern": _CONTENT_TYPE}]}, "then": {"items": [{}, value]}},
    }


def _definitions() -> dict[str, Any]:
    return {
        "text": _TEXT,
        "name": {"type": "string", "minLength": 1, "allOf": [_NO_NUL]},
        "value": {**_TEXT, "allOf": [_NO_NUL]},
        "headerName": {
            "type": "string",
            "description": "A header name: a token (letters, digits and !#$%&'*+.^_`|~-); list form may repeat it.",
            "pattern": f"^(?:{_TOKEN_CHAR}|{PLACEHOLDER})+$",
            "allOf": [_no(_CLIENT_SET, "the HTTP client sets this header itself; remove it")],
        },
        "headerValue": {
            **_TEXT,
            "allOf": [
                _no("[^\\t\\x20-\\x7e]", "a header value is printable ASCII: no CR, LF, NUL or non-ASCII characters"),
                _no("^[ \\t]|[ \\t]$", "a header value cannot start or end with whitespace"),
            ],
        },
        "responseHeaderName": {
            "type": "string", "pattern": f"^{_TOKEN_CHAR}+$",
            "allOf": [_no("^(?:" + "|".join(_any_case(n) for n in sorted(SERVER_HEADERS)) + ")$",
                          "the server sets this header from the body; leave it out")],
        },
        "queryValue": {**_TEXT, "type": ["string", "integer", "null"], "allOf": [_NO_NUL],
                       "description": "Text; null for a bare name (`?flag`, no `=`)."},
        "pairs": _pairs("name", "value"),
        "queryPairs": _pairs("name", "queryValue"),
        "headers": _pairs("headerName", "headerValue"),
        "cookieName": {"type": "string", "pattern": f"^(?:{_TOKEN_CHAR}|{PLACEHOLDER})+$",
                       "description": "A cookie name: a token."},
        "cookieValue": {**_TEXT, "allOf": [_ref("headerValue"), _no(";", "a cookie value cannot contain ';'")]},
        "cookies": _pairs("cookieName", "cookieValue"),
        "partName": {"type": ["string", "integer"], "minLength": 1,
                     "allOf": [_no('["\\\\\\r\\n\\x00]', "a part's name or filename cannot contain '\"', '\\', CR, LF or NUL:"
                                   " multipart clients escape them in different ways")]},
        "part": {
            "type": "object",
            "additionalProperties": False,
            "required": ["name"],
            "properties": {
                "name": _ref("partName"),
                "value": {**_TEXT, "allOf": [_NO_NUL], "description": "A text part, sent as UTF-8 with no content type."},
                "file": {"type": "string", "minLength": 1, "allOf": [_NO_NUL],
                         "description": "A file part: the path the program reads when it runs."},
                "filename": _ref("partName", "The file name sent; the path's base name by default."),
                "content-type": {
                    "description": "The file part's content type, a media type (type/subtype; name=value);"
                                   " application/octet-stream by default.",
                    "type": "string",
                    "pattern": "^(?:" + _MEDIA_TYPE + "|.*" + PLACEHOLDER + ".*)$",
                    "allOf": [_ref("headerValue")],
                },
            },
            "oneOf": [{"required": ["value"], "properties": {"filename": False, "content-type": False}},
                      {"required": ["file"], "anyOf": [
                          {"required": ["filename"]},
                          {"properties": {"file": _no("/$", "the path names a folder; give a filename")}}]}],
        },
        "auth": {
            "type": "object",
            "description": "Basic credentials (sent by the client's own helper, UTF-8) or a bearer token.",
            "additionalProperties": False,
            "minProperties": 1,
            "maxProperties": 1,
            "properties": {
                "basic": {
                    "type": "object", "additionalProperties": False, "required": ["username", "password"],
                    "properties": {
                        "username": {**_TEXT, "allOf": [_NO_NUL, _no(":", "a Basic username cannot contain ':'")]},
                        "password": {**_TEXT, "allOf": [_NO_NUL]},
                    },
                },
                "bearer": _ref("headerValue", "The token: sent as Authorization: Bearer TOKEN."),
            },
        },
        "variable": {
            "type": ["object", "null"],
            "additionalProperties": False,
            "properties": {
                "description": {"type": ["string", "null"], "description": "What the value is, for the reader."},
                "example": {"type": ["string", "integer", "null"],
                            "description": "The value `verify` uses when no --var gives one."},
                "secret": {"type": "boolean", "default": False,
                           "description": "Mask the value where it is shown (3 characters, then *****MASKED*****)."},
            },
        },
    }


def _not_header(name: str, message: str) -> dict[str, Any]:
    """Header names must not be name (in any case), in mapping or pairs form."""
    named = {"not": {"type": "string", "pattern": "^" + _any_case(name) + "$"}, "errorMessage": message}
    return {"propertyNames": named, "items": {"items": [named]}}


def _request() -> dict[str, Any]:
    form_content_type = {"type": "string", "pattern": _FORM_VALUE,
                         "errorMessage": f"a form body is sent as {DEFAULT_CONTENT_TYPES['form']}"}
    return {
        "type": "object",
        "description": "The one HTTP request the spec describes.",
        "additionalProperties": False,
        "required": ["url"],
        "properties": {
            "method": {
                "type": "string", "default": "GET",
                "description": "An upper-case token, e.g. GET, POST or PURGE. GET and HEAD take no body.",
                # No placeholder: one left without a --var value is no method, so the spec would not render.
                "pattern": "^[!#$%&'*+.^_`|~0-9A-Z-]+$",
                "not": {"const": "CONNECT"},
            },
            "url": {
                "type": "string",
                "description": "http or https, with a host; {name} placeholders may stand anywhere. "
                               "No #fragment and no user:pass@.",
                "pattern": "^" + _any_case("http") + "[Ss]?://"
                           r"(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\]|[^/?#@:\[]*" + PLACEHOLDER + "[^/?#@:]*)"
                           f"(?::(?:{_PORT}|[0-9]*(?:{PLACEHOLDER}[0-9]*)+))?"
                           "(?:[/?][^#]*)?$",
                "allOf": [_NO_NUL],
            },
            "query": _ref("queryPairs", "Query parameters, after any in the URL: a mapping, or [name, value] pairs;"
                                        " a null value is a bare name."),
            "headers": _ref("headers", "Request headers: a mapping, or [name, value] pairs (names may repeat)."
                                       " Content headers may go on a request without a body."),
            "cookies": _ref("cookies", "Cookies, sent as one Cookie header in the order given."),
            "auth": _ref("auth"),
            "form": _ref("pairs", "A form body (application/x-www-form-urlencoded), encoded in the order given."),
            "json": {"description": "A JSON body: sent as this exact JSON value."},
            "text": {"type": "string", "allOf": [_NO_NUL], "description": "A text body, sent byte for byte as UTF-8."},
            "multipart": {"type": "array", "minItems": 1, "items": _ref("part"),
                          "description": "A multipart/form-data body: text and file parts, in order."},
            "file": {"type": "string", "minLength": 1, "allOf": [_NO_NUL],
                     "description": "A body of a file's raw bytes: the path the program reads when it runs."},
        },
        "dependencies": {  # one body at most
            kind: {"properties": {other: False for other in BODY_KINDS[i + 1:]}}
            for i, kind in enumerate(BODY_KINDS[:-1])
        } | {
            "cookies": {"properties": {"headers": _not_header("cookie", "cookies: sets the Cookie header")}},
            "auth": {"properties": {"headers": _not_header("authorization", "auth: sets the Authorization header")}},
        },
        "allOf": [
            {
                # Also when method is left out: it is GET then.
                "if": {"properties": {"method": {"enum": sorted(METHODS_WITHOUT_BODY)}}},
                "then": {"properties": {kind: False for kind in BODY_KINDS}},
            },
            {
                "if": {"required": ["multipart"]},
                "then": {"properties": {"headers": _not_header(
                    "content-type", "a multipart body's content type is set by the client, with its boundary")}},
            },
            {
                "if": {"required": ["form"]},
                "then": {"properties": {"headers": _content_type_header({}, form_content_type)}},
            },
        ],
    }


def _response() -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["status"],
        "properties": {
            "status": {"type": "integer", "minimum": 100, "maximum": 599},
            "description": {"type": ["string", "null"]},
            "headers": {**_pairs("responseHeaderName", "headerValue"),
                        "description": "Response headers as shown and served; the body's content type by default."},
            "json": {"description": "A JSON body, shown and served indented by 2."},
            "text": {"type": "string", "allOf": [_NO_NUL], "description": "A text body, shown and served as written."},
        },
        "dependencies": {"json": {"properties": {"text": False}}},
        "allOf": [{"if": {"properties": {"status": {"anyOf": [{"maximum": 199}, {"enum": [204, 304]}]}}},
                   "then": {"properties": {"json": False, "text": False}}}],
    }


def build() -> dict[str, Any]:
    """The JSON Schema of a spec file, as a dict."""
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": "snippetgen spec",
        "description": "One HTTP request, rendered by snippetgen as code for many languages.",
        "type": "object",
        "additionalProperties": False,
        "required": ["request"],
        "properties": {
            "title": {"type": ["string", "null"], "description": "The Markdown page title."},
            "description": {"type": ["string", "null"]},
            "variables": {
                "type": ["object", "null"],
                "description": "Placeholders, written {name} in any string of the request.",
                "propertyNames": {
                    "pattern": f"^{NAME_PATTERN}$",
                    "errorMessage": "a variable name is letters, digits and _, not starting with a digit",
                },
                "additionalProperties": _ref("variable"),
            },
            "request": _request(),
            "responses": {"type": ["array", "null"], "items": _response(),
                          "description": "Example responses, shown under the code; verify serves the first 2xx one."},
        },
        "definitions": _definitions(),
    }


def text() -> str:
    """The schema as the JSON text committed in snippetgen/spec.schema.json."""
    return json.dumps(build(), indent=2, ensure_ascii=False) + "\n"
