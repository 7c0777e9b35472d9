"""Docs-page injection: every text that goes into a page is data, in every format.

The corpus here (a spec whose title, description, variable texts, client titles and snippet
carry markup, MDX expressions, ESM lines, Jinja and closing tags) is shared with the tests that
compile or render the pages with the real tools: test_formats_mdx.py, test_formats_markdown.py
and test_html_browser.py.
"""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys

import pytest

from snippetgen import render_snippet
from snippetgen.formats import FORMATS, Options, Tab, writer
from snippetgen.spec import parse_spec
from snippetgen.languages import languages, resolve

SELECTORS = ("curl", "python", "node")


def write_marker(marker: str, tag: str) -> str:
    """JavaScript that creates the marker file, if it ever runs."""
    return f"globalThis.process.getBuiltinModule('node:fs').writeFileSync({json.dumps(marker)}, '{tag}')"


# Inline: everything that is markup, an expression or a template in some dialect.
INLINE = ("tick ` ``` ```` brace { } {1+1} lt < <b>bold</b> </script> <!-- --> {% raw %}{{ 7*7 }}"
          "{% endraw %} & &amp; &lt; \\ *em* _em_ [a](javascript:alert(1)) | pipe # hash C# ~~s~~ $x$ "
          "^sup^ \u2028 \"quoted\" 'single'")


def hostile_lines(marker: str) -> list[str]:
    """Lines of a description: each would start a construct at the beginning of a line."""
    return [
        "First paragraph " + INLINE,
        "",
        f"export const pwned = {write_marker(marker, 'esm')}",
        "",
        "import fs from 'node:fs'",
        "",
        "{" + write_marker(marker, "expression") + "}",
        "",
        "<Pwn onClick={" + write_marker(marker, "jsx") + "} />",
        "",
        "<img src=x onerror=alert(1)>",
        "<script>alert(1)</script>",
        "```",
        "--8<-- \"secret.txt\"",
        "!!! note",
        "=== \"tab\"",
        "---",
        "1. item",
        "# heading",
        "> quote",
        "    indented code",
        "| a | b |",
    ]


def hostile_spec(marker: str = "/nonexistent/marker"):
    return parse_spec(hostile_spec_text(marker), "hostile.yaml")


def hostile_spec_text(marker: str = "/nonexistent/marker") -> str:
    """The hostile spec as a file's text (JSON, which YAML reads), for tools that read spec files."""
    return json.dumps(hostile_document(marker))


def hostile_document(marker: str = "/nonexistent/marker") -> dict:
    """The hostile spec as a document (JSON is YAML: json.dumps of it is a spec file)."""
    title = f"Title <img src=x onerror=alert(1)> {{x}} `t`\nexport const t = {write_marker(marker, 'title')}\n# h"
    body = "\n".join(["```", "````", "</CodeGroup>", "</Tabs>", "</TabItem>",
                      f"export const z = {write_marker(marker, 'code')}", "{x}", "<script>alert(1)</script>",
                      "<!--<script>", "{% raw %}", "{token}"])
    return {
        "title": title,
        "description": "\n".join(hostile_lines(marker)),
        "variables": {
            "token": {"description": "<img src=x onerror=alert(1)> {y} " + INLINE,
                      "example": "<script>alert(1)</script> | ``` {z}"},
            "apiKey": {"description": "the key", "example": "sk_live_0123456789abcdef", "secret": True},
        },
        "request": {"method": "POST", "url": "https://api.example.com/items?t={token}",
                    "headers": {"x-api-key": "{apiKey}"}, "text": body},
        "responses": [{"status": 201, "description": "Made <b>it</b> {r}\n" + INLINE,
                       "json": {"echo": body, "tag": "</ResponseExample>"}},
                      {"status": 409, "headers": {"content-type": "text/html"}, "text": body}],
    }


HOSTILE_CLIENT_TITLE = "Requests <script>alert(1)</script> {c} `x` | ```"


def hostile_tabs(spec, values=None):
    """Tabs for a few clients; the last one has a hostile language and client title (as a user
    manifest could give)."""
    table = languages()
    tabs = [Tab(table[c.language], c, render_snippet(spec, c, values or {}))
            for selector in SELECTORS for c in resolve(selector)]
    python = next(tab for tab in tabs if tab.client.language == "python")
    client = dataclasses.replace(python.client, key="hostile", title=HOSTILE_CLIENT_TITLE)
    language = dataclasses.replace(python.language, title="Py <b>{l}</b>")
    tabs.append(Tab(language, client, python.snippet))
    return tabs


def page_texts(spec, tabs) -> list[str]:
    """Every text of the page that must show as written (masked where secret)."""
    texts = [spec.title, spec.description, *(tab.title for tab in tabs)]
    for variable in spec.variables.values():
        texts.append(variable.description)
        if variable.example and not variable.secret:
            texts.append(variable.example)
    return texts + [response.description for response in spec.responses]


def hostile_page(fmt: str, marker: str = "/nonexistent/marker", values=None) -> tuple[str, object, list]:
    spec = hostile_spec(marker)
    tabs = hostile_tabs(spec, values)
    return writer(fmt).page(spec, tabs, Options(values_given=bool(values))), spec, tabs


def normalized(text: str) -> str:
    return " ".join(text.split())


# ---- what each page must (not) contain, checked without any docs tool --------------------------


def _outside_code(text: str) -> list[str]:
    lines, fence = [], None
    for line in text.split("\n"):
        match = re.match(r"\s*(`{3,})", line)
        if fence is None and match:
            fence = match.group(1)
        elif fence is not None and line.strip() == fence:
            fence = None
        elif fence is None:
            lines.append(line)
    return lines


@pytest.mark.parametrize("fmt", ["mdx", "docusaurus"])
def test_mdx_pages_have_no_esm_expression_or_jsx_but_their_own(fmt):
    text, _, _ = hostile_page(fmt)
    own = re.compile(r"import (Tabs|TabItem) from '@theme/\1';\Z|</?(Tabs|TabItem|CodeGroup|ResponseExample)\b[^\n]*>\Z")
    for line in _outside_code(text):
        if own.match(line):
            continue
        assert not re.match(r"\s*(import|export)\b", line), line
        assert not re.search(r"(?<!\\)[{}<]", re.sub(r"`\{\w+\}`", "", line)), line


@pytest.mark.parametrize("fmt", ["markdown", "mkdocs", "mdx", "docusaurus"])
def test_no_raw_tag_from_page_text_outside_code(fmt):
    text, _, _ = hostile_page(fmt)
    prose = "\n".join(_outside_code(text))
    for tag in ("img", "script", "b", "Pwn", "/script", "!--"):
        assert not re.search(rf"(?<!\\)<{tag}", prose), (tag, fmt)


def test_a_stray_fence_in_a_description_does_not_open_a_code_block():
    for fmt, fence in (("markdown", "\\`\\`\\`"), ("mkdocs", "&#96;&#96;&#96;"), ("mdx", "&#96;&#96;&#96;")):
        text, _, _ = hostile_page(fmt)
        assert f"\n{fence}\n" in text, fmt


@pytest.mark.parametrize("fmt", ["markdown", "mdx", "docusaurus", "mkdocs", "html"])
def test_a_secret_example_is_masked_in_the_placeholder_table(fmt):
    text, _, _ = hostile_page(fmt)
    assert "sk_live_0123456789abcdef" not in text and "789abcdef" not in text
    row = next(line for line in text.split("\n") if "apiKey" in line and "<code>" in line or "`{apiKey}` |" in line)
    assert "MASKED" in row and "sk" in row


def test_html_copy_text_json_cannot_end_or_swallow_the_script():
    from snippetgen.formats.text import script_json

    text, _, _ = hostile_page("html", values={"token": "<!--<script></script>&", "apiKey": "k" * 20})
    payload = text.split('class="copy-text">', 1)[1].split("</script>", 1)[0]
    assert "<" not in payload and ">" not in payload and "&" not in payload
    assert any("<!--<script></script>&" in copy for copy in json.loads(payload))
    line_ends = script_json(["\u2028\u2029"])
    assert line_ends == '["\\u2028\\u2029"]' and json.loads(line_ends) == ["\u2028\u2029"]


def test_json_page_carries_the_texts_exactly():
    text, spec, tabs = hostile_page("json")
    document = json.loads(text)
    assert document["title"] == spec.title and document["description"] == spec.description
    assert document["snippets"][-1]["title"] == tabs[-1].title


def test_docusaurus_front_matter_carries_the_title_and_description_exactly():
    """Docusaurus shows the front matter's title in the sidebar and browser tab, and its
    description in the meta tag: they must read back as the spec's texts."""
    import yaml

    from snippetgen.formats.text import yaml_string

    text, spec, _ = hostile_page("docusaurus")
    front = text.split("---\n", 2)[1]
    assert yaml.safe_load(front) == {"title": spec.title, "description": spec.description}
    for value in ("a\x7fb\x00\x1b", "\U0001f600 \u2028 \ufeff \u0085", 'q"\\', "{x} <b> & `t`"):
        literal = yaml_string(value)
        assert yaml.safe_load(literal) == value and "\n" not in literal
        assert re.fullmatch(r'"[\x20-\x7e]*"', literal) and not re.search("[{}<>&`]", literal)


def test_mdx_component_must_be_a_component_name():
    from snippetgen.errors import UsageError

    spec = hostile_spec()
    with pytest.raises(UsageError, match="--mdx-component"):
        writer("mdx").page(spec, hostile_tabs(spec), Options(mdx_component="X>\nexport const a = 1;\n<X"))


def test_mkdocs_refuses_a_snippet_line_that_pymdownx_snippets_would_replace_by_a_file():
    from snippetgen.errors import SpecError

    spec = parse_spec('request: {method: POST, url: "https://x/", text: "a\\n--8<-- \\"secret.txt\\"\\n"}\n')
    with pytest.raises(SpecError, match="--8<--"):
        writer("mkdocs").page(spec, hostile_tabs(spec), Options())


# ---- a lone surrogate: one error line and exit 2, never a traceback -----------------------------


SURROGATE_KEYS = {"title": 'title: "bad \\udc80"', "description": 'description: "bad \\udc80"',
                  "variables.v.description": 'variables: {v: {description: "bad \\udc80"}}',
                  "variables.v.example": 'variables: {v: {example: "bad \\udc80"}}'}


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("key", list(SURROGATE_KEYS))
def test_a_lone_surrogate_in_page_text_is_a_spec_error_naming_the_key(fmt, key):
    from snippetgen.errors import SpecError

    spec = parse_spec(SURROGATE_KEYS[key] + '\nrequest: {url: "https://x/"}\n', "s.yaml")
    with pytest.raises(SpecError, match="lone surrogate") as caught:
        writer(fmt).page(spec, hostile_tabs(spec), Options())
    assert caught.value.path == key and caught.value.line == 1


@pytest.mark.parametrize("command", ["render", "build"])
def test_a_lone_surrogate_in_a_title_is_one_error_line_and_exit_2(tmp_path, command):
    (tmp_path / "specs").mkdir()
    spec = tmp_path / "specs" / "s.yaml"
    spec.write_text(SURROGATE_KEYS["title"] + '\nrequest: {url: "https://x/"}\n', encoding="utf-8")
    args = ([command, str(spec), "--lang", "curl"] if command == "render"
            else [command, str(tmp_path / "specs"), "--out", str(tmp_path / "out")])
    result = subprocess.run([sys.executable, "-m", "snippetgen", *args, "--format", "json", "--format", "html"],
                            capture_output=True, text=True, errors="replace", cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "s.yaml:1: title: contains a lone surrogate" in result.stderr
