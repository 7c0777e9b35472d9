"""Each curl mapping of `snippetgen import curl`, checked against what real curl sends.

Every command runs twice: imported into a spec, and run by bash with the installed curl
against a loopback recorder (tests/imports/curl_truth.py).  The request the spec
describes (build_request, file placeholders filled with their examples) must be the
request curl sent: method, path, query pairs, every header but curl's own defaults,
and the body (form pairs, JSON, bytes, or multipart parts: name, filename, content
type, bytes).  The lenient imports at the end show the differences a refusal avoids.
"""

from __future__ import annotations

import pytest

from conftest import require_tool
from imports.curl_truth import check

ALL_BYTES = bytes(range(256))
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
FILES = {"report.pdf": PDF, "notes.txt": b"first line\nsecond line\r\n", "blob.bin": ALL_BYTES,
         "photo.PNG": b"\x89PNG\r\n\x1a\n", "docs/page.html": b"<p>hi</p>\n", "data.json": b'{"a": [1, 2]}\n',
         "noext": b"plain bytes", "my report.pdf": PDF, "vector.svg": b"<svg/>", "feed.xml": b"<a/>",
         "pic.jpeg": b"\xff\xd8\xff", "anim.gif": b"GIF89a"}


@pytest.fixture(autouse=True)
def _curl() -> None:
    require_tool("curl")


def exact(command: str, **expected) -> dict:
    """Import command, run it with real curl, and require the same request; the imported request data."""
    truth = check(command, FILES)
    assert not truth.differences, (command, truth.differences, truth.item.text)
    request = truth.item.data["request"]
    for key, value in expected.items():
        assert request[key] == value, (key, request)
    return request


# --- -F and --form-string: multipart ------------------------------------------------

@pytest.mark.parametrize("command", [
    "curl -F 'a= x y ;foo' -F 'b=\"q;r\" junk' -F empty= URL/form",
    "curl -F 'report=@report.pdf;type=application/pdf;filename=Q3.pdf' -F 'note=for the board' URL/upload",
    "curl -F 'f=@\"report.pdf\";type=image/png; charset=x;filename=\"renamed file.pdf\"' URL/upload",
    "curl --form-string 'raw=@not a file;type=x/y' --form-string 'b=<also text' URL/upload",
    "curl -F file=@docs/page.html -F 'blob=@blob.bin' URL/upload",
    "curl -X PUT -F 'doc=@my report.pdf' -H 'Content-Type: multipart/form-data' URL/upload",
    "curl -F 'caption=Café ☕' -F 'a=1' -F 'a=2' URL/upload",
    "curl -F 'f=@notes.txt;headers=\"Content-Type: text/plain; charset=utf-8\"' URL/upload",
    "curl -F 'f=@notes.txt;type=image/png;headers=\"Content-Type: text/x\"' URL/upload",
])
def test_form_parts(command: str) -> None:
    exact(command)


@pytest.mark.parametrize("file, content_type", [
    ("photo.PNG", "image/png"), ("notes.txt", "text/plain"), ("pic.jpeg", "image/jpeg"), ("anim.gif", "image/gif"),
    ("vector.svg", "image/svg+xml"), ("feed.xml", "application/xml"), ("report.pdf", "application/pdf"),
    ("docs/page.html", "text/html"), ("noext", None), ("blob.bin", None),
])
def test_file_part_content_type_is_curls_guess(file: str, content_type: str | None) -> None:
    [part] = exact(f"curl -F 'f=@{file}' URL/upload")["multipart"]
    assert part.get("content-type") == content_type


def test_file_part_filename_option_picks_the_guess() -> None:
    [part] = exact("curl -F 'f=@report.pdf;filename=shot.png' URL/upload")["multipart"]
    assert part["filename"] == "shot.png" and part["content-type"] == "image/png"


# --- credentials ------------------------------------------------------------------

@pytest.mark.parametrize("command, auth", [
    ("curl -u alice:s3cr:et URL/me", {"basic": {"username": "alice", "password": "s3cr:et"}}),
    ("curl -u 'alice:' URL/me", {"basic": {"username": "alice", "password": ""}}),
    ("curl --basic -u 'jörg:pässwörd' URL/me", {"basic": {"username": "jörg", "password": "pässwörd"}}),
    ("curl http://bob:p%40ss@127.0.0.1:PORT/me", {"basic": {"username": "bob", "password": "p@ss"}}),
    ("curl http://bob@127.0.0.1:PORT/me", {"basic": {"username": "bob", "password": ""}}),
    ("curl -u alice:x http://bob:y@127.0.0.1:PORT/me", {"basic": {"username": "alice", "password": "x"}}),
    ("curl --oauth2-bearer mF_9.B5f-4.1JqM URL/me", {"bearer": "mF_9.B5f-4.1JqM"}),
    ("curl -u alice:x --oauth2-bearer tok URL/me", {"bearer": "tok"}),
])
def test_credentials(command: str, auth: dict) -> None:
    exact(command, auth=auth)


def test_an_authorization_header_wins_over_u() -> None:
    request = exact("curl -u alice:x -H 'Authorization: Token abc' URL/me")
    assert "auth" not in request


# --- bodies from files and standard input -------------------------------------------

@pytest.mark.parametrize("command", [
    "curl --data-binary @blob.bin URL/raw",
    "curl --data-binary @notes.txt -H 'Content-Type: text/plain' URL/raw",
    "curl --json @data.json URL/raw",
    "curl --data @/dev/null URL/empty",
    "curl --data-binary @/dev/null -X PUT URL/empty",
    "curl --data-binary @- URL/raw < blob.bin",
])
def test_file_bodies(command: str) -> None:
    exact(command)


def test_dev_null_is_an_empty_post_not_a_get() -> None:
    assert exact("curl -d @/dev/null URL/empty", method="POST", text="")


@pytest.mark.parametrize("command, target", [
    ("curl -T report.pdf -H 'Content-Type: application/pdf' URL", "/report.pdf"),
    ("curl -T report.pdf -H 'Content-Type: application/pdf' URL/dir/", "/dir/report.pdf"),
    ("curl -T 'my report.pdf' -H 'Content-Type: application/pdf' 'URL/?v=1'", "/my%20report.pdf"),
    ("curl -T docs/page.html -H 'Content-Type: text/html' URL/site/index.html", "/site/index.html"),
    ("curl -T blob.bin -H 'Content-Type: application/octet-stream' -X POST URL/in/", "/in/blob.bin"),
])
def test_upload_file(command: str, target: str) -> None:
    request = exact(command)
    assert request["url"].endswith(target) and "file" in request


@pytest.mark.parametrize("command, body", [
    ("curl -d @- URL/h <<EOF\n{\"a\": 1,\n \"b\": 2}\nEOF\n", {"text": '{"a": 1, "b": 2}'}),
    ("curl --data-binary @- -H 'Content-Type: application/json' URL/h <<'EOF'\n{\"a\": \"$HOME `x`\"}\nEOF",
     {"json": {"a": "$HOME `x`"}}),
    ("curl --data-binary @- -H 'Content-Type: text/plain' URL/h <<EOF\ncost: \\$5 \\\\ \\`q\\` \\\njoined\nEOF",
     {"text": "cost: $5 \\ `q` joined\n"}),
    ("curl --data-binary @- -H 'Content-Type: text/plain' URL/h <<-END\n\tindented\n\t\tdeeper\n\tEND",
     {"text": "indented\ndeeper\n"}),
    ("curl --data-binary @- -H 'Content-Type: text/plain' URL/h <<< 'hello there'", {"text": "hello there\n"}),
    ("curl -d @- URL/h <<< 'a=1'", {"form": {"a": "1"}}),
    ("curl --data-urlencode 'msg@-' URL/h <<< 'x y&z'", {"form": {"msg": "x y&z\n"}}),
    ("curl -F 'text=<-' URL/h <<'EOF'\nline one\nEOF", {"multipart": [{"name": "text", "value": "line one\n"}]}),
    ("curl -T - -H 'Content-Type: text/plain' URL/h <<< 'streamed'", {"text": "streamed\n"}),
])
def test_here_documents_and_strings(command: str, body: dict) -> None:
    exact(command, **body)


# --- headers and query ---------------------------------------------------------------

@pytest.mark.parametrize("command, header", [
    ("curl -r 600 URL/f", "bytes=600-"),
    ("curl -r 0-99 URL/f", "bytes=0-99"),
    ("curl -r -500 URL/f", "bytes=-500"),
    ("curl -r 0-0,-1 URL/f", "bytes=0-0,-1"),
    ("curl -C 100 URL/f", "bytes=100-"),
])
def test_range(command: str, header: str) -> None:
    assert exact(command)["headers"]["Range"] == header


def test_a_range_header_wins_over_r() -> None:
    assert exact("curl -r 600 -H 'Range: bytes=1-2' URL/f")["headers"] == {"Range": "bytes=1-2"}


def test_compressed_asks_for_what_this_curl_decodes() -> None:
    exact("curl --compressed URL/c")
    assert exact("curl --compressed -H 'Accept-Encoding: gzip' URL/c")["headers"] == {"Accept-Encoding": "gzip"}


@pytest.mark.parametrize("command, query", [
    ("curl -G -d flag -d 'a=1&b' --data-urlencode 'q=x y+z' 'URL/s?z=1'",
     {"z": "1", "flag": None, "a": "1", "b": None, "q": "x y+z"}),
    ("curl 'URL/s?pretty&empty=&v=%C3%A9'", {"pretty": None, "empty": "", "v": "é"}),
    ("curl --url-query 'tag=a b' --url-query '+raw=%41' 'URL/s?n=1'", {"n": "1", "tag": "a b", "raw": "A"}),
    ("curl --url-query 'tag=a b' -d n=1 URL/s", {"tag": "a b"}),
    ("curl -I -G -d q=1 URL/s", {"q": "1"}),
])
def test_query(command: str, query) -> None:
    exact(command, query=query)


@pytest.mark.parametrize("command, expected", [
    ("curl -b 'session=abc; theme=dark' URL/c", {"cookies": {"session": "abc", "theme": "dark"}}),
    ("curl -b 'a=1;b=2' -b x=y URL/c", {"headers": {"Cookie": "a=1;b=2;x=y"}}),
    ("curl -b a=1 -H 'Cookie: mine=1' URL/c", {"headers": {"Cookie": "mine=1"}}),
    ("curl -A 'docs/1.0' -e 'https://ref.example/;auto' URL/c",
     {"headers": {"User-Agent": "docs/1.0", "Referer": "https://ref.example/"}}),
    ("curl -H 'X-Trace: one' -H 'X-Trace: two' -H 'X-Empty;' URL/c",
     {"headers": [["X-Trace", "one"], ["X-Trace", "two"], ["X-Empty", ""]]}),
    ("curl -H 'Content-Type: application/json' URL/c", {"headers": {"Content-Type": "application/json"}}),
    # -H 'Name: value' replaces the header an option makes; -H 'Name:' removes it
    ("curl -A agent/1 -H 'User-Agent: mine/2' URL/c", {"headers": {"User-Agent": "mine/2"}}),
    ("curl -A agent/1 -H 'User-Agent:' -r 1-2 -H 'Range:' --compressed -H 'Accept-Encoding:' URL/c", {}),
    ("curl -u a:b -H 'Authorization:' -b x=1 -H 'Cookie:' URL/c", {}),
    ("curl --json '{}' -H 'Accept:' URL/c", {"headers": {"Content-Type": "application/json"}}),
])
def test_cookies_and_headers(command: str, expected: dict) -> None:
    request = exact(command, **expected)
    if not expected:
        assert set(request) == {"method", "url"}


@pytest.mark.parametrize("command, path", [
    ("curl 'URL/a/./b/../c/'", "/a/c/"),
    ("curl 'URL/a/b/..'", "/a/"),
])
def test_dot_segments(command: str, path: str) -> None:
    assert exact(command)["url"].endswith(path)


def test_dot_segments_kept_by_path_as_is_are_refused() -> None:
    """curl sends them, but clients disagree on them, so no spec holds them (see the spec rules)."""
    from snippetgen.importers.curl import import_curl
    from snippetgen.importers.errors import SourceError

    with pytest.raises(SourceError, match="the path holds the segment"):
        import_curl("curl --path-as-is 'https://h.example.com/a/./b/../c'", lambda _: None)


@pytest.mark.parametrize("command", [
    "curl -d 'name=Jenny Rosen' --data-urlencode 'email=j+r@example.com' -d 'x[]=1' URL/f",
    "curl --data-urlencode '=a b+c' URL/f",
    "curl --data-raw '@not-a-file' URL/f",
    "curl -X DELETE URL/f",
    "curl -X PURGE -H 'Content-Type: text/plain' URL/f",
])
def test_data_and_methods(command: str) -> None:
    exact(command)


# --- what --lenient leaves out: the difference real curl shows ------------------------

@pytest.mark.parametrize("command, difference", [
    ("curl -T report.pdf URL/", "header content-type"),
    ("curl -d @notes.txt URL/f", "file:"),
    ("curl --ntlm -u a:b URL/f", "header Authorization"),
    ("curl -H 'Content-Type:' -d a=1 URL/f", "header content-type"),
    ("curl -G -d n=1 --url-query t=1 URL/f", "query:"),
])
def test_lenient_imports_send_a_different_request(command: str, difference: str) -> None:
    truth = check(command, FILES, lenient=True)
    assert any(difference in d for d in truth.differences), truth.differences
    assert truth.warnings


def test_lenient_digest_leaves_the_credentials_out_as_curls_first_request_does() -> None:
    truth = check("curl --digest -u alice:s3cret URL/f", FILES, lenient=True)
    assert not truth.differences and "auth" not in truth.item.data["request"]
