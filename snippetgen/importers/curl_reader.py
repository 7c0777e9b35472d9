"""curl's options -> a Draft: what each one makes curl send, measured against curl 7.88.

Files curl reads (-d @file, --data-binary @file, -F name=@file, -T file) become path
placeholders; text the command itself holds (a here-document, a here-string, or
<(printf '%s' ...)) becomes the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from .common import Draft, Origin, Policy
from .curl_body import CurlBody
from .curl_parts import form_part
from .shellwords import Command

_CHALLENGES = ("digest", "ntlm", "ntlm-wb", "negotiate", "anyauth")
_GUESSED_SCHEMES = ("ftp", "dict", "ldap", "imap", "smtp", "pop3")  # curl's guess from a host name's start


@dataclass
class Data:
    """One -d / --data-binary / --json / --data-urlencode piece."""

    kind: str  # data | json | urlencode
    text: str | None  # as curl sends it, when the command holds it
    file: str | None = None  # the file curl reads, when it does not
    spelled: str = ""
    strip: bool = False  # -d @file: curl leaves out the file's CR and LF


class Reader:
    """The options of one curl command, each read as curl reads it; `draft` makes the request of them."""

    def __init__(self, origin: Origin, policy: Policy, command: Command):
        self.origin = origin
        self.policy = policy
        self.command = command
        self.urls: list[str] = []
        self.method: str | None = None
        self.headers: list[tuple[str, str]] = []  # -H: curl sends these as given
        self.generated: list[tuple[str, str]] = []  # -A, -e: curl's own headers, which -H overrides
        self.removed: list[str] = []  # -H 'Name:': curl leaves out a header it adds itself
        self.data: list[Data] = []
        self.url_query: list[str] = []
        self.get = self.head = self.compressed = self.path_as_is = False
        self.parts: list[dict[str, str]] | None = None
        self.uploads: list[str] = []
        self.user: str | None = None
        self.bearer: str | None = None
        self.challenge: tuple[str, str] | None = None  # --digest and the like: the option, and why
        self.cookies: list[str] = []
        self.range: str | None = None
        self.continue_at: str | None = None
        self.ignored: list[str] = []
        self.variables: dict[str, dict] = {}
        self.stdin_readers: list[str] = []
        self.posts = False  # a data option was given (curl POSTs even when its data is left out)

    def lose(self, what: str, why: str, **options) -> None:
        self.policy.lose(self.origin, what, why, **options)

    def note(self, message: str) -> None:
        self.policy.note(self.origin, message)

    def refused(self, name: str, shown: str, why: str) -> None:
        if name in _CHALLENGES:
            self.challenge = self.challenge or (shown, why)
        else:
            self.lose(shown, why)

    def option(self, name: str, value: str | None, spelled: str) -> bool:
        """Read an option that says something about the request; False for the others."""
        shown = f"{spelled} {_short(value)}" if value is not None else spelled
        self.posts = self.posts or name in ("data", "data-ascii", "data-binary", "data-raw", "json", "data-urlencode")
        if name == "url":
            self.urls.append(value)
        elif name == "request":
            self.method = value
        elif name == "header":
            self.header(value, shown)
        elif name == "user-agent":
            if value:
                self.generated.append(("User-Agent", value))
            else:
                self.removed.append("User-Agent")
        elif name == "referer":
            self.generated.append(("Referer", value.removesuffix(";auto")))
        elif name == "cookie":
            if "=" in value:
                self.cookies.append(value)
            else:
                self.lose(shown, "curl reads the cookies from that file, which the command does not hold")
        elif name == "user":
            self.user = value
        elif name == "oauth2-bearer":
            self.bearer = value
        elif name == "range":
            self.range = value
        elif name == "continue-at":
            self.continue_at = value
        elif name == "compressed":
            self.compressed = True
        elif name == "path-as-is":
            self.path_as_is = True
        elif name in ("data", "data-ascii", "data-binary", "data-raw", "json"):
            # -d @file leaves out the file's line breaks; --data-binary @file keeps them; --data-raw reads no file.
            self.add_data("json" if name == "json" else "data", value, spelled, file_allowed=name != "data-raw",
                          strip=name in ("data", "data-ascii"))
        elif name == "data-urlencode":
            encoded = self.urlencode(value, shown)
            if encoded is not None:
                self.data.append(Data("urlencode", encoded, spelled=shown))
        elif name == "url-query":
            encoded = value[1:] if value.startswith("+") else self.urlencode(value, shown)
            if encoded is not None:
                self.url_query.append(encoded)
        elif name == "get":
            self.get = True
        elif name == "head":
            self.head = True
        elif name in ("form", "form-string"):
            self.form(value, spelled, shown, literal=name == "form-string")
        elif name == "upload-file":
            self.uploads.append(value)
        else:
            return False
        return True

    def header(self, value: str, shown: str) -> None:
        if value.startswith("@"):
            self.lose(shown, "curl reads the headers from that file, which the command does not hold")
            return
        name, colon, rest = value.partition(":")
        if not colon:
            if value.rstrip().endswith(";"):  # "Name;" sends Name with an empty value
                self.headers.append((value.rstrip()[:-1].strip(), ""))
            else:
                self.note(f"left out {shown}: curl sends no header for it (a header is written 'Name: value')")
            return
        if not rest.strip():
            self.removed.append(name.strip())
            return
        self.headers.append((name.strip(), rest.strip(" \t")))

    def source(self, path: str, shown: str) -> tuple[str, str] | None:
        """What curl reads for @path: ("text", content) when the command holds it, else ("file", path)."""
        if path in self.command.contents:
            return ("text", self.command.contents[path])
        if path == "/dev/null":
            return ("text", "")
        if path != "-":
            return ("file", path)
        stdin = self.command.stdin
        if stdin is None:
            self.lose(shown, "curl reads it from standard input, which the command does not hold")
            return None
        self.stdin_readers.append(shown)
        if len(self.stdin_readers) > 1:
            self.lose(shown, f"{self.stdin_readers[0]} has read standard input already, so curl reads nothing here")
            return None
        return stdin

    def add_data(self, kind: str, value: str, spelled: str, file_allowed: bool, strip: bool) -> None:
        shown = f"{spelled} {_short(value)}"
        if not (file_allowed and value.startswith("@")):
            self.data.append(Data(kind, value, spelled=shown))
            return
        source = self.source(value[1:], shown)
        if source is None:
            return
        if source[0] == "text":
            text = source[1].replace("\r", "").replace("\n", "") if strip else source[1]
            self.data.append(Data(kind, text, spelled=shown))
        else:
            self.data.append(Data(kind, None, file=source[1], spelled=shown, strip=strip))

    def urlencode(self, value: str, shown: str) -> str | None:
        """--data-urlencode's forms: content, =content, name=content, @file, name@file (curl writes + for space)."""
        split = re.search(r"[=@]", value)
        if split and split.group(0) == "@":
            name, path = value[:split.start()], value[split.end():]
            source = self.source(path, shown)
            if source is None:
                return None
            if source[0] == "file":
                self.lose(shown, "curl URL-encodes the file's content into the body, which a spec cannot say")
                return None
            return (name + "=" if name else "") + _encode(source[1])
        if split:
            name, content = value[:split.start()], value[split.end():]
            return (name + "=" if name else "") + _encode(content)
        return _encode(value)

    def form(self, value: str, spelled: str, shown: str, literal: bool) -> None:
        self.parts = [] if self.parts is None else self.parts
        part = form_part(self, value, spelled, shown, literal)
        if part is not None:
            self.parts.append(part)

    def draft(self) -> Draft:
        if not self.urls:
            raise self.origin.error("the curl command has no URL")
        if len(self.urls) > 1:
            listed = ", ".join(repr(_short(url, 40)) for url in self.urls)
            raise self.origin.error(f"the command has {len(self.urls)} URLs ({listed}); "
                                    "a spec describes one request: import them one at a time")
        if self.ignored:
            self.note(f"ignored {', '.join(dict.fromkeys(self.ignored))}: they change how curl connects "
                      "or what it prints, not the request")
        return CurlBody(self).draft(self.url())

    def url(self) -> str:
        url = self.urls[0]
        if re.search(r"[\s\x00-\x1f\x7f]", url):
            raise self.origin.error(f"curl refuses the URL {_short(url, 40)!r}: it holds white space or a control "
                                    "character (write %20 for a space)")
        if "://" not in url:
            guessed = next((s for s in _GUESSED_SCHEMES if url.lower().startswith(s + ".")), "http")
            url = f"{guessed}://{url}"  # what curl does
        if not self.path_as_is:
            match = re.match(r"([^:/?#]+://[^/?#]*)([^?#]*)(.*)\Z", url, re.DOTALL)
            if match and re.search(r"(^|/)\.\.?(/|$)", match[2]):
                url = match[1] + remove_dot_segments(match[2]) + match[3]
        return url


def remove_dot_segments(path: str) -> str:
    """/a/./b/../c -> /a/c, as curl sends a path unless --path-as-is (RFC 3986, 5.2.4)."""
    segments = path.split("/")
    out: list[str] = []
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment in (".", ".."):
            if segment == ".." and len(out) > 1:
                out.pop()
            if last:
                out.append("")
            continue
        out.append(segment)
    result = "/".join(out)
    return result if result.startswith("/") or not path.startswith("/") else "/" + result


def _encode(text: str) -> str:
    return quote(text, safe="-._~").replace("%20", "+")


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 3] + "..."

