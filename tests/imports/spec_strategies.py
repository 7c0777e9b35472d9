"""Hypothesis strategies for valid specs, shared by the importer and schema tests.

A drawn spec loads and builds: declared placeholders may stand in the host, path,
query, headers and bodies; text that is not a placeholder never looks like one.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from snippetgen.request import CLIENT_HEADERS
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
    path_text = draw(texts(declared, st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00?#")))
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
