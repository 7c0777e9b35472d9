"""A HAR 1.2 file (browser devtools, proxies) -> one spec per recorded request.

Accepts a whole log, a single entry, or a single request object.  Headers the client
sets itself (Host, Content-Length, HTTP/2 pseudo-headers) are left out; the cookies
array becomes `cookies:` unless a Cookie header says what was sent; the URL's query and
queryString are merged so that each pair comes once; the body is form, json, text or
multipart by its content type, a file part's path a placeholder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .bodies import body_from_text, decode_base64, load_json, media_type
from .common import Draft, Imported, Origin, Policy, Warn, too_deep
from .to_spec import decode_query, to_spec, url_path
from .multipart import parts_from_text, spec_parts
from .output import slug, unique_names
from ..textfile import read_text
from .errors import SourceError

SHAPE = "expected a HAR log ({\"log\": {\"entries\": [...]}}), one entry, or one request with method and url"


def import_har(path: str | Path, warn: Warn, *, lenient: bool = False) -> list[Imported]:
    path = Path(path)
    text = read_text(path, SourceError, " (a HAR file is UTF-8 JSON)")
    return import_har_text(text, str(path), warn, lenient=lenient)


def import_har_text(text: str, file: str, warn: Warn, *, lenient: bool = False) -> list[Imported]:
    """Every request of the HAR text, checked and turned into YAML before anything is returned."""
    policy = Policy(warn, lenient)
    document = load_json(text, file)
    requests = _requests(document, file)
    multiple = len(requests) > 1
    stems = unique_names([_stem(request, index if multiple else None) for index, (_, request) in enumerate(requests)])
    source = Path(file).name
    try:
        return [to_spec(_draft(request, origin, policy), origin, policy, name,
                       comment=f"Imported from {source} ({origin.path or 'the request'})")
                for (origin, request), name in zip(requests, stems)]
    except RecursionError:
        raise too_deep(file) from None


def _requests(document: Any, file: str) -> list[tuple[Origin, dict[str, Any]]]:
    if not isinstance(document, dict):
        raise SourceError(f"not a HAR file: {SHAPE}", file=file)
    if "log" in document:
        log = document["log"]
        if not isinstance(log, dict) or not isinstance(log.get("entries"), list):
            raise SourceError(f"not a HAR file: log.entries is not a list; {SHAPE}", file=file, path="log")
        if not log["entries"]:
            raise SourceError("the HAR log has no requests (log.entries is empty)", file=file, path="log.entries")
        result = []
        for index, entry in enumerate(log["entries"]):
            path = f"log.entries[{index}]"
            if not isinstance(entry, dict) or not isinstance(entry.get("request"), dict):
                raise SourceError("an entry needs a request object", file=file, path=path)
            result.append((Origin(file, f"{path}.request"), entry["request"]))
        return result
    if isinstance(document.get("request"), dict):
        return [(Origin(file, "request"), document["request"])]
    if "method" in document and "url" in document:
        return [(Origin(file, ""), document)]
    raise SourceError(f"not a HAR file: {SHAPE}", file=file)


def _text(mapping: dict[str, Any], key: str, origin: Origin, required: bool = True) -> str | None:
    value = mapping.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        got = "missing" if value is None else f"a {type(value).__name__}, not text"
        raise origin.error(f"{key} is {got}", path=_join(origin.path, key))
    return value


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _objects(request: dict[str, Any], key: str, origin: Origin) -> list[tuple[Origin, dict[str, Any]]]:
    """A HAR list of objects (headers, cookies, queryString, params), each with its origin."""
    items = request.get(key) or []
    path = _join(origin.path, key)
    if not isinstance(items, list):
        raise origin.error("expected a list of {name, value} objects", path=path)
    result = []
    for index, item in enumerate(items):
        where = Origin(origin.file, f"{path}[{index}]")
        if not isinstance(item, dict):
            raise where.error("expected a {name, value} object")
        _text(item, "name", where)
        for optional in ("fileName", "contentType"):
            _text(item, optional, where, required=False)
        result.append((where, item))
    return result


def _pairs(request: dict[str, Any], key: str, origin: Origin) -> list[tuple[str, str]]:
    return [(item["name"], _value(item)) for _, item in _objects(request, key, origin)]


def _value(item: dict[str, Any]) -> str:
    value = item.get("value", "")
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


def _draft(request: dict[str, Any], origin: Origin, policy: Policy) -> Draft:
    method = _text(request, "method", origin)
    url = _text(request, "url", origin)
    headers = _pairs(request, "headers", origin)
    cookies = _pairs(request, "cookies", origin)
    cookie_headers = [value for name, value in headers if name.lower() == "cookie"]
    if cookies and cookie_headers == ["; ".join(f"{name}={value}" for name, value in cookies)]:
        headers = [(name, value) for name, value in headers if name.lower() != "cookie"]  # the array restates it
    elif cookie_headers:
        cookies = []  # the header is what was sent
    draft = Draft(method=method, url=url, headers=headers, cookies=cookies)
    draft.query = _query(url, _pairs(request, "queryString", origin))
    post = request.get("postData")
    if post is not None:
        draft.body = _body(post, draft, origin.at("postData"), policy)
    draft.title = f"{method} {url_path(url)}"
    return draft


def _query(url: str, listed: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    """queryString pairs the URL does not already hold, in order; the URL says which names are bare.

    HAR writers repeat the URL's query there, decoded (mitmproxy, Firefox) or as written
    (Chrome); a pair is the URL's when it matches one of its pairs either way."""
    raw = url.partition("#")[0].partition("?")[2]
    written = [piece.partition("=") for piece in raw.split("&") if piece]
    decoded = decode_query(raw) or [(name, value if equals else None) for name, equals, value in written]
    unmatched = list(range(len(written)))
    extra = []
    for name, value in listed:
        for index in unmatched:
            (dname, dvalue), (wname, _, wvalue) = decoded[index], written[index]
            if (name, value) in ((dname, dvalue or ""), (wname, wvalue)):
                unmatched.remove(index)
                break
        else:
            extra.append((name, value))
    return extra


def _body(post: Any, draft: Draft, origin: Origin, policy: Policy) -> tuple[str, Any] | None:
    if not isinstance(post, dict):
        raise origin.error("expected an object with mimeType and text or params")
    mime = _text(post, "mimeType", origin, required=False)
    header = next((value for name, value in draft.headers if name.lower() == "content-type"), None)
    if header is None and mime:
        draft.headers.append(("Content-Type", mime))
    content_type = header or mime
    text = _text(post, "text", origin, required=False)
    if text is not None and post.get("encoding") == "base64":
        text, why = decode_base64(text)
        if text is None:
            policy.lose(origin, "the body", why)
            return None
    params = _objects(post, "params", origin)
    if media_type(content_type) == "multipart/form-data":
        return _multipart(text, params, content_type, draft, origin, policy)
    if text is not None:
        if text == "" and not content_type:
            return None  # nothing sent, nothing said
        return body_from_text(content_type, text, origin, policy.warn)
    if params:
        if media_type(content_type) != "application/x-www-form-urlencoded":
            policy.lose(origin.at("params"), "the body", f"params without text make a body only as a form or a "
                        f"multipart body, not as {content_type or 'no content type'}")
            return None
        if any("fileName" in item for _, item in params):
            policy.lose(origin.at("params"), "the file params", "a form body holds text fields, not files")
        return ("form", [(item["name"], _value(item)) for _, item in params if "fileName" not in item])
    return None


def _multipart(text: str | None, params: list, content_type: str, draft: Draft, origin: Origin,
               policy: Policy) -> tuple[str, Any] | None:
    def lose(what: str, why: str) -> None:
        policy.lose(origin, what, why)

    # The text is what was sent (devtools may put "(binary)" in params for a file); params when it cannot be read.
    parsed = parts_from_text(text, content_type) if text else None
    if isinstance(parsed, list):
        parts = parsed
    elif params:
        parts = [dict(item, value=_value(item)) for _, item in params]
    elif parsed is not None:
        policy.lose(origin.at("text"), "the multipart body", parsed)
        return None
    else:
        return None  # a multipart content type and nothing to send: the header alone, as recorded
    # The recorded boundary was the recording client's; the spec's clients pick their own.
    draft.headers = [(n, v) for n, v in draft.headers if n.lower() != "content-type"]
    return ("multipart", spec_parts(parts, draft.variables, lose))


def _stem(request: dict[str, Any], index: int | None) -> str:
    """A file stem from the method and the last two path segments: `03-post-v1-widgets`."""
    method, url = request.get("method"), request.get("url")
    path = url_path(url) if isinstance(url, str) else ""
    segments = [part for part in path.split("/") if part][-2:]
    stem = slug(f"{method if isinstance(method, str) else ''}-{'-'.join(segments)}".lower())
    return stem if index is None else f"{index + 1:02d}-{stem}"
