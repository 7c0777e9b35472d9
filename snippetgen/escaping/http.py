"""Raw HTTP/1.1 messages (RFC 9112): no literals to escape, only the framing a message needs.

A message is not code, so there is no string literal and no PROBE: values are written as they
are (header values are printable ASCII, checked by the loader; a body is its UTF-8 text), and
these filters build what the wire format needs: CRLF line ends, the Content-Length in bytes, a
form body percent-encoded, a multipart body with its boundary.
"""

from __future__ import annotations

from typing import Iterable
from urllib.parse import quote_plus

__all__ = ["http_field", "http_form_body", "http_multipart_body", "http_content_length", "http_message"]

CRLF = "\r\n"


def http_field(value: str) -> str:
    """A value for the request line or a header line, as it is: one that would break the line is an error."""
    if "\r" in value or "\n" in value or "\0" in value:
        raise ValueError("a request line or header value cannot hold CR, LF or NUL")
    return value


def _form_encode(text: str) -> str:
    # application/x-www-form-urlencoded, space as '+', '*' raw as the WHATWG serializer leaves it
    # (a masked secret stays readable). Braces stay raw too, so that a placeholder such as
    # {clientId} stays readable: a form decoder reads a raw '{' or '}' as itself.
    return quote_plus(text, safe="*{}")


def http_form_body(fields: Iterable) -> str:
    """The urlencoded body of form fields (each with .name and .value), in order."""
    return "&".join(f"{_form_encode(field.name)}={_form_encode(field.value)}" for field in fields)


def http_multipart_body(parts: Iterable, boundary: str) -> str:
    """A multipart/form-data body of text parts (each with .name and .value), in order, CRLF-framed.

    Text parts carry no filename and no content type; names hold no '"', '\\', CR or LF (the
    loader refuses them), so they go in the quoted name as they are."""
    out = []
    for part in parts:
        if part.value is None:
            raise ValueError("a file part's bytes are read when the program runs: it cannot be written here")
        out.append(f"--{boundary}{CRLF}Content-Disposition: form-data; name=\"{part.name}\"{CRLF}{CRLF}"
                   f"{part.value}{CRLF}")
    out.append(f"--{boundary}--{CRLF}")
    return "".join(out)


def http_content_length(body: str) -> int:
    """The Content-Length of a body sent as UTF-8: its length in bytes."""
    return len(body.encode("utf-8"))


def http_message(head: str, body: str | None = None) -> str:
    """The message: the head's lines (request line and header fields, each ending in LF here) ended
    by CRLF, the empty line, then the body as it is.

    A non-empty body is followed by one CRLF, which is not part of the message (Content-Length
    frames the body): the file then ends in a line break, and a server reading the file's bytes
    as they are ignores an empty line before a next request line (RFC 9112, 2.2)."""
    lines = head.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for line in lines:
        http_field(line)
    message = "".join(line + CRLF for line in lines) + CRLF
    if body:
        message += body + CRLF
    return message
