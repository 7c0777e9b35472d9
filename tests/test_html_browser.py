"""The HTML page in a real browser: headless Chromium (Debian's) driven by Playwright.

Tabs and the client switch, the reader's choice kept across pages and groups, the dark
theme, and the copy button; test_html_fill_browser.py checks the values a reader types."""

from __future__ import annotations

import re

import pytest

from browser import chromium, serve_folder
from cases import ROOT
from snippetgen import load_spec, render_snippet
from snippetgen.formats import Options, Tab, writer
from snippetgen.languages import languages, resolve
from snippetgen.pages import page_tabs

pytestmark = pytest.mark.toolchain

SECRET = "s3cr3t-value-0123456789"


def html_page(spec) -> str:
    tabs, _ = page_tabs(spec, every_client=True)
    return writer("html").page(spec, tabs, Options())


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The base URL of a loopback server (a secure context, for the clipboard) over the pages."""
    folder = tmp_path_factory.mktemp("site")
    token, call = (load_spec(ROOT / "specs" / f"{name}.yaml") for name in ("token", "call-api"))
    (folder / "token.html").write_text(html_page(token), encoding="utf-8")
    (folder / "call-api.html").write_text(html_page(call), encoding="utf-8")
    # One page holding both specs' groups, as a site may embed them.
    second = re.search(r'<div class="snippets">.*?</script>\n</div>', html_page(call), re.DOTALL).group(0)
    (folder / "both.html").write_text(html_page(token).replace("</main>", second + "\n</main>"), encoding="utf-8")
    table = languages()
    tabs = [Tab(table[c.language], c, render_snippet(token, c, {"yourClientSecret": SECRET})) for c in resolve("all")]
    (folder / "given.html").write_text(writer("html").page(token, tabs, Options(values_given=True)), encoding="utf-8")
    with serve_folder(folder) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


def _watch(page) -> list[str]:
    """Every dialog the page opens, and every script error: none may happen."""
    seen: list[str] = []

    def on_dialog(dialog):
        seen.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: seen.append(str(error)))
    return seen


def _language(page, lang: str, nth: int = 0):
    return page.locator(".snippets").nth(nth).locator(f":scope > [role=tabpanel][data-lang={lang}]")


def _client(page, lang: str, client: str, nth: int = 0):
    return _language(page, lang, nth).locator(f":scope > .client[data-client='{client}']")


def test_client_switch_under_each_language(browser, site):
    page = browser.new_page()
    seen = _watch(page)
    page.goto(f"{site}/token.html")
    assert _client(page, "curl", "curl").is_visible() and not _language(page, "python").is_visible()
    page.get_by_role("tab", name="Python", exact=True).click()
    switch = page.get_by_role("tablist", name="Python client")
    names = switch.get_by_role("tab").all_inner_texts()
    assert names[0] == "Requests" and {"http.client", "HTTPX", "urllib3"} <= set(names)
    assert _client(page, "python", "requests").is_visible() and not _client(page, "python", "httpx").is_visible()

    switch.get_by_role("tab", name="HTTPX").click()
    assert _client(page, "python", "httpx").is_visible() and not _client(page, "python", "requests").is_visible()
    assert switch.get_by_role("tab", name="HTTPX").get_attribute("aria-selected") == "true"
    assert "import httpx" in _client(page, "python", "httpx").inner_text()
    # Arrow keys move along the tab list (WAI-ARIA tabs), and wrap.
    page.keyboard.press("ArrowRight")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused == names[names.index("HTTPX") + 1]
    assert switch.get_by_role("tab", name=focused).get_attribute("aria-selected") == "true"
    assert seen == []
    page.close()


def test_choice_is_remembered_on_another_page_and_applied_to_every_group(browser, site):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{site}/token.html")
    page.get_by_role("tab", name="Python", exact=True).click()
    page.get_by_role("tablist", name="Python client").get_by_role("tab", name="HTTPX").click()
    stored = page.evaluate("Object.keys(localStorage)")
    assert stored == ["snippetgen.choice"]

    page.goto(f"{site}/call-api.html")  # same origin: the choice applies on load
    assert _client(page, "python", "httpx").is_visible() and not _language(page, "curl").is_visible()
    assert page.get_by_role("tab", name="Python", exact=True).get_attribute("aria-selected") == "true"

    page.goto(f"{site}/both.html")
    assert page.locator(".snippets").count() == 2
    for nth in (0, 1):
        assert _client(page, "python", "httpx", nth).is_visible()
    page.locator(".snippets").nth(1).get_by_role("tab", name="Go", exact=True).click()
    for nth in (0, 1):  # switching one group switches the other
        assert _language(page, "go", nth).is_visible() and not _language(page, "python", nth).is_visible()
    context.close()

    fresh = browser.new_page()  # another reader (no storage): the first language
    fresh.goto(f"{site}/call-api.html")
    assert _client(fresh, "curl", "curl").is_visible()
    fresh.evaluate("localStorage.setItem('snippetgen.choice', '5')")  # whatever storage holds
    fresh.reload()
    fresh.get_by_role("tab", name="Go", exact=True).click()
    assert _language(fresh, "go").is_visible()
    fresh.close()


def _colours(browser, site, scheme: str) -> dict[str, str]:
    page = browser.new_page(color_scheme=scheme)
    page.goto(f"{site}/token.html")
    found = page.evaluate("""() => {
        const style = (selector, property) => getComputedStyle(document.querySelector(selector))[property];
        return {body: style('body', 'backgroundColor'), text: style('body', 'color'),
                code: style('.highlight', 'backgroundColor'), string: style('.highlight .s1', 'color'),
                tab: style('[role=tab]', 'backgroundColor')};
    }""")
    page.close()
    return found


def _luminance(rgb: str) -> float:
    red, green, blue = (int(part) / 255 for part in re.findall(r"\d+", rgb)[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def test_dark_theme_follows_the_system_setting(browser, site):
    light, dark = _colours(browser, site, "light"), _colours(browser, site, "dark")
    assert all(light[key] != dark[key] for key in light), (light, dark)
    assert _luminance(light["body"]) > 0.9 and _luminance(dark["body"]) < 0.1
    assert _luminance(dark["text"]) > 0.8 and _luminance(dark["code"]) < 0.1


def test_masked_text_shows_and_copy_gives_the_real_value(browser, site):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site)
    page = context.new_page()
    page.goto(f"{site}/given.html")
    page.get_by_role("tab", name="Go", exact=True).click()
    go_panel = _client(page, "go", "net-http")
    shown = go_panel.inner_text()
    assert "s3c*****MASKED*****" in shown and SECRET not in shown
    assert SECRET not in page.locator("body").inner_text()

    go_panel.get_by_role("button", name="Copy").click()
    page.wait_for_function("document.querySelector('[data-lang=go] > .client button.copy').textContent === 'Copied'")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert SECRET in copied and "MASKED" not in copied
    assert copied.startswith("package main")
    context.close()


def test_tabs_and_copy_work_when_texts_and_values_hold_script_openers(browser, site):
    """`<!--<script>` in the embedded copy-text JSON once swallowed the page's own script."""
    from test_formats_hostile import hostile_page

    values = {"token": "<!--<script>", "apiKey": "</script><script>alert(2)</script>"}
    text, spec, tabs = hostile_page("html", values=values)
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site)
    page = context.new_page()
    seen = _watch(page)
    page.route(f"{site}/hostile.html", lambda route: route.fulfill(body=text, content_type="text/html"))
    page.goto(f"{site}/hostile.html")

    python = page.get_by_role("tab", name="Python", exact=True)
    python.click()
    assert python.get_attribute("aria-selected") == "true" and _language(page, "python").is_visible()
    panel = page.locator(".client[data-tab='1']")
    panel.get_by_role("button", name="Copy").click()
    page.wait_for_function("document.querySelector(\".client[data-tab='1'] button.copy\").textContent === 'Copied'")
    assert page.evaluate("navigator.clipboard.readText()") == tabs[1].snippet.copy
    assert "<!--<script>" in tabs[1].snippet.copy
    assert page.locator("h1").inner_text().startswith("Title <img src=x onerror=alert(1)>")
    # The example responses: the status, the description as text, the body exactly.
    sections = page.locator("section.response")
    assert sections.count() == len(spec.responses) == 2
    for number, response in enumerate(spec.responses):
        assert sections.nth(number).locator("h2").inner_text() == f"Response: {response.label}"
        assert sections.nth(number).locator("pre").inner_text() == response.body
        assert " ".join(response.description.split()) in " ".join(sections.nth(number).inner_text().split())
    assert page.locator("section.response :is(img, b, script)").count() == 0
    assert seen == []
    context.close()


@pytest.mark.parametrize("fmt", ["mkdocs", "markdown"])
def test_rendered_markdown_pages_run_no_script(fmt, browser, serve_markdown):
    """The mkdocs page through Python-Markdown with Material's extensions, the markdown page
    through CommonMark with raw HTML allowed: `<img onerror>` and `<script>` in page text once ran."""
    page = browser.new_page()
    seen = _watch(page)
    page.goto(serve_markdown(fmt), wait_until="load")
    page.wait_for_timeout(300)  # an <img onerror> fires after its load fails
    assert seen == []
    assert page.locator("h1").inner_text().startswith("Title <img src=x onerror=alert(1)>")
    assert page.locator("img, script:not([src])").count() == 0
    page.close()


@pytest.fixture
def serve_markdown(tmp_path):
    from test_formats_hostile import hostile_page
    from test_formats_markdown import render_commonmark, render_mkdocs

    with serve_folder(tmp_path) as base:
        def url(fmt: str) -> str:
            text, _, _ = hostile_page(fmt)
            body = (render_mkdocs if fmt == "mkdocs" else render_commonmark)(text, tmp_path)
            (tmp_path / f"{fmt}.html").write_text(
                f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>',
                encoding="utf-8")
            return f"{base}/{fmt}.html"

        yield url
