"""The normalized Request that every template reads, and its parts.

normalize.py turns a Spec and values into one; the rules it applies live in httprules.py.
Templates read only these fields and properties, never the Spec.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any


# How a client that keeps one value per header name joins repeated ones (RFC 9110 5.3; cookies RFC 6265).
_JOINERS = {"cookie": "; "}


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
class Part:
    """One multipart part: text (value) or file (path, with filename and content type always set)."""

    name: str
    value: str | None = None
    path: str | None = None  # where the program reads the file's bytes when it runs
    filename: str | None = None
    content_type: str | None = None
    filename_given: bool = False  # False: filename is the path's base name, as most clients default it

    @property
    def is_file(self) -> bool:
        return self.path is not None


@dataclass(frozen=True)
class Body:
    kind: str  # form | json | text | multipart | file
    form: tuple[FormField, ...] = ()
    json: Any = None
    text: str = ""
    parts: tuple[Part, ...] = ()
    path: str = ""  # the file body's path

    @property
    def form_pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple((f.name, f.value) for f in self.form)

    @property
    def has_repeated_names(self) -> bool:
        names = [field.name for field in self.form] or [part.name for part in self.parts]
        return len(names) != len(set(names))

    @property
    def file_parts(self) -> tuple[Part, ...]:
        return tuple(part for part in self.parts if part.is_file)

    @property
    def text_parts(self) -> tuple[Part, ...]:
        return tuple(part for part in self.parts if not part.is_file)

    @property
    def files(self) -> tuple[str, ...]:
        """Every path the program reads, in order."""
        return (self.path,) if self.kind == "file" else tuple(part.path for part in self.file_parts)


@dataclass(frozen=True)
class BasicAuth:
    """Basic credentials, sent as UTF-8 `username:password` in base64 by the client's own helper."""

    username: str
    password: str

    @property
    def header_value(self) -> str:
        """What the Authorization header must carry (for comparison; snippets compute it in code)."""
        token = f"{self.username}:{self.password}".encode("utf-8")
        return "Basic " + base64.b64encode(token).decode("ascii")


@dataclass(frozen=True)
class Request:
    method: str
    scheme: str
    host: str
    port: str | None
    path: str
    query: tuple[tuple[str, str | None], ...]  # a None value is a bare name (`?flag`)
    query_string: str  # encoded, placeholders raw; "" when there is no query
    headers: tuple[Header, ...]  # in order, a name may repeat; never Authorization when auth is set
    body: Body | None
    auth: BasicAuth | None = None

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
    def has_bare_query_names(self) -> bool:
        return any(value is None for _, value in self.query)

    @property
    def content_type(self) -> str | None:
        return next((h.value for h in self.headers if h.name.lower() == "content-type"), None)

    @property
    def headers_except_content_type(self) -> tuple[Header, ...]:
        return tuple(h for h in self.headers if h.name.lower() != "content-type")

    @property
    def header_pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple((h.name, h.value) for h in self.headers)

    @property
    def has_repeated_headers(self) -> bool:
        names = [h.name.lower() for h in self.headers]
        return len(names) != len(set(names))

    @property
    def joined_headers(self) -> tuple[Header, ...]:
        """One header per name, repeated values joined (`, `, or `; ` for Cookie), where the first stood."""
        joined: dict[str, Header] = {}
        for header in self.headers:
            lower = header.name.lower()
            if lower in joined:
                first = joined[lower]
                joined[lower] = Header(first.name, first.value + _JOINERS.get(lower, ", ") + header.value)
            else:
                joined[lower] = header
        return tuple(joined.values())

    @property
    def joined_header_pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple((h.name, h.value) for h in self.joined_headers)


def build_request(spec, values: dict[str, str] | None = None, *, display: bool = False) -> Request:
    """The request the spec describes once `values` fill its placeholders.

    display: the values are the masked ones shown to a reader, and the same spec has
    already been built with the real values; a mask then stands in for a checked host."""
    from .normalize import RequestBuilder

    return RequestBuilder(spec, values or {}, display=display).build()
