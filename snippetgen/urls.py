"""URL text with placeholders -> parts, and percent-encoding that leaves placeholders alone.

Standard URL parsers lowercase, percent-encode or reject `{yourDomain}`; this one
splits on the structural characters only, so a placeholder survives anywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote_plus

_URL = re.compile(
    r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?P<authority>[^/?#]*)"
    r"(?P<path>[^?#]*)(?:\?(?P<query>[^#]*))?(?:#(?P<fragment>.*))?\Z",
    re.DOTALL,
)
_PORT = re.compile(r"(?P<host>\[[^\]]*\]|[^:]*)(?::(?P<port>[^:]*))?\Z")
# Characters a path may carry raw (RFC 3986 pchar and "/"), and "%" of a valid escape.
_PATH_SAFE = "/:@!$&'()*+,;=-._~"
_QUERY_SAFE = "-._~"  # `@` would also make curl's --data-urlencode read a file
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


class UrlError(ValueError):
    """The URL text cannot describe a request; the message says why."""


@dataclass(frozen=True)
class UrlParts:
    scheme: str
    authority: str  # host[:port] as written, placeholders unexpanded
    host: str
    port: str | None
    path: str
    query: list[tuple[str, str | None]]


def split(url: str) -> UrlParts:
    """Split URL text (placeholders unexpanded) into scheme, host, port, raw path, decoded query."""
    match = _URL.match(url)
    if not match:
        raise UrlError("must be an absolute URL starting with http:// or https://")
    scheme = match["scheme"].lower()
    if scheme not in ("http", "https"):
        raise UrlError(f"scheme {match['scheme']!r} is not http or https")
    if match["fragment"] is not None:
        raise UrlError("a #fragment is never sent to the server; remove it")
    authority = match["authority"]
    if "@" in authority:
        raise UrlError("credentials in the URL are not sent by every client; use an Authorization header")
    host_port = split_authority(authority)
    if not host_port:
        raise UrlError(f"cannot read host and port from {authority!r}")
    if not host_port["host"]:
        raise UrlError("has no host")
    query = match["query"]
    return UrlParts(
        scheme=scheme,
        authority=authority,
        host=host_port["host"],
        port=host_port["port"],
        path=match["path"] or "/",
        query=parse_query(query) if query else [],
    )


def split_authority(authority: str) -> re.Match | None:
    """`host`, `host:port` or `[v6]:port` -> a match with groups host and port (None without one)."""
    return _PORT.match(authority)


def parse_query(query: str) -> list[tuple[str, str | None]]:
    """Decoded (name, value) pairs; `flag` with no `=` reads as ("flag", None), a bare name."""
    pairs = []
    for item in query.split("&"):
        if item:
            name, equals, value = item.partition("=")
            pairs.append((unquote_plus(name), unquote_plus(value) if equals else None))
    return pairs


def _keep_spans(text: str, spans: list[tuple[int, int]], encode) -> str:
    out, last = [], 0
    for start, end in spans:
        out.append(encode(text[last:start]))
        out.append(text[start:end])
        last = end
    out.append(encode(text[last:]))
    return "".join(out)


def encode_path(path: str, keep: list[tuple[int, int]]) -> str:
    """Percent-encode what a path cannot carry raw; keep valid %XX escapes and the kept spans."""

    def encode(chunk: str) -> str:
        parts, last = [], 0
        for m in _ESCAPE.finditer(chunk):
            parts.append(quote(chunk[last:m.start()], safe=_PATH_SAFE))
            parts.append(m.group(0))
            last = m.end()
        parts.append(quote(chunk[last:], safe=_PATH_SAFE))
        return "".join(parts)

    return _keep_spans(path, keep, encode)


def encode_component(text: str, keep: list[tuple[int, int]]) -> str:
    """Percent-encode a query or form name or value; kept spans (placeholders) stay raw."""
    return _keep_spans(text, keep, lambda chunk: quote(chunk, safe=_QUERY_SAFE))

