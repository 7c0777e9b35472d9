"""bash's $'...' quoting: backslash escapes, \\xHH bytes read as UTF-8."""

from __future__ import annotations

import re

_SIMPLE = {"a": 7, "b": 8, "e": 27, "E": 27, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11,
           "\\": 92, "'": 39, '"': 34, "?": 63}


def ansi_c(text: str, pos: int) -> tuple[str, int]:
    """The value of the $'...' starting at text[pos], and the position after it; ValueError if unreadable."""
    pos += 2
    data = bytearray()
    while True:
        if pos >= len(text):
            raise ValueError("unbalanced $' quote: it is never closed")
        char = text[pos]
        if char == "'":
            pos += 1
            break
        if char != "\\":
            data += char.encode("utf-8", "surrogatepass")
            pos += 1
            continue
        escape = text[pos + 1:pos + 2]
        pos += 2
        if escape in _SIMPLE:
            data.append(_SIMPLE[escape])
        elif escape == "x" and (match := re.match(r"[0-9A-Fa-f]{1,2}", text[pos:])):
            data.append(int(match.group(0), 16))
            pos += len(match.group(0))
        elif escape in "uU" and escape and (match := re.match(
                r"[0-9A-Fa-f]{1,%d}" % (4 if escape == "u" else 8), text[pos:])):
            code = int(match.group(0), 16)
            if code > 0x10FFFF:
                raise ValueError(f"\\{escape}{match.group(0)} in the $'...' string is not a character")
            data += chr(code).encode("utf-8", "surrogatepass")
            pos += len(match.group(0))
        elif escape and escape in "01234567":
            match = re.match(r"[0-7]{0,2}", text[pos:])
            data.append(int(escape + match.group(0), 8) & 0xFF)
            pos += len(match.group(0))
        elif escape == "c" and pos < len(text):
            data.append(ord(text[pos]) & 0x1F)
            pos += 1
        else:
            data += ("\\" + escape).encode("utf-8", "surrogatepass")
    try:
        return data.decode("utf-8"), pos
    except UnicodeDecodeError:
        raise ValueError("the $'...' string is not UTF-8 text") from None
