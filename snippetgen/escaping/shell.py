"""POSIX shell (bash) words, and the argument rules of curl and of the command line."""

from __future__ import annotations

import re

from .common import Probe, _has_hidden, is_hidden

__all__ = [
    "shell_quote",
    "shell_argument_too_long",
    "shell_arguments_too_long",
    "curl_header_line",
    "curl_form_word",
]

_SHELL_BARE = re.compile(r"[A-Za-z0-9_./:=@%+,-]+\Z")


def shell_quote(value: str) -> str:
    """One POSIX-shell word: bare when safe, '...' normally, bash $'...' for control characters."""
    if _SHELL_BARE.match(value):
        return value
    if not _has_hidden(value, "\n\t"):
        return "'" + value.replace("'", "'\\''") + "'"
    out = []
    for ch in value:
        if ch in "\\'":
            out.append("\\" + ch)
        elif is_hidden(ch):
            # Bytes, not \u: bash's \u depends on the locale, \xHH does not.
            out.append("".join(f"\\x{b:02x}" for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "$'" + "".join(out) + "'"


# Linux refuses a single exec argument over 128 KiB (MAX_ARG_STRLEN); builtins are exempt.
_SHELL_COMMAND_BYTES = 1_000_000  # all arguments together, with room for the environment
_SHELL_ARGUMENT_BYTES = 100_000


def shell_arguments_too_long(values) -> bool:
    """True when values together would pass the limit of one command line (ARG_MAX, 2 MB here)."""
    return sum(len(v.encode("utf-8")) for v in values) > _SHELL_COMMAND_BYTES


def shell_argument_too_long(value: str) -> bool:
    """True when value cannot be one argument of an external command such as curl."""
    return len(value) * 4 > _SHELL_ARGUMENT_BYTES and len(value.encode("utf-8")) > _SHELL_ARGUMENT_BYTES


def curl_header_line(name: str, value: str) -> str:
    """A header as curl's -H and libcurl's CURLOPT_HTTPHEADER take it.

    curl drops a header given as "name:", so an empty value is written "name;".
    """
    return f"{name}: {value}" if value else f"{name};"


def curl_form_word(value: str) -> str:
    """A path, filename= or headers= word inside a curl -F argument (man curl, -F).

    Bare when curl reads it back unchanged and it has no space (no ';' or ',', no leading
    '"'), else in double quotes with '\\' and '"' escaped by a backslash.
    """
    if value and not value.startswith('"') and not any(ch in ";," or ch.isspace() for ch in value):
        return value
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


PROBE = Probe(
    file="esc.sh",
    program="set -eu\nh() { printf '%s' \"$1\" | od -An -v -tx1 | tr -d ' \\n'; echo; }\n{items}",
    item="h {literal}\n",
    commands=(("bash", "{file}"),),
    literals={"shell_quote": shell_quote},
    raw={"shell_quote": "\n\t"},
    # The C locale: $'\xHH' and raw UTF-8 in single quotes must not depend on it.
    env={"PATH": "/usr/bin:/bin:/usr/local/bin", "LC_ALL": "C"},
    nul=False,
)
