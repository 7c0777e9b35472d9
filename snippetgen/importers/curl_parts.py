"""One -F / --form-string argument -> a spec part, as curl 7.88 sends it (measured with real curl).

A file part's content type is `type=`, else a `headers="Content-Type: ..."`, else what curl
guesses from the file name; a `headers="Content-Disposition: form-data; name=...; filename=..."`
replaces the name and file name curl would write (snippetgen's own curl snippets use it for
names holding `=`).  Other part headers, encoders, nested multiparts and text read from a file
cannot be said in a spec.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..variables import PLACEHOLDER
from .curl_form import FormError, Param, base_name, guessed_type, parse_form
from .parts import file_variable

if TYPE_CHECKING:
    from .curl_reader import Reader

_DISPOSITION = re.compile(r'form-data; name="([^"]*)"(?:; filename="([^"]*)")?\Z')


def form_part(reader: Reader, value: str, spelled: str, shown: str, literal: bool) -> dict[str, str] | None:
    try:
        arg = parse_form(value, literal)
    except FormError as exc:
        raise reader.origin.error(f"{shown}: {exc}") from None
    if arg.kind == "nested":
        reader.lose(shown, "curl nests a multipart body inside the part, which a spec cannot say")
        return None
    param = arg.params[0]
    if param.dropped:
        reader.note(f"{shown}: curl leaves out {', '.join(repr(d) for d in param.dropped)}, and so does the spec")
    disposition = _headers(reader, param, shown)
    if disposition is False:
        return None
    name, filename = (arg.name, param.filename) if disposition is None else disposition
    if not name:
        reader.lose(shown, "curl sends a part without a name, and a spec's part has one")
        return None
    if arg.kind in ("text", "contents"):
        if param.type or filename is not None:
            reader.lose(shown, "curl sends this text part with a content type or file name, and a spec's text part "
                        "has neither")
            return None
        return _text_part(reader, name, param.data, arg.kind, shown)
    if len(arg.params) > 1:
        reader.lose(shown, "curl sends several files as one part (multipart/mixed), which a spec cannot say")
        return None
    path = param.data
    if path == "-" or path in reader.command.contents:
        reader.lose(shown, "curl sends standard input or text as the file, and a spec's file part reads a file")
        return None
    if disposition is not None and filename is None:
        reader.lose(shown, "curl sends the file part without a file name, and a spec's file part has one")
        return None
    given = filename is not None
    filename = filename if given else base_name(path)
    hidden = PLACEHOLDER.search(filename) and not given  # the base name is known only when it runs
    content_type = param.type or guessed_type(filename)
    if hidden and not param.type:
        reader.lose(shown, f"curl picks the part's content type from the extension of {filename}, which is not "
                    "known before the command runs (add ;type=... to say it)", instead="as application/octet-stream")
    if PLACEHOLDER.search(path):
        file = path
    else:
        file = file_variable(reader.variables, name, path, f"the file curl sends as part {name} "
                             f"({spelled} {arg.name}=@{path})")
    part = {"name": name, "file": file}
    if not hidden:  # else the spec's default: the base name of the path, as curl sends it
        part["filename"] = filename
    if content_type and content_type != "application/octet-stream":
        part["content-type"] = content_type
    return part


def _headers(reader: Reader, param: Param, shown: str) -> tuple[str, str | None] | None | bool:
    """Apply `headers=`: the Content-Disposition's (name, filename), None without one, False when lost."""
    disposition = None
    for header in param.headers:
        name, colon, value = header.partition(":")
        name, value = name.strip().lower(), value.strip()
        if colon and name == "content-type":
            param.type = param.type or value  # type= wins over it (checked with curl)
        elif colon and name == "content-disposition" and (match := _DISPOSITION.match(value)):
            disposition = (match[1], match[2])
        else:
            reader.lose(shown, "curl adds part headers to the part, which a spec cannot say")
            return False
    if param.encoder:
        reader.lose(shown, "curl encodes the part's content, which a spec cannot say")
        return False
    return disposition


def _text_part(reader: Reader, name: str, text: str, kind: str, shown: str) -> dict[str, str] | None:
    if kind == "contents":
        source = reader.source(text, shown) if text == "-" or text in reader.command.contents else ("file", text)
        if source is None:
            return None
        if source[0] == "file":
            reader.lose(shown, "curl sends the file's content as a text part, and a spec's text part holds its text "
                        "(use name=@file to send the file as a file part)")
            return None
        text = source[1]
    return {"name": name, "value": text}
