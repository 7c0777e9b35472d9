"""`snippetgen import curl`: commands as documentation sites write them, bash's quoting,
curl's options, the round trip spec -> curl snippet -> spec, and the YAML importers write.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cases import CLIENTS
from imports.spec_strategies import json_values, specs
from snippetgen.errors import ClientRefusal
from snippetgen.errors import SpecError
from snippetgen.importers.spec_yaml import to_yaml
from snippetgen.importers.curl import import_curl, split_command
from snippetgen.importers.errors import SourceError
from snippetgen.render import render_request, render_snippet
from snippetgen.request import Request, build_request
from snippetgen.spec import parse_spec
from snippetgen.languages import resolve
from snippetgen import yaml_reader
from import_cli import error_line, run

FIXTURES = Path(__file__).resolve().parent / "imports" / "curl"
[CURL] = resolve("curl")


def imported(command: str | list[str], **options):
    warnings: list[str] = []
    item = import_curl(command, warnings.append, **options)
    return item, warnings


def refused(command: str | list[str]) -> str:
    """The one-line error of a command the spec cannot say (without --lenient)."""
    with pytest.raises(SourceError) as info:
        import_curl(command, lambda _: None)  # the CLI prints warnings only for an import that succeeds
    message = str(info.value)
    assert "\n" not in message and message.endswith("--lenient leaves it out") or "--lenient imports it" in message
    return message


def request_of(command: str | list[str]) -> dict:
    return imported(command)[0].data["request"]


# --- commands as documentation sites write them --------------------------------

def fixture(name: str) -> str:
    return (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")


def test_stripe_basic_auth_and_form() -> None:
    item, warnings = imported(fixture("stripe-customers"))
    request = item.data["request"]
    assert request["method"] == "POST" and request["url"] == "https://api.stripe.com/v1/customers"
    assert "headers" not in request  # -u is the spec's auth, which each client sends with its own helper
    assert request["auth"] == {"basic": {"username": "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "password": ""}}
    assert request["form"] == {"name": "Jenny Rosen", "email": "jenny.rosen+shop@example.com",
                               "metadata[order_id]": "6735"}
    assert warnings == []


def test_github_json_without_content_type_stays_what_curl_sends() -> None:
    item, warnings = imported(fixture("github-create-issue"))
    request = item.data["request"]
    assert request["headers"]["Authorization"] == "Bearer <YOUR-TOKEN>"
    # curl -d sends its default form content type; the importer keeps it and says so.
    assert request["headers"]["Content-Type"] == "application/x-www-form-urlencoded"
    assert request["text"].startswith('{"title":"Found a bug","body":"I\'m having')
    assert any("-L" in w and "redirects" in w for w in warnings)
    assert any("the body is JSON but is sent as application/x-www-form-urlencoded" in w for w in warnings)


def test_openai_shell_variable_becomes_a_secret_placeholder() -> None:
    item, warnings = imported(fixture("openai-chat"))
    assert item.data["variables"] == {"OPENAI_API_KEY": {
        "description": "the shell variable $OPENAI_API_KEY of the command", "secret": True}}
    request = item.data["request"]
    assert request["headers"] == {"Content-Type": "application/json", "Authorization": "Bearer {OPENAI_API_KEY}"}
    assert request["json"] == {"model": "gpt-4o-mini", "temperature": 0.7,
                               "messages": [{"role": "user", "content": "Say this is a test!"}]}
    assert warnings == []


def test_auth0_placeholders_in_braces() -> None:
    item, _ = imported(fixture("auth0-token"))
    assert list(item.data["variables"]) == ["yourDomain", "yourClientId", "yourClientSecret"]
    assert item.data["variables"]["yourClientSecret"] == {"secret": True}
    assert item.data["request"]["url"] == "https://{yourDomain}/oauth/token"
    assert item.data["request"]["form"]["client_secret"] == "{yourClientSecret}"
    graphql = "curl https://x.example.com/graphql -d 'query={viewer{login}}'"
    assert imported(graphql)[0].data["variables"] == {"login": {}}
    literal, _ = imported(graphql, placeholders=False)  # --literal-braces
    assert "variables" not in literal.data
    assert literal.data["request"]["form"] == {"query": "{viewer{login}}"}
    with pytest.raises(SourceError, match="the host must be"):
        imported(fixture("auth0-token"), placeholders=False)


def test_elasticsearch_get_with_a_body_is_refused_or_left_out_with_lenient() -> None:
    assert refused(fixture("elasticsearch-search")) == (
        "<command>: cannot import the body: a GET request cannot have one in every client (fetch refuses it); "
        "--lenient leaves it out")
    item, warnings = imported(fixture("elasticsearch-search"), lenient=True)
    request = item.data["request"]
    # ?pretty stays a bare name; the content type is sent without a body, as a spec now can.
    assert request == {"method": "GET", "url": "http://localhost:9200/my-index-000001/_search",
                       "query": {"pretty": None}, "headers": {"Content-Type": "application/json"}}
    assert warnings == ["<command>: left out the body: a GET request cannot have one in every client "
                        "(fetch refuses it)"]


def test_twilio_credentials_with_placeholders() -> None:
    item, warnings = imported(fixture("twilio-message"))
    request = item.data["request"]
    assert request["url"] == "https://api.twilio.com/2010-04-01/Accounts/{TWILIO_ACCOUNT_SID}/Messages.json"
    # The placeholders stay placeholders: each client builds the Basic header from them.
    assert request["auth"] == {"basic": {"username": "{TWILIO_ACCOUNT_SID}", "password": "{TWILIO_AUTH_TOKEN}"}}
    assert item.data["variables"]["TWILIO_AUTH_TOKEN"]["secret"] is True
    assert request["form"] == {"Body": "Hello from Twilio 👋", "From": "+15557122661", "To": "+15558675310"}
    assert warnings == []


def test_slack_json_option() -> None:
    request = request_of(fixture("slack-webhook"))
    assert request["method"] == "POST"
    assert request["headers"] == {"Content-Type": "application/json", "Accept": "application/json"}
    assert request["json"] == {"text": "Hello, World! :wave:"}


def test_search_with_get_prompt_pipe_cookies_and_default() -> None:
    item, warnings = imported(fixture("search-get"))
    request = item.data["request"]
    assert request["method"] == "GET"
    assert request["query"] == {"query": "red shoes", "filters": 'price < 100 AND brand:"ACME"', "hitsPerPage": "10"}
    assert request["headers"] == {"X-Api-Key": "{SEARCH_API_KEY}", "User-Agent": "docs-example/1.0"}
    assert request["cookies"] == {"session": "abc123", "theme": "dark"}  # curl sends -b's text, which this is
    assert item.data["variables"]["SEARCH_API_KEY"]["example"] == "demo-key"
    assert any("| jq" in w for w in warnings) and any("ignored -s" in w for w in warnings)


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.txt")))
def test_every_fixture_renders_for_every_client(name: str) -> None:
    item, _ = imported(fixture(name), lenient=True)
    build_request(parse_spec(item.text, "<command>"))
    for client in CLIENTS:
        try:
            assert render_snippet(item.spec, client).display
        except ClientRefusal as exc:  # a client may decline, with its reason, never fail otherwise
            assert "cannot send this request exactly" in str(exc)


# --- bash's quoting ---------------------------------------------------------------

@pytest.mark.parametrize("command, words", [
    ("curl 'a b' \"c d\" e\\ f", ["curl", "a b", "c d", "e f"]),
    ("curl 'it'\\''s'", ["curl", "it's"]),
    ('curl "say \\"hi\\" \\$5 \\\\ \\x"', ["curl", 'say "hi" $5 \\ \\x']),
    ("curl $'tab\\there\\x41\\u00e9\\'q\\\\'", ["curl", "tab\there\x41é'q\\"]),
    ("curl \\\n  -X POST \\\r\n  url", ["curl", "-X", "POST", "url"]),
    ("  $ curl url # a comment\n", ["curl", "url"]),
    ("curl url 2>/dev/null", ["curl", "url"]),
    ('curl "multi\nline"', ["curl", "multi\nline"]),
    ("curl -d@<(printf '%s' 'a b')", None),
])
def test_split_command(command: str, words: list[str] | None) -> None:
    result = split_command(command)
    if words is None:
        assert len(result.words) == 2 and list(result.contents.values()) == ["a b"]
    else:
        assert result.words == words


def test_shell_variables_become_placeholders() -> None:
    result = split_command('curl "$HOST/x" ${TOKEN} "${MODE:-fast}" \'$LITERAL\'')
    assert result.words == ["curl", "{HOST}/x", "{TOKEN}", "{MODE}", "$LITERAL"]
    assert result.shell_variables == {"HOST": None, "TOKEN": None, "MODE": "fast"}


@pytest.mark.parametrize("command, message", [
    ("curl 'https://x.example.com", "<command>:1: unbalanced ' quote: it is never closed (column 6)"),
    ('curl -H "X: 1\n  https://x', '<command>:1: unbalanced " quote: it is never closed (column 9)'),
    ("curl $'abc", "unbalanced $' quote"),
    ("curl https://x/$(whoami)", "command substitution $(...) cannot be imported"),
    ("curl https://x/`id`", "command substitution `...` cannot be imported"),
    ("curl https://x/$1", "the shell fills $1 when it runs the command"),
    ("curl https://x/${A/b/c}", "the shell expansion ${A/b/c} cannot be imported"),
    ("curl -d @<(cat body.json) https://x", "process substitution <(...) cannot be imported"),
    ("curl https://x \\", "the command ends with a lone backslash"),
])
def test_shell_syntax_that_cannot_be_imported(command: str, message: str) -> None:
    with pytest.raises(SourceError) as info:
        import_curl(command, lambda _: None)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_what_follows_the_command_is_ignored_with_a_warning() -> None:
    _, warnings = imported("curl https://x.example.com > out.json; echo done")
    assert any("the redirection > out.json" in w for w in warnings)
    assert any("what follows the command (; echo done)" in w for w in warnings)


# --- curl's options ---------------------------------------------------------------

def test_clustered_and_attached_short_options() -> None:
    request = request_of("curl -sSXPUT -H'X-A: 1' -dkey=value https://x.example.com/a")
    assert request == {"method": "PUT", "url": "https://x.example.com/a", "headers": {"X-A": "1"},
                       "form": {"key": "value"}}


def test_data_pieces_join_with_ampersand_and_urlencode() -> None:
    request = request_of(["curl", "https://x.example.com", "-d", "a=1", "--data-raw", "@b=2",
                          "--data-urlencode", "c=x y&z"])
    assert request["form"] == {"a": "1", "@b": "2", "c": "x y&z"}
    # words given: no shell, so no <( ): curl would read a file of that name
    assert "curl URL-encodes the file's content" in refused(
        ["curl", "https://x.example.com", "--data-urlencode", "d@<(printf '%s' 'e f')"])
    request = request_of("curl https://x.example.com -d a=1 --data-urlencode d@<(printf '%s' 'e f')")
    assert request["form"] == {"a": "1", "d": "e f"}
    # `=content` and `content` send the encoded content alone: no longer name=value pairs.
    text = request_of("curl https://x.example.com -d a=1 --data-urlencode '=only one'")
    assert text["text"] == "a=1&only+one"  # curl encodes a space as +
    assert text["headers"] == {"Content-Type": "application/x-www-form-urlencoded"}


def test_get_moves_the_data_into_the_query() -> None:
    request = request_of("curl -G 'https://x.example.com/s?page=2' -d q=a+b --data-urlencode 'tag=c&d'")
    assert request["method"] == "GET"
    assert request["query"] == {"page": "2", "q": "a b", "tag": "c&d"}
    head = request_of("curl -I -G https://x.example.com/s -d q=1")
    assert head["method"] == "HEAD" and head["query"] == {"q": "1"}


def test_url_query_option() -> None:
    request = request_of("curl --url https://x.example.com/s --url-query 'q=a b' --url-query '+raw=%41'")
    assert request["query"] == {"q": "a b", "raw": "A"}


@pytest.mark.parametrize("command, headers", [
    ("curl -A agent/1 -e 'https://ref.example/;auto' https://x.example.com",
     {"User-Agent": "agent/1", "Referer": "https://ref.example/"}),
    # curl sends the command's Cookie header and none of -b then (checked with real curl).
    ("curl -b a=1 -b 'b=2; c=3' -H 'Cookie: d=4' https://x.example.com", {"Cookie": "d=4"}),
    # several -b: curl joins them with ';' and no space, which only a Cookie header says byte for byte.
    ("curl -b a=1 -b 'b=2; c=3' https://x.example.com", {"Cookie": "a=1;b=2; c=3"}),
    ("curl -H 'X-Empty;' -H 'X-Pad:   v  ' -r 0-99 https://x.example.com",
     {"X-Empty": "", "X-Pad": "v", "Range": "bytes=0-99"}),
    ("curl -H 'X-Trace: one' -H 'X-Trace: two' https://x.example.com", [["X-Trace", "one"], ["X-Trace", "two"]]),
])
def test_headers_from_options(command: str, headers) -> None:
    assert request_of(command)["headers"] == headers


@pytest.mark.parametrize("command, auth", [
    ("curl -u alice:s3cret https://x.example.com", {"basic": {"username": "alice", "password": "s3cret"}}),
    ("curl https://bob:p%40w@x.example.com/", {"basic": {"username": "bob", "password": "p@w"}}),
    ("curl -u alice:s3cret https://bob:pw@x.example.com/", {"basic": {"username": "alice", "password": "s3cret"}}),
    ("curl --basic -u 'al ice:' https://x.example.com", {"basic": {"username": "al ice", "password": ""}}),
    ("curl --oauth2-bearer abc https://x.example.com", {"bearer": "abc"}),
    ("curl -u a:b --oauth2-bearer abc https://x.example.com", {"bearer": "abc"}),
])
def test_credentials_become_auth(command: str, auth: dict) -> None:
    request = request_of(command)
    assert request["auth"] == auth and "headers" not in request


@pytest.mark.parametrize("command, warning", [
    ("curl -k https://x.example.com", "left out -k: the snippets never turn TLS verification off"),
    ("curl -L https://x.example.com", "left out -L: clients differ in following redirects"),
    ("curl --cacert ca.pem https://x.example.com", "left out --cacert: the snippets use each client's own CA"),
    ("curl -H 'Accept:' https://x.example.com", "it removes a header curl adds itself"),
    ("curl -H 'Content-Length: 3' -d abc https://x.example.com", None),
    ("curl -H 'Host: x.example.com' https://x.example.com", None),
    ("curl https://x.example.com/#top", "left out the URL's #fragment"),
    ("curl -H 'nocolon' https://x.example.com", "curl sends no header for it"),
    ("curl -sSfv -o out.json -w '%{http_code}' -i --retry 3 https://x.example.com", "ignored -s, -S, -f, -v, -o, "),
])
def test_what_does_not_change_the_request_is_a_warning(command: str, warning: str | None) -> None:
    item, warnings = imported(command)
    if warning is None:
        assert warnings == []
    else:
        assert any(warning in w for w in warnings), warnings
    assert all("\n" not in w for w in warnings)
    build_request(item.spec)


@pytest.mark.parametrize("command, message, lenient", [
    ("curl --digest -u a:b https://x.example.com",
     "cannot import --digest (with -u a:b): --digest is authentication that answers a server challenge, which a "
     "spec cannot describe; the credentials are left out with it, or they would go as Basic",
     {"method": "GET", "url": "https://x.example.com"}),
    ("curl --ntlm -u a:b https://x.example.com", "cannot import --ntlm (with -u a:b)", {}),
    ("curl --negotiate -u : https://x.example.com", "cannot import --negotiate (with -u :)", {}),
    ("curl --anyauth -u a:b https://x.example.com", "cannot import --anyauth (with -u a:b)", {}),
    ("curl -x http://proxy:3128 https://x.example.com", "cannot import -x http://proxy:3128: the request goes "
     "through a proxy", {}),
    ("curl --proxy socks5://p:1080 https://x.example.com", "cannot import --proxy socks5://p:1080", {}),
    ("curl --socks5-hostname p:1080 https://x.example.com", "the request goes through a proxy", {}),
    ("curl --resolve x.example.com:443:10.0.0.1 https://x.example.com", "curl connects to another address", {}),
    ("curl --unix-socket /run/d.sock http://localhost/v1", "curl connects to another address", {}),
    ("curl -E client.pem https://x.example.com", "a client certificate authenticates the request", {}),
    ("curl --aws-sigv4 aws:amz https://x.example.com", "the request is signed when it is sent", {}),
    ("curl -n https://x.example.com", "~/.netrc", {}),
    ("curl -K opts.txt https://x.example.com", "the options are read from a file", {}),
    ("curl --tr-encoding https://x.example.com", "TE: gzip", {}),
    ("curl -z 'yesterday' https://x.example.com", "If-Modified-Since", {}),
    ("curl --frobnicate https://x.example.com", "cannot import --frobnicate: it is not a curl option snippetgen "
     "knows", {"url": "https://x.example.com"}),
    ("curl -X post https://x.example.com -d a=1", "cannot import the method 'post': several clients upper-case a "
     "method", {"method": "POST"}),
    ("curl -H 'Host: other.example' https://x.example.com", "cannot import header Host: it is set by the HTTP "
     "client itself", {"url": "https://x.example.com"}),
    ("curl -H 'X-Caf: café' https://x.example.com", "cannot import header X-Caf: a header value must be printable ASCII",
     {"url": "https://x.example.com"}),
    ("curl -b cookies.txt https://x.example.com", "cannot import -b cookies.txt: curl reads the cookies from that "
     "file", {"url": "https://x.example.com"}),
    ("curl -H @headers.txt https://x.example.com", "curl reads the headers from that file", {}),
    ("curl -u alice https://x.example.com", "cannot import -u alice: curl asks for the password when it runs", {}),
    ("curl --data-binary @- https://x.example.com", "cannot import --data-binary @-: curl reads it from standard "
     "input, which the command does not hold", {"method": "POST"}),
    ("curl -d @body.json https://x.example.com", "cannot import -d @body.json: curl leaves out the file's line "
     "breaks (CR and LF)", {"file": "{bodyPath}"}),
    ("curl -d a=1 --data-binary @extra.txt https://x.example.com", "curl sends the file's content with the other "
     "data", {"form": {"a": "1"}}),
    ("curl --data-urlencode name@notes.txt https://x.example.com", "curl URL-encodes the file's content", {}),
    ("curl -G -d @query.txt https://x.example.com", "curl sends the file's content with the other data",
     {"method": "GET"}),
    ("curl -H 'Content-Type:' -d a=1 https://x.example.com", "curl then sends the body without a content type",
     {"form": {"a": "1"}}),
    ("curl -T report.pdf https://x.example.com/", "cannot import -T report.pdf: curl sends the file without a "
     "Content-Type header", {"method": "PUT", "url": "https://x.example.com/report.pdf", "file": "{reportPath}"}),
    ("curl -T 'page[1-3].txt' https://x.example.com/", "one request per file the pattern names", {}),
    ("curl -F 'doc=<notes.txt' https://x.example.com", "curl sends the file's content as a text part", {}),
    ("curl -F 'a=1;type=text/plain' https://x.example.com", "curl sends this text part with a content type", {}),
    ("curl -F 'a=1;filename=a.txt' https://x.example.com", "curl sends this text part with a content type or file "
     "name", {}),
    ("curl -F 'f=@a.png,b.png' https://x.example.com", "curl sends several files as one part", {}),
    ("curl -F 'f=@a.png;headers=X-A: 1' https://x.example.com", "part headers", {}),
    ("curl -F 'f=@-' https://x.example.com", "a spec's file part reads a file", {}),
    ("curl -F 'a\"b=@a.png' -F c=d https://x.example.com", "a part's name cannot contain '\"'",
     {"multipart": [{"name": "c", "value": "d"}]}),
    ("curl -F 'f=@a.png' -H 'Content-Type: multipart/mixed' https://x.example.com",
     "a multipart body is sent as multipart/form-data", {}),
    ("curl -F 'f=@a.png' -H 'Content-Type: multipart/form-data; boundary=xyz' https://x.example.com",
     "a multipart body is sent as multipart/form-data", {}),
    ("curl -C - -o part.bin https://x.example.com", "curl works out where to resume from the output file", {}),
])
def test_what_a_spec_cannot_say_is_refused_and_lenient_leaves_it_out(command: str, message: str,
                                                                     lenient: dict) -> None:
    assert message in refused(command)
    item, warnings = imported(command, lenient=True)
    assert warnings and all("\n" not in w and w.startswith("<command>: ") for w in warnings)
    for key, value in lenient.items():
        assert item.data["request"][key] == value
    build_request(item.spec)


@pytest.mark.parametrize("command, message", [
    ("curl -X POST", "the curl command has no URL"),
    ("curl https://a.example https://b.example", "the command has 2 URLs"),
    ("curl https://x.example.com -H", "-H needs an argument, and the command ends"),
    ("wget https://x.example.com", "not a curl command: it starts with 'wget'"),
    ("curl ftp://x.example.com/file", "scheme 'ftp' is not http or https"),
    ("curl -X CONNECT https://x.example.com", "CONNECT opens a tunnel"),
])
def test_commands_that_are_no_request(command: str, message: str) -> None:
    with pytest.raises(SourceError, match=message.replace("(", r"\(").replace(")", r"\)")):
        import_curl(command, lambda _: None)


def test_url_without_scheme_is_http_as_curl_reads_it() -> None:
    assert request_of("curl example.com/a")["url"] == "http://example.com/a"
    assert request_of("curl -X DELETE localhost:8080")["url"] == "http://localhost:8080"


# --- round trip: spec -> curl snippet -> import curl -> spec ----------------------

def _typed(value):
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    if isinstance(value, float) and value == 0:
        return ("float", math.copysign(1, value))
    return (type(value).__name__, value)


def assert_same_request(got: Request, expected: Request) -> None:
    assert (got.method, got.url, got.query, got.header_pairs) == (
        expected.method, expected.url, expected.query, expected.header_pairs)
    assert (got.body is None) == (expected.body is None)
    if expected.body is not None:
        assert got.body.kind == expected.body.kind
        assert got.body.form == expected.body.form
        assert got.body.text == expected.body.text
        assert _typed(got.body.json) == _typed(expected.body.json)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=specs())
def test_round_trip_through_the_curl_snippet(data) -> None:
    spec = parse_spec(to_yaml(data), "<drawn>")
    expected = build_request(spec)
    command = render_request(expected, CURL)
    item, _ = imported(command)
    assert_same_request(build_request(item.spec), expected)
    declared = set(spec.variables)
    assert set(item.spec.variables) <= declared  # every placeholder of the command was one of the spec's


def test_round_trip_of_every_example_spec() -> None:
    from cases import CASE_FILES

    from snippetgen.spec import load_spec

    for case in CASE_FILES:
        spec = load_spec(case)
        expected = build_request(spec)
        item, warnings = imported(render_request(expected, CURL))
        assert_same_request(build_request(item.spec), expected)
        assert warnings == [], (case.name, warnings)


def test_a_value_too_long_for_one_argument_round_trips() -> None:
    """snippetgen writes such a value as <(printf '%s' ...); the importer reads it back."""
    spec = parse_spec("request:\n  method: POST\n  url: https://x.example.com/\n"
                      f"  form: {{big: {'é' * 60_000}, small: a}}\n", "<big>")
    expected = build_request(spec)
    command = render_request(expected, CURL)
    assert "<(printf" in command
    item, _ = imported(command)
    assert_same_request(build_request(item.spec), expected)


# --- the YAML the importers write -------------------------------------------------

@settings(max_examples=60, deadline=None)
@given(value=json_values(()), key=st.text(st.characters(blacklist_categories=("Cs",)), max_size=20))
def test_yaml_text_reads_back_as_the_same_data(value, key) -> None:
    data = {"request": {"url": "https://x.example.com/", key or "k": value, "list": [value, {key: value}]}}
    loaded, _ = yaml_reader.load(to_yaml(data), "<yaml>")
    assert _typed(loaded) == _typed(data)


@pytest.mark.parametrize("text", ["yes", "on", "No", "~", "null", "1.5", "0x1F", "2024-01-01", "- a", "a: b",
                                  "#x", "x #y", "{a}", "[a]", "", " a", "a ", "@a", "`a", "%a", "!a", "*a", "&a",
                                  "|", ">", "'", '"', "\u2028", "\ufeff", "a\tb", "line\n", "a\n\nb\n\n"])
def test_ambiguous_scalars_are_quoted(text: str) -> None:
    rendered = to_yaml({"v": text, "l": [text, text]})
    loaded, _ = yaml_reader.load(rendered, "<yaml>")
    assert loaded == {"v": text, "l": [text, text]}
    if text in ("yes", "on", "No", "1.5", "0x1F", "2024-01-01"):  # YAML 1.1 tools read these as non-text
        assert f'"{text}"' in rendered


# --- the command line -------------------------------------------------------------

def test_cli_argument_words_and_stdin_give_the_same_spec(tmp_path: Path) -> None:
    one = run("import", "curl", "curl -X POST https://x.example.com/a -d 'n=1'")
    words = run("import", "curl", "--", "curl", "-X", "POST", "https://x.example.com/a", "-d", "n=1")
    stdin = run("import", "curl", stdin="curl -X POST \\\n  https://x.example.com/a -d 'n=1'\n")
    assert one.exit_code == words.exit_code == stdin.exit_code == 0, (one.stderr, words.stderr, stdin.stderr)
    assert one.stdout == words.stdout == stdin.stdout
    parse_spec(one.stdout, "<out>")


def test_cli_writes_the_spec_and_warnings_go_to_stderr(tmp_path: Path) -> None:
    out = tmp_path / "specs" / "item.yaml"
    result = run("import", "curl", "--out", str(out), "curl -k https://x.example.com/items")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"wrote {out}\n"
    assert result.stderr.startswith("warning: <command>: left out -k")
    assert all(line.startswith("warning: ") for line in result.stderr.splitlines())
    assert parse_spec(out.read_text(encoding="utf-8"), str(out)).url == "https://x.example.com/items"
    again = run("import", "curl", "--out", str(out), "curl https://x.example.com/other")
    assert "already exists; give --force to overwrite" in error_line(again)
    assert "items" in out.read_text(encoding="utf-8")
    forced = run("import", "curl", "--out", str(out), "--force", "curl https://x.example.com/other")
    assert forced.exit_code == 0 and "other" in out.read_text(encoding="utf-8")


def test_cli_bad_command_is_one_line_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.yaml"
    broken = (Path(__file__).resolve().parent / "imports" / "broken" / "unbalanced-quote.txt").read_text()
    line = error_line(run("import", "curl", "--out", str(out), stdin=broken))
    assert line == "error: <stdin>:3: unbalanced ' quote: it is never closed (column 25)"
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_spec_error_messages_name_the_command() -> None:
    with pytest.raises(SpecError) as info:
        import_curl("curl 'https://exa_mple.com/'", lambda _: None)
    assert str(info.value).startswith("<command>: request.url: the host must be")
    with pytest.raises(SpecError) as info:  # curl itself refuses a URL with a space in it
        import_curl("curl 'https://x.example.com/a b'", lambda _: None)
    assert str(info.value) == ("<command>: curl refuses the URL 'https://x.example.com/a b': it holds white space or "
                               "a control character (write %20 for a space)")


# --- files, here-documents and what the command holds ---------------------------------

@pytest.mark.parametrize("command, stdin", [
    ("curl -d @- url <<EOF\na $HOME \\$x \\\\ \\\nb\nEOF\nnext command", ("text", "a {HOME} $x \\ b\n")),
    ("curl -d @- url <<'EOF'\na $HOME \\$x\nEOF", ("text", "a $HOME \\$x\n")),
    ("curl -d @- url <<\"END\"\n`x`\nEND", ("text", "`x`\n")),
    ("curl -d @- url <<-EOF\n\t\tindented\n\tEOF", ("text", "indented\n")),
    ("curl -d @- url <<< \"it's $NAME\"", ("text", "it's {NAME}\n")),
    ("curl -d @- url < body.json", ("file", "body.json")),
    ("curl \\\n  -d @- url <<EOF\nno closing line", ("text", "no closing line\n")),
])
def test_standard_input_the_command_holds(command: str, stdin: tuple[str, str]) -> None:
    result = split_command(command)
    assert result.words == ["curl", "-d", "@-", "url"]
    assert result.stdin == stdin
    assert result.ignored in ([], ["what follows the command (next command)"])


def test_a_here_document_body_is_not_what_follows_the_command() -> None:
    item, warnings = imported("curl --data-binary @- -H 'Content-Type: text/plain' https://x.example.com <<EOF\n"
                              "line; echo not a command | grep x\nEOF\n")
    assert item.data["request"]["text"] == "line; echo not a command | grep x\n"
    assert warnings == []


@pytest.mark.parametrize("command, message", [
    ("curl -d @- url <<EOF\n$(date)\nEOF", "command substitution $(...) cannot be imported"),
    ("curl -d @- url <<EOF\n`date`\nEOF", "command substitution `...` cannot be imported"),
    ("curl -d @- url <<", "<< needs a word after it"),
])
def test_here_documents_the_shell_would_have_to_run(command: str, message: str) -> None:
    with pytest.raises(SourceError, match=message.replace("(", r"\(").replace(")", r"\)").replace("$", r"\$")):
        split_command(command)


@pytest.mark.parametrize("command, part", [
    ("curl -F \"file=@$DIR/a.pdf\" https://x.example.com",
     {"name": "file", "file": "{DIR}/a.pdf", "filename": "a.pdf", "content-type": "application/pdf"}),
    ("curl -F \"file=@$F;type=image/png\" https://x.example.com", {"name": "file", "file": "{F}",
                                                                 "content-type": "image/png"}),
    ("curl -F 'doc=@./reports/q3.pdf;filename=Q3 report.pdf' https://x.example.com",
     {"name": "doc", "file": "{docPath}", "filename": "Q3 report.pdf", "content-type": "application/pdf"}),
])
def test_file_parts_and_placeholders(command: str, part: dict) -> None:
    item, _ = imported(command)
    assert item.data["request"]["multipart"] == [part]


def test_a_file_name_known_only_when_the_command_runs_is_refused_where_curl_uses_it() -> None:
    assert "curl picks the part's content type from the extension of {FILE}" in refused(
        "curl -F \"file=@$FILE\" https://x.example.com")
    assert "curl adds the file's name to the URL" in refused(
        "curl -T \"$FILE\" -H 'Content-Type: text/plain' https://x.example.com/up/")
    item, _ = imported("curl -T \"$FILE\" -H 'Content-Type: text/plain' https://x.example.com/up/this.txt")
    assert item.data["request"]["file"] == "{FILE}"


@pytest.mark.parametrize("command, message", [
    ("curl -F a=1 -d b=2 https://x.example.com", "curl refuses the command: -d, -F and -T each give the request"),
    ("curl -T f.txt -d b=2 https://x.example.com", "curl refuses the command: -d, -F and -T"),
    ("curl -I -d b=2 https://x.example.com", "curl refuses the command: -I asks for a HEAD request"),
    ("curl -F noequals https://x.example.com", "-F noequals: curl refuses it: a form field is written name=content"),
    ("curl -F 'a=@f;type=nothing' https://x.example.com", "curl refuses it: the type= is not a content type"),
])
def test_commands_curl_itself_refuses(command: str, message: str) -> None:
    with pytest.raises(SourceError, match=message.replace("(", r"\(")):
        import_curl(command, lambda _: None, lenient=True)


def test_single_quotes_keep_a_dollar_as_text() -> None:
    item, _ = imported("curl -F 'file=@$DIR/a.pdf' https://x.example.com")
    assert item.data["variables"]["filePath"]["example"] == "$DIR/a.pdf"
