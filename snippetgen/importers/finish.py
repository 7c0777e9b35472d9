"""A Draft held to the spec rules of request.py: what a spec cannot say is left out with a warning."""

from __future__ import annotations

import base64
import re
from typing import Any
from urllib.parse import unquote_to_bytes

from .. import urls
from ..errors import SpecError
from ..request import CLIENT_HEADERS, DEFAULT_CONTENT_TYPES, METHODS_WITHOUT_BODY, TOKEN, build_request
from ..spec import parse_spec
from .errors import SourceError
from .bodies import media_type
from .common import FORM_TYPE, Draft, Imported, Origin, Warn
from .yamltext import to_yaml

# Client-set headers that only restate the connection or the body: left out without a word.
_RESTATED = frozenset({"content-length", "connection", "keep-alive", "proxy-connection"})


def _header_problem(value: str) -> str | None:
    for ch in value:
        if ch in "\r\n\0":
            return "its value holds CR, LF or NUL"
        if not (ch == "\t" or " " <= ch <= "~"):
            return "its value is not printable ASCII"
    return None


def _basic(userinfo: str) -> str:
    user, _, password = userinfo.partition(":")
    raw = unquote_to_bytes(user) + b":" + unquote_to_bytes(password)
    return "Basic " + base64.b64encode(raw).decode("ascii")


class _Finisher:
    def __init__(self, draft: Draft, origin: Origin, warn: Warn):
        self.draft = draft
        self.origin = origin
        self.warn = lambda message: warn(origin.warning(message))

    def method(self) -> str:
        method = self.draft.method.strip()
        if not TOKEN.match(method):
            raise self.origin.error(f"the method {method!r} is not an HTTP token")
        if method != method.upper():
            self.warn(f"the method {method!r} is written {method.upper()!r}: several clients upper-case it")
            method = method.upper()
        if method == "CONNECT":
            raise self.origin.error("CONNECT opens a tunnel; it is not a request a spec can describe")
        return method

    def url(self) -> tuple[str, str, list[tuple[str, str]], str | None]:
        """The URL without its query, its host[:port], the query pairs, and a header for credentials in it."""
        url = self.draft.url.strip()
        url, hash_sign, _ = url.partition("#")
        if hash_sign:
            self.warn("left out the URL's #fragment: it is never sent to the server")
        match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*://)([^/?]*)(.*)\Z", url, re.DOTALL)
        authorization = None
        if match and "@" in match[2]:
            userinfo, _, host = match[2].rpartition("@")
            authorization = _basic(userinfo)
            url = match[1] + host + match[3]
        try:
            parts = urls.split(url)
        except urls.UrlError as exc:
            raise self.origin.error(f"URL {_short(url)}: {exc}") from None
        base, _, query = url.partition("?")
        netloc = parts.host + (f":{parts.port}" if parts.port is not None else "")
        return base, netloc, (urls.parse_query(query) if query else []) + list(self.draft.query), authorization

    def headers(self, netloc: str) -> tuple[list[tuple[str, str]], list[str]]:
        """Headers the spec can send, joined by name; and the client-set ones left out with a word."""
        kept: dict[str, tuple[str, str]] = {}
        noted = []
        for name, value in self.draft.headers:
            value = value.strip(" \t")
            lower = name.lower()
            if name.startswith(":"):
                continue  # HTTP/2 pseudo-headers: the method, URL and host say them
            if not TOKEN.match(name):
                self.warn(f"left out header {name!r}: a header name is a token")
                continue
            if lower in CLIENT_HEADERS:
                if lower not in _RESTATED and not (lower == "host" and value.lower() == netloc.lower()):
                    noted.append(name)
                continue
            problem = _header_problem(value)
            if problem:
                self.warn(f"left out header {name}: {problem}, which clients send differently")
                continue
            if lower in kept:
                first, joined = kept[lower]
                glue = "; " if lower == "cookie" else ", "
                kept[lower] = (first, joined + glue + value if joined and value else joined or value)
            else:
                kept[lower] = (name, value)
        return list(kept.values()), noted

    def finish(self) -> dict[str, Any]:
        draft = self.draft
        method = self.method()
        url, netloc, query, authorization = self.url()
        headers, client_set = self.headers(netloc)
        if client_set:
            self.warn(f"left out {', '.join(client_set)}: set by the HTTP client itself")
        if authorization and not any(n.lower() == "authorization" for n, _ in headers):
            headers.append(("Authorization", authorization))
        body = self.body(draft.body)
        content_type = next(((n, v) for n, v in headers if n.lower() == "content-type"), None)
        if body is not None and method in METHODS_WITHOUT_BODY:
            self.warn(f"left out the body: a {method} request cannot have one in every client")
            body = None
        if body is None and content_type is not None:
            self.warn(f"left out header {content_type[0]}: there is no body for it to describe")
            headers.remove(content_type)
        elif body is not None and content_type is None and body[0] == "text":
            self.warn(f"the body has no content type; the spec sends it as {DEFAULT_CONTENT_TYPES['text']}")
        elif body is not None and content_type is not None and body[0] == "form" \
                and media_type(content_type[1]) != FORM_TYPE:
            body = ("text", _form_text(body[1]))

        data: dict[str, Any] = {}
        if draft.title:
            data["title"] = draft.title
        if draft.description:
            data["description"] = draft.description
        variables = self.variables(url, query, headers, body)
        if variables:
            data["variables"] = variables
        request: dict[str, Any] = {"method": method, "url": url}
        if query:
            request["query"] = pairs_value(query)
        if headers:
            request["headers"] = dict(headers)
        if body is not None:
            kind, value = body
            request[kind] = pairs_value(value) if kind == "form" else value
        data["request"] = request
        return data

    def body(self, body: tuple[str, Any] | None) -> tuple[str, Any] | None:
        if body is None:
            return None
        kind, value = body
        if kind == "form":
            if any("\0" in n or "\0" in v for n, v in value):
                self.warn("left out the form body: it holds a NUL character, which a shell argument cannot carry")
                return None
            return ("form", [(n, v) for n, v in value])
        if kind == "text" and "\0" in value:
            self.warn("left out the body: it holds a NUL character, which a shell argument cannot carry")
            return None
        return body

    def variables(self, *parts: Any) -> dict[str, Any]:
        """The draft's variables that the request uses, in the order declared."""
        used = set()
        for part in parts:
            used |= placeholders_in(part)
        result = {}
        for name, decl in self.draft.variables.items():
            if name not in used:
                continue
            entry: dict[str, Any] = {}
            if decl.get("description"):
                entry["description"] = decl["description"]
            if decl.get("example") is not None:
                entry["example"] = str(decl["example"])
            if decl.get("secret"):
                entry["secret"] = True
            result[name] = entry
        return result


def url_path(url: str) -> str:
    """The path of URL text, for titles and file names; "/" when there is none to find."""
    match = re.match(r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*([^?#]*)", url)
    return (match.group(1) if match else "") or "/"


def _short(text: str, limit: int = 80) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "...")


def _form_text(pairs: list[tuple[str, str]]) -> str:
    return "&".join(urls.encode_component(n, []) + "=" + urls.encode_component(v, []) for n, v in pairs)


def placeholders_in(value: Any) -> set[str]:
    """Every {name} written anywhere in a value: strings, keys, lists, tuples, mappings."""
    if isinstance(value, str):
        return set(re.findall(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", value))
    if isinstance(value, dict):
        return set().union(*(placeholders_in(k) | placeholders_in(v) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return set().union(*(placeholders_in(item) for item in value))
    return set()


def pairs_value(pairs: list[tuple[str, str]]) -> dict[str, str] | list[list[str]]:
    """A mapping when every name is given once, else a list of [name, value] pairs."""
    names = [name for name, _ in pairs]
    if len(set(names)) == len(names):
        return dict(pairs)
    return [[name, value] for name, value in pairs]


def finish(draft: Draft, origin: Origin, warn: Warn, name: str, comment: str | None = None) -> Imported:
    """Spec data, YAML text and the loaded Spec for draft; SourceError when no spec can say it."""
    data = _Finisher(draft, origin, warn).finish()
    text = (f"# {comment}\n" if comment else "") + to_yaml(data)
    try:
        spec = parse_spec(text, origin.file)
        build_request(spec)
    except SpecError as exc:
        # The YAML's lines mean nothing to the user: name the source and the spec key instead.
        where = f"{origin.path}: " if origin.path else ""
        raise SourceError(f"{where}{exc.path}: {exc.message}" if exc.path else f"{where}{exc.message}",
                          file=origin.file) from None
    spec.lines = {}
    return Imported(name=name, data=data, text=text, spec=spec)
