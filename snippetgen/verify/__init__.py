"""Run snippets against a loopback HTTPS server and check they send the spec's request.

Used by `snippetgen verify` and by the live tests: the spec's host is swapped for the
server's, the snippet is rendered as a user gets it, run by the real toolchain, and the
request the server records is compared with the request model.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ToolchainMissing
from ..render import check_values, render_request
from ..request import Request, build_request
from ..spec import Spec
from ..targets import Client
from ..urls import split
from .compare import differences
from .files import FileProblem, provide_files
from .runners import prepare_trust, run_snippet
from .server import start

PASS, FAIL, MISSING = "pass", "FAIL", "missing"


@dataclass
class Outcome:
    client: Client
    status: str  # PASS, FAIL or MISSING
    seconds: float
    details: list[str] = field(default_factory=list)  # differences, or why it failed or could not run


def fill_values(spec: Spec, values: dict[str, str]) -> dict[str, str]:
    """Values for every declared variable: the given ones, else its example, else a stand-in."""
    host = split(spec.url).authority if "://" in spec.url else ""
    filled = dict(values)
    for name, variable in spec.variables.items():
        if name not in filled:
            in_host = f"{{{name}}}" in host
            filled[name] = "example.com" if in_host else (variable.example or f"example-{name}")
    return filled


def retarget(request: Request, port: int) -> Request:
    """The same request, sent to the local server instead of the spec's host."""
    return dataclasses.replace(request, scheme="https", host="localhost", port=str(port))


class Session:
    """One recording server and its trust material, shared by every run; a context manager."""

    def __enter__(self) -> Session:
        self._directory = Path(tempfile.mkdtemp(prefix="snippetgen-verify-"))
        self.server, self._httpd = start(self._directory)
        self.trust = prepare_trust(self.server.ca_pem, self._directory)
        return self

    def __exit__(self, *exc_info) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        shutil.rmtree(self._directory, ignore_errors=True)

    def expected(self, spec: Spec, values: dict[str, str]) -> Request:
        check_values(spec, values)
        return retarget(build_request(spec, fill_values(spec, values)), self.server.port)

    def run(self, request: Request, client: Client, user_dirs: tuple[Path, ...] = ()) -> Outcome:
        """Render request for client, run it, and compare what the server received."""
        started = time.monotonic()
        source = render_request(request, client, user_dirs=user_dirs)
        self.server.take()
        with tempfile.TemporaryDirectory(prefix="snippet-", dir=self._directory) as workdir:
            try:
                files = provide_files(request, Path(workdir))
            except FileProblem as exc:
                return Outcome(client, FAIL, time.monotonic() - started, [str(exc)])
            try:
                result = run_snippet(client.id, Path(workdir), source, self.trust)
            except ToolchainMissing as exc:
                return Outcome(client, MISSING, time.monotonic() - started, [str(exc)])
        seconds = time.monotonic() - started
        sent = self.server.take()
        if result.returncode != 0:
            output = [_clip(line) for line in (result.stdout + result.stderr).strip().splitlines()[-15:]]
            return Outcome(client, FAIL, seconds, [f"exit status {result.returncode}", *output])
        if len(sent) != 1:
            return Outcome(client, FAIL, seconds, [f"the server received {len(sent)} requests, not 1"])
        diffs = differences(sent[0], request, files)
        return Outcome(client, FAIL if diffs else PASS, seconds, [_clip(diff) for diff in diffs])


def _clip(line: str, limit: int = 400) -> str:
    """Keep a report readable when a snippet or a difference holds a megabyte of text."""
    return line if len(line) <= limit else line[:limit] + f"... ({len(line) - limit} more characters)"
