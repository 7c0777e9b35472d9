"""Multipart parts and file placeholders, as every importer writes them."""

from __future__ import annotations

import re
from typing import Any

_NOT_NAME = re.compile(r"[^A-Za-z0-9_]+")


def header_problem(value: str) -> str | None:
    """Why a header value cannot be sent as it is by every client, or None."""
    for ch in value:
        if ch in "\r\n\0":
            return "its value holds CR, LF or NUL"
        if not (ch == "\t" or " " <= ch <= "~"):
            return "its value is not printable ASCII, which clients send differently"
    return None


def part_problem(part: dict[str, str]) -> str | None:
    """Why a part cannot be sent as it is by every client, or None."""
    if not part.get("name"):
        return "a part needs a name"
    for key in ("name", "filename"):
        text = part.get(key)
        if text is not None and any(ch in text for ch in '"\\\r\n\0'):
            return f"its {key} holds a quote, backslash, CR, LF or NUL, which clients escape differently"
    if "\0" in part.get("value", ""):
        return "its value holds a NUL character, which a shell argument cannot carry"
    if "file" in part and not part["file"]:
        return "a file part needs a path"
    if part.get("filename") == "":
        return "its file name is empty (a browser sends that for a file field left empty)"
    content_type = part.get("content-type")
    if content_type is not None and (not content_type or header_problem(content_type)):
        return "its content type is not printable ASCII text"
    return None


def file_variable(variables: dict[str, dict[str, Any]], wanted: str, example: str | None, description: str) -> str:
    """Declare a placeholder for a file's path (named after wanted, kept distinct); its {name}."""
    base = _NOT_NAME.sub("_", wanted).strip("_") or "file"
    if base[0].isdigit():
        base = "_" + base
    base = base[0].lower() + base[1:] + ("Path" if not base.lower().endswith("path") else "")
    name, number = base, 1
    while name in variables:
        number += 1
        name = f"{base}{number}"
    variables[name] = {"description": description, "example": example}
    return "{" + name + "}"
