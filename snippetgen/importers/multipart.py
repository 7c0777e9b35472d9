"""A multipart/form-data body as a HAR records it (its params, or its raw text) -> spec parts.

A text part is {name, value}; a file part becomes {name, file: "{<name>Path}", filename,
content-type}, its path a placeholder whose example is the file name, since a spec
reads a file's bytes when the program runs.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from .curl_form import base_name
from .parts import file_variable

_DISPOSITION = re.compile(r'\s*form-data\s*((?:;\s*[A-Za-z*-]+\s*=\s*(?:"[^"\\]*"|[^;"\s]*)\s*)*)\Z', re.IGNORECASE)
_PARAM = re.compile(r';\s*([A-Za-z*-]+)\s*=\s*(?:"([^"\\]*)"|([^;"\s]*))')

Lose = Callable[[str, str], None]  # what, why


def boundary_of(content_type: str) -> str | None:
    match = re.search(r';\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))', content_type, re.IGNORECASE)
    return (match[1] or match[2]) if match else None


def parts_from_text(text: str, content_type: str) -> list[dict[str, str]] | str:
    """The parts of a raw multipart body: text parts and file parts (their content left to the file).

    A string instead: why the text cannot be read as parts a spec can say."""
    boundary = boundary_of(content_type)
    if not boundary:
        return "its content type names no boundary"
    delimiter = "--" + boundary
    pieces = text.split(delimiter)
    if len(pieces) < 3 or not pieces[-1].startswith("--"):
        return "the text does not end with the closing boundary (is it cut short?)"
    result = []
    for piece in pieces[1:-1]:
        if not piece.startswith("\r\n") or not piece.endswith("\r\n"):
            return "a part is not framed by CRLF line breaks"
        head, blank, content = piece[2:-2].partition("\r\n\r\n")
        if not blank:
            head, content = (head, "") if head.endswith("\r\n") or head == "" else (None, None)
            if head is None:
                return "a part has no blank line after its headers"
        headers: dict[str, str] = {}
        for line in head.split("\r\n") if head else []:
            name, colon, value = line.partition(":")
            if not colon or name.strip().lower() in headers:
                return f"a part's header line {line[:40]!r} is not one a spec can say"
            headers[name.strip().lower()] = value.strip()
        unknown = set(headers) - {"content-disposition", "content-type"}
        if unknown:
            return f"a part has a {sorted(unknown)[0]} header, which a spec cannot say"
        match = _DISPOSITION.match(headers.get("content-disposition", ""))
        if not match:
            return "a part's Content-Disposition is not form-data with a quoted name"
        params = {key.lower(): quoted if quoted is not None else bare
                  for key, quoted, bare in _PARAM.findall(match.group(1))}
        if set(params) - {"name", "filename"} or "name" not in params:
            return "a part's Content-Disposition has parameters other than name and filename"
        part: dict[str, Any] = {"name": params["name"]}
        if "filename" in params:
            part["filename"] = params["filename"]
            part["content"] = content
            if "content-type" in headers:
                part["content-type"] = headers["content-type"]
        elif "content-type" in headers:
            return f"the text part {params['name']!r} has a content type, and a spec's text part has none"
        else:
            part["value"] = content
        result.append(part)
    return result


def spec_parts(parts: list[dict[str, Any]], variables: dict[str, dict], lose: Lose) -> list[dict[str, str]]:
    """HAR params ({name, value, fileName, contentType}) or parsed parts -> the spec's parts."""
    result = []
    for part in parts:
        name = part.get("name", "")
        filename = part.get("fileName", part.get("filename"))
        content_type = part.get("contentType", part.get("content-type"))
        if filename is None:
            if content_type is not None:
                lose(f"part {name!r}", "it is a text part with a content type, and a spec's text part has none")
                continue
            result.append({"name": name, "value": part.get("value", "")})
            continue
        sent = base_name(filename) or filename
        file = file_variable(variables, name, filename, f"the file sent as part {name} (the recording names it "
                             f"{filename}); its bytes are read when the program runs")
        spec_part = {"name": name, "file": file, "filename": sent}
        if content_type and content_type != "application/octet-stream":
            spec_part["content-type"] = content_type
        result.append(spec_part)
    return result
