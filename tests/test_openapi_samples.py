"""`snippetgen openapi-samples`: x-codeSamples added to every operation, and every other byte kept.

The documents are tests/imports/openapi-samples/ (written for these tests in the style of public
API documents: comments, anchors and aliases, every kind of quoting, a `|+` block, a flow-style
operation; a JSON one with escapes and one-line objects) and small ones written inline.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner, Result
from hypothesis import given, settings, strategies as st

from snippetgen import yaml_reader
from snippetgen.cli_openapi import openapi_samples
from snippetgen.importers.openapi import Document, import_openapi
from snippetgen.pages import page_tabs
from snippetgen.samples_text import Style, yaml_block
from test_formats_hostile import INLINE, hostile_lines

FIXTURES = Path(__file__).resolve().parent / "imports" / "openapi-samples"
BOOKINGS = FIXTURES / "bookings.yaml"
INVENTORY = FIXTURES / "inventory.json"
LANGS = ("--lang", "curl", "--lang", "go", "--lang", "python:httpx")  # tabs in Go; a client that is no default
SECRET = "s3cr3t-token-0123456789"
# GitHub Linguist's names, which Redoc documents for `lang`.
LINGUIST = {"Shell", "C", "Clojure", "C#", "Elixir", "Go", "HTTP", "Java", "JavaScript", "Kotlin", "Lua", "Nim",
            "OCaml", "Perl", "PHP", "Python", "R", "Ruby", "Rust", "Tcl"}


def run(*args: str) -> Result:
    return CliRunner().invoke(openapi_samples, list(args))


def error_line(result: Result) -> str:
    assert result.exit_code == 2, (result.exit_code, result.output)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


def enrich(source: Path, out: Path, *args: str) -> bytes:
    result = run(str(source), "--out", str(out), *args)
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def expected_samples(source: Path, selectors=("all",), values=None) -> dict[tuple[str, str], list[dict]]:
    """Every operation's samples made the long way: `import openapi`, then page_tabs per spec."""
    operations = Document.load(source.read_text(encoding="utf-8"), str(source)).operations()
    items = import_openapi(source, lambda _: None)
    found = {}
    for operation, item in zip(operations, items):
        tabs = [tab for selector in selectors for tab in page_tabs(item.spec, (selector,), values)[0]]
        found[(operation.path, operation.method)] = [
            {"label": tab.title, "source": tab.snippet.display} for tab in tabs]
    return found


def strip_yaml_blocks(text: str) -> tuple[str, list[int]]:
    """text without the generated block members (and a flow operation's generated members), and the
    line (0-based, in the text without them) where each block stood."""
    lines, kept, places = text.splitlines(keepends=True), [], []
    index = 0
    while index < len(lines):
        match = re.match(r"( *)x-snippetgen: openapi-samples\r?\n", lines[index])
        if match and lines[index + 1].strip() == "x-codeSamples:":
            pad, end = len(match.group(1)), index + 2
            while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip(" ")) > pad):
                end += 1
            while not lines[end - 1].strip():  # blank lines after the block are the document's
                end -= 1
            places.append(len(kept))
            index = end
            continue
        kept.append(re.sub(r", x-snippetgen: openapi-samples, x-codeSamples: \[.*\](?=\}\s*$)", "", lines[index]))
        index += 1
    return "".join(kept), places


def strip_json_members(text: str) -> tuple[str, int]:
    """text without the generated JSON members, and how many operations had them."""
    decoder, count = json.JSONDecoder(), 0
    pattern = re.compile(r',\s*"x-snippetgen": "openapi-samples",\s*"x-codeSamples": ')
    while match := pattern.search(text):
        _, end = decoder.raw_decode(text, match.end())
        text = text[:match.start()] + text[end:]
        count += 1
    return text, count


def without_generated(data):
    """Loaded document data without the generated members, which are returned by (path, method)."""
    found = {}
    for path, item in data["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "x-codeSamples" in operation:
                assert operation.pop("x-snippetgen") == "openapi-samples"
                found[(path, method)] = operation.pop("x-codeSamples")
    return data, found


# --- a realistic YAML document -----------------------------------------------------------


@pytest.fixture(scope="module")
def bookings(tmp_path_factory) -> tuple[str, str]:
    out = tmp_path_factory.mktemp("bookings") / "api.samples.yaml"
    return BOOKINGS.read_text(encoding="utf-8"), enrich(BOOKINGS, out).decode("utf-8")


def test_yaml_every_byte_outside_the_generated_blocks_is_kept(bookings) -> None:
    before, after = bookings
    stripped, places = strip_yaml_blocks(after)
    assert stripped == before
    lines = before.splitlines()
    # After each operation's last value: before a comment that follows it, after a `|+` block's blank line.
    assert [lines[place - 1].strip() for place in places] == [
        '"429": {description: Too many requests}', "responses: *trip-responses", "x-internal: false", ""]
    assert lines[places[0]].strip() == "# a comment after the operation's last key stays where it is"
    assert lines[places[3] - 2].startswith("        A `|+` block keeps its trailing blank line")
    flow = next(line for line in after.splitlines() if "operationId: cancelPayment" in line)
    assert flow.startswith("    delete: {operationId: cancelPayment, summary: Cancel the payment, responses: "
                           "{'204': {description: Cancelled}}, x-snippetgen: openapi-samples, x-codeSamples: [{lang: ")


def test_yaml_reads_back_as_the_document_plus_the_samples(bookings) -> None:
    before, after = bookings
    data, found = without_generated(yaml_reader.load(after, "out.yaml")[0])
    assert data == yaml_reader.load(before, "in.yaml")[0]
    expected = expected_samples(BOOKINGS)
    assert set(found) == set(expected) == {("/trips", "get"), ("/trips/{tripId}", "get"), ("/bookings", "post"),
                                           ("/bookings/{bookingId}/payment", "post"),
                                           ("/bookings/{bookingId}/payment", "delete")}
    for key, samples in found.items():
        assert [{"label": s["label"], "source": s["source"]} for s in samples] == expected[key]
        assert all(set(sample) == {"lang", "label", "source"} for sample in samples)
    assert {s["label"]: s["lang"] for s in found[("/trips", "get")]}["cURL"] == "Shell"
    assert {s["lang"] for samples in found.values() for s in samples} <= LINGUIST
    assert yaml.safe_load(after)["paths"]["/trips"]["get"]["x-codeSamples"] == found[("/trips", "get")]


def test_yaml_sources_are_block_scalars_where_they_can_be(bookings) -> None:
    _, after = bookings
    block = after[after.index("      x-codeSamples:\n"):]
    assert block.startswith("      x-codeSamples:\n        - lang: Shell\n          label: cURL\n          source: |\n"
                            "            curl --request GET \\\n")
    assert "\n            \tif err != nil {\n" in after  # Go's tabs kept inside a block


def test_a_second_run_gives_the_same_bytes_and_other_clients_replace_the_samples(bookings, tmp_path) -> None:
    _, after = bookings
    first = tmp_path / "first.yaml"
    first.write_text(after, encoding="utf-8")
    assert enrich(first, tmp_path / "again.yaml").decode("utf-8") == after
    fewer = enrich(first, tmp_path / "fewer.yaml", *LANGS)
    assert fewer == enrich(BOOKINGS, tmp_path / "fresh.yaml", *LANGS)
    labels = {s["label"] for s in yaml.safe_load(fewer)["paths"]["/trips"]["get"]["x-codeSamples"]}
    assert labels == {"cURL", "Go", "Python (HTTPX)"}


def test_a_secret_is_masked_in_every_sample(tmp_path) -> None:
    result = run(str(BOOKINGS), "--out", str(tmp_path / "out.yaml"), *LANGS, "--var", f"oauth={SECRET}",
                 "--var", "version=v3")
    assert result.exit_code == 0, result.output
    text = (tmp_path / "out.yaml").read_text(encoding="utf-8")
    assert SECRET not in text + result.output
    sources = [s["source"] for s in yaml.safe_load(text)["paths"]["/trips"]["get"]["x-codeSamples"]]
    assert all("s3c*****MASKED*****" in source and "api.rail.example/v3/trips" in source for source in sources)


# --- JSON ----------------------------------------------------------------------------------


def test_json_every_byte_outside_the_generated_members_is_kept_and_a_second_run_is_the_same(tmp_path) -> None:
    before = INVENTORY.read_text(encoding="utf-8")
    after = enrich(INVENTORY, tmp_path / "out.json", *LANGS).decode("utf-8")
    stripped, count = strip_json_members(after)
    assert stripped == before and count == 3
    assert '        "responses": {"201": {"description": "Added"}},\n        "x-snippetgen": "openapi-samples",\n' \
           '        "x-codeSamples": [\n          {\n            "lang": "Shell",\n' in after
    assert '"responses": {"204": {"description": "Removed"}}, "x-snippetgen": "openapi-samples", "x-codeSamples": [{' \
           in after  # a one-line object stays on one line
    data, found = without_generated(json.loads(after))
    assert data == json.loads(before)
    expected = expected_samples(INVENTORY, ("curl", "go", "python:httpx"))
    assert {key: [{"label": s["label"], "source": s["source"]} for s in value] for key, value in found.items()} \
        == expected
    again = tmp_path / "again.json"
    again.write_text(after, encoding="utf-8")
    assert enrich(again, tmp_path / "twice.json", *LANGS).decode("utf-8") == after


def test_json_indented_with_tabs_and_crlf_line_ends(tmp_path) -> None:
    source = tmp_path / "tabs.json"
    text = INVENTORY.read_text(encoding="utf-8").replace("  ", "\t").replace("\n", "\r\n")
    source.write_bytes(text.encode("utf-8"))
    after = enrich(source, tmp_path / "out.json", "--lang", "curl").decode("utf-8")
    assert ',\r\n\t\t\t\t"x-snippetgen": "openapi-samples",\r\n\t\t\t\t"x-codeSamples": [\r\n\t\t\t\t\t{\r\n' in after
    assert strip_json_members(after)[0] == text
    assert "\n" not in after.replace("\r\n", "")


# --- layouts -------------------------------------------------------------------------------

FOUR_SPACES = """openapi: 3.0.3
info: {title: T, version: '1'}
servers: [{url: 'https://api.example.com'}]
paths:
    /a:
        get:
            responses:
                '200': {description: ok}"""  # no line break at the end


def test_four_space_indentation_crlf_bom_and_no_final_line_break(tmp_path) -> None:
    source = tmp_path / "four.yaml"
    source.write_bytes(b"\xef\xbb\xbf" + FOUR_SPACES.replace("\n", "\r\n").encode("utf-8"))
    after = enrich(source, tmp_path / "out.yaml", "--lang", "curl")
    assert after.startswith(b"\xef\xbb\xbf" + FOUR_SPACES.replace("\n", "\r\n").encode("utf-8") + b"\r\n")
    assert b"\r\n            x-snippetgen: openapi-samples\r\n            x-codeSamples:\r\n" \
           b"                - lang: Shell\r\n                  label: cURL\r\n                  source: |\r\n" \
           b"                      curl --request GET \\\r\n" in after
    assert b"\n" not in after.replace(b"\r\n", b"")
    again = tmp_path / "again.yaml"
    again.write_bytes(after)
    assert enrich(again, tmp_path / "twice.yaml", "--lang", "curl") == after


def test_spaces_only_lines_after_an_operation_make_the_sources_double_quoted(tmp_path) -> None:
    """A line of spaces after the samples would become part of a last `|` block: they are quoted."""
    source = tmp_path / "spaces.yaml"
    source.write_text(FOUR_SPACES + "\n" + " " * 30 + "\n    /b:\n        get: {responses: {'200': {description: "
                      "ok}}}\n", encoding="utf-8")
    after = enrich(source, tmp_path / "out.yaml", "--lang", "curl").decode("utf-8")
    assert '                  source: "curl --request GET \\\\\\n  --url https://api.example.com/a\\n"\n' in after
    assert yaml.safe_load(after)["paths"]["/a"]["get"]["x-codeSamples"][0]["source"].startswith("curl --request GET")
    assert strip_yaml_blocks(after)[0] == source.read_text(encoding="utf-8")


# --- sources that a block scalar cannot hold, and hostile documents ------------------------

# Each source, and how it is written: a `|` block where one holds it exactly, else double-quoted.
HOSTILE_SOURCES = [
    ("plain\n", "|"), ("no final line break", "|-"), ("   leading spaces\nsecond\n", "|2"),
    ("\nleading empty line", "|2-"), ("tab\tinside\n\tleading tab\n", "|"),
    ("--- \n", '"'), ("---\n...\n# not a comment\n | pipe\n> gt\n", "|"),
    ("key: value\n- item\n? q\n&a *b !tag %YAML\n", "|"), ("</script><!-- `tick` ```` {{ x }} {% raw %}\n", "|"),
    ("x\n\n\n", '"'), ("trailing spaces   \n", '"'), ("carriage\r\nreturn\n", '"'),
    ("line\u2028separator\u2029para\x85nel\n", '"'), ("bom\ufeff zero\u200bwidth\u200e\n", '"'),
    ("nul\x00bell\x07\n", '"'), ("emoji 😀 and é\n", "|"), (" ", '"'), ("", '"'), ("\t\n", '"'), ("\n", '"'),
    ("x\n \n", '"'),
]


@pytest.mark.parametrize("source, form", HOSTILE_SOURCES)
def test_a_source_reads_back_exactly(source: str, form: str) -> None:
    samples = [{"lang": "Shell", "label": "C# <b>x</b>: # y", "source": source}]
    for pad, step in (("", "  "), ("      ", "  "), ("        ", "    ")):
        for quoted in (False, True):
            block = yaml_block(samples, Style(pad=pad, step=step, quoted=quoted))
            written = re.search(r"source: (\S+)", block).group(1)
            assert written.startswith('"') if quoted or form == '"' else written == form.replace("2", str(len(step)))
            text = "x:\n" + f"{pad or '  '}responses: {{}}\n" + yaml_block(samples, Style(pad=pad or "  ", step=step,
                                                                                          quoted=quoted))
            assert yaml.safe_load(text)["x"]["x-codeSamples"] == samples, text
            assert yaml_reader.load(text, "t.yaml")[0]["x"]["x-codeSamples"] == samples, text


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text(st.sampled_from(list(" \t\n\r#|>-:.`'\"{}[]%@&*!?,~\\\u2028\u2029\x85\ufeff\x00\x07éa0<>/😀"))))
def test_any_source_reads_back_exactly(source: str) -> None:
    samples = [{"lang": "Go", "label": "Go", "source": source}]
    text = "get:\n  responses: {}\n" + yaml_block(samples, Style(pad="  ", step="  "))
    assert yaml.safe_load(text)["get"]["x-codeSamples"] == samples


def hostile_data() -> dict:
    """An OpenAPI document whose examples hold markup, YAML and template syntax (test_redoc.py builds it too)."""
    text = "\n".join(hostile_lines("/nonexistent/marker")) + "\n  leading\n\ttab\ntrailing   \n|\n...\n"
    return {
        "openapi": "3.0.3",
        "info": {"title": "Hostile " + INLINE, "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            "/notes": {"post": {
                "operationId": "addNote", "summary": INLINE,
                "parameters": [
                    {"name": "q", "in": "query", "required": True, "schema": {"type": "string"},
                     "example": "a | b # c --- </script> `x` {% raw %}{{ 7*7 }}"},
                    {"name": "X-Trace", "in": "header", "required": True, "schema": {"type": "string"},
                     "example": "`id` | # --- </script>"}],
                "requestBody": {"content": {"text/plain": {"example": text}}},
                "responses": {"200": {"description": "ok"}}}},
            "/docs": {"put": {
                "operationId": "putDoc",
                "requestBody": {"content": {"application/json": {"example": {
                    "md": "```\n---\n# h\n</script>", "tpl": "{% raw %}{{ 7*7 }}", "sep": INLINE}}}},
                "responses": {"200": {"description": "ok"}}}},
        },
    }


def write_hostile(folder: Path, fmt: str) -> Path:
    path = folder / f"hostile.{fmt}"
    data = hostile_data()
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) if fmt == "json"
                    else yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_hostile_examples_come_out_as_the_exact_snippet_text(fmt: str, tmp_path) -> None:
    source = write_hostile(tmp_path, fmt)
    after = enrich(source, tmp_path / f"out.{fmt}")
    data, found = without_generated(yaml.safe_load(after) if fmt == "yaml" else json.loads(after))
    assert data == hostile_data()
    expected = expected_samples(source)
    assert {key: [{"label": s["label"], "source": s["source"]} for s in value] for key, value in found.items()} \
        == expected
    assert sum(len(samples) for samples in expected.values()) >= 40


# --- --out, --check, errors ----------------------------------------------------------------


def test_out_dash_prints_the_document_and_without_out_nothing_is_overwritten(tmp_path) -> None:
    printed = run(str(INVENTORY), "--out", "-", "--lang", "curl")
    assert printed.exit_code == 0 and printed.stdout_bytes == enrich(INVENTORY, tmp_path / "o.json", "--lang", "curl")
    assert error_line(run(str(INVENTORY))) == (f"error: give --out FILE (or --out - for standard output); "
                                               f"{INVENTORY} is not overwritten unless --out names it")


def test_check_says_whether_the_output_is_up_to_date_and_writes_nothing(tmp_path) -> None:
    out = tmp_path / "api.samples.yaml"
    missing = run(str(BOOKINGS), "--out", str(out), "--check", "--lang", "curl")
    assert missing.exit_code == 1 and not out.exists()
    enrich(BOOKINGS, out, "--lang", "curl")
    before = out.stat()
    fresh = run(str(BOOKINGS), "--out", str(out), "--check", "--lang", "curl")
    assert fresh.exit_code == 0 and fresh.stdout == f"{out} is up to date\n"
    stale = run(str(BOOKINGS), "--out", str(out), "--check", "--lang", "go")
    assert stale.exit_code == 1
    assert stale.stderr == f"{out} is stale; run the same command without --check to update it\n"
    after = out.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert error_line(run(str(BOOKINGS), "--out", "-", "--check")) == \
        "error: --check compares with a file: give --out FILE"


def test_the_output_is_replaced_whole_and_keeps_its_mode(tmp_path) -> None:
    out = tmp_path / "out.yaml"
    out.write_text("old\n")
    os.chmod(out, 0o640)
    result = run(str(BOOKINGS), "--out", str(out), "--lang", "curl")
    assert result.stdout == f"wrote {out}: 5 samples in 5 operations\n"
    assert oct(out.stat().st_mode & 0o777) == "0o640" and sorted(os.listdir(tmp_path)) == ["out.yaml"]


def small(tmp_path: Path, operations: str, extra: str = "") -> Path:
    path = tmp_path / "doc.yaml"
    path.write_text("openapi: 3.1.0\ninfo: {title: T, version: '1'}\nservers: [{url: 'https://api.example.com'}]\n"
                    f"paths:\n{operations}{extra}", encoding="utf-8")
    return path


HAND_WRITTEN = """  /a:
    get:
      responses: {'200': {description: ok}}
      x-codeSamples:
        - {lang: Shell, label: Our CLI, source: acme get-a}
  /b:
    get:
      responses: {'200': {description: ok}}
"""


def test_samples_written_by_hand_are_an_error_unless_kept_or_replaced(tmp_path) -> None:
    source = small(tmp_path, HAND_WRITTEN)
    out = tmp_path / "out.yaml"
    out.write_text("old\n")
    assert error_line(run(str(source), "--out", str(out))) == (
        f'error: {source}:8: paths."/a".get.x-codeSamples: has x-codeSamples that snippetgen did not write; '
        "--existing replace replaces them, --existing keep leaves the operation as it is")
    assert out.read_text() == "old\n" and sorted(os.listdir(tmp_path)) == ["doc.yaml", "out.yaml"]
    kept = yaml.safe_load(enrich(source, out, "--existing", "keep", "--lang", "curl"))["paths"]
    assert kept["/a"]["get"]["x-codeSamples"] == [{"lang": "Shell", "label": "Our CLI", "source": "acme get-a"}]
    assert kept["/b"]["get"]["x-codeSamples"][0]["label"] == "cURL" and "x-snippetgen" not in kept["/a"]["get"]
    replaced = enrich(source, out, "--existing", "replace", "--lang", "curl")
    assert yaml.safe_load(replaced)["paths"]["/a"]["get"]["x-codeSamples"][0]["label"] == "cURL"
    assert b"Our CLI" not in replaced
    assert enrich(out, tmp_path / "again.yaml", "--lang", "curl") == replaced  # now they are ours


DIGEST = """  /a:
    get:
      security: [{digest: []}]
      responses: {'200': {description: ok}}
  /b:
    get:
      responses: {'200': {description: ok}}
"""
DIGEST_SCHEME = "components:\n  securitySchemes:\n    digest: {type: http, scheme: digest}\n"


def test_an_operation_a_spec_cannot_say_is_an_error_or_with_lenient_left_without_samples(tmp_path) -> None:
    source = small(tmp_path, DIGEST, DIGEST_SCHEME)
    out = tmp_path / "out.yaml"
    assert error_line(run(str(source), "--out", str(out), "--lang", "curl")) == (
        f'error: {source}:14: paths."/a".get: cannot import security scheme \'digest\': HTTP digest authentication '
        "is neither Basic nor Bearer, the kinds a spec sends; --lenient leaves the operation without samples")
    assert not out.exists()
    lenient = run(str(source), "--out", str(out), "--lang", "curl", "--lenient")
    assert lenient.exit_code == 0
    assert lenient.stderr.startswith(f'warning: {source}:14: paths."/a".get: cannot import security scheme')
    assert lenient.stderr.endswith("; left without samples\n")
    assert lenient.stdout == f"wrote {out}: 1 samples in 1 operations (1 left without samples)\n"
    paths = yaml.safe_load(out.read_text())["paths"]
    assert "x-codeSamples" not in paths["/a"]["get"] and "x-codeSamples" in paths["/b"]["get"]


@pytest.mark.parametrize("operations, message", [
    ("  /a:\n    get: &op\n      responses: {'200': {description: ok}}\n  /b:\n    get: *op\n",
     ':6: paths."/a".get: the operation is shared through the YAML alias *op with a path whose URL differs; write '
     "each path's operation out"),
    ("  /a:\n    $ref: '#/components/pathItems/A'\n",
     ':5: paths."/a": the path item is a $ref, whose operations other paths may share; write this path\'s '
     "operations out"),
    ("  /a:\n    get:\n", ':6: paths."/a".get: the operation is empty; write it as a mapping'),
])
def test_operations_whose_text_cannot_take_samples(tmp_path, operations: str, message: str) -> None:
    extra = "components:\n  pathItems:\n    A:\n      get: {responses: {'200': {description: ok}}}\n"
    source = small(tmp_path, operations, extra)
    assert error_line(run(str(source), "--out", str(tmp_path / "out.yaml"))) == f"error: {source}{message}"
    assert run(str(source), "--out", str(tmp_path / "out.yaml"), "--lenient").exit_code == 0


def test_a_client_named_by_lang_that_cannot_send_the_request_is_an_error(tmp_path) -> None:
    upload = ("  /files:\n    post:\n      requestBody:\n        content:\n          multipart/form-data:\n"
              "            schema: {type: object, properties: {file: {type: string, format: binary}}}\n"
              "      responses: {'200': {description: ok}}\n")
    source = small(tmp_path, upload)
    line = error_line(run(str(source), "--out", str(tmp_path / "o.yaml"), "--lang", "javascript", "--lang", "curl"))
    assert line.startswith(f'error: {source}:6: paths."/files".post: javascript:fetch cannot send this request '
                           "exactly: a file part is read from a path")
    lenient = run(str(source), "--out", str(tmp_path / "o.yaml"), "--lang", "javascript", "--lang", "curl",
                  "--lenient")
    assert lenient.exit_code == 0 and "javascript:fetch cannot send" in lenient.stderr
    samples = yaml.safe_load((tmp_path / "o.yaml").read_text())["paths"]["/files"]["post"]["x-codeSamples"]
    assert [s["label"] for s in samples] == ["cURL"]


@pytest.mark.parametrize("args, message", [
    (("--var", "nothere=1"), "error: --var nothere: no operation of {doc} has this placeholder (they have: "
                             "bookingId, oauth, tripId, version)"),
    (("--var", "oauth"), "error: --var expects NAME=VALUE, got an argument without '='"),
    (("--lang", "cobol"), "error: unknown language 'cobol': did you mean 'tcl'? choose from curl, "),
])
def test_bad_arguments_are_one_line(tmp_path, args, message: str) -> None:
    line = error_line(run(str(BOOKINGS), "--out", str(tmp_path / "o.yaml"), *args))
    assert line.startswith(message.format(doc=BOOKINGS))
    assert not (tmp_path / "o.yaml").exists()


@pytest.mark.parametrize("text, message", [
    ("openapi: 3.0.3\npaths: {/a: {get: {responses: {}}}\n", ":3: invalid YAML: "),
    ("swagger: '2.0'\n", ": not an OpenAPI document: no 'openapi' key; Swagger 2.0 is not supported"),
    ('{"openapi": "3.0.3", "paths": {"/a": }}', ":1: not valid JSON: "),
])
def test_a_broken_document_is_one_line_and_nothing_is_written(tmp_path, text: str, message: str) -> None:
    source = tmp_path / ("doc.json" if text.startswith("{") else "doc.yaml")
    source.write_text(text)
    line = error_line(run(str(source), "--out", str(tmp_path / "o.yaml")))
    assert line.startswith(f"error: {source}{message}")
    assert sorted(os.listdir(tmp_path)) == [source.name]


def test_an_unwritable_output_is_one_line(tmp_path) -> None:
    line = error_line(run(str(INVENTORY), "--out", str(tmp_path / "missing" / "o.json"), "--lang", "curl"))
    assert line.startswith(f"error: ") and "cannot write: No such file or directory" in line


def test_the_command_is_registered() -> None:
    from snippetgen.cli import cli

    ctx = click.Context(cli)
    assert "openapi-samples" in cli.list_commands(ctx)
    from snippetgen.cli_openapi import openapi_samples

    assert cli.get_command(ctx, "openapi-samples") is openapi_samples
