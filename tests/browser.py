"""Headless Chromium (Debian's, driven by Playwright) and a loopback file server: what every test
that looks at a page in a browser shares.  `from browser import chromium, serve_folder`."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from contextlib import contextmanager
from pathlib import Path

from conftest import missing_toolchain

CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@contextmanager
def chromium():
    """A launched Playwright Browser; a missing Chromium or Playwright skips (fails when CI=true)."""
    executable = shutil.which("chromium")
    if not executable:
        missing_toolchain("chromium is not installed; apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing_toolchain("playwright is not installed; pip install '.[test]'")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def serve_folder(folder: Path):
    """The base URL (no trailing slash) of a loopback HTTP server for folder: a secure context,
    so the clipboard and localStorage behave as on a real site."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
