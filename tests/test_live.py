"""Every client's snippet runs against a local HTTPS server and sends exactly the spec's request.

The spec's host is swapped for the server's; everything else is what a user gets.
Placeholders are filled with hostile values, so escaping is exercised too.
"""

from __future__ import annotations

import pytest

import corpus
from cases import CASE_FILES, CLIENTS
from conftest import check_live
from snippetgen import load_spec
from snippetgen.errors import SnippetgenError
from snippetgen.responses import served_response
from snippetgen.urls import split
from snippetgen.verify import fill_values
from snippetgen.verify.compare import differences
from snippetgen.languages import languages
from snippetgen.verify.runners import commands_for
from snippetgen.verify.trust import Trust
from snippetgen.verify.server import Recorded

pytestmark = pytest.mark.live

HOSTILE = "v'\"$HOME #{x} `id` &=+ 100% é😀\n\\ end"
ASCII_HOSTILE = "v'\"$HOME #{x} `id` &=+ 100% \\ end"  # header values are printable ASCII



def _texts_in(spec, where: str) -> str:
    """The spec's text in headers, cookies and bearer token ("headers"), or in file paths ("files")."""
    body = spec.body
    if where == "files":
        if body is None or body.kind not in ("file", "multipart"):
            return ""
        return body.value if body.kind == "file" else " ".join(p.file or "" for p in body.value)
    texts = [p.name + (p.value or "") for p in [*spec.headers, *spec.cookies]]
    if spec.auth is not None:
        texts.append(spec.auth.token)
    return " ".join(texts)


def hostile_values(spec, files: dict[str, str] | None = None) -> dict[str, str]:
    """Hostile values for every variable (ASCII where a header carries it; a hostile file's path where
    a path is read); the host is swapped anyway."""
    in_headers, in_paths = _texts_in(spec, "headers"), _texts_in(spec, "files")
    values = {}
    files = files or {}
    for name in spec.variables:
        placeholder = f"{{{name}}}"
        if placeholder in split(spec.url).authority:
            continue  # fill_values gives a host name
        if placeholder in in_paths:
            # largePath gets the 1 MB file, textPath the text one, any other the file of every byte value
            values[name] = next((path for key, path in files.items() if key in name.lower()), files.get("all-bytes"))
        elif placeholder in in_headers:
            values[name] = ASCII_HOSTILE.replace(";", "") if any(placeholder in p.value for p in spec.cookies) \
                else ASCII_HOSTILE
        else:
            values[name] = HOSTILE
    return fill_values(spec, values)


def _specs():
    specs = [(path.stem, load_spec(path)) for path in CASE_FILES]
    return specs + [(name, corpus.load(name, data)) for name, data in corpus.corpus().items()]


SPECS = _specs()


def _known(client, spec) -> bool:
    return client.known_failure is not None and client.known_failure.applies(spec.body and spec.body.kind)


@pytest.fixture(scope="session")
def prepared(verify_session, hostile_files):
    """Compile every case of a batch-built client (runtime.batch) in one go, on its first case."""
    done = set()

    def prepare(client):
        if client.runtime.batch is not None and client.id not in done:
            done.add(client.id)
            requests = []
            for _, spec in SPECS:
                try:
                    if not _known(client, spec):
                        requests.append(verify_session.expected(spec, hostile_values(spec, hostile_files)))
                except SnippetgenError:
                    pass  # its own test says what is wrong
            verify_session.prepare(requests, client)
    return prepare


def _params():
    for name, spec in SPECS:
        for client in CLIENTS:
            # A client's manifest names the bodies it is known to fail on here, and the exact symptom.
            yield pytest.param(spec, client, _known(client, spec), id=f"{name}-{client.id}")


@pytest.mark.parametrize(("spec", "client", "known"), list(_params()))
def test_snippet_sends_the_spec_request(spec, client, known, verify_session, hostile_files, prepared):
    prepared(client)
    request = verify_session.expected(spec, hostile_values(spec, hostile_files))
    if not known:
        # A spec's example response is served, and the snippet must print its body.
        check_live(verify_session, request, client, reply=served_response(spec.responses))
        return
    # An expected failure must fail for its exact known cause, and for nothing else.
    from snippetgen.verify import FAIL

    outcome = verify_session.run(request, client)
    assert outcome.status == FAIL and outcome.known, \
        f"{client.id} should fail here because {client.unverified}, but:\n" + "\n".join(outcome.details)
    pytest.xfail(outcome.known)


def test_comparison_reports_each_kind_of_difference():
    from snippetgen import build_request, parse_spec

    spec = parse_spec("request:\n  method: POST\n  url: https://h/p?q=1\n  headers: {X-A: b}\n  form: {f: v}\n")
    request = build_request(spec)
    exact = Recorded("POST", "/p?q=1", [("X-A", "b"), ("Content-Type", "application/x-www-form-urlencoded")],
                     b"f=v")
    assert differences(exact, request) == []
    wrong = Recorded("PUT", "/P?q=2", [("X-A", "c")], b"f=w")
    found = " ".join(differences(wrong, request))
    for part in ("method", "path", "query", "header x-a", "header content-type", "form"):
        assert part in found.lower()
    json_spec = parse_spec("request:\n  method: POST\n  url: https://h/\n  json: {n: 1.0}\n")
    as_int = Recorded("POST", "/", [("Content-Type", "application/json")], b'{"n": 1}')
    assert "json" in " ".join(differences(as_int, build_request(json_spec)))  # 1 is not 1.0
    text_spec = parse_spec("request:\n  method: POST\n  url: https://h/\n  text: \"a\\r\\n\"\n")
    normalized = Recorded("POST", "/", [("Content-Type", "text/plain; charset=utf-8")], b"a\n")
    assert "text" in " ".join(differences(normalized, build_request(text_spec)))


def test_missing_toolchain_is_reported_with_what_to_install(tmp_path, monkeypatch):
    from snippetgen.errors import ToolchainMissing

    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on PATH
    trust = Trust(tmp_path / "ca.pem", tmp_path)
    with pytest.raises(ToolchainMissing, match=r"go is not installed \(apt-get install golang-go\)"):
        commands_for(languages()["go"].clients["net-http"], tmp_path, "package main", trust)
