"""Spec + variable values -> the normalized Request that every template reads.

All HTTP rules live here, once: what a method, header or URL may hold, which
content type a body implies, how the URL is encoded.  Values are substituted
first and checked after, so a --var value is held to the same rules as the spec.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from . import urls
from .spec import Spec
from .variables import MASK, placeholder_spans, substitute
from .yamlsource import path_join

TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+\Z")
_HOST = re.compile(r"[A-Za-z0-9.-]+\Z|\[[0-9A-Fa-f:.]+\]\Z")
_PORT = re.compile(r"[0-9]{1,5}\Z")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Set by the client from the connection or the body; a snippet must not fight it.
CLIENT_HEADERS = frozenset({
    "host", "content-length", "transfer-encoding", "connection", "keep-alive",
    "upgrade", "te", "trailer", "expect", "proxy-connection",
})
METHODS_WITHOUT_BODY = frozenset({"GET", "HEAD"})
DEFAULT_CONTENT_TYPES = {
    "form": "application/x-www-form-urlencoded",
    "json": "application/json",
    "text": "text/plain; charset=utf-8",
}


@dataclass(frozen=True)
class Header:
    name: str
    value: str


@dataclass(frozen=True)
class FormField:
    name: str
    value: str
    encoded_name: str  # percent-encoded, for clients that join the body by hand


@dataclass(frozen=True)
class Body:
    kind: str  # form | json | text
    form: tuple[FormField, ...] = ()
    json: Any = None
    text: str = ""

    @property
    def form_pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple((f.name, f.value) for f in self.form)

    @property
    def has_repeated_names(self) -> bool:
        names = [field.name for field in self.form]
        return len(names) != len(set(names))


@dataclass(frozen=True)
class Request:
    method: str
    scheme: str
    host: str
    port: str | None
    path: str
    query: tuple[tuple[str, str], ...]
    query_string: str  # encoded, placeholders raw; "" when there is no query
    headers: tuple[Header, ...]
    body: Body | None

    @property
    def netloc(self) -> str:
        return self.host if self.port is None else f"{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://{self.netloc}{self.path}"

    @property
    def url(self) -> str:
        return self.base_url + (f"?{self.query_string}" if self.query_string else "")

    @property
    def target(self) -> str:
        """Path and query, as the request line carries them."""
        return self.path + (f"?{self.query_string}" if self.query_string else "")

    @property
    def content_type(self) -> str | None:
        return next((h.value for h in self.headers if h.name.lower() == "content-type"), None)

    @property
    def headers_except_content_type(self) -> tuple[Header, ...]:
        return tuple(h for h in self.headers if h.name.lower() != "content-type")

    @property
    def header_pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple((h.name, h.value) for h in self.headers)


def _utf8_ok(value: Any) -> bool:
    """Whether every string (and key) of a JSON value is valid Unicode, at C speed."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def build_request(spec: Spec, values: dict[str, str] | None = None) -> Request:
    """The request the spec describes once `values` fill its placeholders."""
    return _Builder(spec, values or {}).build()


class _Builder:
    def __init__(self, spec: Spec, values: dict[str, str]):
        self.spec = spec
        self.values = values
        # Placeholders that stay verbatim: declared and given no value.
        self.open_names = frozenset(spec.variables) - frozenset(values)

    def fill(self, text: str) -> str:
        return substitute(text, self.values)

    def keep(self, text: str) -> list[tuple[int, int]]:
        return placeholder_spans(text, self.open_names)

    def check_text(self, text: str, path: str, *, nul: bool = False) -> str:
        if not text.isascii() and _SURROGATE.search(text):
            raise self.spec.error("contains a lone surrogate, which is not valid Unicode", path)
        if not nul and "\0" in text:
            raise self.spec.error("contains a NUL character, which a shell argument cannot carry", path)
        return text

    def build(self) -> Request:
        spec = self.spec
        method = self.method()
        try:
            parts = urls.split(spec.url)
        except urls.UrlError as exc:
            raise spec.error(str(exc), "request.url") from None
        host = self.check_text(self.fill(parts.host), "request.url")
        # MASK: the display copy masks a secret that was checked unmasked; "*" is no host character.
        if not (self.keep(host) or MASK in host or _HOST.match(host)):
            raise spec.error(
                "the host must be a name, an IPv4 address or a bracketed IPv6 address"
                " (write an international name in its xn-- form)", "request.url")
        port = None if parts.port is None else self.fill(parts.port)
        if port is not None and not (self.keep(port) or MASK in port
                                     or (_PORT.match(port) and 0 < int(port) < 65536)):
            raise spec.error("the port must be a number from 1 to 65535", "request.url")
        path = self.check_text(self.fill(parts.path), "request.url")
        query = [(self.fill(n), self.fill(v), "request.url") for n, v in parts.query]
        query += [(self.fill(p.name), self.fill(p.value), p.path) for p in spec.query]
        for name, value, path_key in query:
            self.check_text(name, path_key)
            self.check_text(value, path_key)
            if not name:
                raise spec.error("a query parameter needs a name", path_key)
        body = self.body(method)
        return Request(
            method=method,
            scheme=parts.scheme,
            host=host,
            port=port,
            path=urls.encode_path(path, self.keep(path)),
            query=tuple((n, v) for n, v, _ in query),
            query_string="&".join(
                urls.encode_component(n, self.keep(n)) + "=" + urls.encode_component(v, self.keep(v))
                for n, v, _ in query
            ),
            headers=self.headers(body),
            body=body,
        )

    def method(self) -> str:
        method = self.fill(self.spec.method)
        if not TOKEN.match(method):
            raise self.spec.error("a method is a token: letters, digits and !#$%&'*+.^_`|~-", "request.method")
        if method != method.upper():
            # Only echo the method when it is the spec's own text: a --var value may be a secret.
            hint = f" ({method.upper()!r})" if method == self.spec.method else ""
            raise self.spec.error(f"write the method in upper case{hint}: several clients upper-case it",
                                  "request.method")
        if method == "CONNECT":
            raise self.spec.error("CONNECT opens a tunnel; it is not a request a snippet can show",
                                  "request.method")
        return method

    def body(self, method: str) -> Body | None:
        spec_body = self.spec.body
        if spec_body is None:
            return None
        if method in METHODS_WITHOUT_BODY:
            raise self.spec.error(f"a {method} request cannot have a body in every client (fetch refuses it)",
                                  spec_body.path)
        if spec_body.kind == "form":
            fields = []
            for pair in spec_body.value:
                name = self.check_text(self.fill(pair.name), pair.path)
                value = self.check_text(self.fill(pair.value), pair.path)
                if not name:
                    raise self.spec.error("a form field needs a name", pair.path)
                fields.append(FormField(name, value, urls.encode_component(name, self.keep(name))))
            return Body("form", form=tuple(fields))
        if spec_body.kind == "json":
            return Body("json", json=self.fill_json(spec_body.value, spec_body.path))
        return Body("text", text=self.check_text(self.fill(spec_body.value), spec_body.path))

    def fill_json(self, value: Any, path: str) -> Any:
        if path == self.spec.body.path and not self.values and _utf8_ok(value):
            return value  # nothing to fill and no lone surrogate: the spec's own value, unchanged
        if isinstance(value, str):
            return self.check_text(self.fill(value), path, nul=True)
        if isinstance(value, list):
            return [self.fill_json(item, path_join(path, i)) for i, item in enumerate(value)]
        if isinstance(value, dict):
            result = {}
            for key, item in value.items():
                # path_join, as spec.py does: a key such as "a b" is quoted in the path and found in lines.
                key_path = path_join(path, key)
                result[self.check_text(key, key_path, nul=True)] = self.fill_json(item, key_path)
            return result
        return value

    def headers(self, body: Body | None) -> tuple[Header, ...]:
        result: list[Header] = []
        seen: set[str] = set()
        content_type_path = "request.headers"
        for pair in self.spec.headers:
            name, value = self.fill(pair.name), self.fill(pair.value)
            lower = name.lower()
            if not TOKEN.match(name):
                raise self.spec.error("a header name is a token: letters, digits and !#$%&'*+.^_`|~-", pair.path)
            # Messages name the header as the spec writes it: the filled name may hold a secret.
            if lower in seen:
                raise self.spec.error(f"header {pair.name!r} is given twice; join the values with ', '",
                                      pair.path)
            if lower in CLIENT_HEADERS:
                raise self.spec.error(f"{pair.name} is set by the HTTP client itself; remove it", pair.path)
            if lower == "content-type":
                content_type_path = pair.path  # so its errors point at the header, not at `headers:`
            self.check_header_value(value, pair.path)
            seen.add(lower)
            result.append(Header(name, value))
        content_type = next((h.value for h in result if h.name.lower() == "content-type"), None)
        if body is None and content_type is not None:
            raise self.spec.error("a content-type header needs a body to describe", content_type_path)
        if body is not None and content_type is None:
            result.append(Header("Content-Type", DEFAULT_CONTENT_TYPES[body.kind]))
        elif body is not None and body.kind == "form":
            if content_type.split(";")[0].strip().lower() != DEFAULT_CONTENT_TYPES["form"]:
                raise self.spec.error("a form body is sent as application/x-www-form-urlencoded",
                                      content_type_path)
        return tuple(result)

    def check_header_value(self, value: str, path: str) -> None:
        for ch in value:
            if ch in "\r\n\0":
                raise self.spec.error("a header value cannot contain CR, LF or NUL", path)
            if not (ch == "\t" or " " <= ch <= "~"):
                raise self.spec.error(
                    "a header value must be printable ASCII (clients disagree on other bytes);"
                    " percent-encode it or use RFC 8187", path)
        if value != value.strip(" \t"):
            raise self.spec.error("a header value cannot start or end with whitespace (HTTP strips it)", path)
