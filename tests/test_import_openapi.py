"""`snippetgen import openapi`: a small OpenAPI 3.0 document in YAML and a 3.1 one in JSON,
written for these tests in the style of public API documents (tests/imports/openapi/).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cases import CLIENTS
from conftest import check_live
from snippetgen.errors import ClientRefusal
from snippetgen.importers.errors import SourceError
from snippetgen.importers.openapi import import_openapi, import_openapi_text
from snippetgen.render import render_snippet
from snippetgen.request import build_request
from snippetgen.spec import load_spec
from snippetgen.languages import resolve
from import_cli import error_line, run

IMPORTS = Path(__file__).resolve().parent / "imports"
PETSTORE = IMPORTS / "openapi" / "petstore.yaml"
WEATHER = IMPORTS / "openapi" / "weather.json"
UPLOADS = IMPORTS / "openapi" / "uploads.yaml"


@pytest.fixture(scope="module")
def petstore():
    warnings: list[str] = []
    items = import_openapi(PETSTORE, warnings.append)
    return {item.name: item for item in items}, warnings


@pytest.fixture(scope="module")
def weather():
    warnings: list[str] = []
    items = import_openapi(WEATHER, warnings.append)
    return {item.name: item for item in items}, warnings


def test_every_operation_becomes_a_spec(petstore) -> None:
    items, _ = petstore
    assert list(items) == ["listPets", "createPet", "getPet", "updatePet", "deletePet", "uploadPhoto", "getToken",
                           "addNote"]
    assert items["listPets"].text.startswith("# Imported from petstore.yaml (GET /pets)\n")


def test_server_variables_parameters_and_bearer_security(petstore) -> None:
    data = petstore[0]["listPets"].data
    assert data["title"] == "List pets"
    assert data["description"] == "Returns the pets, newest first.\nFilter by tag and status."
    assert data["variables"] == {
        "region": {"description": "Data center region. One of: eu, us", "example": "eu"},
        "basePath": {"example": "v1"},
        "status": {"description": "One of: available, pending, sold", "example": "available"},
        "X_Request_Id": {"example": "3fa85f64-5717-4562-b3fc-2c963f66afa6"},
        "bearerAuth": {"description": "The bearer token (JWT)", "secret": True},
    }
    request = data["request"]
    assert request["url"] == "https://{region}.api.petstore.example/{basePath}/pets"
    # limit (a default only) and sort (no example) are optional: left out.  tag is an exploded array.
    assert request["query"] == [["tag", "dog"], ["tag", "small & quiet"], ["status", "{status}"]]
    assert request["headers"] == {"X-Request-Id": "{X_Request_Id}"}
    assert request["auth"] == {"bearer": "{bearerAuth}"}


def test_json_body_from_a_schema(petstore) -> None:
    request = petstore[0]["createPet"].data["request"]
    # readOnly id is left out; the recursive owner.pets is cut; application/json beats application/xml.
    assert request["json"] == {"name": "Rex", "tag": "dog", "born": "2024-01-01", "vaccinated": True,
                               "weight": 12.5, "owner": {"name": "Alice", "pets": []}}
    assert "headers" not in request


def test_path_parameter_api_key_and_alternatives(petstore) -> None:
    items, warnings = petstore
    data = items["getPet"].data
    assert data["request"]["url"].endswith("/pets/{petId}")
    assert data["variables"]["petId"] == {"description": "The pet's id", "example": "42"}
    assert data["request"]["headers"] == {"X-API-Key": "{apiKey}"}
    assert data["variables"]["apiKey"] == {"description": "Your API key from the dashboard", "secret": True}
    assert any('paths."/pets/{petId}".get: the operation accepts 2 kinds of credentials' in w for w in warnings)


def test_request_body_reference_and_named_example(petstore) -> None:
    assert petstore[0]["updatePet"].data["request"]["json"] == {"name": "Rex", "tag": "dog", "weight": 12.5}


def test_basic_auth_cookie_and_examples_map(petstore) -> None:
    data = petstore[0]["deletePet"].data
    request = data["request"]
    assert request["query"] == {"reason": "moved away"}
    assert request["cookies"] == {"session": "abc123"}
    # Basic credentials as two placeholders, never a base64 literal: each client encodes them itself.
    assert request["auth"] == {"basic": {"username": "{username}", "password": "{password}"}}
    assert data["variables"]["password"]["secret"] is True and "secret" not in data["variables"]["username"]


def test_multipart_body_with_a_binary_property(petstore) -> None:
    data = petstore[0]["uploadPhoto"].data
    assert data["request"]["multipart"] == [{"name": "file", "file": "{filePath}"}]
    assert data["variables"]["filePath"] == {"description": "The file sent as part file", "example": "file.bin"}


def test_form_body_operation_server_and_no_security(petstore) -> None:
    data = petstore[0]["getToken"].data
    assert "variables" not in data
    assert data["request"] == {
        "method": "POST", "url": "https://auth.petstore.example/oauth/token",
        "form": [["grant_type", "client_credentials"], ["client_id", "my-client"], ["scope", "pets:read"],
                 ["scope", "pets:write"]]}


def test_text_body_and_oauth2(petstore) -> None:
    request = petstore[0]["addNote"].data["request"]
    assert request["text"] == "Fed at 8:00.\nWalked twice."
    assert request["headers"] == {"Content-Type": "text/plain"}
    assert request["auth"] == {"bearer": "{oauth}"}


def test_openapi_31_in_json(weather) -> None:
    items, warnings = weather
    assert warnings == []
    forecast = items["getForecast"].data
    assert forecast["variables"]["city"] == {"example": "Zürich"}
    assert forecast["request"]["query"] == {"units": "{units}", "days": "3", "fields": "temp,wind",
                                            "filter[min]": "5", "filter[rain]": "true", "appid": "{appid}"}
    assert forecast["request"]["headers"] == {"Accept-Language": "de-CH, de;q=0.9"}
    alert = items["createAlert"].data["request"]
    assert alert["headers"] == {"Content-Type": "application/merge-patch+json"}
    assert alert["json"] == {"city": "Zürich", "kind": "storm", "threshold": 80.5, "channels": ["email"]}


@pytest.fixture(scope="module")
def uploads():
    warnings: list[str] = []
    items = import_openapi(UPLOADS, warnings.append, lenient=True)
    return {item.name: item for item in items}, warnings


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.id)
def test_every_imported_spec_renders(petstore, weather, uploads, client) -> None:
    for item in [*petstore[0].values(), *weather[0].values(), *uploads[0].values()]:
        try:
            assert render_snippet(item.spec, client).display
        except ClientRefusal as exc:  # a client may decline, with its reason, never fail otherwise
            assert "cannot send this request exactly" in str(exc)


@pytest.mark.live
def test_imported_specs_verify(petstore, weather, uploads, verify_session) -> None:
    [client] = resolve("curl:curl")
    for item in [*petstore[0].values(), *weather[0].values(), *uploads[0].values()]:
        check_live(verify_session, verify_session.expected(item.spec, {}), client)


# --- choosing operations ----------------------------------------------------------

@pytest.mark.parametrize("operation", ["getPet", "GET /pets/{petId}"])
def test_one_operation(operation: str) -> None:
    [item] = import_openapi(PETSTORE, lambda _: None, operation)
    assert item.name == "getPet"


def test_unknown_operation_lists_the_known_ones() -> None:
    line = error_line(run("import", "openapi", str(PETSTORE), "--operation", "getPets"))
    assert line == (f"error: {PETSTORE}: no operation 'getPets'; the document has: listPets, createPet, getPet, "
                    "updatePet, deletePet, uploadPhoto, getToken, addNote")


def test_out_writes_one_spec_per_operation(tmp_path: Path) -> None:
    result = run("import", "openapi", str(WEATHER), "--out", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["createAlert.yaml", "getForecast.yaml"]
    for path in tmp_path.iterdir():
        build_request(load_spec(path))


# --- bad documents --------------------------------------------------------------

@pytest.mark.parametrize("file, message", [
    ("bad-ref.yaml", 'error: {path}:13: paths."/items".post.requestBody.content."application/json".schema."$ref": '
                     "$ref '#/components/schemas/Item' does not resolve: components.schemas has no 'Item'"),
    ("truncated.json", "error: {path}:11: not valid JSON: Unterminated string starting at (column 9); "
                       "the file ends too early (truncated?)"),
    ("swagger2.yaml", "error: {path}: not an OpenAPI document: no 'openapi' key; Swagger 2.0 is not supported: "
                      "convert it to OpenAPI 3 first"),
])
def test_bad_document_is_one_line_exit_2_and_writes_nothing(tmp_path: Path, file: str, message: str) -> None:
    path = IMPORTS / "broken" / file
    line = error_line(run("import", "openapi", str(path), "--out", str(tmp_path / "out")))
    assert line == message.format(path=path)
    assert not (tmp_path / "out").exists()


HEADER = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\nservers: [{url: 'https://api.example.com'}]\n"


@pytest.mark.parametrize("paths, message", [
    ("paths:\n  /a:\n    $ref: '#/paths/~1b'\n  /b:\n    $ref: '#/paths/~1a'\n",
     "t.yaml:6: paths.\"/a\".\"$ref\": $ref '#/paths/~1b' is circular: following it leads back to it"),
    ("paths:\n  /a:\n    get:\n      parameters:\n        - $ref: 'common.yaml#/components/parameters/P'\n",
     "points into another document; only '#/...' references are followed"),
    ("paths: {}\n", "t.yaml:4: paths: the document has no operations under paths"),
    ("paths:\n  /a:\n    get:\n      security: [{nope: []}]\n",
     "security scheme 'nope' is not defined in components.securitySchemes"),
    ("paths:\n  /a:\n    get:\n      parameters: [{name: x}]\n",
     "a parameter needs a name and `in` (path, query, header or cookie)"),
])
def test_bad_references_and_shapes(paths: str, message: str) -> None:
    with pytest.raises(SourceError) as info:
        import_openapi_text(HEADER + paths, "t.yaml", lambda _: None)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_unsupported_version() -> None:
    with pytest.raises(SourceError, match=r"t.yaml:1: openapi: OpenAPI 4.0.0 is not supported"):
        import_openapi_text("openapi: 4.0.0\npaths: {}\n", "t.yaml", lambda _: None)


def test_relative_server_and_scheme_variable() -> None:
    warnings: list[str] = []
    [item] = import_openapi_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nservers: [{url: /api/v2}]\n"
        "paths:\n  /ping:\n    head: {}\n", "t.yaml", warnings.append)
    assert item.data["request"] == {"method": "HEAD", "url": "https://{host}/api/v2/ping"}
    assert item.data["variables"]["host"]["description"].startswith("The API's host name")
    assert warnings == ["t.yaml: paths.\"/ping\".head: the server URL '/api/v2' is relative; "
                        "the URL is https://{host}/api/v2"]
    [item] = import_openapi_text(
        "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /ping:\n    get: {}\n", "t.yaml", warnings.append)
    assert item.data["request"]["url"] == "https://{host}/ping"
    [item] = import_openapi_text(
        "openapi: 3.0.0\ninfo: {title: t, version: '1'}\nservers:\n  - url: '{scheme}://api.example.com'\n"
        "    variables: {scheme: {default: https, enum: [https, http]}}\npaths:\n  /ping:\n    get: {}\n",
        "t.yaml", warnings.append)
    assert item.data["request"]["url"] == "https://api.example.com/ping"
    assert "the server's scheme is a variable; it is written as its default, 'https'" in warnings[-1]


# --- files, multipart and credentials (tests/imports/openapi/uploads.yaml) -----------------


def test_multipart_from_the_schema_binary_properties_are_file_parts(uploads) -> None:
    data = uploads[0]["uploadFile"].data
    assert data["request"]["multipart"] == [
        {"name": "purpose", "value": "assistants"},
        {"name": "file", "file": "{filePath}", "content-type": "application/pdf"},
        {"name": "thumbnails", "file": "{thumbnailsPath}", "content-type": "image/png"},
        {"name": "thumbnails", "file": "{thumbnailsPath2}", "content-type": "image/png"},
        {"name": "tags", "value": "invoice"}, {"name": "tags", "value": "2024"}]
    assert data["variables"]["filePath"]["example"] == "file.pdf"
    assert f"{UPLOADS}: paths.\"/files\".post: part 'thumbnails' may be any of image/png, image/jpeg; the spec " \
           "sends image/png" in uploads[1]
    request = build_request(uploads[0]["uploadFile"].spec)
    assert [part.name for part in request.body.file_parts] == ["file", "thumbnails", "thumbnails"]


def test_octet_stream_and_other_binary_bodies_are_file_bodies(uploads) -> None:
    content = uploads[0]["replaceContent"].data
    assert content["request"]["file"] == "{bodyPath}" and "headers" not in content["request"]
    assert content["request"]["auth"] == {"bearer": "{bearerAuth}"}
    assert content["variables"]["bearerAuth"]["secret"] is True
    avatar = uploads[0]["putAvatar"].data["request"]
    assert avatar["headers"] == {"Content-Type": "image/png"} and avatar["file"] == "{bodyPath}"
    assert uploads[0]["putAvatar"].data["variables"]["bodyPath"]["example"] == "body.png"


def test_basic_security_scheme_with_an_api_key_cookie(uploads) -> None:
    data = uploads[0]["getSession"].data
    assert data["request"]["cookies"] == {"session_id": "{cookieAuth}"}
    assert data["request"]["auth"] == {"basic": {"username": "{username}", "password": "{password}"}}
    assert data["variables"]["username"] == {"description": "Your account's client ID and secret"}


@pytest.mark.parametrize("operation, message", [
    ("createReport", f"error: {UPLOADS}:69: paths.\"/reports\".post: cannot import part 'options': OpenAPI sends "
                     "it as application/json, and a spec's text part has no content type; --lenient imports it as "
                     "a text part without one"),
    ("legacyExport", f"error: {UPLOADS}:93: paths.\"/legacy/export\".get: cannot import security scheme "
                     "'digestAuth': HTTP digest authentication is neither Basic nor Bearer, the kinds a spec sends; "
                     "--lenient leaves it out"),
])
def test_what_a_spec_cannot_say_is_refused_with_its_line(operation: str, message: str, tmp_path: Path) -> None:
    line = error_line(run("import", "openapi", str(UPLOADS), "--operation", operation, "--out", str(tmp_path / "o")))
    assert line == message
    assert not (tmp_path / "o").exists()
    lenient = run("import", "openapi", str(UPLOADS), "--operation", operation, "--lenient")
    assert lenient.exit_code == 0 and lenient.stderr.startswith("warning: ")


@pytest.mark.parametrize("content, expected, warned", [
    ("application/octet-stream: {}", {"file": "{bodyPath}"}, False),
    ("application/pdf: {}", {"file": "{bodyPath}", "headers": {"Content-Type": "application/pdf"}}, False),
    ("'*/*': {}", {"file": "{bodyPath}"}, False),
    ("'image/*': {}", {"file": "{bodyPath}"}, True),
    ("multipart/form-data: {schema: {type: object, properties: {doc: {type: string, contentMediaType: "
     "application/pdf}}}, encoding: {doc: {contentType: application/pdf}}}",
     {"multipart": [{"name": "doc", "file": "{docPath}", "content-type": "application/pdf"}]}, False),
    ("multipart/form-data: {example: {a: x, n: 2}}", {"multipart": [{"name": "a", "value": "x"},
                                                                    {"name": "n", "value": "2"}]}, False),
    ("multipart/form-data: {}", {}, True),
    ("application/json: {}", {}, True),
])
def test_request_bodies(content: str, expected: dict, warned: bool) -> None:
    document = HEADER + f"paths:\n  /a:\n    post:\n      requestBody:\n        content:\n          {content}\n"
    if warned:
        with pytest.raises(SourceError, match="--lenient"):
            import_openapi_text(document, "t.yaml", lambda _: None)
    warnings: list[str] = []
    [item] = import_openapi_text(document, "t.yaml", warnings.append, lenient=True)
    assert bool(warnings) == warned
    for key, value in expected.items():
        assert item.data["request"][key] == value
    build_request(item.spec)


@pytest.mark.parametrize("schemes, security, expected", [
    ("b: {type: http, scheme: Bearer}", "[{b: []}]", {"auth": {"bearer": "{b}"}}),
    ("o: {type: openIdConnect, openIdConnectUrl: 'https://x/.well-known'}", "[{o: []}]", {"auth": {"bearer": "{o}"}}),
    ("k: {type: apiKey, in: query, name: api_key}", "[{k: []}]", {"query": {"api_key": "{k}"}}),
    ("b: {type: http, scheme: basic}\n    c: {type: http, scheme: bearer}", "[{b: [], c: []}]", None),
    ("m: {type: mutualTLS}", "[{m: []}]", None),
])
def test_security_schemes(schemes: str, security: str, expected: dict | None) -> None:
    document = (HEADER + f"security: {security}\npaths:\n  /a:\n    get: {{}}\n"
                f"components:\n  securitySchemes:\n    {schemes}\n")
    if expected is None:
        with pytest.raises(SourceError, match="cannot import security scheme"):
            import_openapi_text(document, "t.yaml", lambda _: None)
        return
    [item] = import_openapi_text(document, "t.yaml", lambda _: None)
    for key, value in expected.items():
        assert item.data["request"][key] == value


def test_response_examples_come_from_examples_refs_and_schemas_in_document_order():
    imported = import_openapi(IMPORTS / "openapi" / "responses.yaml", lambda message: None)
    specs = {item.name: item.spec for item in imported}
    ok, missing = specs["getOrder"].responses  # `default` has no status a reader sees: left out
    assert (ok.status, ok.kind, ok.description) == (200, "json", "The order.\nTotals are in cents.")
    assert json.loads(ok.body) == {"id": 7, "item": 'tea "green" </script>', "cents": 450, "paid": True}
    assert (missing.label, missing.content_type) == ("404 Not Found", "application/problem+json")
    [receipt] = specs["getReceipt"].responses  # CSV chosen over the PDF; `2XX` left out
    assert (receipt.body, receipt.lexer) == ('item,cents\n"tea, green",450\n', "text")
    created, empty = specs["createOrder"].responses  # made from the schema, readOnly id included
    assert json.loads(created.body) == {"id": 8, "item": "tea", "placed": "2024-01-01T00:00:00Z"}
    assert (empty.status, empty.body) == (204, "")
