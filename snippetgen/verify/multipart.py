"""Read a multipart/form-data body as a server does: parts in order, with name, filename, type, bytes.

Strict on purpose: a filename sent as RFC 2047 or `filename*=` is reported, not decoded,
since a server reading the plain `filename` parameter would not see the spec's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARAM = re.compile(r';\s*([A-Za-z*]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))')
# Part headers that describe transport, not content; anything else is reported.
_TRANSPORT = {"content-length", "content-transfer-encoding"}


class MultipartError(ValueError):
    """The body is not the multipart/form-data its content type announces."""


@dataclass(frozen=True)
class SentPart:
    name: str | None
    filename: str | None
    content_type: str | None
    data: bytes
    extra: tuple[str, ...] = ()  # other part headers or Content-Disposition parameters


def boundary_of(content_type: str) -> str:
    media, _, params = content_type.partition(";")
    if media.strip().lower() != "multipart/form-data":
        raise MultipartError(f"content type is {content_type!r}, not multipart/form-data")
    for key, quoted, plain in _PARAM.findall(";" + params):
        if key.lower() == "boundary":
            return quoted if quoted else plain
    raise MultipartError(f"content type {content_type!r} has no boundary")


def parse_multipart(body: bytes, boundary: str) -> list[SentPart]:
    delimiter = b"\r\n--" + boundary.encode("latin-1")
    chunks = (b"\r\n" + body).split(delimiter)
    if len(chunks) < 2 or not chunks[-1].startswith(b"--"):
        raise MultipartError("the body does not end with the closing boundary")
    if chunks[-1][2:].strip():
        raise MultipartError(f"bytes after the closing boundary: {chunks[-1][2:60]!r}")
    parts = []
    for chunk in chunks[1:-1]:
        line_end = chunk.find(b"\r\n")
        if line_end < 0 or chunk[:line_end].strip(b" \t"):
            raise MultipartError("a boundary line is followed by something other than CRLF")
        head, separator, data = chunk[line_end + 2:].partition(b"\r\n\r\n")
        if not separator:
            if not head.startswith(b"\r\n"):
                raise MultipartError("a part has no blank line after its headers")
            head, data = b"", head[2:]
        parts.append(_part(head.decode("utf-8", "replace"), data))
    return parts


def _part(head: str, data: bytes) -> SentPart:
    name = filename = content_type = None
    extra: list[str] = []
    for line in head.split("\r\n") if head else []:
        key, colon, value = line.partition(":")
        key, value = key.strip().lower(), value.strip()
        if not colon:
            extra.append(line)
        elif key == "content-disposition":
            kind, _, params = value.partition(";")
            if kind.strip().lower() != "form-data":
                extra.append(line)
            for param, quoted, plain in _PARAM.findall(";" + params):
                text = re.sub(r"\\(.)", r"\1", quoted) if quoted or not plain else plain
                if param.lower() == "name":
                    name = text
                elif param.lower() == "filename":
                    filename = text
                else:
                    extra.append(f"{param}={text}")
        elif key == "content-type":
            content_type = value
        elif key not in _TRANSPORT:
            extra.append(line)
    return SentPart(name, filename, content_type, data, tuple(extra))
