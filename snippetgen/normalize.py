"""Spec + variable values -> the Request every template reads.

Values are substituted first and checked after, by the rules of httprules.py, so a
--var value is held to the same rules as the spec's own text.  Messages name the
spec's key path and never echo a filled value: it may be a secret.
"""

from __future__ import annotations

import json
from typing import Any

from . import httprules as rules
from . import urls
from .request import BasicAuth, Body, FormField, Header, Part, Request
from .spec import Spec
from .variables import MASK, PLACEHOLDER, placeholder_spans, substitute
from .yaml_reader import path_join

def _utf8_ok(value: Any) -> bool:
    """Whether every string (and key) of a JSON value is valid Unicode, at C speed."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class RequestBuilder:
    def __init__(self, spec: Spec, values: dict[str, str], *, display: bool = False):
        self.spec = spec
        self.values = values
        self.display = display
        # Placeholders that stay verbatim: declared and given no value.
        self.open_names = frozenset(spec.variables) - frozenset(values)

    def fill(self, text: str) -> str:
        return substitute(text, self.values)

    def keep(self, text: str) -> list[tuple[int, int]]:
        return placeholder_spans(text, self.open_names)

    def stand_in(self, text: str, word: str) -> str:
        """text with each unfilled placeholder replaced by word, to check the text around them."""
        for start, end in reversed(self.keep(text)):
            text = text[:start] + word + text[end:]
        return text

    def check(self, problem: str | None, path: str) -> None:
        if problem:
            raise self.spec.error(problem, path)

    def text(self, text: str, path: str, *, nul: bool = False) -> str:
        """text with its placeholders filled, checked to be sendable."""
        filled = self.fill(text)
        self.check(rules.text_problem(filled, nul=nul), path)
        return filled

    def build(self) -> Request:
        spec = self.spec
        method = self.method()
        try:
            parts = urls.split(spec.url)
        except urls.UrlError as exc:
            raise spec.error(str(exc), "request.url") from None
        host, port = self.authority(parts.authority)
        path = self.text(parts.path, "request.url")
        self.check(rules.path_problem(path), "request.url")
        query = [(self.fill(n), None if v is None else self.fill(v), "request.url") for n, v in parts.query]
        query += [(self.fill(p.name), None if p.value is None else self.fill(p.value), p.path) for p in spec.query]
        for name, value, key_path in query:
            self.check(rules.text_problem(name) or (value and rules.text_problem(value)), key_path)
            if not name:
                raise spec.error("a query parameter needs a name", key_path)
        body = self.body(method)
        auth, auth_header = self.auth()
        return Request(
            method=method,
            scheme=parts.scheme,
            host=host,
            port=port,
            path=urls.encode_path(path, self.keep(path)),
            query=tuple((n, v) for n, v, _ in query),
            query_string="&".join(
                urls.encode_component(n, self.keep(n))
                + ("" if v is None else "=" + urls.encode_component(v, self.keep(v)))
                for n, v, _ in query
            ),
            headers=self.headers(body, auth_header),
            body=body,
            auth=auth,
        )

    def authority(self, authority: str) -> tuple[str, str | None]:
        """Host and port from the authority text filled: a value may carry `host:port` or `[::1]:8443`."""
        filled = self.fill(authority)
        used = [m.group(1) for m in PLACEHOLDER.finditer(authority) if m.group(1) in self.values]
        blame = f" (from the value of {', '.join(used)})" if used else ""
        # Unfilled placeholders stand for a name while checking; a display mask for a checked value.
        probe = self.stand_in(filled, "placeholder")
        if self.display:
            probe = probe.replace(MASK, "masked")
        match = urls.split_authority(probe)
        if not match or not match["host"] or not rules.HOST.match(match["host"]):
            raise self.spec.error(
                "the host must be a name, an IPv4 address or a bracketed IPv6 address, optionally with"
                f" :port{blame} (write an international name in its xn-- form)", "request.url")
        problem = rules.host_problem(match["host"])
        if problem:
            raise self.spec.error(problem + blame, "request.url")
        port = match["port"]
        if port is not None and not (rules.PORT.match(port) and 0 < int(port) < 65536) and port != "placeholder" \
                and not (self.display and "masked" in port):
            raise self.spec.error(f"the port must be a number from 1 to 65535{blame}", "request.url")
        # The same split on the real text (a kept placeholder has no ':' or ']' in it).
        split = urls.split_authority(filled)
        return split["host"], split["port"]

    def method(self) -> str:
        method = self.fill(self.spec.method)
        if not rules.TOKEN.match(method):
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
        if method in rules.METHODS_WITHOUT_BODY:
            raise self.spec.error(f"a {method} request cannot have a body in every client (fetch refuses it)",
                                  spec_body.path)
        kind = spec_body.kind
        if kind == "form":
            fields = []
            for pair in spec_body.value:
                name, value = self.text(pair.name, pair.path), self.text(pair.value, pair.path)
                if not name:
                    raise self.spec.error("a form field needs a name", pair.path)
                fields.append(FormField(name, value, urls.encode_component(name, self.keep(name))))
            return Body("form", form=tuple(fields))
        if kind == "json":
            return Body("json", json=self.fill_json(spec_body.value, spec_body.path))
        if kind == "multipart":
            return Body("multipart", parts=tuple(self.part(part) for part in spec_body.value))
        if kind == "file":
            return Body("file", path=self.file_path(spec_body.value, spec_body.path))
        return Body("text", text=self.text(spec_body.value, spec_body.path))

    def file_path(self, text: str, path: str) -> str:
        filled = self.text(text, path)
        if not filled:
            raise self.spec.error("a file path cannot be empty", path)
        return filled

    def part(self, spec_part) -> Part:
        key = spec_part.path
        name = self.text(spec_part.name, f"{key}.name")
        self.check(rules.part_name_problem(name, "name"), f"{key}.name")
        if spec_part.file is None:
            return Part(name, value=self.text(spec_part.value, f"{key}.value"))
        file = self.file_path(spec_part.file, f"{key}.file")
        if spec_part.filename is None:
            filename, filename_key = rules.base_name(file), f"{key}.file"
            if not filename:
                raise self.spec.error("the path names a folder; give a filename", filename_key)
        else:
            filename, filename_key = self.text(spec_part.filename, f"{key}.filename"), f"{key}.filename"
        self.check(rules.part_name_problem(filename, "filename"), filename_key)
        content_type = rules.OCTET_STREAM
        if spec_part.content_type is not None:
            content_type = self.fill(spec_part.content_type)
            probe = self.stand_in(content_type, "x")  # an unfilled placeholder stands for a token
            self.check(rules.header_value_problem(content_type) or rules.media_type_problem(probe),
                       f"{key}.content-type")
        return Part(name, path=file, filename=filename, content_type=content_type,
                    filename_given=spec_part.filename is not None)

    def fill_json(self, value: Any, path: str) -> Any:
        if path == self.spec.body.path and not self.values and _utf8_ok(value):
            return value  # nothing to fill and no lone surrogate: the spec's own value, unchanged
        if isinstance(value, str):
            return self.text(value, path, nul=True)
        if isinstance(value, list):
            return [self.fill_json(item, path_join(path, i)) for i, item in enumerate(value)]
        if isinstance(value, dict):
            result = {}
            for key, item in value.items():
                # path_join, as spec.py does: a key such as "a b" is quoted in the path and found in lines.
                key_path = path_join(path, key)
                filled = self.text(key, key_path, nul=True)  # a placeholder in a key is filled too
                if filled in result:
                    raise self.spec.error("two keys of this object are the same once placeholders are filled",
                                          key_path)
                result[filled] = self.fill_json(item, key_path)
            return result
        return value

    def auth(self) -> tuple[BasicAuth | None, Header | None]:
        """Basic credentials for the client's helper, or a bearer token as the Authorization header."""
        auth = self.spec.auth
        if auth is None:
            return None, None
        if auth.kind == "bearer":
            token = self.fill(auth.token)
            self.check(rules.header_value_problem(token) or (not token and "a bearer token cannot be empty"),
                       auth.path)
            return None, Header("Authorization", f"Bearer {token}")
        username = self.text(auth.username, f"{auth.path}.username")
        self.check(rules.basic_username_problem(username), f"{auth.path}.username")
        return BasicAuth(username, self.text(auth.password, f"{auth.path}.password")), None

    def headers(self, body: Body | None, auth_header: Header | None) -> tuple[Header, ...]:
        spec = self.spec
        result: list[Header] = []
        content_type_path = None
        for pair in spec.headers:
            name, value = self.fill(pair.name), self.fill(pair.value)
            lower = name.lower()
            # Messages name the header as the spec writes it: the filled name may hold a secret.
            self.check(rules.header_name_problem(name), pair.path)
            if lower in rules.CLIENT_HEADERS:
                raise spec.error(f"{pair.name} is set by the HTTP client itself; remove it", pair.path)
            if lower == "content-type":
                if content_type_path is not None:
                    raise spec.error("a request has one content type; give content-type once", pair.path)
                content_type_path = pair.path
            if lower == "authorization" and spec.auth is not None:
                raise spec.error("auth: sets the Authorization header; remove this one or auth:", pair.path)
            if lower == "cookie" and spec.cookies:
                raise spec.error("cookies: sets the Cookie header; remove this one or cookies:", pair.path)
            self.check(rules.header_value_problem(value), pair.path)
            result.append(Header(name, value))
        if auth_header is not None:
            result.append(auth_header)
        cookies = self.cookies()
        if cookies is not None:
            result.append(cookies)
        content_type = next((h.value for h in result if h.name.lower() == "content-type"), None)
        if body is None:
            return tuple(result)
        if body.kind == "multipart":
            if content_type is not None:
                raise spec.error("a multipart body's content type is set by the client, with its boundary;"
                                 " remove the content-type header", content_type_path)
        elif content_type is None:
            result.append(Header("Content-Type", rules.DEFAULT_CONTENT_TYPES[body.kind]))
        elif body.kind == "form" and rules.media_type(content_type) != rules.DEFAULT_CONTENT_TYPES["form"]:
            raise spec.error("a form body is sent as application/x-www-form-urlencoded", content_type_path)
        return tuple(result)

    def cookies(self) -> Header | None:
        if not self.spec.cookies:
            return None
        crumbs = []
        for pair in self.spec.cookies:
            name, value = self.fill(pair.name), self.fill(pair.value)
            self.check(rules.cookie_problem(name, value), pair.path)
            crumbs.append(f"{name}={value}")
        return Header("Cookie", "; ".join(crumbs))
