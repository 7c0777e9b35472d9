"""Property tests: arbitrary strings in every slot, rendered, run and compared.

Every client, a few examples each by default (derandomized under CI); `--property-examples N`
draws more (scripts/check-client gives a new client 100), `--property-all` 100 for every client.
"""

from __future__ import annotations

import random

import hypothesis
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cases import CLIENTS
from conftest import Collector, check_live
from snippetgen.spec import AuthSpec, BodySpec, PartSpec, Pair, Spec

pytestmark = pytest.mark.live


# Header values: printable ASCII and tab, no surrounding whitespace (what HTTP can carry).
header_values = st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E) | st.just("\t"), max_size=40).filter(
    lambda v: v == v.strip(" \t"))
# Query, form and text values: any Unicode but NUL (no shell argument holds it) and surrogates.
values = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
names = values.filter(bool)
json_strings = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False) | json_strings,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(json_strings, children, max_size=4),
    max_leaves=12,
)


# Multipart names and filenames: anything but what clients escape differently ('"', '\\', CR, LF, NUL).
part_names = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters='"\\\r\n\x00'),
                     min_size=1, max_size=20)
token_names = st.text(st.sampled_from("abcXYZ-_!#$%&'*+.^`|~019"), min_size=1, max_size=8)
# Basic credentials: any text but NUL; a username without ':'.
# A part's content type is a media type: type/subtype and parameters, token or quoted values.
_tokens = st.text(st.sampled_from("abcXYZ019-+.!#$%&'*^_`|~"), min_size=1, max_size=8)
media_types = st.builds(
    lambda kind, sub, params: f"{kind}/{sub}" + "".join(f"; {n}={v}" for n, v in params),
    _tokens, _tokens,
    st.lists(st.tuples(_tokens, _tokens | st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E,
                                                                    blacklist_characters='"\\'), max_size=10)
                       .map(lambda v: f'"{v}"')), max_size=2))
usernames = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=":\x00"), max_size=20)
passwords = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=20)


def pytest_generate_tests(metafunc):
    if "client" in metafunc.fixturenames:
        params = []
        for client in CLIENTS:
            marks = []
            # A client's manifest names the bodies it is known to fail on here, and the live corpus checks
            # the exact symptom on each of them. Its property tests of those bodies are not run: every
            # example would fail, and hypothesis would spend minutes shrinking a known failure.
            kind = {"test_json_request": "json", "test_text_request": "text"}.get(metafunc.function.__name__)
            if kind and client.known_failure and client.known_failure.applies(kind):
                marks.append(pytest.mark.xfail(reason=client.known_failure.cause, run=False))
            params.append(pytest.param(client, id=client.id, marks=marks))
        metafunc.parametrize("client", params)


def spec_for(kind: str, header: str, query: list[tuple[str, str]], body) -> Spec:
    path = f"request.{kind}"
    if kind == "form":
        body = [Pair(n, v, path) for n, v in body]
    return Spec(
        file="<property>",
        variables={},
        method="POST",
        url="https://api.example.com/property",
        query=[Pair(n, v, "request.query") for n, v in query],
        headers=[Pair("X-Property", header, "request.headers")],
        body=BodySpec(kind, body, path),
    )


def drawn(prop, client, verify_session, **fixtures) -> None:
    """Run a property for client. A batch-built client (runtime.batch) first draws the examples only,
    compiles their snippets together, then draws the same ones again (same seed) to run them."""
    seed = random.getrandbits(64)
    if client.runtime.batch is not None:
        collector = Collector(verify_session)
        hypothesis.seed(seed)(prop)(client=client, verify_session=collector, **fixtures)
        verify_session.prepare(collector.requests, client)
    hypothesis.seed(seed)(prop)(client=client, verify_session=verify_session, **fixtures)


def _settings(test):
    return settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])(test)


@_settings
@given(header=header_values, query=st.lists(st.tuples(names, values), max_size=3),
       form=st.lists(st.tuples(names, values), min_size=1, max_size=3))
def _form_request(client, verify_session, header, query, form):
    spec = spec_for("form", header, query, form)
    check_live(verify_session, verify_session.expected(spec, {}), client, example=True)


def test_form_request(client, verify_session):
    drawn(_form_request, client, verify_session)


@_settings
@given(header=header_values, query=st.lists(st.tuples(names, values), max_size=2), payload=json_values)
def _json_request(client, verify_session, header, query, payload):
    spec = spec_for("json", header, query, payload)
    check_live(verify_session, verify_session.expected(spec, {}), client, example=True)


def test_json_request(client, verify_session):
    drawn(_json_request, client, verify_session)


@_settings
@given(header=header_values, text=values)
def _text_request(client, verify_session, header, text):
    spec = spec_for("text", header, [], text)
    check_live(verify_session, verify_session.expected(spec, {}), client, example=True)


def test_text_request(client, verify_session):
    drawn(_text_request, client, verify_session)


@_settings
@given(query=st.lists(st.tuples(names, st.none() | values), max_size=4),
       headers=st.lists(st.tuples(st.sampled_from(["X-One", "x-one", "X-Two"]), header_values), max_size=4),
       cookies=st.lists(st.tuples(token_names, header_values.filter(lambda v: ";" not in v)), max_size=3),
       credentials=st.none() | st.tuples(usernames, passwords))
def _query_headers_cookies_auth(client, verify_session, query, headers, cookies, credentials):
    """Bare and repeated query names, repeated headers, cookies and Basic auth, on a body-less DELETE."""
    auth = None if credentials is None else AuthSpec("basic", "request.auth.basic", *credentials)
    spec = Spec(file="<property>", variables={}, method="DELETE", url="https://api.example.com/p",
                query=[Pair(n, v, "request.query") for n, v in query],
                headers=[Pair(n, v, "request.headers") for n, v in headers], body=None,
                cookies=[Pair(n, v, "request.cookies") for n, v in cookies], auth=auth)
    check_live(verify_session, verify_session.expected(spec, {}), client, example=True)


def test_query_headers_cookies_auth(client, verify_session):
    drawn(_query_headers_cookies_auth, client, verify_session)


@_settings
@given(parts=st.lists(st.tuples(part_names, st.one_of(
    values.map(lambda v: ("value", v)),
    st.tuples(st.sampled_from(["all-bytes", "text"]), st.none() | part_names,
              st.none() | media_types).map(lambda f: ("file", f)))), min_size=1, max_size=4))
def _multipart_request(client, verify_session, hostile_files, parts):
    specs = []
    for name, (kind, detail) in parts:
        if kind == "value":
            specs.append(PartSpec(name, "request.multipart", value=detail))
        else:
            key, filename, content_type = detail
            specs.append(PartSpec(name, "request.multipart", file=hostile_files[key], filename=filename,
                                  content_type=content_type))
    spec = spec_for("multipart", "h", [], specs)
    check_live(verify_session, verify_session.expected(spec, {}), client, example=True)


def test_multipart_request(client, verify_session, hostile_files):
    drawn(_multipart_request, client, verify_session, hostile_files=hostile_files)


@_settings
@given(key=st.sampled_from(["all-bytes", "text"]), content_type=st.none() | header_values.filter(bool))
@example(key="all-bytes", content_type=".")  # httr once read a type starting with "." as an extension
def _file_request(client, verify_session, hostile_files, key, content_type):
    spec = spec_for("file", "h", [], hostile_files[key])
    if content_type is not None:
        spec.headers.append(Pair("Content-Type", content_type, "request.headers"))
    check_live(verify_session, verify_session.expected(spec, {}), client, example=True)


def test_file_request(client, verify_session, hostile_files):
    drawn(_file_request, client, verify_session, hostile_files=hostile_files)
