"""Hypothesis strategies for valid specs, shared by the importer and schema tests.

A drawn spec loads and builds: declared placeholders may stand in the host, path,
query, headers and bodies; text that is not a placeholder never looks like one.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from snippetgen import httprules
from snippetgen.httprules import CLIENT_HEADERS
from snippetgen.variables import PLACEHOLDER

VARIABLE_NAMES = ("tok", "userId", "Region")
METHODS_WITH_BODY = ("POST", "PUT", "PATCH", "DELETE", "OPTIONS", "PURGE")

# Any Unicode but NUL (no shell argument holds it) and surrogates.
_CHARACTERS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
_ASCII_PRINTABLE = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
_TOKEN_CHARACTERS = st.sampled_from("!#$%&'*+.^_`|~-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _placeholders_are(declared: tuple[str, ...]):
    """Every {name} in the text is declared, and no $ or # stands before one (${x} and #{x} are text)."""

    def check(text: str) -> bool:
        for match in PLACEHOLDER.finditer(text):
            if match.group(1) not in declared or text[match.start() - 1:match.start()] in ("$", "#"):
                return False
        return True

    return check


def texts(declared: tuple[str, ...], alphabet=_CHARACTERS, max_size: int = 12, min_size: int = 0):
    """Text made of random runs and declared placeholders."""
    run = st.text(alphabet, max_size=max_size)
    pieces = st.lists(st.one_of(run, st.sampled_from([f"{{{n}}}" for n in declared])) if declared else run,
                      max_size=3)
    return pieces.map("".join).filter(lambda t: len(t) >= min_size).filter(_placeholders_are(declared))


def _header_value(declared: tuple[str, ...]):
    inner = st.one_of(_ASCII_PRINTABLE, st.just("\t"))
    return texts(declared, inner).filter(lambda v: v == v.strip(" \t"))


@st.composite
def specs(draw) -> dict[str, Any]:
    """Spec data (as a YAML file would hold it) for a request that loads and builds."""
    declared = tuple(draw(st.lists(st.sampled_from(VARIABLE_NAMES), unique=True, max_size=3)))
    method = draw(st.sampled_from(("GET", "HEAD", *METHODS_WITH_BODY)))
    host = draw(st.sampled_from(["api.example.com", "127.0.0.1", "[::1]", "Example.COM"]
                                + (["{Region}.example.com"] if "Region" in declared else [])))
    port = draw(st.sampled_from(["", ":8443", ":1"]))
    path_text = draw(texts(declared, st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00?#"))
                     .filter(lambda p: httprules.path_problem("/" + p) is None))  # no "." or ".." segment
    query_in_url = draw(st.sampled_from(["", "?a=1&b=x%20y", "?flag"]))
    url = f"{draw(st.sampled_from(['https', 'http', 'HTTPS']))}://{host}{port}/{path_text}{query_in_url}"
    names = texts(declared, min_size=1)
    request: dict[str, Any] = {"method": method, "url": url}
    query = draw(st.lists(st.tuples(names, texts(declared)), max_size=3))
    if query:
        request["query"] = [list(pair) for pair in query]
    header_names = st.text(_TOKEN_CHARACTERS, min_size=1, max_size=10).filter(
        lambda n: n.lower() not in CLIENT_HEADERS and n.lower() != "content-type")
    headers = draw(st.lists(st.tuples(header_names, _header_value(declared)), max_size=3,
                            unique_by=lambda pair: pair[0].lower()))
    kind = None if method in ("GET", "HEAD") else draw(st.sampled_from([None, "form", "json", "text"]))
    if kind == "form":
        request["form"] = [list(pair) for pair in draw(st.lists(st.tuples(names, texts(declared)), min_size=1,
                                                                 max_size=3))]
        content_type = draw(st.sampled_from([None, "application/x-www-form-urlencoded",
                                             "application/x-www-form-urlencoded; charset=utf-8"]))
    elif kind == "json":
        request["json"] = draw(json_values(declared))
        content_type = draw(st.sampled_from([None, "application/json", "application/vnd.api+json"]))
    elif kind == "text":
        request["text"] = draw(texts(declared, max_size=40))
        content_type = draw(st.sampled_from([None, "text/plain", "text/csv; charset=utf-8"]))
    else:
        content_type = None
    if content_type:
        headers.insert(draw(st.integers(0, len(headers))), ("Content-Type", content_type))
    if headers:
        request["headers"] = [list(pair) for pair in headers]
    data: dict[str, Any] = {}
    if declared:
        data["variables"] = {name: {} for name in declared}
    data["request"] = request
    return data


def json_values(declared: tuple[str, ...]):
    strings = texts(declared, st.characters(blacklist_categories=("Cs",)))
    return st.recursive(
        st.none() | st.booleans() | st.integers(-(2**70), 2**70)
        | st.floats(allow_nan=False, allow_infinity=False) | strings,
        lambda children: st.lists(children, max_size=3) | st.dictionaries(strings, children, max_size=3),
        max_leaves=8,
    )


_COOKIE_VALUE = st.text(st.sampled_from("abcXYZ0189-._~!#$%&'()*+/:<=>?@[]^`{|}"), max_size=8)
_PART_TEXT = st.characters(blacklist_categories=("Cs",), blacklist_characters='\x00"\\\r\n')
_FILE_TEXT = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
# A path whose base name is a filename every client sends as it is (no quote, backslash, CR or LF).
_PATHS = st.text(st.sampled_from("ab Z09._-;,=@+'é/"), min_size=1, max_size=12).filter(
    lambda p: not p.endswith("/") and p.strip("./"))


@st.composite
def grown_specs(draw) -> dict[str, Any]:
    """specs() with what the format grew for issue 9: bare query names, repeated headers, a content
    type without a body, cookies, auth, multipart parts and file bodies (paths are placeholders)."""
    data = draw(specs())
    request = data["request"]
    declared = tuple(data.get("variables", {}))
    if draw(st.booleans()):
        request.setdefault("query", []).append([draw(texts(declared, min_size=1)), None])
    headers = request.get("headers", [])
    if headers and draw(st.booleans()):
        name, value = draw(st.sampled_from(headers))
        if name.lower() != "content-type":
            headers.append([name, draw(_header_value(declared))])
    if draw(st.booleans()):
        request["cookies"] = [[name, value] for name, value in draw(st.lists(st.tuples(
            st.text(_TOKEN_CHARACTERS, min_size=1, max_size=6), _COOKIE_VALUE), max_size=3, unique_by=lambda p: p[0]))]
        request["headers"] = [pair for pair in headers if pair[0].lower() != "cookie"]
        headers = request["headers"]
    if not any(pair[0].lower() == "authorization" for pair in headers) and draw(st.booleans()):
        if draw(st.booleans()):
            user = draw(texts(declared, st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00:")))
            request["auth"] = {"basic": {"username": user, "password": draw(texts(declared))}}
        else:
            request["auth"] = {"bearer": draw(_header_value(declared).filter(bool))}
    body_kinds = ("form", "json", "text")
    if request["method"] not in ("GET", "HEAD") and draw(st.booleans()):
        for kind in body_kinds:
            request.pop(kind, None)
        request["headers"] = [pair for pair in request.get("headers", []) if pair[0].lower() != "content-type"]
        data.setdefault("variables", {})
        if draw(st.booleans()):
            data["variables"]["payload"] = {"example": draw(_PATHS)}
            request["file"] = "{payload}"
        else:
            parts = []
            for index in range(draw(st.integers(1, 4))):
                name = draw(st.one_of(st.sampled_from(["a=b", "=", "x;y", "q,r", "n@", "<t"]),
                                      st.text(_PART_TEXT, min_size=1, max_size=8)))
                if draw(st.booleans()):
                    parts.append({"name": name, "value": draw(st.text(_FILE_TEXT, max_size=12))})
                    continue
                variable = f"file{index}"
                data["variables"][variable] = {"example": draw(_PATHS)}
                part = {"name": name, "file": "{" + variable + "}"}
                # ("=" in the name with no filename: see the xfail in test_import_roundtrip.py)
                if "=" in name or draw(st.booleans()):
                    part["filename"] = draw(st.text(_PART_TEXT, min_size=1, max_size=8))
                if draw(st.booleans()):
                    part["content-type"] = draw(st.sampled_from(["image/png", "application/pdf",
                                                                 "text/plain; charset=utf-8"]))
                parts.append(part)
            request["multipart"] = parts
        if not request["headers"]:
            del request["headers"]
    elif request["method"] in ("GET", "HEAD") and draw(st.booleans()):
        request.setdefault("headers", []).append(["Content-Type", "application/json"])
    return data
