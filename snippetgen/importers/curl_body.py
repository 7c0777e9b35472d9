"""A read curl command -> its Draft: method, headers, credentials, cookies, body, as curl 7.88 sends them."""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..httprules import DEFAULT_CONTENT_TYPES
from ..variables import PLACEHOLDER
from .bodies import body_from_text
from .common import Draft
from .curl_form import base_name
from .curl_options import ACCEPT_ENCODING
from .parts import file_variable

if TYPE_CHECKING:
    from .curl_reader import Reader

FORM_TYPE = DEFAULT_CONTENT_TYPES["form"]
_COOKIE_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+\Z")


class CurlBody:
    """The body options of one curl command, turned into a draft body and its headers."""

    def __init__(self, reader: Reader):
        self.r = reader
        self.headers = list(reader.headers)
        self.removed = {name.lower() for name in reader.removed}

    def has(self, name: str) -> bool:
        return any(n.lower() == name for n, _ in self.headers)

    def internal(self, name: str, value: str) -> None:
        """A header curl adds itself: a -H of that name replaces it, and -H 'Name:' removes it."""
        if not self.has(name.lower()) and name.lower() not in self.removed:
            self.headers.append((name, value))

    def draft(self, url: str) -> Draft:
        r = self.r
        has_data, has_parts, uploads = r.posts, r.parts is not None, r.uploads
        if has_parts and (has_data or uploads) or (has_data and uploads):
            raise r.origin.error("curl refuses the command: -d, -F and -T each give the request its body, "
                                 "and a request has one")
        if r.head and not r.get and (has_data or has_parts or uploads):
            raise r.origin.error("curl refuses the command: -I asks for a HEAD request, which has no body")
        if len(uploads) > 1:
            r.lose(f"-T {uploads[1]}", "curl sends each upload as a request of its own, and a spec describes one")
        if r.get and has_parts:
            r.note("ignored -G: curl sends the -F form as the body all the same")
        for name, value in r.generated:
            self.internal(name, value)
        self.request_headers(has_data or has_parts or bool(uploads))
        auth = self.auth()
        cookies = self.cookies()
        body: tuple[str, Any] | None = None
        query = ""
        if has_data and r.get:
            query = self.query_text()
        elif has_data:
            body = self.data_body()
        elif has_parts:
            body = ("multipart", r.parts) if r.parts else None
        elif uploads:
            body, url = self.upload(uploads[0], url)
        if query and r.url_query:
            r.lose("--url-query with -G", "curl 7.88 sends the -G data and leaves out --url-query, later versions "
                   "send both", instead="with both, as later versions of curl send them")
        query_text = "&".join(piece for piece in [query, *r.url_query] if piece)
        if query_text:
            base, hash_sign, fragment = url.partition("#")
            url = base + ("&" if "?" in base else "?") + query_text + hash_sign + fragment
        method = r.method or ("HEAD" if r.head else "GET" if r.get and not has_parts else
                              "POST" if has_data or has_parts else "PUT" if uploads else "GET")
        return Draft(method=method, url=url, headers=self.headers, body=body, cookies=cookies, auth=auth,
                     variables=r.variables)

    def request_headers(self, has_body: bool) -> None:
        r = self.r
        for name in r.removed:
            if name.lower() == "content-type" and has_body:
                r.lose(f"-H '{name}:'", "curl then sends the body without a content type, and a spec's body "
                       "has one", instead="with the spec's content type")
            elif name.lower() in ("user-agent", "accept", "host"):
                r.note(f"left out -H '{name}:': it removes a header curl adds itself, and the spec's clients "
                       "send their own")
            else:
                r.note(f"left out -H '{name}:': it removes a header curl would add, and the spec does not add it")
        if r.compressed:
            self.internal("Accept-Encoding", ACCEPT_ENCODING)
        if r.continue_at is not None and r.range is None:
            if not r.continue_at.isdigit():
                r.lose(f"-C {r.continue_at}", "curl works out where to resume from the output file")
            elif r.continue_at != "0":
                self.internal("Range", f"bytes={r.continue_at}-")
        if r.range is not None:
            value = r.range + "-" if r.range.isdigit() else r.range  # curl appends the dash `-r 600` lacks
            self.internal("Range", f"bytes={value}")

    def auth(self) -> tuple[str, ...] | None:
        r = self.r
        if "authorization" in self.removed and (r.user is not None or r.bearer is not None):
            r.note("left out the credentials: -H 'Authorization:' removes the header curl would send them in")
            return None
        if r.challenge:
            shown, why = r.challenge
            with_user = f" (with -u {r.user})" if r.user is not None else ""
            r.lose(shown + with_user, why + ("; the credentials are left out with it, or they would go as Basic"
                                             if with_user else ""))
            return None
        if r.bearer is not None:
            if r.user is not None:
                r.note("left out -u: curl sends the --oauth2-bearer token instead")
            return ("bearer", r.bearer)
        if r.user is None:
            return None
        if ":" not in r.user:
            r.lose(f"-u {r.user}", "curl asks for the password when it runs; write it as -u user:password")
            return None
        user, _, password = r.user.partition(":")
        return ("basic", user, password)

    def cookies(self) -> list[tuple[str, str]]:
        """-b strings: curl joins them with ';' and sends none when the command has a Cookie header."""
        r = self.r
        if not r.cookies or "cookie" in self.removed:
            return []
        if self.has("cookie"):
            r.note("left out -b: curl sends the command's Cookie header instead")
            return []
        joined = ";".join(r.cookies)
        pairs = []
        for piece in joined.split("; "):
            name, equals, value = piece.partition("=")
            if not equals or not _COOKIE_NAME.match(name) or ";" in value:
                break
            pairs.append((name, value))
        else:
            if "; ".join(f"{n}={v}" for n, v in pairs) == joined:
                return pairs
        self.headers.append(("Cookie", joined))  # kept as curl writes it, byte for byte
        return []

    def pieces(self) -> list[str]:
        """The text of each data piece; a file's content is not known, so that piece is lost."""
        texts = []
        for piece in self.r.data:
            if piece.text is None:
                self.r.lose(piece.spelled, "curl sends the file's content with the other data, and a spec's "
                            "body is either a file or text the spec holds")
            else:
                texts.append(("" if piece.kind == "json" or not texts else "&") + piece.text)
        return texts

    def query_text(self) -> str:
        return "".join(self.pieces())

    def data_body(self) -> tuple[str, Any] | None:
        r = self.r
        is_json = any(piece.kind == "json" for piece in r.data)
        if is_json:
            if "content-type" not in self.removed:
                self.internal("Content-Type", "application/json")
            self.internal("Accept", "application/json")
        default = not self.has("content-type")
        if default:
            self.headers.append(("Content-Type", FORM_TYPE))  # curl's default for -d
        content_type = next(value for name, value in self.headers if name.lower() == "content-type")
        [piece] = r.data if len(r.data) == 1 else [None]
        if piece is not None and piece.file is not None:
            if piece.strip:
                r.lose(piece.spelled, "curl leaves out the file's line breaks (CR and LF), and a spec's file body "
                       "is the file as it is (--data-binary @file sends it so)", instead="as the file as it is")
            return ("file", self.file(piece.file, "the body", piece.spelled))
        text = "".join(self.pieces())
        body = body_from_text(content_type, text, r.origin, lambda message: r.policy.warn(message))
        if body[0] == "form" and default:  # the spec's own default for a form
            self.headers = [(n, v) for n, v in self.headers if (n, v) != ("Content-Type", FORM_TYPE)]
        return body

    def upload(self, path: str, url: str) -> tuple[tuple[str, Any] | None, str]:
        """-T: PUT the file (to URL/name when the URL's path is empty or ends in /)."""
        r = self.r
        shown = f"-T {path}"
        if path in ("-", "."):
            source = r.source("-", shown)
            if source is None or source[0] == "text":  # text: to_spec holds it to the content-type rule
                return (None if source is None else ("text", source[1])), url
            path = source[1]
        elif re.search(r"[{}\[\]]", PLACEHOLDER.sub("", path)):
            r.lose(shown, "curl sends one request per file the pattern names, and a spec describes one")
            return None, url
        else:
            match = re.match(r"([^:/?#]+://[^/?#]*)([^?#]*)(.*)\Z", url, re.DOTALL)
            if match and (not match[2] or match[2].endswith("/")):
                name = base_name(path)
                if PLACEHOLDER.search(name):
                    r.lose(shown, f"curl adds the file's name to the URL, and {name} is known only when the "
                           "command runs; write the name in the URL")
                    return None, url
                url = match[1] + (match[2] or "/") + encode_file_name(name) + match[3]
        if not self.has("content-type"):
            r.lose(shown, "curl sends the file without a Content-Type header, and a spec's file body always has "
                   "one (add -H 'Content-Type: application/octet-stream', the type a server assumes then)",
                   instead="with Content-Type: application/octet-stream")
        return ("file", self.file(path, "the file", shown)), url

    def file(self, path: str, what: str, shown: str) -> str:
        """A file curl reads: its path as a placeholder (or the command's own placeholders)."""
        if PLACEHOLDER.search(path):
            return path
        stem = PurePosixPath(path).stem or "body"
        return file_variable(self.r.variables, stem, path, f"{what} curl sends ({shown})")



def encode_file_name(name: str) -> str:
    """How curl writes a file name it appends to the URL (curl_easy_escape); placeholders kept."""
    return name if PLACEHOLDER.search(name) else quote(name, safe="-._~")
