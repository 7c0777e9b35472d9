"""Multipart parts and file placeholders, as every importer writes them."""

from __future__ import annotations

import re
from typing import Any

from .. import httprules as rules

_NOT_NAME = re.compile(r"[^A-Za-z0-9_]+")


def part_problem(part: dict[str, str]) -> str | None:
    """Why a part cannot be sent as it is by every client, or None (the loader's own rules)."""
    for key in ("name", "filename"):
        if key in part or key == "name":
            problem = rules.part_name_problem(part.get(key, ""), key)
            if problem:
                return problem
    if "value" in part and rules.text_problem(part["value"]):
        return rules.text_problem(part["value"])
    if "file" in part and not part["file"]:
        return "a file part needs a path"
    content_type = part.get("content-type")
    if content_type is not None:
        return rules.header_value_problem(content_type) or rules.media_type_problem(content_type)
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
