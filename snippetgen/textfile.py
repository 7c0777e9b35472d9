"""Reading an input file as text, with one-line errors that name it."""

from __future__ import annotations

from pathlib import Path

from .errors import SpecError


def read_text(path: Path, error: type[SpecError] = SpecError, hint: str = "") -> str:
    """The file's UTF-8 text (a leading byte-order mark dropped), or `error` naming the file."""
    try:
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise error("no such file", file=str(path)) from None
    except UnicodeDecodeError:
        raise error(f"not UTF-8 text{hint}", file=str(path)) from None
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror}", file=str(path)) from None
