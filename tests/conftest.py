"""Shared test helpers.  A missing toolchain skips locally but fails when CI=true."""

from __future__ import annotations

import os
import shutil

import pytest
from hypothesis import settings

from snippetgen.verify.runners import INSTALL_HINTS

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# Property tests: a few dozen examples by default, reproducible under CI; many with --property-all.
settings.register_profile("default", max_examples=25, derandomize=IN_CI, print_blob=True)
settings.register_profile("all", max_examples=100, print_blob=True)


def pytest_addoption(parser):
    parser.addoption("--property-all", action="store_true",
                     help="run the property tests against every client with many more examples")


def pytest_configure(config):
    settings.load_profile("all" if config.getoption("--property-all") else "default")


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


@pytest.fixture(scope="session")
def verify_session():
    """One loopback HTTPS server with a throwaway CA for every live test."""
    from snippetgen.verify import Session

    with Session() as session:
        yield session


@pytest.fixture(scope="session")
def hostile_files(tmp_path_factory) -> dict[str, str]:
    """Absolute paths of files a live snippet reads: every byte value, and 1 MB, under hostile names.

    Quotes, `$`, `;`, `,`, spaces and non-ASCII in the folders and names; no `"` or `\\` in a base
    name, which becomes a multipart filename (the loader refuses those there)."""
    folder = tmp_path_factory.mktemp("files") / "it's \"q\" $HOME `id` #{x}"
    folder.mkdir()
    import random

    contents = {
        "all-bytes": bytes(range(256)) * 3,
        "large": random.Random(9).randbytes(1_000_000),
        "text": "plain text, é 😀\r\n".encode("utf-8"),
    }
    paths = {}
    for key, data in contents.items():
        path = folder / f"{key} r;e,p 'o' é 😀 $x.bin"
        path.write_bytes(data)
        paths[key] = str(path)
    return paths


def check_live(session, request, client) -> None:
    """Run client's snippet for request; fail with the differences, skip (CI: fail) if it cannot run."""
    from snippetgen.verify import MISSING, PASS

    from snippetgen.errors import ClientRefusal

    try:
        outcome = session.run(request, client)
    except ClientRefusal as exc:
        # An honest refusal to render, never a snippet that sends something else: reported, not hidden.
        pytest.xfail(str(exc))
    if outcome.status == MISSING:
        missing_toolchain(outcome.details[0])
    assert outcome.status == PASS, f"{client.id} did not send the spec's request:\n" + "\n".join(outcome.details)
