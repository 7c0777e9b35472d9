"""Values typed into the HTML page, in Chromium: every tab shows exactly what
`render_snippet(spec, client, values)` gives (display on screen, copy on the clipboard), or
keeps the placeholder and says why in its note line.  On specs/token.yaml and on a spec with
variables in the URL's host, path and query and in a header, for every client."""

from __future__ import annotations

import pytest

from browser import chromium, serve_folder
from cases import ROOT
from snippetgen import load_spec, render_snippet
from snippetgen.errors import SnippetgenError
from snippetgen.formats import Options, writer
from snippetgen.languages import all_clients
from snippetgen.pages import page_tabs
from snippetgen.spec import parse_spec

pytestmark = pytest.mark.toolchain

URL_SPEC = """\
title: Fetch a record
variables:
  host: {description: The API host, example: api.example.com}
  recordId: {description: The record's ID}
  filter: {description: A search filter}
  apiKey: {description: Your API key, secret: true}
request:
  method: GET
  url: https://{host}/v1/records/{recordId}?q={filter}&limit=10
  headers:
    X-Api-Key: "{apiKey}"
    Accept: application/json
"""
HOSTILE = ["a'b\"c$d\\e", "%20&=+#", "</script>", "{{x}}", "caf\u00e9 \U0001F600 ok"]
SECRET = "s3cr3t-value-0123456789"
CLIENTS = {client.id: client for client in all_clients()}

# Every tab: its client, what the page says it filled, its code, its note, and what Copy copies
# (the clipboard's writeText is replaced by a recorder for this).
READ = """() => {
    let copied = null;
    navigator.clipboard.writeText = text => { copied = text; return Promise.resolve(); };
    return Array.from(document.querySelectorAll('.client[data-tab]')).map(panel => {
        panel.querySelector('button.copy').click();
        const note = panel.querySelector('.fill-note');
        return {client: panel.parentElement.dataset.lang + ':' + panel.dataset.client,
                filled: panel.dataset.filled ? panel.dataset.filled.split(' ') : [],
                code: panel.querySelector('code').textContent, copy: copied,
                note: note.hidden ? '' : note.textContent};
    });
}"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    from test_formats_hostile import hostile_page

    folder = tmp_path_factory.mktemp("fill")
    specs = {"token": load_spec(ROOT / "specs" / "token.yaml"), "url": parse_spec(URL_SPEC, "url.yaml")}
    for name, spec in specs.items():
        tabs, _ = page_tabs(spec, every_client=True)
        (folder / f"{name}.html").write_text(writer("html").page(spec, tabs, Options()), encoding="utf-8")
    text, specs["hostile"], hostile_tabs = hostile_page("html")
    (folder / "hostile.html").write_text(text, encoding="utf-8")
    with chromium() as browser, serve_folder(folder) as base:
        opened = {}
        for name in specs:
            page = browser.new_page()
            page.on("pageerror", lambda error: pytest.fail(f"script error: {error}"))
            page.on("dialog", lambda dialog: pytest.fail(f"a dialog opened: {dialog.message}"))
            page.goto(f"{base}/{name}.html")
            opened[name] = page
        yield specs, opened, {tab.client.language + ":" + tab.client.key: tab.client for tab in hostile_tabs}


def type_values(page, spec, values: dict[str, str]) -> list[dict]:
    for name in spec.variables:
        page.fill(f"input[data-var={name}]", values.get(name, ""))
    return page.evaluate(READ)


def check_tabs(spec, typed: dict[str, str], tabs: list[dict], clients=None) -> int:
    """Each tab is render's text for what it says it filled; every typed value it leaves out is
    named in its note, or does not show in its code.  The number of values filled."""
    clients = clients or CLIENTS
    assert len(tabs) == sum(1 for client in clients.values() if _renders(spec, client, {}))
    count = 0
    for tab in tabs:
        client = clients[tab["client"]]
        shown = {name: typed[name] for name in tab["filled"]}
        assert set(shown) <= set(typed), tab
        want = render_snippet(spec, client, shown)
        assert tab["code"] == want.display, (tab["client"], typed)
        assert tab["copy"] == want.copy, (tab["client"], typed)
        for name in set(typed) - set(shown):
            if name not in tab["note"]:  # then the value changes nothing in this client's code
                alone = _renders(spec, client, {**shown, name: typed[name]})
                assert alone is None or alone.copy == want.copy, (tab["client"], name, typed)
        count += len(shown)
    return count


def _renders(spec, client, values):
    try:
        return render_snippet(spec, client, values)
    except SnippetgenError:
        return None


def test_plain_values_fill_every_tab_that_can_show_them(pages):
    specs, opened, _ = pages
    spec, page = specs["token"], opened["token"]
    typed = {"yourDomain": "dev-abc123.us.auth0.com", "yourClientId": "my-client", "yourClientSecret": SECRET}
    tabs = type_values(page, spec, typed)
    filled = check_tabs(spec, typed, tabs)
    assert filled >= 0.95 * 3 * len(tabs)  # http1.1 keeps its form's placeholders (Content-Length)
    curl = next(tab for tab in tabs if tab["client"] == "curl:curl")
    assert "client_secret=s3c*****MASKED*****" in curl["code"] and SECRET in curl["copy"]
    assert SECRET not in page.locator("body").inner_text()


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_in_each_token_variable(pages, value):
    specs, opened, _ = pages
    spec, page = specs["token"], opened["token"]
    for name in ("yourClientId", "yourClientSecret"):
        typed = {name: value}
        tabs = type_values(page, spec, typed)
        assert check_tabs(spec, typed, tabs) >= len(CLIENTS) // 2
        if name == "yourClientSecret":  # notes name no character of a secret
            assert not any("\u201c" in tab["note"] for tab in tabs)
            if value == HOSTILE[0]:  # HTTPie cannot take its backslash before a quote
                assert any("a character of this secret" in tab["note"] for tab in tabs)
    typed = {"yourDomain": value}  # not a host: render refuses it, and the page says so
    tabs = type_values(page, spec, typed)
    assert check_tabs(spec, typed, tabs) == 0
    assert page.locator(".status").first.inner_text().startswith("Not filled in: render refuses")


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_in_the_url_and_a_header(pages, value):
    specs, opened, _ = pages
    spec, page = specs["url"], opened["url"]
    for name in ("recordId", "filter", "apiKey"):
        typed = {name: value}
        filled = check_tabs(spec, typed, type_values(page, spec, typed))
        # A path keeps a valid %XX as it is (no table can say so), and a header takes ASCII only.
        kept = (name == "recordId" and "%" in value) or (name == "apiKey" and not value.isascii())
        assert filled >= (0 if kept else len(CLIENTS) // 2), (name, filled)
    typed = {name: value for name in ("recordId", "filter", "apiKey")} | {"host": "api.example.com"}
    check_tabs(spec, typed, type_values(page, spec, typed))


@pytest.mark.parametrize("host", ["api.example.com", "127.0.0.1", "10.1", "example."])
def test_hosts_the_rules_allow_or_refuse(pages, host):
    specs, opened, _ = pages
    spec, page = specs["url"], opened["url"]
    typed = {"host": host, "recordId": "42"}
    tabs = type_values(page, spec, typed)
    filled = check_tabs(spec, typed, tabs)
    refused = _renders(spec, CLIENTS["go:net-http"], typed) is None
    status = page.locator("input[data-var=host] ~ .status").inner_text()
    assert refused == status.startswith("Not filled in: render refuses it"), status
    assert filled >= (len(tabs) if refused else 2 * len(tabs) - 2)  # OCaml and Nim differ for an IP


def test_the_clipboard_gets_the_real_value(pages):
    specs, opened, _ = pages
    spec = specs["url"]
    context = opened["url"].context.browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=opened["url"].url.rsplit("/", 1)[0])
    page = context.new_page()
    page.goto(opened["url"].url)
    page.fill("input[data-var=apiKey]", SECRET)
    page.get_by_role("tab", name="Go", exact=True).click()
    go = page.locator("[data-lang=go] > .client[data-client=net-http]")
    assert "s3c*****MASKED*****" in go.inner_text() and SECRET not in go.inner_text()
    go.get_by_role("button", name="Copy").click()
    page.wait_for_function("document.querySelector('[data-lang=go] > .client button.copy').textContent === 'Copied'")
    want = render_snippet(spec, CLIENTS["go:net-http"], {"apiKey": SECRET})
    assert page.evaluate("navigator.clipboard.readText()") == want.copy and SECRET in want.copy
    context.close()


def test_a_hostile_page_keeps_its_texts_as_text_and_fills_hostile_values(pages):
    from test_formats_hostile import HOSTILE_CLIENT_TITLE

    specs, opened, clients = pages
    spec, page = specs["hostile"], opened["hostile"]
    assert page.locator("h1").inner_text() == " ".join(spec.title.split("\n"))
    assert page.locator("main > p").first.inner_text().startswith("First paragraph tick ` ``` ")
    page.get_by_role("tab", name="Python", exact=True).click()
    assert page.get_by_role("tab", name=HOSTILE_CLIENT_TITLE, exact=True).count() == 1
    assert page.locator("main img, main script:not([type])").count() == 0
    for value in ["</script><script>alert(2)</script>", "<!--<script>", "{{7*7}} ${x} `ls`"]:
        typed = {"token": value, "apiKey": value}
        assert check_tabs(spec, typed, type_values(page, spec, typed), clients) >= len(clients)
    assert page.locator("main img, main script:not([type])").count() == 0
