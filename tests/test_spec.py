"""Spec loading (snippetgen.spec.parse_spec) and the request model (snippetgen.request.build_request)."""

from __future__ import annotations

import textwrap

import pytest

from snippetgen.errors import SpecError
from snippetgen.request import Header, Request, build_request
from snippetgen.spec import Pair, Spec, load_spec, parse_spec

FILE = "t.yaml"


def spec(text: str) -> Spec:
    return parse_spec(textwrap.dedent(text), FILE)


def request(text: str, **values: str) -> Request:
    return build_request(spec(text), values)


def error(text: str, **values: str) -> str:
    """The message of the SpecError that loading or building `text` raises."""
    with pytest.raises(SpecError) as info:
        build_request(spec(text), values)
    message = str(info.value)
    assert "\n" not in message
    return message


# --- the spec shape -----------------------------------------------------------

def test_a_minimal_spec() -> None:
    loaded = spec("request: {url: https://example.com/}")
    assert loaded.method == "GET"
    assert (loaded.title, loaded.description, loaded.variables) == (None, None, {})
    assert (loaded.query, loaded.headers, loaded.body) == ([], [], None)
    built = build_request(loaded)
    assert (built.scheme, built.host, built.port, built.path) == ("https", "example.com", None, "/")
    assert built.url == "https://example.com/"
    assert built.headers == () and built.body is None


def test_title_description_and_variables() -> None:
    loaded = spec("""\
        title: Get a user
        description: Reads one user.
        variables:
          token: {description: The API token, secret: true}
          userId: {example: 42}
          plain:
        request:
          url: https://example.com/users/{userId}
        """)
    assert loaded.title == "Get a user" and loaded.description == "Reads one user."
    assert list(loaded.variables) == ["token", "userId", "plain"]
    assert loaded.variables["token"].secret is True
    assert loaded.variables["token"].description == "The API token"
    assert loaded.variables["userId"].example == "42"  # an integer example is read as its digits
    assert loaded.variables["plain"].secret is False and loaded.variables["plain"].example is None


def test_load_spec_reads_a_file(tmp_path) -> None:
    path = tmp_path / "get-user.yaml"
    path.write_text("request:\n  url: https://example.com/\n", encoding="utf-8")
    loaded = load_spec(path)
    assert loaded.file == str(path) and loaded.name == "get-user"


# --- query, headers and form: a mapping or a list of pairs ------------------

def test_query_as_a_mapping() -> None:
    loaded = spec("""\
        request:
          url: https://example.com/search
          query:
            q: shoes
            page: 2
        """)
    assert loaded.query == [Pair("q", "shoes", "request.query.q"), Pair("page", "2", "request.query.page")]
    built = build_request(loaded)
    assert built.query == (("q", "shoes"), ("page", "2"))
    assert built.query_string == "q=shoes&page=2"
    assert len({name for name, _ in built.query}) == len(built.query)


def test_query_as_pairs_keeps_repeated_names_in_order() -> None:
    built = request("""\
        request:
          url: https://example.com/search?tag=first
          query:
            - [tag, red]
            - [color, blue]
            - [tag, green]
        """)
    # The URL's own query comes first, then `query:` in the order written.
    assert built.query == (("tag", "first"), ("tag", "red"), ("color", "blue"), ("tag", "green"))
    assert built.query_string == "tag=first&tag=red&color=blue&tag=green"
    assert len({name for name, _ in built.query}) < len(built.query)
    assert built.url == "https://example.com/search?tag=first&tag=red&color=blue&tag=green"


def test_headers_as_a_mapping_and_as_pairs() -> None:
    as_mapping = request("""\
        request:
          url: https://example.com/
          headers:
            Accept: application/json
            X-Request-Id: 12
        """)
    as_pairs = request("""\
        request:
          url: https://example.com/
          headers:
            - [Accept, application/json]
            - [X-Request-Id, 12]
        """)
    expected = (Header("Accept", "application/json"), Header("X-Request-Id", "12"))
    assert as_mapping.headers == as_pairs.headers == expected
    assert as_mapping.header_pairs == (("Accept", "application/json"), ("X-Request-Id", "12"))


def test_header_names_keep_their_case() -> None:
    built = request("""\
        request:
          url: https://example.com/
          headers: {x-lower: a, X-UPPER: b}
        """)
    assert [h.name for h in built.headers] == ["x-lower", "X-UPPER"]


def test_form_as_pairs_keeps_repeated_names_in_order() -> None:
    built = request("""\
        request:
          method: POST
          url: https://example.com/
          form:
            - [scope, read]
            - [user name, alice]
            - [scope, write]
        """)
    assert built.body.kind == "form"
    assert built.body.form_pairs == (("scope", "read"), ("user name", "alice"), ("scope", "write"))
    assert [f.encoded_name for f in built.body.form] == ["scope", "user%20name", "scope"]
    assert built.body.has_repeated_names


def test_form_as_a_mapping() -> None:
    built = request("""\
        request:
          method: POST
          url: https://example.com/
          form: {grant_type: client_credentials, count: 3}
        """)
    assert built.body.form_pairs == (("grant_type", "client_credentials"), ("count", "3"))
    assert not built.body.has_repeated_names


# --- YAML scalars ---------------------------------------------------------------

@pytest.mark.parametrize("written, text", [
    ("2", "2"), ("010", "10"), ("-5", "-5"), ("+7", "7"), ("0", "0"),
    ("on", "on"), ("yes", "yes"), ("off", "off"), ("y", "y"), ("2024-01-01", "2024-01-01"),
    ("1_000", "1_000"), ("'1.5'", "1.5"), ('"true"', "true"), ("''", ""),
])
def test_query_values_read_as_text(written: str, text: str) -> None:
    built = request(f"request: {{url: 'https://example.com/', query: {{v: {written}}}}}")
    assert built.query == (("v", text),)


def test_json_body_uses_the_yaml_1_2_core_schema() -> None:
    built = request("""\
        request:
          method: POST
          url: https://example.com/
          json:
            on: on
            yes: yes
            no: no
            date: 2024-01-01
            time: 12:30:00
            octal_looking: 010
            negative: -3
            float: 1.5
            exp: 1e3
            really_true: true
            Capital: True
            nothing: null
            tilde: ~
            empty:
            underscore: 1_000
            list: [1, "1", off]
        """)
    assert built.body.json == {
        "on": "on", "yes": "yes", "no": "no",
        "date": "2024-01-01", "time": "12:30:00",
        "octal_looking": 10, "negative": -3, "float": 1.5, "exp": 1000.0,
        "really_true": True, "Capital": True,
        "nothing": None, "tilde": None, "empty": None,
        "underscore": "1_000",
        "list": [1, "1", "off"],
    }
    assert isinstance(built.body.json["octal_looking"], int)


def test_mapping_keys_are_the_text_written() -> None:
    built = request("""\
        request:
          url: https://example.com/
          query: {010: a, true: b, null: c, 1.5: d}
        """)
    assert [name for name, _ in built.query] == ["010", "true", "null", "1.5"]


def test_yaml_aliases_are_expanded() -> None:
    built = request("""\
        request:
          method: POST
          url: https://example.com/
          json:
            first: &user {name: alice, roles: [admin]}
            second: *user
        """)
    assert built.body.json["second"] == {"name": "alice", "roles": ["admin"]}


# --- placeholders and --var values -------------------------------------------------

PLACEHOLDERS = """\
    variables:
      domain: {}
      id: {}
      filter: {}
      field: {}
      token: {secret: true}
    request:
      method: POST
      url: https://{domain}/users/{id}/items?filter={filter}
      query:
        extra: "{filter}"
      headers:
        Authorization: Bearer {token}
      form:
        "{field}": "{id}"
        plain: "{filter}-x"
    """


def test_placeholders_stay_verbatim_without_values() -> None:
    built = request(PLACEHOLDERS)
    assert built.host == "{domain}"
    assert built.path == "/users/{id}/items"
    assert built.query == (("filter", "{filter}"), ("extra", "{filter}"))
    assert built.query_string == "filter={filter}&extra={filter}"
    assert built.url == "https://{domain}/users/{id}/items?filter={filter}&extra={filter}"
    assert built.headers[0] == Header("Authorization", "Bearer {token}")
    assert built.body.form_pairs == (("{field}", "{id}"), ("plain", "{filter}-x"))
    assert built.body.form[0].encoded_name == "{field}"


def test_placeholders_stay_verbatim_in_a_json_body() -> None:
    built = request("""\
        variables: {id: {}, name: {}}
        request:
          method: POST
          url: https://example.com/
          json: {id: "{id}", tags: ["{name}", "x{name}y"], "{name}": 1}
        """)
    assert built.body.json == {"id": "{id}", "tags": ["{name}", "x{name}y"], "{name}": 1}


def test_var_values_fill_every_place() -> None:
    built = request(PLACEHOLDERS, domain="api.example.com", id="7", filter="new", field="user", token="abc")
    assert built.url == "https://api.example.com/users/7/items?filter=new&extra=new"
    assert built.headers[0] == Header("Authorization", "Bearer abc")
    assert built.body.form_pairs == (("user", "7"), ("plain", "new-x"))


def test_some_values_given_others_kept() -> None:
    built = request(PLACEHOLDERS, domain="api.example.com")
    assert built.url == "https://api.example.com/users/{id}/items?filter={filter}&extra={filter}"


def test_a_value_is_inserted_literally_and_never_expanded_again() -> None:
    built = request("""\
        variables: {a: {}, b: {}}
        request:
          method: POST
          url: https://example.com/
          text: "{a} and {b}"
        """, a="{b}", b="B")
    assert built.body.text == "{b} and B"


def test_json_body_values_are_filled() -> None:
    built = request("""\
        variables: {name: {}}
        request:
          method: POST
          url: https://example.com/
          json: {user: {name: "{name}", greeting: "hi {name}"}, n: 3}
        """, name='Al "x"')
    assert built.body.json == {"user": {"name": 'Al "x"', "greeting": 'hi Al "x"'}, "n": 3}


def test_undeclared_braces_are_plain_text() -> None:
    built = request("""\
        request:
          url: https://example.com/{notDeclared}?q={alsoNot}
        """)
    assert built.path == "/%7BnotDeclared%7D"
    assert built.query_string == "q=%7BalsoNot%7D"


@pytest.mark.parametrize("url, query", [
    ("https://example.com/search?q={term}", None),
    ("https://example.com/search", {"q": "{term}"}),
])
def test_a_substituted_query_value_is_encoded(url: str, query: dict | None) -> None:
    query_yaml = "" if query is None else f"\n  query: {{q: '{query['q']}'}}"
    built = request(f"variables: {{term: {{}}}}\nrequest:\n  url: {url}{query_yaml}\n", term="a&b=c d")
    assert built.query == (("q", "a&b=c d"),)
    assert built.query_string == "q=a%26b%3Dc%20d"
    assert built.url == "https://example.com/search?q=a%26b%3Dc%20d"


def test_url_query_is_decoded_then_encoded_once() -> None:
    built = request("request: {url: 'https://example.com/?q=a+b&r=%2F&s=%zz&flag'}")
    assert built.query == (("q", "a b"), ("r", "/"), ("s", "%zz"), ("flag", None))
    assert built.query_string == "q=a%20b&r=%2F&s=%25zz&flag"


def test_bare_query_names_stay_bare_and_empty_values_stay_empty() -> None:
    built = request("request:\n  url: 'https://example.com/?a&b=&a'\n  query: [[c, null], [d, ''], [e, 1]]\n")
    assert built.query == (("a", None), ("b", ""), ("a", None), ("c", None), ("d", ""), ("e", "1"))
    assert built.query_string == "a&b=&a&c&d=&e=1"
    mapping = request("request:\n  url: https://example.com/\n  query: {flag: null}\n")
    assert mapping.query_string == "flag"


def test_content_headers_go_on_a_request_without_a_body() -> None:
    built = request("request:\n  url: https://example.com/\n  headers: {Content-Type: application/json}\n")
    assert built.body is None and built.content_type == "application/json"


def test_repeated_headers_cookies_and_auth() -> None:
    built = request("variables: {s: {secret: true}}\nrequest:\n  url: https://example.com/\n"
                    "  headers: [[X-A, '1'], [x-a, '2'], [Cookie-Like, c]]\n"
                    "  cookies: [[s, '{s}'], [t, 'u=v']]\n  auth: {basic: {username: 'ü', password: 'p:é'}}\n",
                    s="tok")
    assert built.headers == (Header("X-A", "1"), Header("x-a", "2"), Header("Cookie-Like", "c"),
                             Header("Cookie", "s=tok; t=u=v"))
    assert built.joined_headers[0] == Header("X-A", "1, 2")
    assert built.auth.header_value == "Basic " + __import__("base64").b64encode("ü:p:é".encode()).decode()
    bearer = request("request:\n  url: https://example.com/\n  auth: {bearer: abc}\n")
    assert bearer.headers == (Header("Authorization", "Bearer abc"),) and bearer.auth is None


def test_multipart_and_file_bodies() -> None:
    built = request("variables: {p: {}}\nrequest:\n  method: POST\n  url: https://example.com/\n  multipart:\n"
                    "  - {name: a, value: \"x\\ny\"}\n  - {name: f, file: '{p}'}\n"
                    "  - {name: g, file: /tmp/r.pdf, filename: 'é.pdf', content-type: application/pdf}\n",
                    p="dir/it's.bin")
    text, default, given = built.body.parts
    assert (text.value, text.is_file) == ("x\ny", False)
    assert (default.path, default.filename, default.content_type, default.filename_given) == (
        "dir/it's.bin", "it's.bin", "application/octet-stream", False)
    assert (given.filename, given.content_type, given.filename_given) == ("é.pdf", "application/pdf", True)
    assert built.body.files == ("dir/it's.bin", "/tmp/r.pdf")
    assert built.content_type is None  # the client writes multipart/form-data with its boundary
    file = request("request:\n  method: PUT\n  url: https://example.com/\n  file: a.bin\n")
    assert (file.body.path, file.content_type) == ("a.bin", "application/octet-stream")


@pytest.mark.parametrize("value, ok", [
    ("localhost:8443", True), ("[::1]:8443", True), ("api.example.com", True), ("h:0", False),
    ("h:8443/collect?x=*****MASKED*****#", False), ("h:1:2", False), ("h/x", False), ("h@evil", False),
    ("*****MASKED*****", False), ("h:{other}", True), ("", False),
])
def test_a_host_value_may_carry_a_port_and_is_checked_after_substitution(value: str, ok: bool) -> None:
    text = "variables: {apiHost: {}, other: {}}\nrequest: {url: 'https://{apiHost}/api'}\n"
    if ok:
        built = request(text, apiHost=value)
        assert built.netloc == value and built.path == "/api"
    else:
        message = error(text, apiHost=value)
        assert "the value of apiHost" in message and (not value or value not in message)


# --- URL parts ------------------------------------------------------------------------

@pytest.mark.parametrize("written, encoded", [
    ("/a b", "/a%20b"),
    ("/caf\u00e9/\u65e5\u672c", "/caf%C3%A9/%E6%97%A5%E6%9C%AC"),
    ("/already%20encoded", "/already%20encoded"),
    ("/lower%2fcase", "/lower%2fcase"),
    ("/bad%zz", "/bad%25zz"),
    ("/percent%", "/percent%25"),
    ("/keep:@!$&'()*+,;=-._~", "/keep:@!$&'()*+,;=-._~"),
    ('/quote"<>^`|\\', "/quote%22%3C%3E%5E%60%7C%5C"),
    ("", "/"),
])
def test_path_percent_encoding(written: str, encoded: str) -> None:
    loaded = spec("request:\n  url: x\n")
    loaded.url = f"https://example.com{written}"  # set directly: no YAML quoting to get in the way
    built = build_request(loaded)
    assert built.path == encoded


def test_a_substituted_path_value_is_encoded() -> None:
    built = request("""\
        variables: {name: {}}
        request: {url: "https://example.com/files/{name}"}
        """, name="my file\u00e9.txt")
    assert built.path == "/files/my%20file%C3%A9.txt"


def test_scheme_host_and_port() -> None:
    built = request("request: {url: 'HTTP://Example.com:8080/x'}")
    assert (built.scheme, built.host, built.port) == ("http", "Example.com", "8080")
    assert built.netloc == "Example.com:8080"
    assert built.base_url == "http://Example.com:8080/x"
    assert request("request: {url: 'https://[::1]:8443/'}").netloc == "[::1]:8443"
    assert request("request: {url: 'http://127.0.0.1/'}").host == "127.0.0.1"


def test_a_placeholder_port() -> None:
    text = "variables: {port: {}}\nrequest: {url: 'https://example.com:{port}/'}\n"
    assert request(text).netloc == "example.com:{port}"
    assert request(text, port="8443").netloc == "example.com:8443"
    assert "the port must be a number from 1 to 65535" in error(text, port="0")


def test_target_is_path_and_query() -> None:
    built = request("request: {url: 'https://example.com/a/b?x=1'}")
    assert built.target == "/a/b?x=1"
    assert request("request: {url: 'https://example.com'}").target == "/"


# --- bodies and content types -------------------------------------------------------------

@pytest.mark.parametrize("body, content_type", [
    ("form: {a: b}", "application/x-www-form-urlencoded"),
    ("json: {a: b}", "application/json"),
    ("json: [1, 2]", "application/json"),
    ("text: hello", "text/plain; charset=utf-8"),
])
def test_default_content_type_per_body_kind(body: str, content_type: str) -> None:
    built = request(f"request:\n  method: POST\n  url: https://example.com/\n  {body}\n")
    assert built.content_type == content_type
    assert built.headers[-1] == Header("Content-Type", content_type)
    assert built.headers_except_content_type == ()


def test_a_given_content_type_is_kept_and_not_doubled() -> None:
    built = request("""\
        request:
          method: PUT
          url: https://example.com/
          headers: {Accept: application/json, content-type: application/merge-patch+json}
          json: {a: 1}
        """)
    assert built.headers == (Header("Accept", "application/json"),
                             Header("content-type", "application/merge-patch+json"))
    assert built.content_type == "application/merge-patch+json"
    assert built.headers_except_content_type == (Header("Accept", "application/json"),)


def test_form_content_type_with_a_charset_is_accepted() -> None:
    built = request("""\
        request:
          method: POST
          url: https://example.com/
          headers: {Content-Type: "Application/X-WWW-Form-Urlencoded; charset=utf-8"}
          form: {a: b}
        """)
    assert built.content_type == "Application/X-WWW-Form-Urlencoded; charset=utf-8"


def test_text_and_json_bodies() -> None:
    text = request("request:\n  method: POST\n  url: https://example.com/\n  text: |\n    line 1\n    line 2\n")
    assert text.body.kind == "text" and text.body.text == "line 1\nline 2\n"
    nul_in_json = request('request:\n  method: POST\n  url: https://example.com/\n  json: {a: "x\\0y"}\n')
    assert nul_in_json.body.json == {"a": "x\0y"}  # JSON can carry it as \u0000


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "PROPFIND"])
def test_methods_that_may_carry_a_body(method: str) -> None:
    built = request(f"request:\n  method: {method}\n  url: https://example.com/\n  text: x\n")
    assert built.method == method


# --- error positions -------------------------------------------------------------------------

@pytest.mark.parametrize("text, where", [
    ("request:\n  url: https://example.com/\n  headers:\n    A: b\n    X-Foo: \"a\\nb\"\n",
     "t.yaml:5: request.headers.X-Foo: "),
    ("request:\n  url: https://example.com/\n  headers:\n    - [A, b]\n    - [Bad Name, c]\n",
     "t.yaml:5: request.headers[1]: "),
    ("request:\n  url: https://example.com/\n  query:\n    - [a, b]\n    -\n      - c\n      - 1.5\n",
     "t.yaml:7: request.query[1][1]: expected text, got the number 1.5"),
    ("title: x\n\nrequest:\n  method: get\n  url: https://example.com/\n",
     "t.yaml:4: request.method: "),
    ("request:\n  method: POST\n  url: https://example.com/\n  json:\n    a:\n      b: [1, .inf]\n",
     "t.yaml:6: request.json.a.b[1]: JSON has no NaN or infinity"),
    ("request:\n  method: POST\n  url: https://example.com/\n  json:\n    ok: 1\n    \"a b\": \"\\ud800\"\n",
     't.yaml:6: request.json."a b": contains a lone surrogate'),
    ("request:\n  method: POST\n  url: https://example.com/\n\n  headers:\n    Accept: '*/*'\n"
     "    Content-Type: text/plain\n  multipart: [{name: a, value: b}]\n",
     "t.yaml:7: request.headers.Content-Type: a multipart body's content type is set by the client"),
    ("request:\n  url: https://example.com/\n  url: https://example.org/\n",
     "t.yaml:3: request: key 'url' is given twice"),
    ("variables:\n  a: {}\n  b:\n    secret: 1\nrequest:\n  url: https://example.com/\n",
     "t.yaml:4: variables.b.secret: expected true or false, got the number 1"),
    ("request:\n  url: >-\n    https://example.com/\n    #frag\n",
     "t.yaml:2: request.url: a #fragment"),
    ("request:\n  method: POST\n  url: https://example.com/\n  json: &a\n    - *a\n",
     "t.yaml:4: request.json[0]: a YAML alias cannot refer to a value that contains it"),
    ("request:\n  url: !!python/name:os.system https://example.com/\n",
     "t.yaml:2: request.url: cannot read value: could not determine a constructor"),
    ("request:\n  url: https://example.com/\n---\nrequest: {}\n",
     "t.yaml:3: invalid YAML: expected a single document in the stream (line 1), but found another document"),
], ids=["header-value", "header-pair", "nested-pair-value", "method-after-blank-line", "json-nested-list",
        "json-quoted-key", "content-type-header", "duplicate-key", "secret-not-bool", "folded-url",
        "recursive-alias", "unknown-tag", "two-documents"])
def test_errors_name_the_right_line(text: str, where: str) -> None:
    assert error(text).startswith(where)


def test_the_first_body_after_one_is_named() -> None:
    message = error("request:\n  method: POST\n  url: https://example.com/\n  form: {a: b}\n  json: {}\n")
    assert message == "t.yaml:5: request.json: a request has one body at most, but form and json are given"


def test_a_value_from_a_var_is_held_to_the_same_rules() -> None:
    text = "variables: {v: {}}\nrequest:\n  url: https://example.com/\n  headers:\n    X-V: '{v}'\n"
    assert request(text, v="fine").headers == (Header("X-V", "fine"),)
    assert error(text, v="two\nlines").startswith("t.yaml:5: request.headers.X-V: a header value cannot")
    host = "variables: {h: {}}\nrequest: {url: 'https://{h}/'}\n"
    assert request(host, h="api.example.com").host == "api.example.com"
    assert "the host must be" in error(host, h="bad host")


def test_method_upper_case_hint() -> None:
    assert "write the method in upper case ('PATCH')" in error("request: {method: patch, url: 'https://e.com/'}")


@pytest.mark.parametrize("url, problem", [
    ("https://h/a/../b", "segment '..'"), ("https://h/a/./b", "segment '.'"), ("https://h/a/%2e%2E/b", "segment"),
    ("https://h/{p}/x", "segment '..'"),
    ("https://127.1/", "four decimal numbers"), ("https://2130706433/", "four decimal numbers"),
    ("https://0x7f.0.0.1/", "four decimal numbers"), ("https://127.0.0.01/", "four decimal numbers"),
    ("https://127.0.0.1./", "ending in '.'"), ("https://example.com./", "ending in '.'"),
])
def test_urls_that_clients_send_differently_are_refused(url: str, problem: str) -> None:
    text = f"variables: {{p: {{}}}}\nrequest: {{url: '{url}'}}\n"
    assert problem in error(text, p="..")


@pytest.mark.parametrize("url", ["https://127.0.0.1/a..b/.well-known/x", "https://a1.example.com/...",
                                 "https://[::1]:8443/", "https://255.255.255.255/"])
def test_urls_every_client_sends_alike_are_kept(url: str) -> None:
    assert request(f"request: {{url: '{url}'}}\n").path.startswith("/")


def test_placeholders_in_json_keys_are_filled() -> None:
    text = "variables: {k: {}}\nrequest:\n  method: POST\n  url: https://h/\n  json: {'{k}': 1, other: 2}\n"
    assert request(text, k="name").body.json == {"name": 1, "other": 2}
    assert request(text).body.json == {"{k}": 1, "other": 2}
    assert "two keys of this object are the same" in error(text, k="other")


def test_deep_and_huge_documents_are_one_error() -> None:
    deep = "request:\n  method: POST\n  url: https://h/\n  json: " + "[" * 150 + "]" * 150 + "\n"
    assert "nested more than 100 levels deep" in error(deep)
    bomb = ("request:\n  method: POST\n  url: https://h/\n  json:\n    a: &a '" + "x" * 100_000 + "'\n"
            "    b: [" + ", ".join(["*a"] * 1000) + "]\n")
    assert "expands to more than 64 million characters" in error(bomb)
