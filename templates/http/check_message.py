"""runtime.check of the HTTP client: a golden file is one HTTP/1.1 request message (RFC 9112).

    python check_message.py FILE

Checks the framing byte for byte, so a file whose CRLF line ends were turned into LF fails:
the request line (method token, origin-form target, HTTP/1.1), header fields (a token, a colon,
a printable ASCII value), exactly one Host field and it first, a Content-Length equal to the
body's length in bytes (no body without one), and after a body exactly one CRLF, which ends
the file and is not part of the message.
"""

from __future__ import annotations

import re
import sys

TOKEN = rb"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
REQUEST_LINE = re.compile(rb"(" + TOKEN + rb") (/[\x21-\x7e]*) HTTP/1\.1")
FIELD = re.compile(rb"(" + TOKEN + rb"): ([\x21-\x7e](?:[\x20-\x7e\t]*[\x21-\x7e])?)?")


def problems(data: bytes) -> list[str]:
    head, blank, rest = data.partition(b"\r\n\r\n")
    if not blank:
        return ["no empty line (CRLF CRLF) ends the header section"]
    lines = head.split(b"\r\n")
    found = []
    for number, line in enumerate(lines, 1):
        if b"\r" in line or b"\n" in line:
            found.append(f"line {number} does not end in CRLF (a bare CR or LF is in it)")
    if not REQUEST_LINE.fullmatch(lines[0]):
        found.append(f"not a request line (METHOD /target HTTP/1.1): {lines[0][:80]!r}")
    names = []
    for line in lines[1:]:
        match = FIELD.fullmatch(line)
        if not match:
            found.append(f"not a header field (name: value): {line[:80]!r}")
            continue
        names.append((match[1].lower(), match[2] or b""))
    hosts = [value for name, value in names if name == b"host"]
    if len(hosts) != 1 or names[:1] != [(b"host", hosts[0])]:
        found.append("the first header field must be the only Host")
    lengths = [value for name, value in names if name == b"content-length"]
    if len(lengths) > 1 or (lengths and not lengths[0].isdigit()):
        found.append("at most one Content-Length, a number")
        return found
    length = int(lengths[0]) if lengths else 0
    body, after = rest[:length], rest[length:]
    if len(body) != length:
        found.append(f"Content-Length is {length}, but the body has {len(body)} bytes")
    elif after != (b"\r\n" if length else b""):
        found.append(f"after the {length} bytes of body the file must end {'in one CRLF' if length else ''}: "
                     f"{after[:80]!r} follows")
    return found


def main() -> int:
    [path] = sys.argv[1:]
    with open(path, "rb") as handle:
        found = problems(handle.read())
    for problem in found:
        print(f"{path}: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
