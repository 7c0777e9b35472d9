"""Rust literals: string literals, raw strings for readable multi-line text, byte strings; and
what reqwest 0.11 sends for a multipart part's content type.

A Rust string literal holds any character but a bare CR as it is; \\x escapes stop at 0x7F, so
a hidden ASCII character is written \\xNN and any other \\u{NNNN}.  Hidden characters are
escaped all the same: rustc denies bidirectional controls in literals, and nothing invisible
should hide in a snippet.
"""

from __future__ import annotations

from .common import _COMMON, Probe, _escape_with, _has_hidden

__all__ = ["rust_str", "rust_text", "rust_bytes", "reqwest_mime"]


def _hidden(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{{{code:x}}}"


def rust_str(value: str) -> str:
    """One "..." literal (a &'static str) holding exactly value."""
    return '"' + _escape_with(value, _COMMON, _hidden) + '"'


def rust_text(value: str) -> str:
    """A raw string r#"..."# for readable multi-line JSON, when the text needs escapes in a plain
    literal (else rust_str) and a raw string can hold it.

    A raw string takes no escapes, so it holds only text whose hidden characters are LF and
    tab (rustc refuses a bare CR in one); it ends at the first quote followed by its number
    of '#', so it takes one more '#' than the longest such run in the text."""
    plain = rust_str(value)
    if plain == '"' + value + '"' or "\r" in value or _has_hidden(value, "\n\t"):
        return plain  # nothing to escape, or what a raw string cannot hold
    hashes = 0
    while '"' + "#" * hashes in value:
        hashes += 1
    return "r" + "#" * hashes + '"' + value + '"' + "#" * hashes


def rust_bytes(value: str) -> str:
    """A byte string b"..." (a &'static [u8; N]) for an ASCII value such as a method token.

    A byte string's source is ASCII: anything else would be \\xNN bytes, unreadable, so it is
    refused here (methods, the one use, are tokens)."""
    if not value.isascii():
        raise ValueError(f"rust_bytes takes ASCII text (a method token), not {value!r}")
    return "b" + rust_str(value)


# mime 0.3.16's parser (src/parse.rs), which reqwest 0.11's multipart Part::mime_str runs: a
# part's content type goes out as the Mime's own text, not as given.
_TOKEN = frozenset(b"!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_SEMICOLON, _SLASH, _SPACE, _EQUALS, _QUOTE = b";/ =\""


def _mime_params(s: bytes, semicolon: int):
    """params_from_str: ("utf8", None) or ("custom", [(name span, value span)]) or (None, None) when
    there is none; None when mime refuses the text."""
    n = len(s)
    start = i = semicolon + 1
    kind, spans = None, None
    while start < n:
        name = None
        while True:  # the name, after any spaces
            if i >= n:
                return None  # MissingEqual
            c = s[i]
            if c == _SPACE and i == start:
                start = i = i + 1
                break
            if c in _TOKEN:
                i += 1
            elif c == _EQUALS and i > start:
                name = (start, i)
                start = i = i + 1
                break
            else:
                return None
        if name is None:
            continue
        quoted = False
        while True:  # the value: a token, or a quoted string of bytes above 31 but DEL
            if i >= n:
                if quoted:
                    return None  # MissingQuote
                value = (start, n)
                start = n
                break
            c = s[i]
            if quoted:
                if c == _QUOTE and i > start:
                    value = (start, i)
                    i += 1
                    break
                if not (c > 31 and c != 127):
                    return None
                i += 1
            elif c == _QUOTE and i == start:
                quoted = True
                start = i = i + 1
            elif c in _TOKEN:
                i += 1
            elif c == _SEMICOLON and i > start:
                value = (start, i)
                start = i = i + 1
                break
            else:
                return None
        if quoted:
            while True:  # spaces, then ';' or the end
                if i >= n:
                    start = n
                    break
                c = s[i]
                if c == _SEMICOLON:
                    start = i = i + 1
                    break
                if c != _SPACE:
                    return None
                i += 1
        if kind == "utf8":
            charset = (semicolon + 2, semicolon + 2 + len("charset"))
            kind, spans = "custom", [(charset, (charset[1] + 1, charset[1] + 1 + len("utf-8"))), (name, value)]
        elif kind == "custom":
            spans.append((name, value))
        elif (semicolon + 2 == name[0] and s[name[0]:name[1]].lower() == b"charset"
              and s[value[0]:value[1]].lower() == b"utf-8"):
            kind = "utf8"
        else:
            kind, spans = "custom", [(name, value)]
    return kind, spans


def reqwest_mime(value: str) -> str | None:
    """The content type reqwest 0.11 sends for a part given value through Part::mime_str: mime 0.3
    lowercases the type, the subtype, the parameter names and a charset's value, and drops a ';'
    with nothing after it.  None when mime refuses value (mime_str returns an error)."""
    s = value.encode("utf-8")
    if s == b"*/*":
        return value
    n = len(s)
    i = 0
    while True:  # the type, up to '/'
        if i >= n:
            return None  # MissingSlash
        c = s[i]
        if c == _SLASH and i > 0:
            break
        if c not in _TOKEN:
            return None
        i += 1
    start = i = i + 1
    while True:  # the subtype, up to ';' or the end
        if i >= n:
            return s.lower().decode("utf-8")
        c = s[i]
        if c == _SEMICOLON and i > start:
            break
        if c not in _TOKEN:
            return None
        i += 1
    semicolon = i
    parsed = _mime_params(s, semicolon)
    if parsed is None:
        return None
    kind, spans = parsed
    if kind == "utf8":
        return s.lower().decode("utf-8")
    if kind is None:
        return s[:semicolon].lower().decode("utf-8")
    out = bytearray(s)
    out[:semicolon] = out[:semicolon].lower()
    for (name_start, name_end), (value_start, value_end) in spans:
        out[name_start:name_end] = out[name_start:name_end].lower()
        if out[name_start:name_end] == b"charset":
            out[value_start:value_end] = out[value_start:value_end].lower()
    return out.decode("utf-8")


PROBE = Probe(
    file="esc.rs",
    program=(
        "fn h<T: AsRef<[u8]> + ?Sized>(value: &T) {\n"
        "    let hex: Vec<String> = value.as_ref().iter().map(|b| format!(\"{:02x}\", b)).collect();\n"
        "    println!(\"{}\", hex.concat());\n"
        "}\n\n"
        "fn main() {\n{items}}\n"
    ),
    item="    h({literal});\n",
    # Debian's rustc, named as the snippets' runs name it (a rustup rustc may come first on PATH).
    commands=(("/usr/bin/rustc", "--edition", "2021", "-o", "{dir}/esc", "{file}"), ("env", "{dir}/esc")),
    literals={"rust_str": rust_str, "rust_text": rust_text},
    raw={"rust_text": "\n\t"},
)
