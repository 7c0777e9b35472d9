"""What the MkDocs plugin's tests share: a copy of the site skeleton tests/sites/mkdocs/ with its
specs, and the `mkdocs` command of the Python running the tests (the plugin is its entry point)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

from cases import ROOT
from conftest import missing_toolchain
from test_formats_hostile import hostile_spec_text

SITE = ROOT / "tests" / "sites" / "mkdocs"
# The secret values mkdocs.yml gives: shown masked, never anywhere in the built site.
SECRETS = {"yourClientSecret": "REAL-client-secret-0123456789", "apiKey": "REAL-api-key-0123456789abcdef"}
# Material 9.7+ prints a banner about MkDocs 2 on every build; it is not what the tests read.
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def mkdocs(*args: str) -> list[str]:
    """The command line of `mkdocs ARGS`; a missing MkDocs, Material or plugin entry point skips."""
    try:
        import material  # noqa: F401
        import mkdocs as _  # noqa: F401
    except ImportError:
        missing_toolchain("MkDocs and Material for MkDocs are not installed; pip install -e '.[test]'")
    if not entry_points(group="mkdocs.plugins", name="snippetgen"):
        missing_toolchain("the snippetgen MkDocs plugin is not registered; pip install -e '.[test]'")
    return [sys.executable, "-m", "mkdocs", *args]


def prepare(folder: Path) -> Path:
    """folder, holding the site skeleton and its specs (token.yaml and the hostile spec)."""
    shutil.copytree(SITE, folder, dirs_exist_ok=True)
    specs = folder / "specs"
    specs.mkdir(exist_ok=True)
    shutil.copy(ROOT / "specs" / "token.yaml", specs)
    (specs / "hostile.yaml").write_text(hostile_spec_text(), encoding="utf-8")
    return folder


def run(command: list[str], cwd: Path, timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=timeout)
