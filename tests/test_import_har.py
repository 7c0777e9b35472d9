"""`snippetgen import har`: HAR files recorded from real clients, and `.har` in place of a spec.

tests/imports/har/*.har were exported by mitmproxy (its `hardump` option) while curl,
Python requests and Node's https module sent requests to the loopback recording
server; tests/imports/record_har.py remakes them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cases import CLIENTS
from conftest import check_live
from snippetgen.importers import load_request_source
from snippetgen.importers.errors import SourceError
from snippetgen.importers.har import import_har, import_har_text
from snippetgen.render import render_snippet
from snippetgen.request import build_request
from snippetgen.spec import load_spec
from snippetgen.targets import resolve
from import_cli import error_line, run

IMPORTS = Path(__file__).resolve().parent / "imports"
SESSION = IMPORTS / "har" / "session.har"
ONE = IMPORTS / "har" / "one-request.har"


def imported(path: Path):
    warnings: list[str] = []
    return import_har(path, warnings.append), warnings


@pytest.fixture(scope="module")
def session():
    return imported(SESSION)


def test_every_recorded_request_becomes_a_spec(session) -> None:
    items, _ = session
    assert [item.name for item in items] == [
        "01-get-v1-search", "02-post-oauth-token", "03-post-v1-widgets", "04-put-notes-1", "05-get-v1-greeting",
        "06-delete-items-42", "07-head-items-42", "08-post-v1-photos", "09-patch-widgets-7"]
    assert [item.data["request"]["method"] for item in items] == [
        "GET", "POST", "POST", "PUT", "GET", "DELETE", "HEAD", "POST", "PATCH"]
    for item in items:
        assert item.text.startswith("# Imported from session.har (log.entries[")


def test_http2_request_query_and_cookies(session) -> None:
    request = session[0][0].data["request"]
    assert request["url"].endswith("/v1/search") and request["url"].startswith("https://localhost:")
    assert request["query"] == [["q", "red shoes"], ["tag", "a"], ["tag", "b&c"]]
    # curl spoke HTTP/2 to the proxy: lower-case names, kept as recorded.
    assert request["headers"] == {"user-agent": "curl/7.88.1", "cookie": "session=abc123; theme=dark",
                                  "accept": "application/json", "authorization": "Bearer 0123456789abcdef"}


def test_form_json_and_text_bodies(session) -> None:
    items, _ = session
    assert items[1].data["request"]["form"] == {"grant_type": "client_credentials", "client_id": "my-app",
                                                "scope": "read write", "note": "a+b=c 100%"}
    widget = items[2].data["request"]
    assert widget["json"] == {"name": 'Widget "Deluxe"', "price": 12.5, "count": 3,
                              "tags": ["blue", "small & light"], "unicode": "café 😀",
                              "nested": {"ok": True, "none": None}}
    assert "Content-Length" not in widget["headers"] and "Host" not in widget["headers"]
    assert items[3].data["request"]["text"] == "Dear user,\nit's $5 for #{item}.\n\tC:\\path é\n"
    assert items[3].data["request"]["headers"]["Content-Type"] == "text/plain; charset=utf-8"
    assert items[8].data["request"]["json"] == {"price": 9.99, "tags": []}


def test_what_a_spec_cannot_hold_is_left_out_with_a_warning(session) -> None:
    items, warnings = session
    assert "X-Greeting" not in items[4].data["request"]["headers"]
    assert "log.entries[4].request: left out header X-Greeting: its value is not printable ASCII" in warnings[0]
    photos = items[7].data["request"]
    assert "form" not in photos and "content-type" not in photos["headers"]
    assert warnings[1].endswith("log.entries[7].request.postData: left out the multipart/form-data body and its "
                                "content-type: the spec format has no multipart bodies")
    assert len(warnings) == 2
    assert all(w.startswith(f"{SESSION}: ") for w in warnings)


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.id)
def test_every_imported_spec_renders(session, client) -> None:
    for item in session[0]:
        assert render_snippet(item.spec, client).display


@pytest.mark.live
@pytest.mark.parametrize("client_id", ["curl:curl", "python:requests"])
def test_imported_specs_verify(session, verify_session, client_id: str) -> None:
    [client] = resolve(client_id)
    for item in session[0]:
        check_live(verify_session, verify_session.expected(item.spec, {}), client)


# --- HAR shapes other tools write -------------------------------------------------

def _entry(request: dict) -> dict:
    return {"log": {"version": "1.2", "creator": {"name": "test", "version": "1"},
                    "entries": [{"startedDateTime": "2024-01-01T00:00:00Z", "request": request}]}}


# Written by hand in the shape Chrome DevTools exports for an HTTP/2 request (pseudo-headers,
# Host restated, a cookies array, postData with params), which mitmproxy does not write.
CHROME_STYLE = {
    "method": "POST", "url": "https://shop.example.com/cart/add?src=web#reviews", "httpVersion": "http/2.0",
    "headers": [
        {"name": ":authority", "value": "shop.example.com"}, {"name": ":method", "value": "POST"},
        {"name": ":path", "value": "/cart/add?src=web"}, {"name": ":scheme", "value": "https"},
        {"name": "accept", "value": "text/html"}, {"name": "accept", "value": "application/xhtml+xml"},
        {"name": "content-length", "value": "19"}, {"name": "host", "value": "shop.example.com"},
        {"name": "content-type", "value": "application/x-www-form-urlencoded"},
        {"name": "x-padded", "value": "  kept  "},
    ],
    "cookies": [{"name": "sid", "value": "xyz"}, {"name": "lang", "value": "en"}],
    "queryString": [{"name": "src", "value": "web"}],
    "postData": {"mimeType": "application/x-www-form-urlencoded",
                 "params": [{"name": "item", "value": "42"}, {"name": "qty", "value": "2"}]},
}


def _import(document: dict):
    warnings: list[str] = []
    items = import_har_text(json.dumps(document), "t.har", warnings.append)
    return items, warnings


def test_chrome_style_export() -> None:
    [item], warnings = _import(_entry(CHROME_STYLE))
    request = item.data["request"]
    assert request["url"] == "https://shop.example.com/cart/add" and request["query"] == {"src": "web"}
    assert request["headers"] == {"accept": "text/html, application/xhtml+xml",
                                  "content-type": "application/x-www-form-urlencoded",
                                  "x-padded": "kept", "Cookie": "sid=xyz; lang=en"}
    assert request["form"] == {"item": "42", "qty": "2"}
    assert warnings == ["t.har: log.entries[0].request: left out the URL's #fragment: it is never sent to the server"]


@pytest.mark.parametrize("document", [
    pytest.param({"request": CHROME_STYLE}, id="one-entry"),
    pytest.param(CHROME_STYLE, id="one-request"),
])
def test_a_single_entry_or_request_is_accepted(document: dict) -> None:
    [item], _ = _import(document)
    assert item.name == "post-cart-add"


@pytest.mark.parametrize("request_, expected, warning", [
    pytest.param({"method": "PUT", "url": "https://x.example.com/b", "headers": [],
                  "postData": {"mimeType": "application/json", "text": "eyJhIjogWzEsIDIuNV19", "encoding": "base64"}},
                 {"json": {"a": [1, 2.5]}, "headers": {"Content-Type": "application/json"}}, None, id="base64"),
    pytest.param({"method": "GET", "url": "https://x.example.com/", "headers": [
                  {"name": "Content-Type", "value": "application/json"}], "postData": {"mimeType": "application/json",
                                                                                      "text": "{}"}},
                 {}, "left out the body: a GET request cannot have one", id="get-with-body"),
    pytest.param({"method": "POST", "url": "https://x.example.com/", "headers": [
                  {"name": "Host", "value": "other.example.com"}]},
                 {}, "left out Host: set by the HTTP client itself", id="host-differs"),
    pytest.param({"method": "POST", "url": "https://x.example.com/",
                  "postData": {"mimeType": "application/json", "text": '{"n": NaN}'}},
                 {"text": '{"n": NaN}'}, "the body is not JSON the spec can hold exactly", id="nan"),
    pytest.param({"method": "POST", "url": "https://x.example.com/", "postData": {"text": "raw"}},
                 {"text": "raw"}, "the body has no content type", id="no-content-type"),
    pytest.param({"method": "post", "url": "https://x.example.com/"},
                 {"method": "POST"}, "the method 'post' is written 'POST'", id="lower-case-method"),
])
def test_entry_details(request_: dict, expected: dict, warning: str | None) -> None:
    [item], warnings = _import(_entry(request_))
    for key, value in expected.items():
        assert item.data["request"][key] == value
    if warning is None:
        assert warnings == []
    else:
        assert any(warning in w for w in warnings), warnings
    build_request(item.spec)


# --- bad input --------------------------------------------------------------------

@pytest.mark.parametrize("file, message", [
    ("truncated.har", "error: {path}:63: not valid JSON: Expecting property name enclosed in double quotes "
                      "(column 5); the file ends too early (truncated?)"),
    ("not-a-har.har", "error: {path}: not a HAR file: expected a HAR log"),
])
def test_bad_har_is_one_line_exit_2_and_writes_nothing(tmp_path: Path, file: str, message: str) -> None:
    path = IMPORTS / "broken" / file
    line = error_line(run("import", "har", str(path), "--out", str(tmp_path / "out")))
    assert line.startswith(message.format(path=path))
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("document, message", [
    ({"log": {"entries": []}}, "t.har: log.entries: the HAR log has no requests"),
    ({"log": {"entries": [{"request": {"method": "GET"}}]}}, "t.har: log.entries[0].request.url: url is missing"),
    ({"log": {"entries": [{"request": {"method": "GET", "url": "https://x/", "headers": [{"value": "v"}]}}]}},
     "t.har: log.entries[0].request.headers[0].name: name is missing"),
    ({"log": {"entries": [{"request": {"method": "GET", "url": "ftp://x/"}}]}},
     "t.har: log.entries[0].request: URL 'ftp://x/': scheme 'ftp' is not http or https"),
    ([1, 2], "t.har: not a HAR file"),
])
def test_bad_entries(document, message: str) -> None:
    with pytest.raises(SourceError) as info:
        _import(document)
    assert str(info.value).startswith(message)


def test_out_writes_every_spec_or_none(tmp_path: Path) -> None:
    out = tmp_path / "specs"
    result = run("import", "har", str(SESSION), "--out", str(out))
    assert result.exit_code == 0, result.stderr
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(f"{item.name}.yaml" for item in imported(SESSION)[0])
    assert result.stderr.count("warning: ") == 2
    for path in out.iterdir():
        build_request(load_spec(path))
    for path in out.iterdir():
        if path.name != "03-post-v1-widgets.yaml":
            path.unlink()
    (out / "03-post-v1-widgets.yaml").write_text("# edited\n", encoding="utf-8")
    again = run("import", "har", str(SESSION), "--out", str(out))
    assert "03-post-v1-widgets.yaml already exists; give --force to overwrite" in error_line(again)
    assert not (out / "01-get-v1-search.yaml").exists()  # nothing written when one cannot be
    assert (out / "03-post-v1-widgets.yaml").read_text(encoding="utf-8") == "# edited\n"
    assert run("import", "har", str(SESSION), "--out", str(out), "--force").exit_code == 0
    assert (out / "01-get-v1-search.yaml").exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_stdout_holds_every_spec_as_a_yaml_stream() -> None:
    result = run("import", "har", str(SESSION))
    assert result.exit_code == 0
    assert result.stdout.count("\n---\n") == 8


# --- a .har in place of a spec ------------------------------------------------------

def test_load_request_source_reads_a_one_request_har() -> None:
    spec = load_request_source(ONE)
    assert spec.file == str(ONE) and spec.name == "one-request"
    request = build_request(spec)
    assert request.method == "POST" and request.query == (("dry_run", "1"),)
    assert request.body.kind == "json"
    assert request.body.json == {"item": "book", "quantity": 2, "gift": True, "note": "Happy birthday! 🎂"}
    assert ("authorization", "Bearer test-token-123") in request.header_pairs


def test_load_request_source_refuses_a_har_of_several_requests() -> None:
    with pytest.raises(SourceError) as info:
        load_request_source(SESSION)
    assert str(info.value) == (f"{SESSION}: holds 9 requests, and this command takes one; write each as a spec "
                               f"with `snippetgen import har {SESSION} --out DIR`")


def test_load_request_source_passes_specs_through() -> None:
    spec = load_request_source(Path(__file__).resolve().parent.parent / "specs" / "token.yaml")
    assert spec.method == "POST"


def test_load_request_source_warns_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    har = tmp_path / "k.har"
    har.write_text(json.dumps(_entry({"method": "GET", "url": "https://x.example.com/", "headers": [
        {"name": "X-Caf", "value": "café"}]})), encoding="utf-8")
    load_request_source(har)
    assert capsys.readouterr().err == (f"warning: {har}: log.entries[0].request: left out header X-Caf: its value "
                                       "is not printable ASCII, which clients send differently\n")


@pytest.mark.live
def test_a_har_verifies_like_a_spec(verify_session) -> None:
    [client] = resolve("curl:curl")
    check_live(verify_session, verify_session.expected(load_request_source(ONE), {}), client)
