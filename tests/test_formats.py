"""Every docs format, pinned by snapshot, plus the properties each must keep."""

from __future__ import annotations

import json

import pytest

from cases import ROOT, SNAPSHOTS, check_snapshot
from snippetgen import load_spec, render_snippet
from snippetgen.formats import FORMATS, Options, Tab, every_client, fence_for, writer
from snippetgen.languages import languages, resolve
from snippetgen.pages import page_tabs

TOKEN = ROOT / "specs" / "token.yaml"
SECRET = "s3cr3t-value-0123456789"


def tabs_for(spec, values=None, selectors=("all",)):
    table = languages()
    tabs = []
    for selector in selectors:
        for client in resolve(selector):
            tabs.append(Tab(table[client.language], client, render_snippet(spec, client, values or {})))
    return tabs


def page_for(fmt: str, spec) -> str:
    """The page as `render --format` writes it: every client where the format has a client switch."""
    page = writer(fmt)
    tabs, _ = page_tabs(spec, every_client=every_client(page))
    return page.page(spec, tabs, Options())


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_format_snapshot(fmt, file_regression):
    spec = load_spec(TOKEN)
    text = page_for(fmt, spec)
    check_snapshot(file_regression, text, SNAPSHOTS / "formats" / f"token.{fmt}{writer(fmt).SUFFIX}")


def test_only_the_html_page_shows_every_client():
    spec = load_spec(TOKEN)
    assert [f for f in FORMATS if every_client(writer(f))] == ["html"]
    text = page_for("html", spec)
    assert 'data-client="httpx"' in text and 'data-client="urllib3"' in text
    markdown = page_for("markdown", spec)
    assert "httpx" not in markdown and "python:requests" not in markdown


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_placeholders_stay_verbatim(fmt):
    spec = load_spec(TOKEN)
    text = page_for(fmt, spec)
    assert "{yourClientSecret}" in text and "%7ByourClientSecret%7D" not in text


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_masked_secret_never_shows_outside_copy_text(fmt):
    spec = load_spec(TOKEN)
    text = writer(fmt).page(spec, tabs_for(spec, {"yourClientSecret": SECRET}), Options(values_given=True))
    assert "s3c*****MASKED*****" in text
    shown = text
    if fmt == "json":
        shown = json.dumps([{k: v for k, v in s.items() if k != "copy"} for s in json.loads(text)["snippets"]])
    if fmt == "html":
        shown = text.split('class="copy-text">')[0]
    assert "r3t-value-0123456789" not in shown


def test_json_has_copy_text_only_with_values():
    spec = load_spec(TOKEN)
    plain = json.loads(writer("json").page(spec, tabs_for(spec), Options()))
    assert all("copy" not in s for s in plain["snippets"])
    assert {"language", "client", "title", "lexer", "display"} <= set(plain["snippets"][0])
    filled = json.loads(writer("json").page(spec, tabs_for(spec, {"yourClientSecret": SECRET}),
                                            Options(values_given=True)))
    assert all(SECRET in s["copy"] and SECRET not in s["display"] for s in filled["snippets"])


def test_mdx_wrapper_component_is_configurable():
    spec = load_spec(TOKEN)
    text = writer("mdx").page(spec, tabs_for(spec), Options(mdx_component="AuthCodeGroup"))
    assert text.count("<AuthCodeGroup>") == 1 and text.count("</AuthCodeGroup>") == 1
    assert "```bash cURL\n" in text and "```go Go\n" in text


def test_docusaurus_group_id_and_mkdocs_tabs():
    spec = load_spec(TOKEN)
    docusaurus = writer("docusaurus").page(spec, tabs_for(spec), Options(group_id="api-lang"))
    assert 'groupId={"api-lang"}' in docusaurus and "import TabItem from '@theme/TabItem';" in docusaurus
    mkdocs = writer("mkdocs").page(spec, tabs_for(spec), Options())
    assert '=== "Go"\n\n    ```go\n    package main' in mkdocs


def test_fences_outgrow_backticks_in_the_snippet():
    assert fence_for("no ticks") == "```"
    assert fence_for("a ```` b") == "`````"
    # A body with a run of four backticks must not close the block.
    from snippetgen.spec import parse_spec

    spec = parse_spec('request: {method: POST, url: "https://x/", text: "```\\n````"}\n')
    text = writer("markdown").page(spec, tabs_for(spec, selectors=("curl",)), Options())
    assert "`````bash" in text


def test_mdx_prose_is_escaped():
    from snippetgen.spec import parse_spec

    spec = parse_spec('title: "Use {token} <b>now</b>"\nrequest: {url: "https://x/"}\n')
    text = writer("mdx").page(spec, tabs_for(spec, selectors=("curl",)), Options())
    assert "# Use \\{token\\} \\<b\\>now\\</b\\>" in text
