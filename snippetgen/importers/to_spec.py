"""A Draft held to the spec rules of request.py: what a spec cannot say goes through the Policy."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote_to_bytes

from .. import urls
from ..errors import SpecError
from ..httprules import CLIENT_HEADERS, METHODS_WITHOUT_BODY, TOKEN
from ..request import build_request
from ..spec import parse_spec
from ..variables import PLACEHOLDER
from .errors import SourceError
from .bodies import media_type
from .common import FORM_TYPE, Draft, Imported, Origin, Policy
from ..httprules import cookie_problem, header_value_problem
from .parts import part_problem
from .spec_yaml import to_yaml

# Client-set headers that only restate the connection or frame the body: left out without a word.
_RESTATED = frozenset({"content-length", "connection", "keep-alive", "proxy-connection"})
# Framing the client does its own way; the request it frames is the same.
_FRAMING = frozenset({"transfer-encoding", "expect", "te", "trailer"})
MULTIPART_TYPE = "multipart/form-data"


def decode_query(query: str) -> list[tuple[str, str | None]] | None:
    """Decoded pairs of a query string (bare names are None); None when a piece is not UTF-8."""
    pairs: list[tuple[str, str | None]] = []
    for item in query.split("&"):
        if not item:
            continue
        name, equals, value = item.partition("=")
        try:
            pairs.append((_unquote(name), _unquote(value) if equals else None))
        except UnicodeDecodeError:
            return None
    return pairs


def _unquote(text: str) -> str:
    return unquote_to_bytes(text.replace("+", " ")).decode("utf-8")


class _SpecMaker:
    def __init__(self, draft: Draft, origin: Origin, policy: Policy):
        self.draft = draft
        self.origin = origin
        self.policy = policy

    def lose(self, what: str, why: str, **options: Any) -> None:
        self.policy.lose(self.origin, what, why, **options)

    def note(self, message: str) -> None:
        self.policy.note(self.origin, message)

    def method(self) -> str:
        method = self.draft.method.strip()
        if not TOKEN.match(method):
            raise self.origin.error(f"the method {method!r} is not an HTTP token")
        if method == "CONNECT":
            raise self.origin.error("CONNECT opens a tunnel; it is not a request a spec can describe")
        if method != method.upper():
            self.lose(f"the method {method!r}", "several clients upper-case a method, so a spec writes it in "
                      "upper case", instead=f"as {method.upper()!r}")
            method = method.upper()
        return method

    def url(self) -> tuple[str, str, list[tuple[str, str | None]]]:
        """The URL without its query, its host[:port], and the query pairs (URL's first, then the draft's)."""
        url = self.draft.url.strip()
        url, hash_sign, _ = url.partition("#")
        if hash_sign:
            self.note("left out the URL's #fragment: it is never sent to the server")
        match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*://)([^/?]*)(.*)\Z", url, re.DOTALL)
        if match and "@" in match[2]:
            userinfo, _, host = match[2].rpartition("@")
            url = match[1] + host + match[3]
            self.credentials(userinfo)
        try:
            parts = urls.split(url)
        except urls.UrlError as exc:
            raise self.origin.error(f"URL {_short(url)}: {exc}") from None
        base, _, query = url.partition("?")
        pairs = decode_query(query) if query else []
        if pairs is None:
            self.lose("the URL's query", "it holds a %-escape that is not UTF-8, and a spec's query is text")
            pairs = []
        kept = []
        for name, value in [*pairs, *self.draft.query]:
            if not name:
                self.lose(f"the query piece {_short('=' + (value or ''))}", "a spec's query parameter has a name")
            elif "\0" in name or "\0" in (value or ""):
                self.lose(f"the query parameter {_short(name)}", "it holds a NUL character")
            else:
                kept.append((name, value))
        netloc = parts.host + (f":{parts.port}" if parts.port is not None else "")
        return base, netloc, kept

    def credentials(self, userinfo: str) -> None:
        """user:password@ in the URL: sent as Basic credentials (the draft's own auth wins, as in curl)."""
        if self.draft.auth is not None:
            return
        user, _, password = userinfo.partition(":")
        try:
            user, password = (unquote_to_bytes(user).decode("utf-8"), unquote_to_bytes(password).decode("utf-8"))
        except UnicodeDecodeError:
            self.lose("the URL's credentials", "they are not UTF-8 text")
            return
        if ":" in user:
            self.lose("the URL's credentials", "the user name holds ':', which Basic credentials cannot carry")
            return
        self.draft.auth = ("basic", user, password)

    def headers(self, netloc: str) -> list[tuple[str, str]]:
        kept: list[tuple[str, str]] = []
        for name, value in self.draft.headers:
            value = value.strip(" \t")
            lower = name.lower()
            if name.startswith(":"):
                continue  # HTTP/2 pseudo-headers: the method, URL and host say them
            if not TOKEN.match(name):
                self.lose(f"header {_short(name)}", "a header name is a token")
                continue
            if lower in _RESTATED or (lower == "host" and value.lower() == netloc.lower()):
                continue
            if lower in _FRAMING:
                self.note(f"left out {name}: the HTTP client frames the body its own way")
                continue
            if lower in CLIENT_HEADERS:
                self.lose(f"header {name}", "it is set by the HTTP client itself")
                continue
            problem = header_value_problem(value)
            if problem:
                self.lose(f"header {name}", problem)
                continue
            if (name, value) in kept and lower == "content-type":
                continue  # said twice, the same: once is the same request
            if lower == "content-type" and any(n.lower() == lower for n, _ in kept):
                self.lose(f"the second {name} header", "a request has one content type", instead="without it")
                continue
            kept.append((name, value))
        return kept

    def spec_data(self) -> dict[str, Any]:
        draft = self.draft
        method = self.method()
        url, netloc, query = self.url()
        headers = self.headers(netloc)
        auth = self.auth(headers)
        cookies = self.cookies(headers)
        body = self.body(draft.body, method, headers)

        data: dict[str, Any] = {}
        if draft.title:
            data["title"] = draft.title
        if draft.description:
            data["description"] = draft.description
        request: dict[str, Any] = {"method": method, "url": url}
        if query:
            request["query"] = pairs_value(query)
        if headers:
            request["headers"] = pairs_value(headers, fold=True)
        if cookies:
            request["cookies"] = pairs_value(cookies)
        if auth is not None:
            request["auth"] = ({"bearer": auth[1]} if auth[0] == "bearer" else
                               {"basic": {"username": auth[1], "password": auth[2]}})
        if body is not None:
            kind, value = body
            request[kind] = pairs_value(value) if kind == "form" else value
        variables = self.variables(request)
        if variables:
            data["variables"] = variables
        data["request"] = request
        if draft.responses:
            data["responses"] = draft.responses
        return data

    def auth(self, headers: list[tuple[str, str]]) -> tuple[str, ...] | None:
        auth = self.draft.auth
        if auth is not None and any(n.lower() == "authorization" for n, _ in headers):
            self.note("the credentials are not sent: the request's own Authorization header is")
            return None
        if auth is not None and auth[0] == "basic" and ":" in auth[1]:
            self.lose("the Basic credentials", "the user name holds ':'")
            return None
        return auth

    def cookies(self, headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
        cookies = self.draft.cookies
        if cookies and any(n.lower() == "cookie" for n, _ in headers):
            self.note("the cookies are not sent apart: the request's own Cookie header holds what is sent")
            return []
        kept = []
        for name, value in cookies:
            problem = cookie_problem(name, value)
            if problem:
                self.lose(f"cookie {_short(name)}", problem)
            else:
                kept.append((name, value))
        return kept

    def body(self, body: tuple[str, Any] | None, method: str, headers: list) -> tuple[str, Any] | None:
        content_type = next(((n, v) for n, v in headers if n.lower() == "content-type"), None)
        if body is None:
            return None
        if method in METHODS_WITHOUT_BODY:
            self.lose("the body", f"a {method} request cannot have one in every client (fetch refuses it)")
            return None
        kind, value = body
        if kind == "multipart":
            return self.multipart(value, headers, content_type)
        if kind == "form":
            if any("\0" in n or "\0" in v for n, v in value):
                self.lose("the form body", "it holds a NUL character, which a shell argument cannot carry")
                return None
            if content_type is not None and media_type(content_type[1]) != FORM_TYPE:
                return ("text", _form_text(value))
            return ("form", list(value))
        if kind == "text" and "\0" in value:
            self.lose("the body", "it holds a NUL character, which a shell argument cannot carry")
            return None
        if kind == "text" and content_type is None:
            self.lose("the body", "it is sent without a content type, and a spec's text body has one",
                      instead="as text/plain; charset=utf-8")
        return body

    def multipart(self, parts: list[dict[str, str]], headers: list, content_type) -> tuple[str, Any] | None:
        if content_type is not None:
            if media_type(content_type[1]) != MULTIPART_TYPE or ";" in content_type[1]:
                self.lose(f"header {content_type[0]}: {_short(content_type[1])}",
                          "a multipart body is sent as multipart/form-data with the boundary its client picks")
            headers.remove(content_type)
        kept = []
        for part in parts:
            problem = part_problem(part)
            if problem:
                self.lose(f"part {_short(part.get('name', ''))}", problem)
            else:
                kept.append(part)
        if not kept:
            self.lose("the multipart body", "no part of it can be sent as it is")
            return None
        return ("multipart", kept)

    def variables(self, request: dict[str, Any]) -> dict[str, Any]:
        """The draft's variables that the request uses, in the order declared."""
        used = placeholders_in(request)
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


def _short(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "...")


def _form_text(pairs: list[tuple[str, str]]) -> str:
    return "&".join(urls.encode_component(n, []) + "=" + urls.encode_component(v, []) for n, v in pairs)


def placeholders_in(value: Any) -> set[str]:
    """Every {name} written anywhere in a value: strings, keys, lists, tuples, mappings."""
    if isinstance(value, str):
        return set(PLACEHOLDER.findall(value))
    if isinstance(value, dict):
        return set().union(*(placeholders_in(k) | placeholders_in(v) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return set().union(*(placeholders_in(item) for item in value))
    return set()


def pairs_value(pairs: list[tuple[str, Any]], fold: bool = False) -> dict[str, Any] | list[list[Any]]:
    """A mapping when every name is given once (in any letter case, with fold), else [name, value] pairs."""
    names = [name.lower() if fold else name for name, _ in pairs]
    if len(set(names)) == len(names):
        return dict(pairs)
    return [[name, value] for name, value in pairs]


def to_spec(draft: Draft, origin: Origin, policy: Policy, name: str, comment: str | None = None) -> Imported:
    """Spec data, YAML text and the loaded Spec for draft; SourceError when no spec can say it."""
    data = _SpecMaker(draft, origin, policy).spec_data()
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
