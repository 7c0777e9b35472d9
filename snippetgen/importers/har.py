"""A HAR 1.2 file (browser devtools, proxies) -> one spec per recorded request.

Accepts a whole log, a single entry, or a single request object.  Headers the client
sets itself (Host, Content-Length, HTTP/2 pseudo-headers) are left out, cookies become
a Cookie header, and the body is form, json or text by its content type.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .bodies import body_from_text, decode_base64, load_json, media_type
from .common import Draft, Imported, Origin, Warn
from .finish import finish, url_path
from .output import slug, unique_names
from ..textfile import read_text
from .errors import SourceError

SHAPE = "expected a HAR log ({\"log\": {\"entries\": [...]}}), one entry, or one request with method and url"


def import_har(path: str | Path, warn: Warn) -> list[Imported]:
    path = Path(path)
    text = read_text(path, SourceError, " (a HAR file is UTF-8 JSON)")
    return import_har_text(text, str(path), warn)


def import_har_text(text: str, file: str, warn: Warn) -> list[Imported]:
    """Every request of the HAR text, checked and turned into YAML before anything is returned."""
    document = load_json(text, file)
    requests = _requests(document, file)
    multiple = len(requests) > 1
    stems = unique_names([_stem(request, index if multiple else None) for index, (_, request) in enumerate(requests)])
    source = Path(file).name
    return [finish(_draft(request, origin, warn), origin, warn, name,
                   comment=f"Imported from {source} ({origin.path or 'the request'})")
            for (origin, request), name in zip(requests, stems)]


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


def _pairs(request: dict[str, Any], key: str, origin: Origin) -> list[tuple[str, str]]:
    """A HAR list of {name, value} objects (headers, cookies, queryString, params)."""
    items = request.get(key) or []
    path = _join(origin.path, key)
    if not isinstance(items, list):
        raise origin.error("expected a list of {name, value} objects", path=path)
    result = []
    for index, item in enumerate(items):
        where = Origin(origin.file, f"{path}[{index}]")
        if not isinstance(item, dict):
            raise where.error("expected a {name, value} object")
        value = item.get("value", "")
        result.append((_text(item, "name", where), value if isinstance(value, str) else str(value)))
    return result


def _draft(request: dict[str, Any], origin: Origin, warn: Warn) -> Draft:
    method = _text(request, "method", origin)
    url = _text(request, "url", origin)
    headers = _pairs(request, "headers", origin)
    cookies = _pairs(request, "cookies", origin)
    if cookies and not any(name.lower() == "cookie" for name, _ in headers):
        headers.append(("Cookie", "; ".join(f"{name}={value}" for name, value in cookies)))
    query = []
    if "?" not in url:
        query = _pairs(request, "queryString", origin)
    draft = Draft(method=method, url=url, query=query, headers=headers)
    post = request.get("postData")
    if post is not None:
        draft.body = _body(post, draft, Origin(origin.file, _join(origin.path, "postData")), warn)
    draft.title = f"{method} {url_path(url)}"
    return draft


def _body(post: Any, draft: Draft, origin: Origin, warn: Warn) -> tuple[str, Any] | None:
    if not isinstance(post, dict):
        raise origin.error("expected an object with mimeType and text or params")
    mime = _text(post, "mimeType", origin, required=False)
    header = next((value for name, value in draft.headers if name.lower() == "content-type"), None)
    if header is None and mime:
        draft.headers.append(("Content-Type", mime))
    content_type = header or mime
    if media_type(content_type) == "multipart/form-data":
        warn(origin.warning("left out the multipart/form-data body and its content-type: the spec format has "
                            "no multipart bodies"))
        draft.headers = [(name, value) for name, value in draft.headers if name.lower() != "content-type"]
        return None
    text = _text(post, "text", origin, required=False)
    if text is not None:
        if post.get("encoding") == "base64":
            text = decode_base64(text, origin, warn)
            if text is None:
                return None
        return body_from_text(content_type, text, origin, warn)
    params = _pairs(post, "params", origin)
    if params:
        if media_type(content_type) != "application/x-www-form-urlencoded":
            warn(origin.warning(f"left out the body: params without text for {content_type or 'no content type'}"))
            return None
        return ("form", params)
    return None


def _stem(request: dict[str, Any], index: int | None) -> str:
    """A file stem from the method and the last two path segments: `03-post-v1-widgets`."""
    method, url = request.get("method"), request.get("url")
    path = url_path(url) if isinstance(url, str) else ""
    segments = [part for part in path.split("/") if part][-2:]
    stem = slug(f"{method if isinstance(method, str) else ''}-{'-'.join(segments)}".lower())
    return stem if index is None else f"{index + 1:02d}-{stem}"
