"""Redoc shows the samples: enriched documents built by Redocly CLI's build-docs (Redoc CE 3, pinned
in tests/sites/redoc/package.json) and opened in headless Chromium.

Redoc lists an operation's samples in a language menu and shows the chosen one's code; choosing a
language chooses it for every operation.  Each label must be in that menu, and each code must be
the snippet's text, hostile ones included.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
import yaml

from browser import chromium, serve_folder
from cases import ROOT
from conftest import missing_toolchain
from test_openapi_samples import BOOKINGS, enrich, expected_samples, write_hostile

pytestmark = pytest.mark.toolchain

SITE = ROOT / "tests" / "sites" / "redoc"
REDOCLY = ROOT / ".live-deps" / "sites" / "redoc" / "node_modules" / ".bin" / "redocly"
INSTALL = ("Redocly CLI is not installed in .live-deps/sites/redoc; run scripts/install-toolchains (it installs "
           "tests/sites/redoc/package.json there with npm)")
# Telemetry and update checks off; the build reads nothing from the network.
QUIET = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "REDOCLY_SUPPRESS_NOTIFICATIONS": "true"}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """{name: (page URL, expected samples by (path, method), tag by (path, method))}: the bookings document
    (YAML, tagged operations) and the hostile one (JSON), each built into a page."""
    if not REDOCLY.exists():
        missing_toolchain(INSTALL)
    folder = tmp_path_factory.mktemp("redoc")
    shutil.copy(SITE / "redocly.yaml", folder)
    pages = {}
    for name, source in (("bookings", BOOKINGS), ("hostile", write_hostile(folder, "json"))):
        enriched = folder / f"{name}.samples{source.suffix}"
        enrich(source, enriched)
        subprocess.run([str(REDOCLY), "build-docs", enriched.name, "--output", f"{name}.html", "--inlineBundle"],
                       cwd=folder, env={**os.environ, **QUIET}, check=True, capture_output=True, timeout=300)
        paths = yaml.safe_load(source.read_text(encoding="utf-8"))["paths"]
        tags = {(path, method): (operation.get("tags") or [""])[0]
                for path, item in paths.items() for method, operation in item.items() if method != "parameters"}
        pages[name] = (expected_samples(source), tags)
    with serve_folder(folder) as base:
        yield {name: (f"{base}/{name}.html", *expected) for name, expected in pages.items()}


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


def shown_operations(page) -> list[tuple[str, str]]:
    """(path, method) of every request-samples panel, from the method and path in its header."""
    headers = page.evaluate("() => [...document.querySelectorAll('.panel-request-samples')].map(panel => "
                            "panel.querySelector(\"[data-component-name='Dropdown/Dropdown'] button\").textContent)")
    return [(match[2], match[1].lower()) for match in (re.match(r"([A-Z]+)(/.*)", header) for header in headers)]


def shows(page, source: str) -> None:
    """Wait (up to 5 s) for the first panel to show source after a click: React redraws it a moment
    later. On time-out the caller reads what is there, and its comparison shows the difference."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function("want => document.querySelector('.panel-request-samples "
                               "pre[data-testid=source-code]').textContent === want",
                               arg=source.replace("\r\n", "\n\n"), timeout=5000)
    except PlaywrightTimeout:
        pass


@pytest.mark.parametrize("name", ["bookings", "hostile"])
def test_every_operation_shows_its_samples_under_our_labels_with_the_snippet_text(browser, site, name) -> None:
    url, expected, tags = site[name]
    context = browser.new_context(viewport={"width": 1400, "height": 3000})
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url.rsplit("/", 1)[0])
    dialogs: list[str] = []
    seen: dict[tuple[str, str], dict[str, str]] = {}
    try:
        # Redoc shows the untagged operations on every page, and a tag's operations on the tag's page.
        for tag in sorted(set(tags.values()) - {""}) or [""]:
            page = context.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            # Only the page's own server: Redoc's logo and telemetry calls are cut off.
            page.route(re.compile(r"^https?://(?!127\.0\.0\.1[:/])"), lambda route: route.abort())
            page.goto(url + (f"#/{tag.lower()}" if tag else ""))
            wanted = {key for key, value in tags.items() if value in (tag, "")}
            page.wait_for_function(f"document.querySelectorAll('.panel-request-samples').length === {len(wanted)}")
            keys = shown_operations(page)
            assert set(keys) == wanted
            panels = page.locator(".panel-request-samples")
            labels = [sample["label"] for sample in expected[keys[0]]]
            menu = panels.first.locator("[data-component-name='Panel/PanelHeader'] "
                                        "[data-component-name='Dropdown/Dropdown']")
            for label in labels:
                menu.last.locator("button").first.click()
                items = page.locator("[role=menu]:visible [role=menuitem]")
                if label == labels[0]:
                    assert items.all_inner_texts() == labels and len(labels) == 22
                items.filter(has=page.get_by_title(label, exact=True)).click()
                shows(page, next(s["source"] for s in expected[keys[0]] if s["label"] == label))
                codes = page.evaluate("() => [...document.querySelectorAll('.panel-request-samples')].map(panel => "
                                      "panel.querySelector('pre[data-testid=source-code]').textContent)")
                for key, code in zip(keys, codes, strict=True):
                    seen.setdefault(key, {})[label] = code
                if label == "HTTP":  # its copy button copies the message as written, but the final line break
                    panels.first.get_by_role("button", name="Copy").last.click()
                    copied = page.evaluate("navigator.clipboard.readText()")
                    source = next(s["source"] for s in expected[keys[0]] if s["label"] == "HTTP")
                    assert "\r\n" in copied and copied == source.removesuffix("\r\n")
            page.close()
        # Redoc shows the CR of an HTTP message's CRLF as a line break of its own.
        assert seen == {key: {s["label"]: s["source"].replace("\r\n", "\n\n") for s in samples}
                        for key, samples in expected.items()}
        assert dialogs == []
    finally:
        context.close()
