"""The HTTP rules a spec's values are held to, each once, as functions returning a problem or None.

The loader (request.py), the importers and the schema ask these, so a rule cannot
drift between them.  A problem is worded to follow "the value ..." / a key path.
"""

from __future__ import annotations

import re

TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+\Z")
HOST = re.compile(r"[A-Za-z0-9.-]+\Z|\[[0-9A-Fa-f:.]+\]\Z")
PORT = re.compile(r"[0-9]{1,5}\Z")
_SURROGATE = re.compile("[\ud800-\udfff]")
# Set by the client from the connection or the body; a snippet must not fight it.
CLIENT_HEADERS = frozenset({
    "host", "content-length", "transfer-encoding", "connection", "keep-alive",
    "upgrade", "te", "trailer", "expect", "proxy-connection",
})
METHODS_WITHOUT_BODY = frozenset({"GET", "HEAD"})
OCTET_STREAM = "application/octet-stream"
DEFAULT_CONTENT_TYPES = {
    "form": "application/x-www-form-urlencoded",
    "json": "application/json",
    "text": "text/plain; charset=utf-8",
    "file": OCTET_STREAM,
}
# Multipart clients escape these differently in a part's name or filename (backslash, %22,
# or not at all), and servers decode them differently: no spec can say which bytes go out.
_PART_NAME_UNSAFE = re.compile(r'["\\\r\n\0]')


_DOT_SEGMENT = re.compile(r"(?:\.|%2[eE]){1,2}\Z")
_IPV4_ISH = re.compile(r"(?:[0-9]+|0[xX][0-9A-Fa-f]*)\Z")
_DOTTED_QUAD = re.compile(r"(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}"
                          r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\Z")


def path_problem(path: str) -> str | None:
    """A `.` or `..` segment, raw or percent-encoded: some clients resolve it, others send it."""
    for segment in path.split("/"):
        if _DOT_SEGMENT.match(segment):
            return (f"the path holds the segment {segment!r}, which some clients resolve and others send as"
                    " written; write the path without it")
    return None


def host_problem(host: str) -> str | None:
    """Hosts that clients read differently: `127.1`, `2130706433`, `0x7f.1`, a trailing dot."""
    if host.endswith("."):
        return "a host ending in '.' is sent as written by some clients and without the dot by others"
    if not host.startswith("[") and _IPV4_ISH.match(host.rsplit(".", 1)[-1]) and not _DOTTED_QUAD.match(host):
        return ("a host that ends in a number is an IPv4 address, and clients read short, octal or hex forms"
                " differently; write it as four decimal numbers (127.0.0.1)")
    return None


_TCHARS = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_MEDIA_TYPE = re.compile(rf"{_TCHARS}/{_TCHARS}(?:[ \t]*;[ \t]*{_TCHARS}=(?:{_TCHARS}|\"[^\"\\]*\"))*\Z")


def media_type_problem(value: str) -> str | None:
    """For a multipart part's content type: `type/subtype`, then `; name=value` parameters (RFC 9110)."""
    if not _MEDIA_TYPE.match(value):
        return "a part's content type is a media type: type/subtype, then optional ; name=value parameters"
    return None


def media_type(content_type: str) -> str:
    """`Text/HTML; charset=x` -> `text/html`."""
    return content_type.split(";")[0].strip().lower()


def text_problem(text: str, *, nul: bool = False) -> str | None:
    """What any text a snippet carries must be: valid Unicode, and no NUL unless allowed."""
    if not text.isascii() and _SURROGATE.search(text):
        return "contains a lone surrogate, which is not valid Unicode"
    if not nul and "\0" in text:
        return "contains a NUL character, which a shell argument cannot carry"
    return None


def header_name_problem(name: str) -> str | None:
    if not TOKEN.match(name):
        return "a header name is a token: letters, digits and !#$%&'*+.^_`|~-"
    return None


def header_value_problem(value: str) -> str | None:
    for ch in value:
        if ch in "\r\n\0":
            return "a header value cannot contain CR, LF or NUL"
        if not (ch == "\t" or " " <= ch <= "~"):
            return ("a header value must be printable ASCII (clients disagree on other bytes);"
                    " percent-encode it or use RFC 8187")
    if value != value.strip(" \t"):
        return "a header value cannot start or end with whitespace (HTTP strips it)"
    return None


def cookie_problem(name: str, value: str) -> str | None:
    if not TOKEN.match(name):
        return "a cookie name is a token: letters, digits and !#$%&'*+.^_`|~-"
    if ";" in value:
        return "a cookie value cannot contain ';', which separates cookies"
    return header_value_problem(value) if value else None


def basic_username_problem(username: str) -> str | None:
    if ":" in username:
        return "a Basic username cannot contain ':', which separates it from the password"
    return None


def part_name_problem(text: str, what: str) -> str | None:
    """For a multipart part's name or filename."""
    if not text:
        return f"a part's {what} cannot be empty"
    if _PART_NAME_UNSAFE.search(text):
        return (f"a part's {what} cannot contain '\"', '\\', CR, LF or NUL:"
                " multipart clients escape them in different ways")
    return None


def base_name(path: str) -> str:
    """The file name a path ends in, as a multipart filename defaults to it."""
    return "" if path.endswith("/") else path.rsplit("/", 1)[-1]
