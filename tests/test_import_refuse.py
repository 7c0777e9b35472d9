"""Express it, or refuse it: what every importer does with what a spec cannot say, and with hostile input.

Without --lenient an import that cannot be sent as its source sends it exits 2 with one
`error:` line naming the file (and key path or line) and writes nothing; with --lenient
it exits 0 and says, one `warning:` line each, what it left out.  No input, however
broken, gets a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from snippetgen.httprules import header_value_problem
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from snippetgen.errors import SnippetgenError
from snippetgen.importers.curl import import_curl
from snippetgen.importers.har import import_har_text
from snippetgen.importers.openapi import import_openapi_text
from import_cli import error_line, run

RULE = header_value_problem("café")  # the loader's own wording, which importers use

IMPORTS = Path(__file__).resolve().parent / "imports"
OPENAPI = ("openapi: 3.0.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://api.example.com'}]\n"
           "paths:\n  /a:\n    get:\n      security: [{d: []}]\ncomponents:\n  securitySchemes:\n"
           "    d: {type: http, scheme: digest}\n")
HAR = {"log": {"entries": [{"request": {"method": "GET", "url": "https://x.example.com/", "headers": [
    {"name": "X-Caf", "value": "café"}]}}]}}


@pytest.fixture
def sources(tmp_path: Path) -> dict[str, list[str]]:
    (tmp_path / "a.yaml").write_text(OPENAPI, encoding="utf-8")
    (tmp_path / "a.har").write_text(json.dumps(HAR), encoding="utf-8")
    return {
        "curl": ["curl", "curl --digest -u alice:s3cret https://x.example.com/"],
        "har": ["har", str(tmp_path / "a.har")],
        "openapi": ["openapi", str(tmp_path / "a.yaml")],
    }


@pytest.mark.parametrize("kind, message", [
    ("curl", "error: <command>: cannot import --digest (with -u alice:s3cret): --digest is authentication that "
             "answers a server challenge, which a spec cannot describe; the credentials are left out with it, or "
             "they would go as Basic; --lenient leaves it out"),
    ("har", "error: {dir}/a.har: log.entries[0].request: cannot import header X-Caf: "
            + RULE + "; --lenient leaves it out"),
    ("openapi", "error: {dir}/a.yaml:10: paths.\"/a\".get: cannot import security scheme 'd': HTTP digest "
                "authentication is neither Basic nor Bearer, the kinds a spec sends; --lenient leaves it out"),
])
def test_every_importer_refuses_and_writes_nothing(sources, tmp_path: Path, kind: str, message: str) -> None:
    out = tmp_path / "out"
    line = error_line(run("import", *sources[kind], "--out", str(out)))
    assert line == message.format(dir=tmp_path)
    assert not out.exists()


@pytest.mark.parametrize("kind", ["curl", "har", "openapi"])
def test_lenient_leaves_it_out_with_a_warning(sources, tmp_path: Path, kind: str) -> None:
    out = tmp_path / "out"
    result = run("import", *sources[kind], "--out", str(out / "spec.yaml" if kind == "curl" else out), "--lenient")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("warning: ") and "left out" in result.stderr
    assert all(line.startswith("warning: ") for line in result.stderr.splitlines())
    assert list(out.iterdir())


def test_a_note_is_a_warning_and_the_import_goes_on() -> None:
    """What does not change the request (here -k, -L and -s) is never refused."""
    result = run("import", "curl", "curl -ksL https://x.example.com/a")
    assert result.exit_code == 0 and result.stdout.startswith("title: GET /a")
    assert result.stderr.count("warning: ") == 3


# --- hostile input ------------------------------------------------------------------

_WORDS = st.sampled_from([
    "-d", "--data-binary", "-F", "--form-string", "-T", "-u", "-H", "-b", "-G", "-I", "-X", "-r", "-C", "--json",
    "--data-urlencode", "--url-query", "--oauth2-bearer", "--digest", "-x", "--compressed", "--path-as-is", "-k",
    "@-", "@/dev/null", "@file", "a=b", "=", "@", "<", "<-", "a=@f;type=", "a=@f;type=x/y;filename=\"q", "a=(",
    ")", "f=@a,b", "a=\"x", ";", "https://x.example.com", "http://[::1]:8080/a/../b", "http://u:p@h/", "x.org",
    "{p}", "$V", "'q'", "\"", "<<EOF", "<<<", "EOF", "\n", "|", "\\", "$'\\x'", "$'\\U7fffffff'", "%", "%FF",
    "ftp.example.com", "-", "--", "-H 'a:'", "Content-Type:", "Cookie: a=1", "café", "\x00",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.one_of(_WORDS, st.text(max_size=12)), max_size=12), lenient=st.booleans(),
       as_words=st.booleans())
def test_hostile_curl_commands_never_crash(words: list[str], lenient: bool, as_words: bool) -> None:
    command = ["curl", *words] if as_words else "curl " + " ".join(words)
    try:
        import_curl(command, lambda _: None, lenient=lenient)
    except SnippetgenError as exc:
        assert "\n" not in str(exc).rstrip("\n") or "\n" in "".join(words)


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8),
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                                    max_size=3), max_leaves=8)
_HAR_KEYS = st.sampled_from(["method", "url", "headers", "cookies", "queryString", "postData", "postData.text",
                             "postData.params", "postData.mimeType", "postData.encoding", "headers.0",
                             "postData.params.0", "postData.params.0.fileName", "cookies.0.value"])


def _put(document: dict, path: str, value) -> None:
    node = document
    keys = path.split(".")
    for key in keys[:-1]:
        child = node[int(key)] if isinstance(node, list) and key.isdigit() and int(key) < len(node) else (
            node.get(key) if isinstance(node, dict) else None)
        if not isinstance(child, (dict, list)):
            return
        node = child
    last = keys[-1]
    if isinstance(node, dict):
        node[last] = value
    elif isinstance(node, list) and last.isdigit() and int(last) < len(node):
        node[int(last)] = value


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.lists(st.tuples(_HAR_KEYS, _JSON), max_size=4), lenient=st.booleans())
def test_hostile_har_entries_never_crash(changes, lenient: bool) -> None:
    request = {"method": "POST", "url": "https://x.example.com/a?b&c=1",
               "headers": [{"name": "Content-Type", "value": "multipart/form-data; boundary=z"}],
               "cookies": [{"name": "s", "value": "1"}], "queryString": [{"name": "c", "value": "1"}],
               "postData": {"mimeType": "multipart/form-data; boundary=z",
                            "text": "--z\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--z--\r\n",
                            "params": [{"name": "f", "fileName": "a.png", "contentType": "image/png"}]}}
    for path, value in changes:
        _put(request, path, value)
    try:
        import_har_text(json.dumps({"log": {"entries": [{"request": request}]}}), "t.har", lambda _: None,
                        lenient=lenient)
    except SnippetgenError as exc:
        assert "\n" not in str(exc)


_OPENAPI_KEYS = st.sampled_from([
    "paths./a.post.requestBody", "paths./a.post.requestBody.content",
    "paths./a.post.requestBody.content.multipart/form-data",
    "paths./a.post.requestBody.content.multipart/form-data.schema",
    "paths./a.post.requestBody.content.multipart/form-data.schema.properties",
    "paths./a.post.requestBody.content.multipart/form-data.encoding",
    "paths./a.post.requestBody.content.multipart/form-data.example", "paths./a.post.security",
    "paths./a.post.parameters", "components.securitySchemes.s", "components.securitySchemes.s.scheme",
    "components.securitySchemes.s.type", "servers", "paths./a.post.requestBody.content.image/png"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.lists(st.tuples(_OPENAPI_KEYS, _JSON), max_size=4), lenient=st.booleans())
def test_hostile_openapi_documents_never_crash(changes, lenient: bool) -> None:
    document = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
                "servers": [{"url": "https://api.example.com"}], "security": [{"s": []}],
                "paths": {"/a": {"post": {"requestBody": {"content": {"multipart/form-data": {
                    "schema": {"type": "object", "properties": {"f": {"type": "string", "format": "binary"},
                                                                "t": {"type": "string"}}},
                    "encoding": {"f": {"contentType": "image/png"}}}}}}}},
                "components": {"securitySchemes": {"s": {"type": "http", "scheme": "basic"}}}}
    for path, value in changes:
        node = document
        keys = path.split(".")
        for key in keys[:-1]:
            node = node.setdefault(key, {}) if isinstance(node, dict) else {}
        if isinstance(node, dict):
            node[keys[-1]] = value
    try:
        import_openapi_text(json.dumps(document, allow_nan=True), "t.json", lambda _: None, lenient=lenient)
    except SnippetgenError as exc:
        assert "\n" not in str(exc)


@pytest.mark.parametrize("args", [
    ["curl", "curl -F 'a=@x;type=nothing' https://x.example.com"],
    ["curl", "curl -d @- https://x.example.com <<EOF\n$(whoami)\nEOF"],
    ["curl", "curl $'\\U7fffffff' https://x.example.com"],
    ["curl", "curl -T 'a[1-2].txt' -H 'Content-Type: text/plain' https://x.example.com/"],
    ["har", str(IMPORTS / "broken" / "truncated.har")],
    ["openapi", str(IMPORTS / "broken" / "bad-ref.yaml")],
])
def test_hostile_input_on_the_command_line_is_one_line(args: list[str]) -> None:
    error_line(run("import", *args))


def test_a_json_body_nested_too_deeply_for_a_json_value_is_sent_as_its_text() -> None:
    body = "[" * 3000 + "]" * 3000
    [item] = import_har_text(json.dumps({"method": "POST", "url": "https://x.example.com/", "postData": {
        "mimeType": "application/json", "text": body}}), "t.har", lambda _: None)
    assert item.data["request"]["text"] == body


@pytest.mark.parametrize("args, text", [
    (["har"], "[" * 100_000),
    (["openapi"], "openapi: 3.0.0\npaths:\n  /a:\n    get: " + "{a: [" * 2000 + "1" + "]}" * 2000 + "\n"),
    (["openapi"], json.dumps({"openapi": "3.0.0", "servers": [{"url": "https://a.example.com"}], "paths": {"/a": {
        "post": {"requestBody": {"content": {"application/json": {"example": json.loads("[" * 900 + "]" * 900)}}}}}}})),
    (["curl"], "curl https://x.example.com -d @" + "<(printf %s " * 3000),
])
def test_input_nested_too_deeply_is_one_line(tmp_path: Path, args: list[str], text: str) -> None:
    if args == ["curl"]:
        line = error_line(run("import", "curl", stdin=text))
    else:
        path = tmp_path / ("deep.har" if args == ["har"] else "deep.yaml")
        path.write_text(text, encoding="utf-8")
        line = error_line(run("import", *args, str(path)))
    assert "nested too deeply" in line
