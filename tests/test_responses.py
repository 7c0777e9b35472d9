"""Example responses: read from the spec, shown on pages, and served by verify, which then
requires the snippet to print the body the page shows."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import require_tool
from snippetgen.cli import cli
from snippetgen.formats import Options, writer
from snippetgen.pages import page_tabs
from snippetgen.responses import served_response
from snippetgen.spec import parse_spec

SPEC = """\
title: Items
request:
  url: https://api.example.com/items
responses:
  - status: 404
    text: none here
  - status: 200
    description: Every item.
    headers:
      X-Total: "2"
    json: {items: [1, "é 😀"], next: null}
  - status: 418
    headers: {content-type: application/problem+json}
    text: '{"title": "teapot"}'
"""


def test_responses_are_read_with_labels_lexers_and_served_headers():
    first, ok, teapot = parse_spec(SPEC, "items.yaml").responses
    assert (first.label, first.lexer, first.content_type) == ("404 Not Found", "text", "text/plain; charset=utf-8")
    assert ok.body == json.dumps({"items": [1, "é 😀"], "next": None}, indent=2, ensure_ascii=False)
    assert ok.served_headers() == [("X-Total", "2"), ("Content-Type", "application/json")]
    assert (teapot.label, teapot.lexer) == ("418 I'm a Teapot", "json")
    assert teapot.served_headers() == [("content-type", "application/problem+json")]


def test_verify_serves_the_first_2xx_example():
    assert served_response(parse_spec(SPEC, "items.yaml").responses).status == 200
    assert served_response(parse_spec(SPEC.split("responses:")[0], "x.yaml").responses) is None


@pytest.mark.parametrize("fmt", ["markdown", "mdx", "docusaurus", "mkdocs", "json"])
def test_every_page_format_shows_each_response_body_and_label(fmt):
    spec = parse_spec(SPEC, "items.yaml")
    tabs, _ = page_tabs(spec, ("curl",))
    page = writer(fmt).page(spec, tabs, Options())
    if fmt == "json":
        shown = json.loads(page)["responses"]
        assert [(r["status"], r["body"]) for r in shown] == [(r.status, r.body) for r in spec.responses]
        return
    for response in spec.responses:
        assert response.label in page
        for line in response.body.splitlines():
            assert line in page


def _templates(tmp_path, body: str) -> str:
    folder = tmp_path / "templates" / "curl"
    folder.mkdir(parents=True)
    (folder / "curl.sh.j2").write_text(body, encoding="utf-8")
    return str(folder.parent)


@pytest.mark.parametrize(("prints", "passes"), [(True, True), (False, False)])
def test_verify_fails_a_snippet_that_does_not_print_the_example_body(tmp_path, prints, passes):
    require_tool("curl")
    (tmp_path / "items.yaml").write_text(SPEC, encoding="utf-8")
    # A curl snippet that sends the request right, and prints the body or only the status.
    output = "" if prints else "-o /dev/null -w '%{http_code}\\n'"
    templates = _templates(tmp_path, f"curl -sS {output} {{{{ request.url|shell_quote }}}}\n")
    result = CliRunner().invoke(cli, ["verify", str(tmp_path / "items.yaml"), "--lang", "curl",
                                      "--templates", templates])
    assert (result.exit_code == 0) == passes, result.output
    if not passes:
        assert "does not show the example response's body (200 OK)" in result.output
