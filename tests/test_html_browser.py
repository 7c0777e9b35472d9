"""The HTML page in a real browser: headless Chromium (Debian's) driven by Playwright."""

from __future__ import annotations

import pytest

from browser import chromium, serve_folder
from cases import ROOT
from snippetgen import load_spec, render_snippet
from snippetgen.formats import Options, Tab, writer
from snippetgen.languages import languages, resolve

pytestmark = pytest.mark.toolchain

SECRET = "s3cr3t-value-0123456789"


@pytest.fixture
def serve(tmp_path):
    """serve(name, text) -> the page's URL on a loopback server (a secure context, for the clipboard)."""
    with serve_folder(tmp_path) as base:
        def page(name: str, text: str) -> str:
            (tmp_path / name).write_text(text, encoding="utf-8")
            return f"{base}/{name}"

        yield page


@pytest.fixture
def page_url(serve):
    spec = load_spec(ROOT / "specs" / "token.yaml")
    table = languages()
    tabs = [Tab(table[c.language], c, render_snippet(spec, c, {"yourClientSecret": SECRET})) for c in resolve("all")]
    return serve("token.html", writer("html").page(spec, tabs, Options(values_given=True)))


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


def test_tabs_switch_masked_text_shows_and_copy_gives_the_real_value(browser, page_url):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=page_url.rsplit("/", 1)[0])
    page = context.new_page()
    page.goto(page_url)

    curl_panel, go_panel = page.locator("#panel-0"), page.locator("[role=tabpanel]", has_text="package main")
    assert curl_panel.is_visible() and not go_panel.is_visible()
    page.get_by_role("tab", name="Go").click()
    assert go_panel.is_visible() and not curl_panel.is_visible()
    assert page.get_by_role("tab", name="Go").get_attribute("aria-selected") == "true"

    shown = go_panel.inner_text()
    assert "s3c*****MASKED*****" in shown and SECRET not in shown
    assert SECRET not in page.locator("body").inner_text()

    go_panel.get_by_role("button", name="Copy").click()
    page.wait_for_function("document.querySelector('[role=tabpanel]:not([hidden]) button.copy').textContent === 'Copied'")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert SECRET in copied and "MASKED" not in copied
    assert copied.startswith("package main")
    context.close()


def _watch(page) -> list[str]:
    """Every dialog the page opens (the hostile corpus calls alert(1)): none may open."""
    dialogs: list[str] = []

    def on_dialog(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return dialogs


def test_tabs_and_copy_work_when_texts_and_values_hold_script_openers(browser, serve):
    """`<!--<script>` in the embedded copy-text JSON once swallowed the page's own script."""
    from test_formats_hostile import hostile_page

    values = {"token": "<!--<script>", "apiKey": "</script><script>alert(2)</script>"}
    text, _, tabs = hostile_page("html", values=values)
    url = serve("hostile.html", text)
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url.rsplit("/", 1)[0])
    page = context.new_page()
    dialogs = _watch(page)
    page.goto(url)

    second = page.locator("#panel-1")
    assert page.locator("#panel-0").is_visible() and not second.is_visible()
    page.locator("#tab-1").click()
    assert second.is_visible() and not page.locator("#panel-0").is_visible()
    assert page.locator("#tab-1").get_attribute("aria-selected") == "true"

    second.get_by_role("button", name="Copy").click()
    page.wait_for_function("document.querySelector('#panel-1 button.copy').textContent === 'Copied'")
    assert page.evaluate("navigator.clipboard.readText()") == tabs[1].snippet.copy
    assert "<!--<script>" in tabs[1].snippet.copy
    assert page.locator("h1").inner_text().startswith("Title <img src=x onerror=alert(1)>")
    assert dialogs == []
    context.close()


@pytest.mark.parametrize("fmt", ["mkdocs", "markdown"])
def test_rendered_markdown_pages_run_no_script(fmt, browser, serve, tmp_path):
    """The mkdocs page through Python-Markdown with Material's extensions, the markdown page
    through CommonMark with raw HTML allowed: `<img onerror>` and `<script>` in page text once ran."""
    from test_formats_hostile import hostile_page
    from test_formats_markdown import render_commonmark, render_mkdocs

    text, spec, _ = hostile_page(fmt)
    body = (render_mkdocs if fmt == "mkdocs" else render_commonmark)(text, tmp_path)
    url = serve(f"{fmt}.html", f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>')
    page = browser.new_page()
    dialogs = _watch(page)
    page.goto(url, wait_until="load")
    page.wait_for_timeout(300)  # an <img onerror> fires after its load fails
    assert dialogs == []
    assert page.locator("h1").inner_text().startswith("Title <img src=x onerror=alert(1)>")
    assert page.locator("img, script:not([src])").count() == 0
    page.close()
