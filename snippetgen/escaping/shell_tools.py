"""Words inside command-line tools' own argument syntax: HTTPie request items, and a
form body as wget sends it (wget has no form encoder).  The shell word around them is
still shell_quote's job (shell.py)."""

from __future__ import annotations

import re
from urllib.parse import quote

__all__ = ["httpie_key", "httpie_value", "httpie_credentials", "httpie_adjacent_names", "www_form_component"]

# HTTPie splits a request item (`name=value`, `Header:value`, `field@path`...) at its first
# separator; a backslash before one of these characters makes it literal, and is dropped
# (httpie/cli/argtypes.py, KeyValueArgType.tokenize).  A backslash before any other
# character, or at the end, stays as it is.
_HTTPIE_SPECIAL = ":;=@"
# What cannot be written: a backslash followed by a separator character always loses the
# backslash, and one escaped as "\\" stays two backslashes.
_HTTPIE_STUCK = re.compile(r"\\[:;=@]")


def httpie_key(text: str) -> str | None:
    """text as the name of an HTTPie request item (before its separator), or None when
    HTTPie cannot read it back: a backslash before ':', ';', '=' or '@', or at the end
    (where the separator follows)."""
    if _HTTPIE_STUCK.search(text) or text.endswith("\\"):
        return None
    return "".join("\\" + ch if ch in _HTTPIE_SPECIAL else ch for ch in text)


def httpie_value(text: str) -> str | None:
    """text as what follows an HTTPie item's separator, or None when HTTPie cannot read it
    back (a backslash before ':', ';', '=' or '@').  A leading separator character is
    escaped: `a==b` would be a query item and `a=@b` a file to read."""
    if _HTTPIE_STUCK.search(text):
        return None
    return "\\" + text if text[:1] and text[0] in _HTTPIE_SPECIAL else text


def httpie_credentials(username: str, password: str) -> str | None:
    """`user:password` for HTTPie's --auth, which splits at the first ':' not after a
    backslash; None when a backslash would stand before a ':' (a username ending in one,
    or "\\:" in the password)."""
    if username.endswith("\\") or "\\:" in password:
        return None
    return f"{username}:{password}"


def httpie_adjacent_names(names) -> bool:
    """True when every repeated name's fields stand together: HTTPie groups a form's or a
    multipart body's fields by name, at the first one's place."""
    seen: set[str] = set()
    previous = None
    for name in names:
        if name != previous and name in seen:
            return False
        seen.add(name)
        previous = name
    return True


# RFC 3986 unreserved characters stay, and so do '{', '}' (a placeholder stays readable)
# and '*' (a masked secret): a form decoder takes them as themselves.
_FORM_SAFE = "-._~*{}"


def www_form_component(text: str) -> str:
    """A form name or value percent-encoded as UTF-8 (space as %20), for a body joined by hand."""
    return quote(text, safe=_FORM_SAFE)
