"""Writing imported specs out: file names, the printed stream, and all files or none."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from .errors import OutputError
from .common import Imported


def slug(text: str, fallback: str = "request") -> str:
    """A file stem: letters, digits, - and _, at most 60 characters."""
    stem = re.sub(r"[^A-Za-z0-9_]+", "-", text).strip("-_")[:60].strip("-_")
    return stem or fallback


def unique_names(stems: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    result = []
    taken = set(stems)
    for stem in stems:
        key = stem.lower()
        if key not in seen:
            seen[key] = 1
            result.append(stem)
            continue
        number = seen[key]
        while True:
            number += 1
            candidate = f"{stem}-{number}"
            if candidate.lower() not in seen and candidate not in taken:
                break
        seen[key] = number
        seen[candidate.lower()] = 1
        result.append(candidate)
    return result


def stream(items: list[Imported]) -> str:
    """Every spec's YAML, separated by `---` when there are several (for stdout)."""
    return "---\n".join(item.text for item in items)


def write_files(files: list[tuple[Path, str]], force: bool = False) -> None:
    """Write every file or none: refuse to overwrite unless force, write temps, then rename each."""
    if not force:
        existing = [str(path) for path, _ in files if path.exists()]
        if existing:
            more = f" and {len(existing) - 1} more" if len(existing) > 1 else ""
            raise OutputError(f"{existing[0]}{more} already exist{'s' if not more else ''}; "
                               "give --force to overwrite")
    temps: list[tuple[str, Path]] = []
    try:
        for path, text in files:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            temps.append((temp, path))
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream_:
                stream_.write(text)
        for temp, path in temps:
            os.replace(temp, path)
    except OSError as exc:
        for temp, _ in temps:
            if os.path.exists(temp):
                os.unlink(temp)
        raise OutputError(f"cannot write {exc.filename or ''}: {exc.strerror}") from None
