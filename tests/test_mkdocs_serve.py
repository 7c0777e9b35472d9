"""`mkdocs serve` with the plugin: a change to a spec a page uses, or to the site's templates,
rebuilds that page, even in a dirty build (which rebuilds only pages older than their inputs)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.request

import pytest

from mkdocs_site import ENV, mkdocs, prepare

pytestmark = pytest.mark.toolchain

INDEX = "# Token\n\n```snippetgen\nspec: specs/token.yaml\nlanguages: [curl]\n```\n"
OTHER = "# Other\n\n```snippetgen\nspec: specs/token.yaml\nlanguages: [hostile]\n```\n"


def _site(folder):
    prepare(folder)
    shutil.rmtree(folder / "docs")
    (folder / "docs").mkdir()
    (folder / "docs" / "index.md").write_text(INDEX, encoding="utf-8")
    (folder / "docs" / "other.md").write_text(OTHER, encoding="utf-8")
    return folder


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _page(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _wait_for(url: str, text: str, server: subprocess.Popen, log, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in _page(url):
            return
        assert server.poll() is None, "mkdocs serve stopped:\n" + log.read_text()
        time.sleep(0.2)
    pytest.fail(f"{url} never showed {text!r}:\n" + log.read_text())


def test_serve_rebuilds_a_page_when_its_spec_or_a_template_changes(tmp_path):
    command = mkdocs("serve", "--dirty", "--dev-addr", f"127.0.0.1:{_free_port()}")
    folder = _site(tmp_path / "site")
    base = f"http://{command[-1]}"
    log = tmp_path / "serve.log"
    started = time.monotonic()
    with open(log, "w") as output:
        server = subprocess.Popen(command, cwd=folder, env=ENV, stdout=output, stderr=subprocess.STDOUT)
    try:
        spec = folder / "specs" / "token.yaml"
        _wait_for(f"{base}/", "YOUR_API_IDENTIFIER", server, log)
        # Written in place, then renamed over (as editors and `snippetgen import --force` save).
        spec.write_text(spec.read_text().replace("YOUR_API_IDENTIFIER", "edited-in-place"))
        _wait_for(f"{base}/", "edited-in-place", server, log)
        spare = folder / "specs" / "token.yaml.new"
        spare.write_text(spec.read_text().replace("edited-in-place", "renamed-over"))
        os.replace(spare, spec)
        _wait_for(f"{base}/", "renamed-over", server, log)
        _wait_for(f"{base}/other/", "renamed-over", server, log)  # the other page uses it too

        template = folder / "templates" / "hostile" / "requests.py.j2"
        template.write_text("# a template edited while serving\n" + template.read_text())
        _wait_for(f"{base}/other/", "# a template edited while serving", server, log)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    print(f"serve, three edits: {time.monotonic() - started:.1f} s")


class _Server:
    def __init__(self):
        self.watched: list[tuple[str, bool]] = []

    def watch(self, path: str, *, recursive: bool = True) -> None:
        self.watched.append((path, recursive))


def test_on_serve_watches_the_folders_of_the_specs_used_and_the_template_folders(tmp_path):
    """Not a spec's file, which a save by rename would stop watching; not the project recursively."""
    mkdocs()
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    folder = _site(tmp_path / "site")
    (folder / "docs" / "index.md").write_text(INDEX.replace("specs/token.yaml", "token.yaml"), encoding="utf-8")
    shutil.copy(folder / "specs" / "token.yaml", folder / "token.yaml")
    config = load_config(str(folder / "mkdocs.yml"))
    config.plugins.on_startup(command="serve", dirty=False)
    build(config)
    server = _Server()
    config.plugins["snippetgen"].on_serve(server, config=config, builder=None)
    assert sorted(server.watched) == sorted([(str(folder), False), (str(folder / "specs"), False),
                                             (str(folder / "templates"), True)])
