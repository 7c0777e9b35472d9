"""The docusaurus pages in a real Docusaurus 3 site, looked at in Chromium.

The site (tests/sites/docusaurus/: a config and an index page) is copied into a temporary
folder, its docs/ filled by `snippetgen build --format docusaurus` with specs/token.yaml (its
secret given an example), the hostile spec of test_formats_hostile.py and a language whose title
is hostile, and built once with `docusaurus build` against the packages installed in
.live-deps/sites/docusaurus/.  The hostile texts would write the marker file if Docusaurus ran
any of them while it renders the pages in node, and open a dialog or throw if the browser did.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from browser import chromium, serve_folder
from cases import ROOT
from conftest import missing_toolchain
from snippetgen.cli import cli
from snippetgen.variables import masked
from test_formats_hostile import hostile_document, hostile_spec, normalized

try:
    from playwright.sync_api import expect
except ImportError:  # browser.chromium() then skips (fails under CI=true), saying what to install
    expect = None

pytestmark = pytest.mark.toolchain

SKELETON = ROOT / "tests" / "sites" / "docusaurus"
DEPS = ROOT / ".live-deps" / "sites" / "docusaurus" / "node_modules"
DOCUSAURUS = DEPS / "@docusaurus" / "core" / "bin" / "docusaurus.mjs"
INSTALL = ("run scripts/install-toolchains (it installs tests/sites/docusaurus/package.json "
           "into .live-deps/sites/docusaurus/)")
SECRET = "s3cr3t-value-0123456789"  # the token page's secret example
HOSTILE_SECRET = hostile_document()["variables"]["apiKey"]["example"]
TAB_STORE = "docusaurus.tab.language"  # where Docusaurus keeps the choice of groupId "language"
# A language of the site's own (--templates) whose title, the tab label, is hostile too.
HOSTILE_LANGUAGE = "Py <b>{l}</b> `x` </script> {% raw %} --> {{ 7*7 }} import x from 'y'"


@dataclass
class Site:
    build: Path
    marker: Path
    hostile: dict
    log: str
    seconds: float


def fill_docs(root: Path, docs: Path) -> tuple[Path, dict]:
    """Build the site's pages into docs; return the marker file and the hostile spec."""
    specs, marker = root / "specs", root / "pwned"
    specs.mkdir()
    token = yaml.safe_load((ROOT / "specs" / "token.yaml").read_text(encoding="utf-8"))
    token["variables"]["yourClientSecret"]["example"] = SECRET
    (specs / "token.yaml").write_text(yaml.safe_dump(token), encoding="utf-8")
    hostile = hostile_document(str(marker))
    (specs / "hostile.yaml").write_text(json.dumps(hostile), encoding="utf-8")
    language = root / "templates" / "hostile"
    language.mkdir(parents=True)
    (language / "manifest.yaml").write_text(yaml.safe_dump({
        "key": "hostile", "title": HOSTILE_LANGUAGE, "extension": ".py", "lexer": "python", "default": "plain",
        "clients": {"plain": {"title": "Plain", "template": "plain.py.j2"}}}), encoding="utf-8")
    (language / "plain.py.j2").write_text("import sys\nprint({{ request.url|python_str }}, file=sys.stderr)\n")
    result = CliRunner().invoke(cli, ["build", str(specs), "--out", str(docs), "--format", "docusaurus",
                                      "--templates", str(root / "templates")])
    assert result.exit_code == 0, result.output
    return marker, hostile


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Site:
    node = shutil.which("node")
    if not node:
        missing_toolchain("node is not installed; apt-get install nodejs")
    if not DOCUSAURUS.is_file():
        missing_toolchain(f"Docusaurus is not installed; {INSTALL}")
    root = tmp_path_factory.mktemp("docusaurus")
    folder = root / "site"
    shutil.copytree(SKELETON, folder, ignore=shutil.ignore_patterns("node_modules", "build", ".docusaurus"))
    (folder / "node_modules").symlink_to(DEPS)  # webpack resolves through it to the real path
    marker, hostile = fill_docs(root, folder / "docs")

    # No update check over the network, and no webpack cache written into the shared node_modules.
    env = {**os.environ, "NO_UPDATE_NOTIFIER": "1", "DOCUSAURUS_NO_PERSISTENT_CACHE": "1"}
    start = time.monotonic()
    built = subprocess.run([node, str(DOCUSAURUS), "build", "--no-minify"], cwd=folder, env=env,
                           capture_output=True, text=True, timeout=900)
    seconds = time.monotonic() - start
    log = built.stdout + built.stderr
    assert built.returncode == 0, f"docusaurus build failed:\n{log[-4000:]}"
    return Site(folder / "build", marker, hostile, log, seconds)


@pytest.fixture(scope="module")
def base(site):
    with serve_folder(site.build) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser, base):
    """A fresh page (its own localStorage) that records what must never happen on it."""
    context = browser.new_context()
    opened = context.new_page()
    opened.problems = []
    opened.on("dialog", lambda dialog: (opened.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    opened.on("pageerror", lambda error: opened.problems.append(f"page error: {error}"))

    def on_console(message):
        # The browser asks for /favicon.ico by itself; the site has none.
        if message.type == "error" and not message.location.get("url", "").endswith("/favicon.ico"):
            opened.problems.append(f"console error: {message.text}")

    opened.on("console", on_console)
    yield opened
    context.close()


def visit(page, url: str) -> None:
    """Open url and wait until React has hydrated it: before that, a click on a tab does nothing."""
    page.goto(url)
    page.wait_for_selector("html[data-has-hydrated=true]", state="attached")


def tab(page, label: str):
    return page.get_by_role("tab", name=label, exact=True)


def panel(page, label: str):
    """The panel of the tab labelled `label` (the panels follow the tabs in order)."""
    labels = page.locator("[role=tab]").all_inner_texts()
    return page.locator("[role=tabpanel]").nth(labels.index(label))


def test_the_site_builds_without_warnings_and_ran_no_page_text(site):
    print(f"docusaurus build: {site.seconds:.1f} s")
    assert (site.build / "token" / "index.html").is_file() and (site.build / "hostile" / "index.html").is_file()
    assert "[WARNING]" not in site.log and "[ERROR]" not in site.log, site.log[-4000:]
    assert not site.marker.exists(), f"page text ran while Docusaurus rendered it: {site.marker.read_text()}"


def test_the_real_secret_is_nowhere_in_the_build_and_shows_masked(site, page, base):
    for file in [*site.build.rglob("*"), *(site.build.parent / "docs").rglob("*")]:
        if file.is_file():
            data = file.read_bytes()
            for secret in (SECRET, HOSTILE_SECRET):
                assert secret[3:].encode() not in data, f"{file} holds a secret"
    visit(page, f"{base}/token/")
    assert "s3c*****MASKED*****" in page.locator("tr", has_text="{yourClientSecret}").inner_text()
    visit(page, f"{base}/hostile/")
    assert masked(HOSTILE_SECRET) in page.locator("tr", has_text="{apiKey}").inner_text()
    assert page.problems == []


def test_tabs_switch(page, base):
    visit(page, f"{base}/token/")
    curl, go = panel(page, "cURL"), panel(page, "Go")
    assert curl.is_visible() and not go.is_visible()
    tab(page, "Go").click()
    expect(go).to_be_visible()
    expect(curl).to_be_hidden()
    expect(tab(page, "Go")).to_have_attribute("aria-selected", "true")
    assert go.inner_text().startswith("package main")
    assert page.problems == []


def test_the_language_choice_carries_to_the_next_page(page, base):
    visit(page, f"{base}/token/")
    tab(page, "Python").click()
    expect(panel(page, "Python")).to_be_visible()
    assert page.evaluate(f"localStorage.getItem({json.dumps(TAB_STORE)})") == "python-requests"

    page.locator("nav.menu a.menu__link[href='/hostile']").click()  # the app's own navigation
    page.wait_for_url(lambda url: url.rstrip("/").endswith("/hostile"))
    expect(tab(page, "Python")).to_have_attribute("aria-selected", "true")
    expect(panel(page, "Python")).to_be_visible()
    expect(panel(page, "cURL")).to_be_hidden()

    visit(page, f"{base}/hostile/")  # a fresh load reads the choice back from localStorage
    expect(tab(page, "Python")).to_have_attribute("aria-selected", "true")
    expect(panel(page, "Python")).to_be_visible()
    expect(panel(page, "cURL")).to_be_hidden()
    assert page.problems == []


def test_every_tab_is_highlighted_by_prism(page, base):
    visit(page, f"{base}/token/")
    tab(page, "Go").click()
    expect(panel(page, "Go")).to_be_visible()
    keywords = panel(page, "Go").locator("pre.prism-code.language-go span.token.keyword").all_inner_texts()
    assert "package" in keywords and "func" in keywords
    # Every language snippetgen writes is one Prism knows (some through additionalLanguages).
    counts = page.evaluate("""[...document.querySelectorAll('[role=tabpanel]')].map((panel) =>
        panel.querySelectorAll('pre.prism-code span.token:not(.plain)').length)""")
    labels = page.locator("[role=tab]").all_inner_texts()
    assert len(labels) == len(counts) > 20
    assert [label for label, count in zip(labels, counts) if count == 0] == []


def test_hostile_texts_show_as_text_and_nothing_of_them_ran(site, page, base):
    visit(page, f"{base}/hostile/")
    page.wait_for_load_state("networkidle")
    document = site.hostile
    title = normalized(document["title"])
    article = normalized(page.locator("article").inner_text())
    assert normalized(page.locator("article h1").inner_text()) == title
    texts = [document["description"], document["variables"]["token"]["description"],
             document["variables"]["token"]["example"]]
    for text in texts:
        assert normalized(text) in article, text
    # The code is verbatim: the raw HTTP message holds the body as the spec gives it, and the
    # example responses' blocks their bodies.
    lines = panel(page, "HTTP").locator(".token-line").all_text_contents()
    assert document["request"]["text"] in "\n".join(lines)
    blocks = ["\n".join(block.locator(".token-line").all_text_contents())
              for block in page.locator("article pre").all()]
    for response in hostile_spec(str(site.marker)).responses:
        assert response.body in blocks, response.label
        assert normalized(response.description or "") in article
    # What Docusaurus takes from the front matter: the sidebar, the browser tab, the meta tag.
    assert normalized(page.locator("nav.menu a.menu__link--active").inner_text()) == title
    assert normalized(page.title()) == f"{title} | snippetgen pages"
    description = page.locator("meta[name=description]").get_attribute("content")
    assert normalized(description) == normalized(document["description"])

    found = page.evaluate("""({
        img: document.querySelectorAll('article img').length,
        b: document.querySelectorAll('article b').length,
        script: document.querySelectorAll('article script').length,
        pwn: document.querySelectorAll('pwn').length,
        links: [...document.querySelectorAll('article .markdown a[href]')].map((a) => a.getAttribute('href'))
                  .filter((href) => !href.startsWith('#')),
    })""")
    assert found == {"img": 0, "b": 0, "script": 0, "pwn": 0, "links": []}
    assert HOSTILE_LANGUAGE in page.locator("[role=tab]").all_inner_texts()
    assert page.problems == []
    assert not site.marker.exists()
