"""`snippetgen import har`: HAR files recorded from real clients, and `.har` in place of a spec.

tests/imports/har/*.har were exported by mitmproxy (its `hardump` option) while curl,
Python requests and Node's https module sent requests to the loopback recording
server; tests/imports/record_har.py remakes them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from snippetgen.errors import ClientRefusal
from snippetgen.httprules import header_value_problem

from cases import CLIENTS
from conftest import check_live
from snippetgen.importers import load_har_specs, load_request_source
from snippetgen.importers.errors import SourceError
from snippetgen.importers.har import import_har, import_har_text
from snippetgen.render import render_snippet
from snippetgen.request import build_request
from snippetgen.spec import load_spec
from snippetgen.languages import resolve
from import_cli import error_line, run

RULE = header_value_problem("café")  # the loader's own wording, which importers use

IMPORTS = Path(__file__).resolve().parent / "imports"
SESSION = IMPORTS / "har" / "session.har"
ONE = IMPORTS / "har" / "one-request.har"


def imported(path: Path, lenient: bool = False):
    warnings: list[str] = []
    return import_har(path, warnings.append, lenient=lenient), warnings


@pytest.fixture(scope="module")
def session():
    return imported(SESSION, lenient=True)  # entry 4 holds a header no spec can send


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
    # curl spoke HTTP/2 to the proxy: lower-case names, kept as recorded.  The cookie header says what the
    # cookies array says, so the spec's cookies: sends it.
    assert request["headers"] == {"user-agent": "curl/7.88.1", "accept": "application/json",
                                  "authorization": "Bearer 0123456789abcdef"}
    assert request["cookies"] == {"session": "abc123", "theme": "dark"}


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


def test_what_a_spec_cannot_hold_is_refused_or_left_out_with_lenient(session, tmp_path: Path) -> None:
    items, warnings = session
    assert "X-Greeting" not in items[4].data["request"]["headers"]
    assert warnings == [f"{SESSION}: log.entries[4].request: left out header X-Greeting: " + RULE]
    line = error_line(run("import", "har", str(SESSION), "--out", str(tmp_path / "out")))
    assert line == (f"error: {SESSION}: log.entries[4].request: cannot import header X-Greeting: " + RULE
                    + "; --lenient leaves it out")
    assert not (tmp_path / "out").exists()


def test_a_recorded_multipart_body_is_read_from_its_text(session) -> None:
    """curl -F recorded by mitmproxy: params are empty, the text holds the parts; the boundary is curl's."""
    photos = session[0][7].data["request"]
    assert photos["multipart"] == [{"name": "caption", "value": "A dog"}, {"name": "title", "value": "Rex"}]
    assert "content-type" not in photos["headers"]


@pytest.fixture(scope="module")
def uploads():
    return [*imported(IMPORTS / "har" / "receipts-chrome.har")[0], *imported(IMPORTS / "har" / "documents-params.har")[0]]


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.id)
def test_every_imported_spec_renders(session, uploads, client) -> None:
    for item in [*session[0], *uploads]:
        try:
            assert render_snippet(item.spec, client).display
        except ClientRefusal as exc:  # a client may decline, with its reason, never fail otherwise
            assert "cannot send this request exactly" in str(exc)


@pytest.mark.live
@pytest.mark.parametrize("client_id", ["curl:curl", "python:requests"])
def test_imported_specs_verify(session, uploads, verify_session, client_id: str) -> None:
    [client] = resolve(client_id)
    for item in [*session[0], *uploads]:
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


def _import(document: dict, lenient: bool = False):
    warnings: list[str] = []
    items = import_har_text(json.dumps(document), "t.har", warnings.append, lenient=lenient)
    return items, warnings


def test_chrome_style_export() -> None:
    [item], warnings = _import(_entry(CHROME_STYLE))
    request = item.data["request"]
    assert request["url"] == "https://shop.example.com/cart/add" and request["query"] == {"src": "web"}
    # a repeated header stays repeated: the spec's list of pairs says it
    assert request["headers"] == [["accept", "text/html"], ["accept", "application/xhtml+xml"],
                                  ["content-type", "application/x-www-form-urlencoded"], ["x-padded", "kept"]]
    assert request["cookies"] == {"sid": "xyz", "lang": "en"}
    assert request["form"] == {"item": "42", "qty": "2"}
    assert warnings == ["t.har: log.entries[0].request: left out the URL's #fragment: it is never sent to the server"]


@pytest.mark.parametrize("document", [
    pytest.param({"request": CHROME_STYLE}, id="one-entry"),
    pytest.param(CHROME_STYLE, id="one-request"),
])
def test_a_single_entry_or_request_is_accepted(document: dict) -> None:
    [item], _ = _import(document)
    assert item.name == "post-cart-add"


@pytest.mark.parametrize("request_, expected", [
    pytest.param({"method": "PUT", "url": "https://x.example.com/b", "headers": [],
                  "postData": {"mimeType": "application/json", "text": "eyJhIjogWzEsIDIuNV19", "encoding": "base64"}},
                 {"json": {"a": [1, 2.5]}, "headers": {"Content-Type": "application/json"}}, id="base64"),
    pytest.param({"method": "POST", "url": "https://x.example.com/",
                  "postData": {"mimeType": "application/json", "text": '{"n": NaN}'}},
                 {"text": '{"n": NaN}'}, id="not-json-is-text"),
    pytest.param({"method": "GET", "url": "https://x.example.com/", "headers": [
                  {"name": "Content-Type", "value": "application/json"}]},
                 {"headers": {"Content-Type": "application/json"}}, id="content-type-without-body"),
    pytest.param({"method": "POST", "url": "https://x.example.com/", "headers": [
                  {"name": "Host", "value": "x.example.com"}, {"name": "Content-Length", "value": "0"}]},
                 {"method": "POST"}, id="restated-headers"),
    pytest.param({"method": "POST", "url": "https://x.example.com/", "postData": {"mimeType": "", "text": ""}},
                 {"method": "POST"}, id="empty-post-data"),
])
def test_entry_details(request_: dict, expected: dict) -> None:
    [item], warnings = _import(_entry(request_))
    for key, value in expected.items():
        assert item.data["request"][key] == value
    assert warnings == []
    build_request(item.spec)


@pytest.mark.parametrize("request_, message, lenient", [
    pytest.param({"method": "GET", "url": "https://x.example.com/", "postData": {"mimeType": "application/json",
                                                                              "text": "{}"}},
                 "log.entries[0].request: cannot import the body: a GET request cannot have one in every client",
                 {"method": "GET"}, id="get-with-body"),
    pytest.param({"method": "POST", "url": "https://x.example.com/", "headers": [
                  {"name": "Host", "value": "other.example.com"}]},
                 "cannot import header Host: it is set by the HTTP client itself", {}, id="host-differs"),
    pytest.param({"method": "POST", "url": "https://x.example.com/", "postData": {"text": "raw"}},
                 "cannot import the body: it is sent without a content type, and a spec's text body has one; "
                 "--lenient imports it as text/plain; charset=utf-8", {"text": "raw"}, id="no-content-type"),
    pytest.param({"method": "post", "url": "https://x.example.com/"},
                 "cannot import the method 'post'", {"method": "POST"}, id="lower-case-method"),
    pytest.param({"method": "PUT", "url": "https://x.example.com/", "postData": {
                  "mimeType": "application/octet-stream", "text": "/w==", "encoding": "base64"}},
                 "log.entries[0].request.postData: cannot import the body: it is not UTF-8 text", {},
                 id="binary-body"),
    pytest.param({"method": "GET", "url": "https://x.example.com/?a=%FF"},
                 "cannot import the URL's query: it holds a %-escape that is not UTF-8", {}, id="query-not-utf8"),
    pytest.param({"method": "GET", "url": "https://x.example.com/", "cookies": [{"name": "a b", "value": "1"}]},
                 "cannot import cookie 'a b'", {}, id="cookie-name"),
    pytest.param({"method": "POST", "url": "https://x.example.com/", "postData": {
                  "mimeType": "multipart/form-data", "params": [{"name": "a", "value": "1", "contentType": "x/y"}]}},
                 "log.entries[0].request.postData: cannot import part 'a': it is a text part with a content type",
                 {}, id="text-part-type"),
    pytest.param({"method": "POST", "url": "https://x.example.com/", "headers": [
                  {"name": "Content-Type", "value": "multipart/form-data; boundary=b"}], "postData": {
                  "mimeType": "multipart/form-data; boundary=b", "text": "--b\r\nContent-Disposition: form-data; "
                  "name=\"a\"\r\n\r\n1\r\n--b"}},
                 "postData.text: cannot import the multipart body: the text does not end with the closing boundary",
                 {}, id="cut-multipart"),
])
def test_what_a_spec_cannot_say_is_refused(request_: dict, message: str, lenient: dict) -> None:
    with pytest.raises(SourceError) as info:
        _import(_entry(request_))
    assert message in str(info.value) and "\n" not in str(info.value)
    [item], warnings = _import(_entry(request_), lenient=True)
    assert warnings
    for key, value in lenient.items():
        assert item.data["request"][key] == value
    build_request(item.spec)


# --- the URL's query and queryString ----------------------------------------------------

@pytest.mark.parametrize("url, listed, query", [
    pytest.param("https://x.example.com/s?q=red+shoes&tag=a", [("q", "red shoes"), ("tag", "a")],
                 {"q": "red shoes", "tag": "a"}, id="decoded-repeat"),
    pytest.param("https://x.example.com/s?q=red%20shoes", [("q", "red%20shoes")], {"q": "red shoes"},
                 id="raw-repeat"),
    pytest.param("https://x.example.com/s?flag&a=", [("flag", ""), ("a", "")], {"flag": None, "a": ""},
                 id="bare-stays-bare"),
    pytest.param("https://x.example.com/s", [("page", "2"), ("page", "3")], [["page", "2"], ["page", "3"]],
                 id="only-in-queryString"),
    pytest.param("https://x.example.com/s?a=1", [("a", "1"), ("b", "2")], {"a": "1", "b": "2"}, id="one-more"),
    pytest.param("https://x.example.com/s?t=1&t=1", [("t", "1")], [["t", "1"], ["t", "1"]], id="url-repeats"),
    pytest.param("https://x.example.com/s?t=1", [("t", "1"), ("t", "1")], [["t", "1"], ["t", "1"]],
                 id="listed-repeats"),
])
def test_url_query_and_query_string_merge_without_loss_or_doubling(url: str, listed: list, query) -> None:
    request_ = {"method": "GET", "url": url, "queryString": [{"name": n, "value": v} for n, v in listed]}
    [item], warnings = _import(_entry(request_))
    assert item.data["request"]["query"] == query and warnings == []


# --- cookies ------------------------------------------------------------------------------

@pytest.mark.parametrize("headers, cookies, expected", [
    pytest.param([], [("a", "1"), ("b", "2")], {"cookies": {"a": "1", "b": "2"}}, id="array-only"),
    pytest.param([("Cookie", "a=1; b=2")], [("a", "1"), ("b", "2")], {"cookies": {"a": "1", "b": "2"}},
                 id="header-restated"),
    pytest.param([("Cookie", "a=1;b=2")], [("a", "1"), ("b", "2")], {"headers": {"Cookie": "a=1;b=2"}},
                 id="header-as-sent"),
    pytest.param([("cookie", "a=1"), ("cookie", "b=2")], [("a", "1"), ("b", "2")],
                 {"headers": [["cookie", "a=1"], ["cookie", "b=2"]]}, id="http2-split"),
])
def test_cookies(headers: list, cookies: list, expected: dict) -> None:
    request_ = {"method": "GET", "url": "https://x.example.com/",
                "headers": [{"name": n, "value": v} for n, v in headers],
                "cookies": [{"name": n, "value": v} for n, v in cookies]}
    [item], _ = _import(_entry(request_))
    request = item.data["request"]
    for key, value in expected.items():
        assert request[key] == value
    assert ("cookies" in request) != ("headers" in request)


# --- multipart ---------------------------------------------------------------------------

def test_chrome_multipart_upload_cookies_and_bare_flag() -> None:
    """A Chrome DevTools export (written for these tests in its shape): the parts come from postData.text."""
    [upload, listing], warnings = imported(IMPORTS / "har" / "receipts-chrome.har")
    assert warnings == []
    request = upload.data["request"]
    assert request["query"] == {"draft": None, "lang": "en"}
    assert request["cookies"] == {"sid": "s%3A9f2c1e", "csrftoken": "Yq3LkP0w"}
    assert not any(name.lower() in ("content-type", "cookie", "host", "content-length", "connection")
                   for name in request["headers"])
    assert request["multipart"] == [
        {"name": "title", "value": "Receipt March"}, {"name": "tags", "value": "expenses"},
        {"name": "tags", "value": "travel"},
        {"name": "scan", "file": "{scanPath}", "filename": "receipt-0312.png", "content-type": "image/png"}]
    assert upload.data["variables"]["scanPath"]["example"] == "receipt-0312.png"
    built = build_request(upload.spec, {"scanPath": "/tmp/receipt.png"})
    assert [part.path for part in built.body.file_parts] == ["/tmp/receipt.png"]
    # a content type on a GET without a body is kept, and the query only in queryString is not lost
    assert listing.data["request"]["headers"]["Content-Type"] == "application/json"
    assert listing.data["request"]["query"] == {"page": "2", "per_page": "50"}


def test_multipart_params_with_file_names() -> None:
    """The params shape of API tools and hand-written HARs: fileName may be a path; the name sent is its base."""
    [item], warnings = imported(IMPORTS / "har" / "documents-params.har")
    assert warnings == []
    request = item.data["request"]
    assert request["headers"] == {"X-Api-Key": "k_live_51Hq"}
    assert request["multipart"] == [
        {"name": "description", "value": "Q3 report"},
        {"name": "report", "file": "{reportPath}", "filename": "q3-2024.pdf", "content-type": "application/pdf"},
        {"name": "attachment", "file": "{attachmentPath}", "filename": "notes.txt"}]
    assert item.data["variables"]["reportPath"]["example"] == "reports/q3-2024.pdf"


def test_multipart_with_text_params_only() -> None:
    request_ = {"method": "POST", "url": "https://x.example.com/", "postData": {
        "mimeType": "multipart/form-data; boundary=x", "params": [{"name": "a", "value": "1"}, {"name": "b"}]}}
    [item], _ = _import(_entry(request_))
    assert item.data["request"]["multipart"] == [{"name": "a", "value": "1"}, {"name": "b", "value": ""}]
    assert "headers" not in item.data["request"]


def test_multipart_content_type_with_nothing_to_send_is_the_header_alone() -> None:
    request_ = {"method": "POST", "url": "https://x.example.com/", "postData": {"mimeType": "multipart/form-data"}}
    [item], _ = _import(_entry(request_))
    assert item.data["request"] == {"method": "POST", "url": "https://x.example.com/",
                                    "headers": {"Content-Type": "multipart/form-data"}}


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
    result = run("import", "har", str(SESSION), "--out", str(out), "--lenient")
    assert result.exit_code == 0, result.stderr
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(f"{item.name}.yaml" for item in imported(SESSION, lenient=True)[0])
    assert result.stderr.count("warning: ") == 1
    for path in out.iterdir():
        build_request(load_spec(path))
    for path in out.iterdir():
        if path.name != "03-post-v1-widgets.yaml":
            path.unlink()
    (out / "03-post-v1-widgets.yaml").write_text("# edited\n", encoding="utf-8")
    again = run("import", "har", str(SESSION), "--out", str(out), "--lenient")
    assert "03-post-v1-widgets.yaml already exists; give --force to overwrite" in error_line(again)
    assert not (out / "01-get-v1-search.yaml").exists()  # nothing written when one cannot be
    assert (out / "03-post-v1-widgets.yaml").read_text(encoding="utf-8") == "# edited\n"
    assert run("import", "har", str(SESSION), "--out", str(out), "--force", "--lenient").exit_code == 0
    assert (out / "01-get-v1-search.yaml").exists()
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_stdout_holds_every_spec_as_a_yaml_stream() -> None:
    result = run("import", "har", str(SESSION), "--lenient")
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
        load_request_source(SESSION, lenient=True)
    assert str(info.value) == (f"{SESSION}: holds 9 requests, and this command takes one; write each as a spec "
                               f"with `snippetgen import har {SESSION} --out DIR`")


def test_load_request_source_passes_specs_through() -> None:
    spec = load_request_source(Path(__file__).resolve().parent.parent / "specs" / "token.yaml")
    assert spec.method == "POST"


def test_load_request_source_refuses_or_warns_on_stderr(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    har = tmp_path / "k.har"
    har.write_text(json.dumps(_entry({"method": "GET", "url": "https://x.example.com/", "headers": [
        {"name": "X-Caf", "value": "café"}]})), encoding="utf-8")
    with pytest.raises(SourceError, match="cannot import header X-Caf"):
        load_request_source(har)
    assert capsys.readouterr().err == ""
    load_request_source(har, lenient=True)
    assert capsys.readouterr().err == (f"warning: {har}: log.entries[0].request: left out header X-Caf: "
                                       + RULE + "\n")


def test_load_har_specs_gives_every_request() -> None:
    specs = load_har_specs(IMPORTS / "har" / "receipts-chrome.har")
    assert [spec.method for spec in specs] == ["POST", "GET"]


@pytest.mark.live
def test_a_har_verifies_like_a_spec(verify_session) -> None:
    [client] = resolve("curl:curl")
    check_live(verify_session, verify_session.expected(load_request_source(ONE), {}), client)


def test_multipart_text_wins_over_params_that_stand_in_for_a_file() -> None:
    text = ("--b\r\nContent-Disposition: form-data; name=\"doc\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf"
            "\r\n\r\n%PDF\r\n--b--\r\n")
    request_ = {"method": "POST", "url": "https://x.example.com/", "postData": {
        "mimeType": "multipart/form-data; boundary=b", "text": text, "params": [{"name": "doc", "value": "(binary)"}]}}
    [item], _ = _import(_entry(request_))
    assert item.data["request"]["multipart"] == [
        {"name": "doc", "file": "{docPath}", "filename": "a.pdf", "content-type": "application/pdf"}]


def test_a_number_of_thousands_of_digits_is_one_error_line() -> None:
    text = ('{"log": {"version": "1.2", "entries": [{"request": {"method": "GET", "url": "https://a.example.com/",'
            ' "headers": [], "queryString": [], "bodySize": ' + "9" * 5000 + "}}]}}")
    with pytest.raises(SourceError, match="a number of more than 4,300 digits"):
        import_har_text(text, "big.har", lambda _: None)
