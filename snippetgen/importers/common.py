"""What every importer shares: a draft request -> spec data that obeys the spec rules,
spec data -> YAML text, and writing the specs out whole or not at all.

An importer reads its source into a Draft (method, URL, query, headers, body as the
source has them); `finish` holds it to the rules of request.py, leaving out with a
warning what a spec cannot say, and checks the YAML it writes loads and builds.
"""

from __future__ import annotations

import base64
import json
import math
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import unquote_to_bytes

from .. import urls, yamlsource
from ..errors import SpecError
from ..escape import is_hidden
from ..request import CLIENT_HEADERS, DEFAULT_CONTENT_TYPES, METHODS_WITHOUT_BODY, TOKEN, build_request
from ..spec import Spec, parse_spec
from .errors import OutputError, SourceError

Warn = Callable[[str], None]

FORM_TYPE = DEFAULT_CONTENT_TYPES["form"]
# Client-set headers that only restate the connection or the body: left out without a word.
_RESTATED = frozenset({"content-length", "connection", "keep-alive", "proxy-connection"})


@dataclass(frozen=True)
class Origin:
    """Where a request came from, for messages: a file and the key path inside it."""

    file: str
    path: str = ""

    def error(self, message: str, line: int | None = None, path: str | None = None) -> SourceError:
        return SourceError(message, file=self.file, path=self.path if path is None else path, line=line)

    def warning(self, message: str) -> str:
        return f"{self.file}: {self.path}: {message}" if self.path else f"{self.file}: {message}"


@dataclass
class Draft:
    """A request as an import source gives it, before the spec rules are applied."""

    method: str
    url: str
    query: list[tuple[str, str]] = field(default_factory=list)
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: tuple[str, Any] | None = None  # ("form", [(name, value)]) | ("json", value) | ("text", str)
    variables: dict[str, dict[str, Any]] = field(default_factory=dict)  # name -> description/example/secret
    title: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class Imported:
    """One spec made by an importer: its data, its YAML text, and the Spec that text loads as."""

    name: str  # a file stem for --out
    data: dict[str, Any]
    text: str
    spec: Spec


# --- bodies -------------------------------------------------------------------

def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def is_json_type(content_type: str | None) -> bool:
    base = media_type(content_type)
    return base in ("application/json", "text/json") or base.endswith("+json")


class _NotJson(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _NotJson(f"key {key!r} is given twice")
        result[key] = value
    return result


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotJson(f"{text} is out of range")
    return value


def _no_constant(text: str) -> Any:
    raise _NotJson(f"{text} is not JSON")


def strict_json(text: str) -> Any:
    """The JSON value of text; ValueError for what a spec's json body cannot hold exactly."""
    return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_float=_finite,
                      parse_constant=_no_constant)


def parse_form(text: str) -> list[tuple[str, str]] | None:
    """Pairs of an application/x-www-form-urlencoded body, or None when they would not say it exactly."""
    pairs = []
    for item in text.split("&"):
        if not item:
            continue
        raw_name, equals, raw_value = item.partition("=")
        if not equals:
            return None  # `name` alone: more likely text sent with curl's default content type
        try:
            name = unquote_to_bytes(raw_name.replace("+", " ")).decode("utf-8")
            value = unquote_to_bytes(raw_value.replace("+", " ")).decode("utf-8")
        except UnicodeDecodeError:
            return None
        if not name:
            return None
        pairs.append((name, value))
    return pairs or None


def body_from_text(content_type: str | None, text: str, origin: Origin, warn: Warn) -> tuple[str, Any]:
    """The spec body for text sent with content_type: form, json or text by its media type."""
    if media_type(content_type) == FORM_TYPE:
        if text.lstrip()[:1] in ("{", "[") and _parses_as_json(text):
            warn(origin.warning(f"the body is JSON but is sent as {FORM_TYPE}; imported as text with that "
                                "content type (to send JSON, give a JSON content type)"))
            return ("text", text)
        pairs = parse_form(text)
        return ("text", text) if pairs is None else ("form", pairs)
    if is_json_type(content_type):
        try:
            return ("json", strict_json(text))
        except ValueError as exc:
            warn(origin.warning(f"the body is not JSON the spec can hold exactly ({_one_line(exc)}); "
                                "imported as text"))
    return ("text", text)


def _parses_as_json(text: str) -> bool:
    try:
        strict_json(text)
    except ValueError:
        return False
    return True


def decode_body(data: bytes, origin: Origin, warn: Warn) -> str | None:
    """Body bytes as text; None (with a warning) when they are not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        warn(origin.warning("left out the body: it is not UTF-8 text, and a spec body is text"))
        return None


def decode_base64(text: str, origin: Origin, warn: Warn) -> str | None:
    try:
        data = base64.b64decode(text, validate=True)
    except ValueError:
        warn(origin.warning("left out the body: it is marked base64 but does not decode"))
        return None
    return decode_body(data, origin, warn)


def load_json(text: str, file: str) -> Any:
    """Parsed JSON, or a one-line SourceError with the line, the column and what went wrong."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        truncated = "; the file ends too early (truncated?)" if _unclosed(text) else ""
        raise SourceError(f"not valid JSON: {exc.msg} (column {exc.colno}){truncated}", file=file,
                          line=exc.lineno) from None
    except RecursionError:
        raise SourceError("not valid JSON: nested too deeply", file=file) from None


def _unclosed(text: str) -> bool:
    """True when JSON text ends inside a string, an object or an array."""
    depth, in_string, escaped = 0, False, False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
    return in_string or depth > 0


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


# --- the spec rules -----------------------------------------------------------

def _header_problem(value: str) -> str | None:
    for ch in value:
        if ch in "\r\n\0":
            return "its value holds CR, LF or NUL"
        if not (ch == "\t" or " " <= ch <= "~"):
            return "its value is not printable ASCII"
    return None


def _basic(userinfo: str) -> str:
    user, _, password = userinfo.partition(":")
    raw = unquote_to_bytes(user) + b":" + unquote_to_bytes(password)
    return "Basic " + base64.b64encode(raw).decode("ascii")


class _Finisher:
    def __init__(self, draft: Draft, origin: Origin, warn: Warn):
        self.draft = draft
        self.origin = origin
        self.warn = lambda message: warn(origin.warning(message))

    def method(self) -> str:
        method = self.draft.method.strip()
        if not TOKEN.match(method):
            raise self.origin.error(f"the method {method!r} is not an HTTP token")
        if method != method.upper():
            self.warn(f"the method {method!r} is written {method.upper()!r}: several clients upper-case it")
            method = method.upper()
        if method == "CONNECT":
            raise self.origin.error("CONNECT opens a tunnel; it is not a request a spec can describe")
        return method

    def url(self) -> tuple[str, str, list[tuple[str, str]], str | None]:
        """The URL without its query, its host[:port], the query pairs, and a header for credentials in it."""
        url = self.draft.url.strip()
        url, hash_sign, _ = url.partition("#")
        if hash_sign:
            self.warn("left out the URL's #fragment: it is never sent to the server")
        match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*://)([^/?]*)(.*)\Z", url, re.DOTALL)
        authorization = None
        if match and "@" in match[2]:
            userinfo, _, host = match[2].rpartition("@")
            authorization = _basic(userinfo)
            url = match[1] + host + match[3]
        try:
            parts = urls.split(url)
        except urls.UrlError as exc:
            raise self.origin.error(f"URL {_short(url)}: {exc}") from None
        base, _, query = url.partition("?")
        netloc = parts.host + (f":{parts.port}" if parts.port is not None else "")
        return base, netloc, (urls.parse_query(query) if query else []) + list(self.draft.query), authorization

    def headers(self, netloc: str) -> tuple[list[tuple[str, str]], list[str]]:
        """Headers the spec can send, joined by name; and the client-set ones left out with a word."""
        kept: dict[str, tuple[str, str]] = {}
        noted = []
        for name, value in self.draft.headers:
            value = value.strip(" \t")
            lower = name.lower()
            if name.startswith(":"):
                continue  # HTTP/2 pseudo-headers: the method, URL and host say them
            if not TOKEN.match(name):
                self.warn(f"left out header {name!r}: a header name is a token")
                continue
            if lower in CLIENT_HEADERS:
                if lower not in _RESTATED and not (lower == "host" and value.lower() == netloc.lower()):
                    noted.append(name)
                continue
            problem = _header_problem(value)
            if problem:
                self.warn(f"left out header {name}: {problem}, which clients send differently")
                continue
            if lower in kept:
                first, joined = kept[lower]
                glue = "; " if lower == "cookie" else ", "
                kept[lower] = (first, joined + glue + value if joined and value else joined or value)
            else:
                kept[lower] = (name, value)
        return list(kept.values()), noted

    def finish(self) -> dict[str, Any]:
        draft = self.draft
        method = self.method()
        url, netloc, query, authorization = self.url()
        headers, client_set = self.headers(netloc)
        if client_set:
            self.warn(f"left out {', '.join(client_set)}: set by the HTTP client itself")
        if authorization and not any(n.lower() == "authorization" for n, _ in headers):
            headers.append(("Authorization", authorization))
        body = self.body(draft.body)
        content_type = next(((n, v) for n, v in headers if n.lower() == "content-type"), None)
        if body is not None and method in METHODS_WITHOUT_BODY:
            self.warn(f"left out the body: a {method} request cannot have one in every client")
            body = None
        if body is None and content_type is not None:
            self.warn(f"left out header {content_type[0]}: there is no body for it to describe")
            headers.remove(content_type)
        elif body is not None and content_type is None and body[0] == "text":
            self.warn(f"the body has no content type; the spec sends it as {DEFAULT_CONTENT_TYPES['text']}")
        elif body is not None and content_type is not None and body[0] == "form" \
                and media_type(content_type[1]) != FORM_TYPE:
            body = ("text", _form_text(body[1]))

        data: dict[str, Any] = {}
        if draft.title:
            data["title"] = draft.title
        if draft.description:
            data["description"] = draft.description
        variables = self.variables(url, query, headers, body)
        if variables:
            data["variables"] = variables
        request: dict[str, Any] = {"method": method, "url": url}
        if query:
            request["query"] = pairs_value(query)
        if headers:
            request["headers"] = dict(headers)
        if body is not None:
            kind, value = body
            request[kind] = pairs_value(value) if kind == "form" else value
        data["request"] = request
        return data

    def body(self, body: tuple[str, Any] | None) -> tuple[str, Any] | None:
        if body is None:
            return None
        kind, value = body
        if kind == "form":
            if any("\0" in n or "\0" in v for n, v in value):
                self.warn("left out the form body: it holds a NUL character, which a shell argument cannot carry")
                return None
            return ("form", [(n, v) for n, v in value])
        if kind == "text" and "\0" in value:
            self.warn("left out the body: it holds a NUL character, which a shell argument cannot carry")
            return None
        return body

    def variables(self, *parts: Any) -> dict[str, Any]:
        """The draft's variables that the request uses, in the order declared."""
        used = set()
        for part in parts:
            used |= placeholders_in(part)
        result = {}
        for name, decl in self.draft.variables.items():
            if name not in used:
                continue
            entry: dict[str, Any] = {}
            if decl.get("description"):
                entry["description"] = decl["description"]
            if decl.get("example") is not None:
                entry["example"] = str(decl["example"])
            if decl.get("secret"):
                entry["secret"] = True
            result[name] = entry
        return result


def url_path(url: str) -> str:
    """The path of URL text, for titles and file names; "/" when there is none to find."""
    match = re.match(r"[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*([^?#]*)", url)
    return (match.group(1) if match else "") or "/"


def _short(text: str, limit: int = 80) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "...")


def _form_text(pairs: list[tuple[str, str]]) -> str:
    return "&".join(urls.encode_component(n, []) + "=" + urls.encode_component(v, []) for n, v in pairs)


def placeholders_in(value: Any) -> set[str]:
    """Every {name} written anywhere in a value: strings, keys, lists, tuples, mappings."""
    if isinstance(value, str):
        return set(re.findall(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", value))
    if isinstance(value, dict):
        return set().union(*(placeholders_in(k) | placeholders_in(v) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return set().union(*(placeholders_in(item) for item in value))
    return set()


def pairs_value(pairs: list[tuple[str, str]]) -> dict[str, str] | list[list[str]]:
    """A mapping when every name is given once, else a list of [name, value] pairs."""
    names = [name for name, _ in pairs]
    if len(set(names)) == len(names):
        return dict(pairs)
    return [[name, value] for name, value in pairs]


def finish(draft: Draft, origin: Origin, warn: Warn, name: str, comment: str | None = None) -> Imported:
    """Spec data, YAML text and the loaded Spec for draft; SourceError when no spec can say it."""
    data = _Finisher(draft, origin, warn).finish()
    text = (f"# {comment}\n" if comment else "") + to_yaml(data)
    try:
        spec = parse_spec(text, origin.file)
        build_request(spec)
    except SpecError as exc:
        # The YAML's lines mean nothing to the user: name the source and the spec key instead.
        where = f"{origin.path}: " if origin.path else ""
        raise SourceError(f"{where}{exc.path}: {exc.message}" if exc.path else f"{where}{exc.message}",
                          file=origin.file) from None
    spec.lines = {}
    return Imported(name=name, data=data, text=text, spec=spec)


# --- YAML text ----------------------------------------------------------------

_CORE_SCALAR = re.compile(
    r"(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+"
    r"|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\Z")
# Read as something else than text by YAML 1.1 tools (editors, PyYAML's default loader).
_YAML11_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "<<", "="})
_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`")
_FLOW_INDICATORS = set(",[]{}")
_SHORT_FLOW = 100
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0"}


def _plain(text: str, flow: bool) -> bool:
    """True when text can be written without quotes and still read back as this text."""
    if not text or text != text.strip() or text[0] in _INDICATORS or text[0] in "+.0123456789":
        return False
    if _CORE_SCALAR.match(text) or text.lower() in _YAML11_WORDS:
        return False
    if ": " in text or " #" in text or text.endswith(":") or "\t" in text:
        return False
    if flow and any(ch in _FLOW_INDICATORS or ch in ":?" for ch in text):
        return False
    return not any(is_hidden(ch) or ch in "\n\r\x85\ufeff" for ch in text)


def _quoted(text: str) -> str:
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif is_hidden(ch) or ch in "\x85\ufeff":
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _scalar(value: Any, flow: bool = False, pretty: bool = True) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("YAML text for a spec has no NaN or infinity")
        text = repr(value)
        return text if ("." in text or "e" in text) else text + ".0"
    text = str(value)
    return text if pretty and _plain(text, flow) else _quoted(text)


def _literal_block(text: str) -> bool:
    """True when text reads better as a | block and one can hold it exactly."""
    if "\n" not in text.rstrip("\n") or text[:1] in (" ", "\n"):
        return False
    lines = text.split("\n")
    if any(line != line.rstrip(" \t") for line in lines):
        return False
    return not any((is_hidden(ch) and ch not in "\n\t") or ch in "\r\x85\ufeff\u2028\u2029" for ch in text)


def _block_scalar(text: str, indent: str) -> str:
    chomp = "-" if not text.endswith("\n") else ("" if not text.endswith("\n\n") else "+")
    body = text[:-1] if text.endswith("\n") else text
    lines = [(indent + line) if line else "" for line in body.split("\n")]
    return f"|{chomp}\n" + "\n".join(lines)


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, (dict, list))


def _flow_list(items: list[Any], pretty: bool) -> str:
    return "[" + ", ".join(_scalar(item, True, pretty) for item in items) + "]"


def _emit(value: Any, indent: int, out: list[str], prefix: str, pretty: bool) -> None:
    """Write value after prefix (a `key:` or `-` already indented), nested lines at indent."""
    pad = " " * indent
    if isinstance(value, dict) and value:
        out.append(prefix)
        for key, item in value.items():
            _emit(item, indent + 2, out, f"{pad}{_scalar(str(key), False, pretty)}:", pretty)
        return
    if isinstance(value, list) and value:
        if all(_is_scalar(item) for item in value):
            flow = _flow_list(value, pretty)
            if len(value) == 2 or len(flow) <= _SHORT_FLOW:
                out.append(f"{prefix} {flow}")
                return
        out.append(prefix)
        for item in value:
            if isinstance(item, dict) and item:  # `- key: value`, the other keys under the first
                for number, (key, child) in enumerate(item.items()):
                    lead = f"{pad}- " if number == 0 else f"{pad}  "
                    _emit(child, indent + 4, out, f"{lead}{_scalar(str(key), False, pretty)}:", pretty)
            else:
                _emit(item, indent + 2, out, f"{pad}-", pretty)
        return
    if isinstance(value, dict):
        out.append(f"{prefix} {{}}")
    elif isinstance(value, list):
        out.append(f"{prefix} []")
    elif pretty and isinstance(value, str) and _literal_block(value):
        out.append(f"{prefix} {_block_scalar(value, pad)}")
    else:
        out.append(f"{prefix} {_scalar(value, False, pretty)}")


def _typed(value: Any) -> Any:
    """value with every type spelled out, so 1, 1.0, True and "1" all differ."""
    if isinstance(value, dict):
        return ("dict", [(k, _typed(v)) for k, v in value.items()])
    if isinstance(value, (list, tuple)):
        return ("list", [_typed(v) for v in value])
    return (type(value).__name__, value)


def to_yaml(data: dict[str, Any]) -> str:
    """YAML text for spec data, keys in order; it loads back (yamlsource) as exactly data.

    Text is plain where YAML reads it back as text, and multi-line text a | block; should
    the result not read back the same, every string is written double-quoted instead.
    """
    for pretty in (True, False):
        out: list[str] = []
        for key, value in data.items():
            _emit(value, 2, out, f"{_scalar(str(key), False, pretty)}:", pretty)
        text = "\n".join(out) + "\n"
        try:
            loaded, _ = yamlsource.load(text, "<import>")
        except SpecError:
            continue
        if _typed(loaded) == _typed(data):
            return text
    raise AssertionError("snippetgen bug: the YAML written for an import does not read back the same")


# --- output -------------------------------------------------------------------

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
