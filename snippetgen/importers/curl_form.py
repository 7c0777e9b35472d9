"""curl's -F / --form argument, read the way curl 7.88 reads it (tool_formparse.c).

`name=value` is a text part: leading white space is skipped and, unless the value is
"quoted", trailing white space too, and it ends at the first `;`, after which come
`type=`, `filename=`, `headers=` and `encoder=` (anything else is dropped by curl with a
warning).  `name=@path` is a file part (`,` lists several files in one part),
`name=<path` a text part read from a file.  curl sends a file part with the content
type given by `type=`, else the one it guesses from the file name's extension.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field

_SPACE = " \t\n\v\f\r"
_TYPE = re.compile(r"[^/ ]{1,127}/[^;, \n]{1,127}")  # sscanf("%127[^/ ]/%127[^;, \n]")
# libcurl's ContentTypeForFilename (lib/mime.c): the extension of the name sent, any letter case.
GUESSED_TYPES = {
    ".gif": "image/gif", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png",
    ".svg": "image/svg+xml", ".txt": "text/plain", ".htm": "text/html", ".html": "text/html",
    ".pdf": "application/pdf", ".xml": "application/xml",
}


class FormError(ValueError):
    """An argument curl itself refuses."""


@dataclass
class Param:
    """One `data;type=...;filename=...` piece, as get_param_part reads it."""

    data: str
    type: str | None = None
    filename: str | None = None
    headers: list[str] = field(default_factory=list)
    encoder: str | None = None
    dropped: list[str] = field(default_factory=list)  # what curl skips: unknown `;x`, text after a quote
    sep: str = ""  # what ended it: "", or "," between files


@dataclass
class FormArg:
    name: str
    kind: str  # text | file | contents (name=<path) | nested
    params: list[Param]


def guessed_type(filename: str) -> str | None:
    dot = filename.rfind(".")
    return GUESSED_TYPES.get(filename[dot:].lower()) if dot >= 0 else None


def base_name(path: str) -> str:
    """The file name curl sends for a path: what follows its last slash."""
    return posixpath.basename(path)


def parse_form(argument: str, literal: bool) -> FormArg:
    """-F (literal false) or --form-string (literal true) NAME=CONTENT."""
    name, equals, content = argument.partition("=")
    if not equals:
        raise FormError("curl refuses it: a form field is written name=content")
    if literal:
        return FormArg(name, "text", [Param(content)])
    if content.startswith("(") or (not name and content == ")"):
        return FormArg(name, "nested", [])
    if content.startswith("@"):
        params, pos = [], 1
        while True:
            param, pos = _param_part(content, pos, ",")
            params.append(param)
            if param.sep != ",":
                return FormArg(name, "file", params)
            pos += 1
    if content.startswith("<"):
        return FormArg(name, "contents", [_param_part(content, 1, "")[0]])
    return FormArg(name, "text", [_param_part(content, 0, "")[0]])


def _word(text: str, pos: int, end: str) -> tuple[str, int, bool, str]:
    """get_param_word: the word at pos, where it stops, whether it was quoted, and text dropped after a quote."""
    stops = ";" + end
    if text.startswith('"', pos):
        out, index = [], pos + 1
        while index < len(text):
            char = text[index]
            if char == "\\" and text[index + 1:index + 2] in ('"', "\\"):
                out.append(text[index + 1])
                index += 2
                continue
            if char == '"':
                stop = index + 1
                while stop < len(text) and text[stop] not in stops:
                    stop += 1
                return "".join(out), stop, True, text[index + 1:stop]
            out.append(char)
            index += 1
        # no closing quote: read as if not quoted
    stop = pos
    while stop < len(text) and text[stop] not in stops:
        stop += 1
    return text[pos:stop], stop, False, ""


def _strip_word(text: str, pos: int, end: str) -> tuple[str, int, str]:
    word, stop, quoted, dropped = _word(text, pos, end)
    return (word if quoted else word.rstrip(_SPACE)), stop, dropped


def _type_through(text: str, type_start: int, pos: int, stops: str) -> tuple[str, int]:
    """The content type from type_start up to the next stop, trailing spaces left out; and the stop."""
    type_end = pos
    while pos < len(text) and text[pos] not in stops:
        pos += 1
        if text[pos - 1] not in _SPACE:
            type_end = pos
    return text[type_start:type_end], pos


def _param_part(text: str, pos: int, end: str) -> tuple[Param, int]:
    """get_param_part: the data word, then `;key=value` settings, up to `end` (`,` or the end)."""
    stops = ";" + end
    pos = _skip(text, pos)
    data, pos, dropped = _strip_word(text, pos, end)
    param = Param(data)
    if dropped.strip(_SPACE):
        param.dropped.append(dropped)
    type_start = None  # while set, an unknown `;x` piece is part of the content type, as in curl
    while pos < len(text) and text[pos] == ";":
        pos = _skip(text, pos + 1)
        rest = text[pos:pos + 9].lower()
        dropped = ""
        if type_start is None and rest.startswith("type="):
            type_start = pos = _skip(text, pos + 5)
            match = _TYPE.match(text, pos)
            if not match:
                raise FormError("curl refuses it: the type= is not a content type")
            param.type, pos = _type_through(text, type_start, match.end(), stops)
            continue
        if type_start is not None and not rest.startswith(("filename=", "headers=", "encoder=")):
            param.type, pos = _type_through(text, type_start, pos, stops)
            continue
        if rest.startswith("filename="):
            param.filename, pos, dropped = _strip_word(text, _skip(text, pos + 9), end)
        elif rest.startswith("headers="):
            header, pos, dropped = _strip_word(text, _skip(text, pos + 8), end)
            param.headers.append(header)
        elif rest.startswith("encoder="):
            param.encoder, pos, dropped = _strip_word(text, _skip(text, pos + 8), end)
        else:
            word, pos, _, _ = _word(text, pos, end)
            if word:
                param.dropped.append(";" + word)
            continue
        type_start = None
        if dropped.strip(_SPACE):
            param.dropped.append(dropped)
    param.sep = text[pos:pos + 1] if pos < len(text) else ""
    return param, pos


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _SPACE:
        pos += 1
    return pos
