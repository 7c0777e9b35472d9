"""Shared test helpers.  A missing toolchain skips locally but fails when CI=true."""

from __future__ import annotations

import os
import shutil

import pytest
from hypothesis import settings

from snippetgen.languages import all_clients

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
pytest_plugins = ["client_cost", "pytester"]



def pytest_addoption(parser):
    parser.addoption("--property-all", action="store_true",
                     help="run the property tests of every client with 100 examples each")
    parser.addoption("--property-examples", type=int, default=None, metavar="N",
                     help="examples per property test and client (default 4, reproducible under CI=true)")
    parser.addoption("--client", action="append", default=[], metavar="LANG:CLIENT",
                     help="run only the tests of these clients (and those of no client)")


def pytest_configure(config):
    examples = config.getoption("--property-examples") or (100 if config.getoption("--property-all") else 4)
    # Every client runs in the property tests; a few examples each keep the suite fast, and the same
    # ones under CI. A new client gets 100 from scripts/check-client.
    settings.register_profile("chosen", max_examples=examples, derandomize=IN_CI and examples <= 4,
                              print_blob=True)
    settings.load_profile("chosen")


def pytest_collection_modifyitems(config, items):
    """--client: keep the tests of the chosen clients, and the tests that take no client."""
    from snippetgen.manifest import Client

    chosen = set(config.getoption("--client"))
    if not chosen:
        return
    known = {client.id for client in all_clients()}
    unknown = chosen - known
    if unknown:
        raise pytest.UsageError(f"--client {sorted(unknown)[0]}: no such client; choose from {', '.join(sorted(known))}")
    keep, drop = [], []
    for item in items:
        clients = [v for v in getattr(getattr(item, "callspec", None), "params", {}).values() if isinstance(v, Client)]
        (keep if all(c.id in chosen for c in clients) else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def missing_toolchain(message: str) -> None:
    """Skip the test, or fail it under CI=true, where nothing may be missing."""
    if IN_CI:
        pytest.fail(message + " (CI=true: a missing toolchain is a failure)")
    pytest.skip(message)


def require_tool(name: str) -> str:
    """Path of tool `name`; skip the test if absent (fail under CI=true)."""
    path = shutil.which(name)
    if not path:
        hints = [c.runtime.install_hint() for c in all_clients() if name in c.runtime.tools]
        missing_toolchain(f"{name} is not installed; {hints[0] if hints else f'apt-get install {name}'}")
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


class Collector:
    """Stands in for the verify session while a property's examples are drawn only to be compiled
    together (see drawn in test_properties): it renders each, which raises a refusal as a run does."""

    def __init__(self, session):
        self.session, self.requests = session, []

    def expected(self, spec, values):
        return self.session.expected(spec, values)

    def run(self, request, client, reply=None):
        from snippetgen.render import render_request
        from snippetgen.verify import PASS, Outcome

        render_request(request, client)
        self.requests.append(request)
        return Outcome(client, PASS, 0.0)


def _again(session, request, client, reply, first):
    """One more run, against a server on a new port, of a snippet whose connection never reached
    the server (no request, no failed handshake or handler error seen there): late in long full
    runs on this 2-core sandbox, one worker's clients got EOFs in the TLS handshake, for minutes,
    that its server never saw (cause not found; see CONTRIBUTING). A snippet that is wrong fails
    again; the retry is reported as a warning."""
    import warnings

    from snippetgen.verify import retarget

    # On another port: in the runs seen, the failures went on for minutes, on one server's port.
    session.new_port()
    outcome = session.run(retarget(request, session.server.port), client, reply=reply)
    warnings.warn(f"{client.id}: run again after a failure the server saw nothing of "
                  f"({' | '.join(first.details[-2:])[:300]}); the second run: {outcome.status}")
    return outcome


def check_live(session, request, client, example: bool = False, reply=None) -> None:
    """Run client's snippet for request; fail with the differences, skip (CI: fail) if it cannot run.

    A client that declines the request prints no snippet, so it sends nothing wrong: a corpus case
    shows as an expected failure with the reason; a property example (example=True) counts as
    declined in hypothesis' statistics, and the next example runs."""
    from snippetgen.verify import MISSING, PASS

    from snippetgen.errors import ClientRefusal

    try:
        outcome = session.run(request, client, reply=reply)
        if outcome.status != PASS and not outcome.reached and not outcome.known:
            outcome = _again(session, request, client, reply, outcome)
    except ClientRefusal as exc:
        if example:
            from hypothesis import event

            event(f"declined by {client.id}")
            return
        pytest.xfail(str(exc))
    if outcome.status == MISSING:
        missing_toolchain(outcome.details[0])
    assert outcome.status == PASS, f"{client.id} did not send the spec's request:\n" + "\n".join(outcome.details)
