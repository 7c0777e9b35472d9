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
from snippetgen.errors import SpecError
from snippetgen.importers.yamltext import to_yaml
from snippetgen.importers.curl import import_curl, split_command
from snippetgen.importers.errors import SourceError
from snippetgen.render import render_request, render_snippet
from snippetgen.request import Request, build_request
from snippetgen.spec import parse_spec
from snippetgen.targets import resolve
from snippetgen import yamlsource
from import_cli import error_line, run

FIXTURES = Path(__file__).resolve().parent / "imports" / "curl"
[CURL] = resolve("curl")


def imported(command: str | list[str], **options):
    warnings: list[str] = []
    item = import_curl(command, warnings.append, **options)
    return item, warnings


def request_of(command: str | list[str]) -> dict:
    return imported(command)[0].data["request"]


# --- commands as documentation sites write them --------------------------------

def fixture(name: str) -> str:
    return (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")


def test_stripe_basic_auth_and_form() -> None:
    item, warnings = imported(fixture("stripe-customers"))
    request = item.data["request"]
    assert request["method"] == "POST" and request["url"] == "https://api.stripe.com/v1/customers"
    assert request["headers"] == {"Authorization": "Basic c2tfdGVzdF80ZUMzOUhxTHlqV0Rhcmp0VDF6ZHA3ZGM6"}
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


def test_elasticsearch_get_with_a_body_keeps_what_a_spec_can_say() -> None:
    item, warnings = imported(fixture("elasticsearch-search"))
    request = item.data["request"]
    assert request == {"method": "GET", "url": "http://localhost:9200/my-index-000001/_search",
                       "query": {"pretty": ""}}
    assert any("left out the body: a GET request" in w for w in warnings)
    assert any("left out header Content-Type: there is no body" in w for w in warnings)


def test_twilio_credentials_with_placeholders() -> None:
    item, warnings = imported(fixture("twilio-message"))
    request = item.data["request"]
    assert request["url"] == "https://api.twilio.com/2010-04-01/Accounts/{TWILIO_ACCOUNT_SID}/Messages.json"
    assert request["headers"] == {"Authorization": "Basic {basicAuth}"}
    assert item.data["variables"]["basicAuth"]["secret"] is True
    assert request["form"] == {"Body": "Hello from Twilio 👋", "From": "+15557122661", "To": "+15558675310"}
    assert any("cannot base64-encode placeholders" in w for w in warnings)


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
    assert request["headers"] == {"X-Api-Key": "{SEARCH_API_KEY}", "User-Agent": "docs-example/1.0",
                                  "Cookie": "session=abc123; theme=dark"}
    assert item.data["variables"]["SEARCH_API_KEY"]["example"] == "demo-key"
    assert any("| jq" in w for w in warnings) and any("ignored -s" in w for w in warnings)


@pytest.mark.parametrize("name", sorted(p.stem for p in FIXTURES.glob("*.txt")))
def test_every_fixture_renders_for_every_client(name: str) -> None:
    item, _ = imported(fixture(name))
    build_request(parse_spec(item.text, "<command>"))
    for client in CLIENTS:
        assert render_snippet(item.spec, client).display


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
                          "--data-urlencode", "c=x y&z", "--data-urlencode", "d@<(printf '%s' 'e f')"])
    assert request["form"] == {"a": "1", "@b": "2", "c": "x y&z"}  # words given: no shell, no <( )
    request = request_of("curl https://x.example.com -d a=1 --data-urlencode d@<(printf '%s' 'e f')")
    assert request["form"] == {"a": "1", "d": "e f"}
    # `=content` and `content` send the encoded content alone: no longer name=value pairs.
    text = request_of("curl https://x.example.com -d a=1 --data-urlencode =only")
    assert text["text"] == "a=1&only"
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
    ("curl -u alice:s3cret https://x.example.com", {"Authorization": "Basic YWxpY2U6czNjcmV0"}),
    ("curl https://bob:pw@x.example.com/", {"Authorization": "Basic Ym9iOnB3"}),
    ("curl --oauth2-bearer abc https://x.example.com", {"Authorization": "Bearer abc"}),
    ("curl -A agent/1 -e 'https://ref.example/;auto' https://x.example.com",
     {"User-Agent": "agent/1", "Referer": "https://ref.example/"}),
    ("curl -b a=1 -b 'b=2; c=3' -H 'Cookie: d=4' https://x.example.com", {"Cookie": "d=4; a=1; b=2; c=3"}),
    ("curl -H 'X-Empty;' -H 'X-Pad:   v  ' -r 0-99 https://x.example.com",
     {"X-Empty": "", "X-Pad": "v", "Range": "bytes=0-99"}),
])
def test_headers_from_options(command: str, headers: dict[str, str]) -> None:
    assert request_of(command)["headers"] == headers


@pytest.mark.parametrize("command, warning", [
    ("curl -k https://x.example.com", "left out -k: the snippets never turn TLS verification off"),
    ("curl --compressed https://x.example.com", "left out --compressed"),
    ("curl -F file=@a.png https://x.example.com", "left out -F file=@a.png: the spec format has no multipart"),
    ("curl -d @body.json https://x.example.com", "left out -d @body.json: curl reads it from the file body.json"),
    ("curl --data-binary @- https://x.example.com", "curl reads it from standard input"),
    ("curl -b cookies.txt https://x.example.com", "left out -b cookies.txt: curl reads the cookies from that file"),
    ("curl -H 'Accept:' https://x.example.com", "it removes a header curl adds itself"),
    ("curl -H @headers.txt https://x.example.com", "curl reads the headers from that file"),
    ("curl -u alice https://x.example.com", "curl asks for the password when it runs"),
    ("curl --frobnicate https://x.example.com", "ignored --frobnicate: not a curl option snippetgen knows"),
    ("curl -X post https://x.example.com -d a=1", "the method 'post' is written 'POST'"),
    ("curl -H 'Host: other.example' https://x.example.com", "left out Host: set by the HTTP client itself"),
    ("curl -H 'Content-Length: 3' -d abc https://x.example.com", None),
    ("curl https://x.example.com/#top", "left out the URL's #fragment"),
    ("curl -H 'X-Caf: café' https://x.example.com", "left out header X-Caf: its value is not printable ASCII"),
    ("curl --digest -u a:b https://x.example.com", "left out --digest"),
])
def test_what_a_spec_cannot_say_is_a_warning(command: str, warning: str | None) -> None:
    item, warnings = imported(command)
    if warning is None:
        assert warnings == []
    else:
        assert any(warning in w for w in warnings), warnings
    assert all("\n" not in w for w in warnings)
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
    loaded, _ = yamlsource.load(to_yaml(data), "<yaml>")
    assert _typed(loaded) == _typed(data)


@pytest.mark.parametrize("text", ["yes", "on", "No", "~", "null", "1.5", "0x1F", "2024-01-01", "- a", "a: b",
                                  "#x", "x #y", "{a}", "[a]", "", " a", "a ", "@a", "`a", "%a", "!a", "*a", "&a",
                                  "|", ">", "'", '"', "\u2028", "\ufeff", "a\tb", "line\n", "a\n\nb\n\n"])
def test_ambiguous_scalars_are_quoted(text: str) -> None:
    rendered = to_yaml({"v": text, "l": [text, text]})
    loaded, _ = yamlsource.load(rendered, "<yaml>")
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
        import_curl("curl 'https://exa mple.com/'", lambda _: None)
    assert str(info.value).startswith("<command>: request.url: the host must be")
