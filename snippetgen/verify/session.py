"""A verify session: one loopback HTTPS server and its CA, shared by every run.

The spec's host is swapped for the server's, the snippet is rendered as a user gets it, run
by the real toolchain, and the request the server records is compared with the request model.
"""

from __future__ import annotations

import dataclasses
import shutil
import signal
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ClientRefusal, ToolchainMissing
from ..render import check_values, render_request
from ..request import Request, build_request
from ..responses import ResponseExample
from ..spec import Spec
from ..languages import Client
from ..urls import UrlError, split
from ..variables import Redactor
from .batch import Batches
from .compare import differences
from .files import FileProblem, provide_files
from .runners import run_snippet
from .server import listen, start
from .trust import Trust

PASS, FAIL, MISSING = "pass", "FAIL", "missing"


@dataclass
class Outcome:
    client: Client
    status: str  # PASS, FAIL or MISSING
    seconds: float
    details: list[str] = field(default_factory=list)  # differences, or why it failed or could not run
    known: str | None = None  # the exact known cause of a failure, when it is that one
    # Whether the server saw anything of the run (a request, or a failed handshake or handler):
    # a failure it saw nothing of happened before the connection reached it.
    reached: bool = True


def fill_values(spec: Spec, values: dict[str, str]) -> dict[str, str]:
    """Values for every declared variable: the given ones, else its example, else a stand-in."""
    try:
        host = split(spec.url).authority
    except UrlError:
        host = ""  # build_request says what is wrong, with the spec's line
    filled = dict(values)
    for name, variable in spec.variables.items():
        if name not in filled:
            in_host = f"{{{name}}}" in host
            filled[name] = "example.com" if in_host else (variable.example or f"example-{name}")
    return filled


def secret_values(spec: Spec, values: dict[str, str]) -> list[str]:
    """The value of every secret variable as verify sends it: given, or its example."""
    filled = fill_values(spec, values)
    return [filled[name] for name, variable in spec.variables.items() if variable.secret and filled.get(name)]


def redactor(secrets: list[str] | tuple[str, ...], request: Request | None = None) -> Redactor:
    """What masks the secrets (and Basic credentials holding one) in a report about request."""
    credentials = [(request.auth.username, request.auth.password)] if request and request.auth else []
    return Redactor(secrets, credentials)


def retarget(request: Request, port: int) -> Request:
    """The same request, sent to the local server instead of the spec's host."""
    return dataclasses.replace(request, scheme="https", host="localhost", port=str(port))


class Session:
    """One recording server and its trust material, shared by every run; a context manager."""

    def __enter__(self) -> Session:
        self._handlers = _exit_on_signals()
        self._httpd = self._directory = None
        try:
            self._directory = Path(tempfile.mkdtemp(prefix="snippetgen-verify-"))
            self.server, self._httpd = start(self._directory)
            self.trust = Trust(self.server.ca_pem, self._directory)
            self.batches = Batches(self._directory, self.trust)
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        try:
            if getattr(self, "trust", None) is not None:
                self.trust.services.stop()
            if self._httpd is not None:
                self._httpd.shutdown()
                self._httpd.server_close()
            if self._directory is not None:
                shutil.rmtree(self._directory, ignore_errors=True)
        finally:
            for signum, handler in self._handlers.items():
                signal.signal(signum, handler)

    def new_port(self) -> None:
        """Serve on another port, with the same CA (the trust stores stay valid): for a run whose
        connection failed before the server saw it. Requests made by expected() before must be
        retargeted to self.server.port."""
        old = self._httpd
        self.server, self._httpd = listen(old.context, self.server.ca_pem)
        old.shutdown()
        old.server_close()

    def expected(self, spec: Spec, values: dict[str, str]) -> Request:
        check_values(spec, values)
        return retarget(build_request(spec, fill_values(spec, values)), self.server.port)

    def prepare(self, requests: list[Request], client: Client, user_dirs: tuple[Path, ...] = ()) -> bool:
        """Compile the snippets of these requests in one batch, if the client's runtime has one (see
        runtime.batch): later runs of the same snippets only run. False if nothing was built."""
        if client.runtime.batch is None:
            return False
        sources = []
        for request in requests:
            try:
                sources.append(render_request(request, client, user_dirs=user_dirs))
            except ClientRefusal:
                continue
        try:
            return self.batches.build(client, sources)
        except ToolchainMissing:
            return False  # each run says what is missing

    def run(self, request: Request, client: Client, user_dirs: tuple[Path, ...] = (),
            secrets: list[str] | tuple[str, ...] = (), reply: ResponseExample | None = None) -> Outcome:
        """Render request for client, run it, and compare what the server received.

        With reply (a spec's example response), the server answers with it, and the snippet must
        print its body.  secrets (see secret_values) are masked in the details, in every form,
        before any clipping."""
        hide = redactor(secrets, request)
        self.server.reply = reply
        try:
            outcome = self._run(request, client, user_dirs)
        finally:
            self.server.reply = None
        outcome.details = [_clip(hide(line)) for line in outcome.details]
        return outcome

    def _run(self, request: Request, client: Client, user_dirs: tuple[Path, ...]) -> Outcome:
        started = time.monotonic()
        source = render_request(request, client, user_dirs=user_dirs)
        self.server.take()
        self.server.take_problems()
        with tempfile.TemporaryDirectory(prefix="snippet-", dir=self._directory) as workdir:
            try:
                files = provide_files(request, Path(workdir))
            except FileProblem as exc:
                return Outcome(client, FAIL, time.monotonic() - started, [str(exc)])
            try:
                result = run_snippet(client, Path(workdir), source, self.trust, self.batches)
            except ToolchainMissing as exc:
                return Outcome(client, MISSING, time.monotonic() - started, [str(exc)])
        seconds = time.monotonic() - started
        sent = self.server.take()
        problems = self.server.take_problems()
        if result.returncode != 0:
            output = (result.stdout + result.stderr).strip()
            expected = client.known_failure
            known = expected.cause if expected and expected.applies(request.body and request.body.kind) \
                and expected.explains(result.returncode, output) else None
            return Outcome(client, FAIL, seconds, [f"exit status {result.returncode}", *output.splitlines()[-15:],
                                                   *problems], known, reached=bool(sent or problems))
        if len(sent) != 1:
            return Outcome(client, FAIL, seconds, [f"the server received {len(sent)} requests, not 1"])
        diffs = differences(sent[0], request, files)
        reply = self.server.reply
        if reply and reply.body and request.method != "HEAD" and reply.body not in result.stdout:
            diffs.append(f"the output does not show the example response's body ({reply.label}); it printed: "
                         + (result.stdout.strip().splitlines() or ["nothing"])[0])
        return Outcome(client, FAIL if diffs else PASS, seconds, diffs)


def _exit_on_signals() -> dict:
    """Have SIGTERM and SIGHUP exit through the with-blocks (as Ctrl-C does), so the temporary folder
    is removed and running snippets are killed; returns the handlers to put back."""
    if threading.current_thread() is not threading.main_thread():
        return {}
    replaced = {}
    for signum in (signal.SIGTERM, signal.SIGHUP):
        if signal.getsignal(signum) == signal.SIG_DFL:
            replaced[signum] = signal.signal(signum, _raise_exit)
    return replaced


def _raise_exit(signum: int, frame) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second signal must not cut the clean-up short
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    raise SystemExit(128 + signum)


def _clip(line: str, limit: int = 400) -> str:
    """Keep a report readable when a snippet or a difference holds a megabyte of text."""
    return line if len(line) <= limit else line[:limit] + f"... ({len(line) - limit} more characters)"
