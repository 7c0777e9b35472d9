"""The JSON Schema of the spec format (snippetgen/spec.schema.json) and the loader never disagree.

Every example spec is valid for both; every broken spec that the loader refuses for its
shape, the schema refuses too.  What a JSON Schema cannot say is listed below with why,
and those are asserted to be the only files the two judge differently.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings

from conftest import missing_toolchain
from imports.spec_strategies import specs
from snippetgen import schema, yaml_reader
from snippetgen.cli_import import schema as schema_command
from snippetgen.errors import SpecError
from snippetgen.importers.spec_yaml import to_yaml
from snippetgen.importers.curl import import_curl
from snippetgen.importers.har import import_har
from snippetgen.importers.openapi import import_openapi
from snippetgen.request import build_request
from snippetgen.spec import load_spec, parse_spec

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "specs").glob("*.yaml")) + sorted((ROOT / "tests" / "cases").glob("*.yaml"))
BROKEN = sorted((ROOT / "tests" / "broken").glob("*.yaml"))
IMPORTS = ROOT / "tests" / "imports"

# Broken specs whose mistake is in the YAML text itself: there is no data for a schema to check
# (editors report these as YAML errors).
YAML_ERRORS = {
    "yaml-alias-bomb.yaml", "yaml-bad-indentation.yaml", "yaml-duplicate-key.yaml", "yaml-tab-indentation.yaml",
    "yaml-unclosed-quote.yaml",
}
# Broken specs the schema accepts, because a JSON Schema cannot say what is wrong with them.
VALUE_LEVEL = {
    # Content-Type given twice in different letter case: JSON Schema compares names exactly.
    "content-type-twice.yaml",
    # .nan in a JSON body: JSON Schema's number type admits every number the YAML reader produces.
    "json-nan.yaml",
}
MODELINE = re.compile(r"# yaml-language-server: \$schema=(\S+)\n")


@pytest.fixture(scope="module")
def validator():
    try:
        import jsonschema
    except ImportError:
        missing_toolchain("jsonschema is not installed; pip install '.[test]'")
    jsonschema.Draft7Validator.check_schema(schema.build())
    return jsonschema.Draft7Validator(schema.build())


def data_of(path: Path):
    data, _ = yaml_reader.load(path.read_text(encoding="utf-8"), str(path))
    return data


def loader_accepts(text: str, file: str) -> bool:
    try:
        build_request(parse_spec(text, file))
    except SpecError:
        return False
    return True


# The file in the repository (CI imports snippetgen from an installed wheel, whose copy is SCHEMA_FILE).
REPO_SCHEMA = Path(__file__).resolve().parent.parent / "snippetgen" / "spec.schema.json"


def test_the_committed_schema_is_current() -> None:
    committed = REPO_SCHEMA.read_text(encoding="utf-8")
    assert schema.SCHEMA_FILE.read_text(encoding="utf-8") == committed, "the installed schema is not the committed one"
    assert committed == schema.text(), (
        "snippetgen/spec.schema.json is stale: run `snippetgen schema > snippetgen/spec.schema.json` and commit it")


def test_schema_command_prints_it() -> None:
    result = CliRunner().invoke(click.Group(commands={"schema": schema_command}), ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == schema.build()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_specs_are_valid_for_both(validator, path: Path) -> None:
    errors = [error.message for error in validator.iter_errors(data_of(path))]
    assert errors == []
    build_request(load_spec(path))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_specs_name_the_schema_for_editors(path: Path) -> None:
    first_line = path.read_text(encoding="utf-8").split("\n", 1)[0] + "\n"
    match = MODELINE.fullmatch(first_line)
    assert match, f"{path.name}: the first line should be `# yaml-language-server: $schema=<path>`"
    assert (path.parent / match.group(1)).resolve() == REPO_SCHEMA


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.name)
def test_broken_specs(validator, path: Path) -> None:
    assert not loader_accepts(path.read_text(encoding="utf-8"), str(path)), "the loader should refuse it"
    if path.name in YAML_ERRORS:
        with pytest.raises(SpecError):
            data_of(path)
        return
    valid = validator.is_valid(data_of(path))
    if path.name in VALUE_LEVEL:
        assert valid, f"{path.name} is listed as beyond a schema, but the schema refuses it: update VALUE_LEVEL"
    else:
        assert not valid, f"the schema accepts {path.name}, which the loader refuses"


def test_the_lists_name_files_that_exist() -> None:
    names = {path.name for path in BROKEN}
    assert YAML_ERRORS | VALUE_LEVEL <= names


def importer_outputs():
    quiet = lambda _: None  # noqa: E731
    # lenient: some fixtures hold what a spec cannot say; what is left of them must still be valid.
    for har in sorted((IMPORTS / "har").glob("*.har")):
        yield from import_har(har, quiet, lenient=True)
    for document in ("petstore.yaml", "weather.json", "uploads.yaml"):
        yield from import_openapi(IMPORTS / "openapi" / document, quiet, lenient=True)
    for command in sorted((IMPORTS / "curl").glob("*.txt")):
        yield import_curl(command.read_text(encoding="utf-8"), quiet, lenient=True)


def test_every_importer_output_is_valid(validator) -> None:
    for item in importer_outputs():
        assert [e.message for e in validator.iter_errors(item.data)] == [], item.text


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=specs())
def test_specs_the_loader_accepts_are_valid(validator, data) -> None:
    text = to_yaml(data)
    assert loader_accepts(text, "<drawn>")
    assert [e.message for e in validator.iter_errors(data)] == [], text


@pytest.mark.parametrize("request_yaml", [
    "{url: 'https://x.example.com/', headers: {content-type: text/plain}}",
    "{url: 'https://x.example.com/', method: POST, form: {a: b}, headers: [[Content-Type, application/json]]}",
    "{url: 'https://x.example.com/', method: GET, text: hi}",
    "{url: 'https://x.example.com/', method: POST, json: 1, text: hi}",
    "{url: 'https://x.example.com/', headers: {Transfer-Encoding: chunked}}",
    "{url: 'https://x.example.com:0/'}",
    "{url: 'https://x.example.com/', query: [[a, b, c]]}",
    "{url: 'https://x.example.com/', headers: {X-A: ' padded'}}",
    "{url: 'https://x.example.com/', method: '{verb}'}",  # renders only with --var: a file alone does not
    "{url: 'https://{host}:{port}/a'}",
    "{url: 'http://[::1]:8080/a?b=c'}",
    "{url: 'https://x.example.com/', method: POST, form: {a: b}, headers: {content-type: "
    "'application/x-www-form-urlencoded; charset=utf-8'}}",
    "{url: 'https://x.example.com/?flag', query: [[a, null]], headers: [[X-A, '1'], [x-a, '2']]}",
    "{url: 'https://x.example.com/', cookies: {a: b}, headers: {Cookie: c=d}}",
    "{url: 'https://x.example.com/', cookies: {a: 'b;c'}}",
    "{url: 'https://x.example.com/', auth: {bearer: tok}, headers: {authorization: x}}",
    "{url: 'https://x.example.com/', auth: {basic: {username: 'a:b', password: c}}}",
    "{url: 'https://x.example.com/', auth: {basic: {username: a, password: c}, bearer: d}}",
    "{url: 'https://x.example.com/', auth: {basic: {username: é, password: ''}}}",
    "{url: 'https://x.example.com/', method: POST, multipart: [{name: a, value: b}, {name: f, file: x.bin}]}",
    "{url: 'https://x.example.com/', method: POST, multipart: [{name: a, value: b, filename: c}]}",
    "{url: 'https://x.example.com/', method: POST, multipart: [{name: 'a\"b', value: c}]}",
    "{url: 'https://x.example.com/', method: POST, multipart: [{name: a, file: f, value: c}]}",
    "{url: 'https://x.example.com/', method: POST, multipart: [{name: a, value: b}], "
    "headers: {Content-Type: multipart/form-data}}",
    "{url: 'https://x.example.com/', method: POST, multipart: []}",
    "{url: 'https://x.example.com/', method: PUT, file: a.bin, headers: {content-type: application/pdf}}",
    "{url: 'https://x.example.com/', method: PUT, file: ''}",
    "{url: 'https://x.example.com/', method: PUT, file: a.bin, text: b}",
])
def test_schema_and_loader_agree_on_small_requests(validator, request_yaml: str) -> None:
    text = "variables: {verb: {}, host: {}, port: {}}\nrequest: " + request_yaml + "\n"
    data, _ = yaml_reader.load(text, "<t>")
    assert validator.is_valid(data) == loader_accepts(text, "<t>"), text
