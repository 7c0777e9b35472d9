"""Every client's snippet runs against a local HTTPS server and sends exactly the spec's request.

The spec's host is swapped for the server's; everything else is what a user gets.
Placeholders are filled with hostile values, so escaping is exercised too.
"""

from __future__ import annotations

import dataclasses

import pytest

from cases import CASE_FILES, CLIENTS
from live_compare import differences
from live_runners import prepare_trust, run_snippet
from live_server import start
from snippetgen import load_spec
from snippetgen.render import render_request
from snippetgen.request import build_request
from snippetgen.urls import split

pytestmark = pytest.mark.live

HOSTILE = "v'\"$HOME #{x} `id` &=+ 100% é😀"
ASCII_HOSTILE = "v'\"$HOME #{x} `id` &=+ 100%"  # header values are printable ASCII
# OkHttp 4 moved RequestBody.create's content argument first; Debian ships OkHttp 3.13.
NEEDS_OKHTTP4 = "java:okhttp needs OkHttp 4+ for JSON and text bodies; Debian's libokhttp-java is 3.13"


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    directory = tmp_path_factory.mktemp("live")
    recorder, httpd = start(directory)
    trust = prepare_trust(recorder.ca_pem, directory)
    yield recorder, trust
    httpd.shutdown()


def values_for(spec) -> dict[str, str]:
    host = split(spec.url).host
    in_headers = " ".join(p.value for p in spec.headers)
    values = {}
    for name in spec.variables:
        if f"{{{name}}}" in host:
            values[name] = "example.com"
        elif f"{{{name}}}" in in_headers:
            values[name] = ASCII_HOSTILE
        else:
            values[name] = HOSTILE
    return values


def _cases():
    for case in CASE_FILES:
        spec = load_spec(case)
        for client in CLIENTS:
            marks = []
            if client.id == "java:okhttp" and spec.body is not None and spec.body.kind != "form":
                marks.append(pytest.mark.xfail(reason=NEEDS_OKHTTP4, strict=True))
            yield pytest.param(case, client, id=f"{case.stem}-{client.id}", marks=marks)


@pytest.mark.parametrize(("case", "client"), list(_cases()))
def test_snippet_sends_the_spec_request(case, client, live, tmp_path):
    recorder, trust = live
    spec = load_spec(case)
    request = build_request(spec, values_for(spec))
    request = dataclasses.replace(request, scheme="https", host="localhost", port=str(recorder.port))
    source = render_request(request, client)
    recorder.take()
    result = run_snippet(client.id, tmp_path, source, trust)
    assert result.returncode == 0, f"{client.id} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
    sent = recorder.take()
    assert len(sent) == 1, f"expected one request, the server got {len(sent)}"
    diffs = differences(sent[0], request)
    assert not diffs, f"{client.id} sent a different request:\n" + "\n".join(diffs)


def test_comparison_reports_each_kind_of_difference():
    from live_server import Recorded
    from snippetgen import parse_spec

    spec = parse_spec("request:\n  method: POST\n  url: https://h/p?q=1\n  headers: {X-A: b}\n  form: {f: v}\n")
    request = build_request(spec)
    exact = Recorded("POST", "/p?q=1", [("X-A", "b"), ("Content-Type", "application/x-www-form-urlencoded")],
                     b"f=v")
    assert differences(exact, request) == []
    wrong = Recorded("PUT", "/P?q=2", [("X-A", "c")], b"f=w")
    found = " ".join(differences(wrong, request))
    for part in ("method", "path", "query", "header X-A", "header Content-Type", "form"):
        assert part in found
    json_spec = parse_spec("request:\n  method: POST\n  url: https://h/\n  json: {n: 1.0}\n")
    as_int = Recorded("POST", "/", [("Content-Type", "application/json")], b'{"n": 1}')
    assert "json" in " ".join(differences(as_int, build_request(json_spec)))  # 1 is not 1.0
