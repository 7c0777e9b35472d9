"""Real curl as the truth: run a command against a loopback recorder and compare with its imported spec.

Not a test module.  `check(command, files)` writes `files` into a fresh folder, replaces
`URL` in the command with the recorder's http://127.0.0.1:PORT, imports the command,
runs it with bash (so here-documents and quoting are bash's own) and real curl, and
returns the differences between what curl sent and the request the imported spec
describes (snippetgen.verify.compare, plus: no header curl sent may be missing from
the spec, curl's own defaults aside).
"""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from snippetgen.importers.curl import import_curl
from snippetgen.request import Request, build_request
from snippetgen.verify.compare import differences, expected_headers
from snippetgen.verify.server import Recorded

# What curl adds by itself, which the spec's clients set their own way.
_FRAMING = {"host", "content-length", "expect", "transfer-encoding"}


class Recorder:
    """A loopback HTTP/1.1 server that records each request's method, target, headers and body bytes."""

    def __enter__(self) -> Recorder:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen()
        self.port = self.socket.getsockname()[1]
        self.requests: list[Recorded] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.socket.close()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            with connection:
                connection.settimeout(10)
                try:
                    self.requests.append(self._read(connection.makefile("rb"), connection))
                    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                except (OSError, ValueError):
                    pass

    @staticmethod
    def _read(stream, connection) -> Recorded:
        method, target, _ = stream.readline().decode("latin-1").split(" ", 2)
        headers = []
        while (line := stream.readline()) not in (b"\r\n", b"\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            headers.append((name, value.strip()))
        fields = {name.lower(): value for name, value in headers}
        if fields.get("expect", "").lower() == "100-continue":
            connection.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
        if fields.get("transfer-encoding", "").lower() == "chunked":
            body = b""
            while size := int(stream.readline().split(b";")[0].strip(), 16):
                body += stream.read(size)
                stream.readline()
            while stream.readline() not in (b"\r\n", b"\n", b""):
                pass
        else:
            body = stream.read(int(fields.get("content-length") or 0))
        return Recorded(method, target, headers, body)


@dataclass
class Truth:
    item: object  # the Imported spec
    request: Request  # what the spec says, placeholders filled with their examples
    sent: Recorded  # what real curl sent
    differences: list[str]
    warnings: list[str]


def run(command: str, folder: Path) -> Recorded:
    """What real curl sends for command (URL already filled in), run by bash in folder."""
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(folder), "LANG": "C.UTF-8"}
    quiet = command.replace("curl ", "curl -q -s -o /dev/null --max-time 10 ", 1)
    with Recorder() as recorder:
        quiet = quiet.replace("PORT", str(recorder.port))
        completed = subprocess.run(["bash", "-c", quiet], cwd=folder, env=environment, capture_output=True,
                                   timeout=30)
        assert len(recorder.requests) == 1, (command, completed.returncode, completed.stderr)
        return recorder.requests[0]


def check(command: str, files: dict[str, bytes] | None = None, *, lenient: bool = False) -> Truth:
    """Import command and run it with real curl; the differences, for `assert not truth.differences`."""
    files = files or {}
    with tempfile.TemporaryDirectory(prefix="curl-truth-") as directory:
        folder = Path(directory)
        for name, data in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
        with_url = command.replace("URL", "http://127.0.0.1:PORT")
        sent = run(with_url, folder)
        port = sent_port(sent)
        warnings: list[str] = []
        item = import_curl(with_url.replace("PORT", port), warnings.append, lenient=lenient)
        values = {name: variable.example for name, variable in item.spec.variables.items()
                  if variable.example is not None}
        request = build_request(item.spec, values)
        read = {path: (folder / path).read_bytes() for path in request.body.files} if request.body else {}
        found = differences(sent, request, read) + _extra_headers(sent, request)
        return Truth(item, request, sent, found, warnings)


def sent_port(sent: Recorded) -> str:
    host = next(value for name, value in sent.headers if name.lower() == "host")
    return host.rpartition(":")[2]


def _extra_headers(sent: Recorded, request: Request) -> list[str]:
    """Headers curl sent that the spec does not say (curl's own defaults and framing aside)."""
    wanted = expected_headers(request)
    multipart = request.body is not None and request.body.kind == "multipart"
    extra = []
    for name, value in sent.headers:
        lower = name.lower()
        if lower in wanted or lower in _FRAMING:
            continue
        if (lower, value) == ("accept", "*/*") or (lower == "user-agent" and value.startswith("curl/")):
            continue
        if lower == "content-type" and multipart and value.startswith("multipart/form-data; boundary="):
            continue
        extra.append(f"header {name}: sent {value!r}, the spec does not send it")
    return extra
