"""Reading an input file as text, with one-line errors that name it."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import SpecError


MAX_BYTES = 64 * 1024 * 1024  # far above any real spec or import; /dev/zero would never end


def read_text(path: Path, error: type[SpecError] = SpecError, hint: str = "") -> str:
    """The file's UTF-8 text (a leading byte-order mark dropped), or `error` naming the file."""
    try:
        with open(path, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise error("not a regular file", file=str(path))
            data = handle.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise error(f"larger than {MAX_BYTES // (1024 * 1024)} MB", file=str(path))
        return data.decode("utf-8-sig")
    except FileNotFoundError:
        raise error("no such file", file=str(path)) from None
    except UnicodeDecodeError:
        raise error(f"not UTF-8 text{hint}", file=str(path)) from None
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror}", file=str(path)) from None
