"""Shared test helpers.  A missing toolchain skips locally but fails when CI=true."""

from __future__ import annotations

import os
import shutil

import pytest

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# What to install for each tool (Debian packages unless noted); .ci/run installs them all.
INSTALL_HINTS = {
    "bash": "bash",
    "curl": "curl",
    "node": "nodejs (Node 20)",
    "go": "golang-go",
    "gofmt": "golang-go",
    "php": "php-cli php-curl php-guzzlehttp-guzzle",
    "ruby": "ruby",
    "javac": "openjdk-17-jdk-headless",
    "java": "openjdk-17-jdk-headless",
    "mcs": "mono-devel",
    "mono": "mono-devel",
}


def missing_toolchain(message: str) -> None:
    """Skip the test, or fail it under CI=true, where nothing may be missing."""
    if IN_CI:
        pytest.fail(message + " (CI=true: a missing toolchain is a failure)")
    pytest.skip(message)


def require_tool(name: str) -> str:
    """Path of tool `name`; skip the test if absent (fail under CI=true)."""
    path = shutil.which(name)
    if not path:
        missing_toolchain(f"{name} is not installed; apt-get install {INSTALL_HINTS.get(name, name)}")
    return path
