"""The HTML page in a real browser: headless Chromium (Debian's) driven by Playwright."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading

import pytest

from cases import ROOT
from conftest import missing_toolchain
from snippetgen import load_spec, render_snippet
from snippetgen.formats import Options, Tab, writer
from snippetgen.targets import languages, resolve

pytestmark = pytest.mark.toolchain

SECRET = "s3cr3t-value-0123456789"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def page_url(tmp_path):
    spec = load_spec(ROOT / "specs" / "token.yaml")
    table = languages()
    tabs = [Tab(table[c.language], c, render_snippet(spec, c, {"yourClientSecret": SECRET})) for c in resolve("all")]
    (tmp_path / "token.html").write_text(writer("html").page(spec, tabs, Options(values_given=True)), encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/token.html"  # loopback counts as a secure context
    server.shutdown()


@pytest.fixture
def browser():
    chromium = shutil.which("chromium")
    if not chromium:
        missing_toolchain("chromium is not installed; apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing_toolchain("playwright is not installed; pip install '.[test]'")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


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
