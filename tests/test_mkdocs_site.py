"""The MkDocs plugin in a real Material for MkDocs site (tests/sites/mkdocs/), built once with
`mkdocs build --strict`: pages whose blocks the plugin turns into tabs, and pages that
`snippetgen build --format mkdocs` wrote, opened in Chromium."""

from __future__ import annotations

import gzip
import sys
import time
from pathlib import Path

import pytest

from browser import chromium, serve_folder
from cases import ROOT
from mkdocs_site import SECRETS, mkdocs, prepare, run
from snippetgen import load_spec
from snippetgen.integrations.fences import find_blocks
from snippetgen.integrations.options import read_block
from snippetgen.pages import page_tabs
from test_formats_hostile import hostile_spec, normalized, page_texts

pytestmark = pytest.mark.toolchain

# The value docs/hostile.md gives the hostile spec's `token`: markup, template and fence openers.
TOKEN = '``` </script><script>alert(1)</script> <!-- --> {% raw %}{{ 7*7 }}{% endraw %} {x} <b>b</b> | === "t"'
HOSTILE_LANGUAGES = ("curl", "python", "hostile")  # `hostile` is the site's own language (templates/)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The built site folder."""
    root = prepare(tmp_path_factory.mktemp("mkdocs-site"))
    started = time.monotonic()
    build = mkdocs("build", "--strict")
    result = run([sys.executable, "-m", "snippetgen", "build", "specs", "--out", "docs/snippets",
                  "--format", "mkdocs", "--templates", "templates"], root)
    assert result.returncode == 0, result.stderr
    result = run(build, root)
    assert result.returncode == 0, result.stderr
    print(f"snippetgen build and mkdocs build --strict: {time.monotonic() - started:.1f} s")
    return root / "site"


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


@pytest.fixture(scope="module")
def base(site):
    with serve_folder(site) as url:
        yield url


def _open(browser, url: str):
    """A page at url, and the list of dialogs it opened (alert() in hostile text must never run)."""
    page = browser.new_page()
    page.set_default_timeout(10_000)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url)
    return page, dialogs


def test_each_block_is_a_tab_set_and_a_block_shown_in_a_fence_stays_text(browser, base):
    page, _ = _open(browser, f"{base}/")
    sets = page.locator(".tabbed-set")
    labels = [sets.nth(i).locator(".tabbed-labels label").all_inner_texts() for i in range(sets.count())]
    # The first block shows the spec's example response as a tab set of its own.
    assert labels == [["cURL", "Go", "Python"], ["200 OK"], ["Go"], ["Ruby", "PHP"], ["Java (OkHttp)"], ["Rust"]]
    assert page.locator(".admonition .tabbed-set").count() == 1  # the indented block, in its admonition
    go, short_go, ruby = (sets.nth(0).locator(".tabbed-block").nth(1), sets.nth(2), sets.nth(3))  # set 1: the response
    assert "package main" in go.text_content() and "package main" not in short_go.text_content()
    assert "'block-client-id'" in ruby.text_content()  # the block's vars, with the site's
    assert "tenant.example.com" in ruby.text_content()
    shown = page.locator("article").text_content()
    assert "spec: specs/not-here.yaml" in shown and "spec: specs/not-here-either.yaml" in shown
    page.close()


def test_tabs_switch_and_the_code_is_highlighted(browser, base):
    page, _ = _open(browser, f"{base}/")
    first = page.locator(".tabbed-set").first
    curl, go = first.locator(".tabbed-block").nth(0), first.locator(".tabbed-block").nth(1)
    assert curl.is_visible() and not go.is_visible()
    first.locator("label", has_text="Go").click()
    assert go.is_visible() and not curl.is_visible()
    first.locator("label", has_text="cURL").click()
    assert curl.is_visible() and not go.is_visible()
    # Pygments' spans, with its token classes: `package` a namespace keyword, strings, punctuation.
    assert go.locator(".highlight code span.kn").first.text_content() == "package"
    assert go.locator(".highlight code span.s").count() > 5
    assert go.locator(".highlight code span[class]").count() > 50
    page.close()


def test_the_secret_shows_masked_and_the_copy_button_copies_no_secret(browser, base):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"{base}/")
    curl = page.locator(".tabbed-set").first.locator(".tabbed-block").first
    assert "client_secret=REA*****MASKED*****" in curl.inner_text()
    curl.locator("button[data-md-type=copy]").click()  # Material's copy button (content.code.copy)
    page.wait_for_function("navigator.clipboard.readText().then(text => text.includes('MASKED'))")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.rstrip("\n") == curl.locator("code").text_content().rstrip("\n")
    assert "REA*****MASKED*****" in copied and SECRETS["yourClientSecret"] not in copied
    context.close()


def test_no_secret_is_anywhere_in_the_built_site(site):
    files = [path for path in site.rglob("*") if path.is_file()]
    assert len(files) > 20 and site / "search" / "search_index.json" in files
    for path in files:
        data = path.read_bytes()
        data = gzip.decompress(data) if path.suffix == ".gz" else data
        for secret in SECRETS.values():
            assert secret.encode() not in data, path
            assert secret[4:].encode() not in data, path  # nor its characters after the mask's 3


def test_hostile_values_and_labels_show_as_text_in_plugin_tabs(browser, base, site):
    source = (ROOT / "tests" / "sites" / "mkdocs" / "docs" / "hostile.md").read_text(encoding="utf-8")
    [block] = find_blocks(source, "snippetgen")
    assert read_block(block.body).values == {"token": TOKEN}
    values = {"token": TOKEN, "apiKey": SECRETS["apiKey"]}
    tabs, _ = page_tabs(hostile_spec(), HOSTILE_LANGUAGES, values, user_dirs=(site.parent / "templates",))

    page, dialogs = _open(browser, f"{base}/hostile/")
    spec = hostile_spec()
    labels = page.locator(".tabbed-labels label").all_inner_texts()
    assert labels == [tab.title for tab in tabs] + [response.label for response in spec.responses]
    assert labels[len(tabs) - 1] == 'Py <b>{l}</b> "q" === `x` </script> {{ x }} {% raw %} -->'
    codes = page.locator(".tabbed-block .highlight code")
    assert [codes.nth(i).text_content().rstrip("\n") for i in range(codes.count())] == \
        [tab.snippet.display.rstrip("\n") for tab in tabs] + [response.body for response in spec.responses]
    shown = normalized(page.locator("article").inner_text())
    assert normalized(spec.responses[0].description) in shown
    python = codes.nth(1).text_content()
    assert "</script><script>alert(1)</script> <!-- --> {% raw %}{{ 7*7 }}" in python
    assert '"x-api-key": "REA*****MASKED*****"' in python
    _no_markup_ran(page, dialogs)
    page.close()


def test_hostile_spec_texts_show_as_text_on_a_snippetgen_build_page(browser, base, site):
    spec = hostile_spec()
    tabs, _ = page_tabs(spec, ("all",), user_dirs=(site.parent / "templates",))
    page, dialogs = _open(browser, f"{base}/snippets/hostile/")
    shown = normalized(page.locator("article").inner_text())
    for text in page_texts(spec, tabs):
        assert normalized(text) in shown, text
    assert page.locator("h1").inner_text().startswith("Title <img src=x onerror=alert(1)> {x} `t`")
    assert "sk_*****MASKED*****" in shown and "sk_live" not in shown
    labels = page.locator(".tabbed-labels label")
    assert labels.all_inner_texts() == [tab.title for tab in tabs] + [response.label for response in spec.responses]
    blocks = page.locator(".tabbed-block")
    labels.nth(2).click()
    assert blocks.nth(2).is_visible() and not blocks.nth(0).is_visible()
    _no_markup_ran(page, dialogs)
    page.close()


def _no_markup_ran(page, dialogs: list[str]) -> None:
    page.wait_for_timeout(200)  # an <img onerror> fires once its load fails
    assert dialogs == []
    assert page.locator("article img, article b, article script, article Pwn").count() == 0

