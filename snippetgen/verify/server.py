"""A loopback HTTPS server that records every request it receives, with a throwaway CA."""

from __future__ import annotations

import http.server
import ssl
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ToolchainMissing
from ..responses import ResponseExample


@dataclass
class Recorded:
    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes


@dataclass
class RecordingServer:
    port: int
    ca_pem: Path
    requests: list[Recorded] = field(default_factory=list)
    reply: ResponseExample | None = None  # what to answer with; a small JSON object when None
    # What went wrong on the server's side (a failed handshake, an error in a handler), for the
    # report of the run it happened in: a client's "unexpected EOF" alone says nothing of why.
    problems: list[str] = field(default_factory=list)

    @property
    def netloc(self) -> str:
        return f"localhost:{self.port}"

    def take(self) -> list[Recorded]:
        taken, self.requests[:] = list(self.requests), []
        return taken

    def take_problems(self) -> list[str]:
        taken, self.problems[:] = list(self.problems), []
        return taken


def _handler(server: RecordingServer):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _record(self) -> None:
            if self.headers.get("transfer-encoding", "").lower() == "chunked":
                body = b""
                while size := int(self.rfile.readline().split(b";")[0].strip(), 16):
                    body += self.rfile.read(size)
                    self.rfile.readline()
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
            else:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
            server.requests.append(Recorded(self.command, self.path, list(self.headers.items()), body))
            example = server.reply
            if example is None:
                status, headers, reply = 200, [("Content-Type", "application/json")], b'{"ok": true}\n'
            else:
                status, headers, reply = example.status, example.served_headers(), example.body.encode()
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(reply)

        def __getattr__(self, name: str):
            if name.startswith("do_"):  # every method, custom ones included
                return self._record
            raise AttributeError(name)

        def log_message(self, *args) -> None:
            pass

    return Handler


class _TLSServer(http.server.ThreadingHTTPServer):
    """Each connection's TLS handshake runs in that connection's own thread, with a time limit: a
    client that stalls or dies mid-handshake cannot hold up the accept loop, and so the others."""

    request_queue_size = 128
    HANDSHAKE_SECONDS = 60

    # A kept-alive connection left idle this long is closed, so no handler thread waits forever
    # on a client whose socket some leftover process still holds.
    IDLE_SECONDS = 60

    def __init__(self, address, handler, context: ssl.SSLContext, recorder: RecordingServer):
        self.context = context
        self.recorder = recorder
        super().__init__(address, handler)

    def finish_request(self, request, client_address) -> None:
        started = time.monotonic()
        request.settimeout(self.HANDSHAKE_SECONDS)
        try:
            tls = self.context.wrap_socket(request, server_side=True)
        except (OSError, ssl.SSLError) as exc:
            # The client went away or spoke no TLS; shutdown_request closes the socket.
            self.recorder.problems.append(f"the server's TLS handshake failed after "
                                          f"{time.monotonic() - started:.1f} s: {type(exc).__name__}: {exc}")
            return
        try:
            tls.settimeout(self.IDLE_SECONDS)
            self.RequestHandlerClass(tls, client_address, self)
        finally:
            tls.close()

    def handle_error(self, request, client_address) -> None:
        exc = sys.exc_info()[1]
        self.recorder.problems.append(f"the server's handler failed: {type(exc).__name__}: {exc}")


def start(directory: Path) -> tuple[RecordingServer, http.server.ThreadingHTTPServer]:
    """Serve on an ephemeral loopback port; the CA's certificate is written into directory."""
    try:
        import trustme  # only verify needs it; keep it off the render path
    except ImportError:
        raise ToolchainMissing("verify needs the trustme package: pip install 'snippetgen[verify]'") from None
    ca = trustme.CA()
    certificate = ca.issue_cert("localhost", "127.0.0.1")
    ca_pem = directory / "test-ca.pem"
    ca.cert_pem.write_to_path(str(ca_pem))
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(context)
    return listen(context, ca_pem)


def listen(context: ssl.SSLContext, ca_pem: Path) -> tuple[RecordingServer, http.server.ThreadingHTTPServer]:
    """A server with this certificate (context) on a new ephemeral loopback port."""
    recorder = RecordingServer(port=0, ca_pem=ca_pem)
    httpd = _TLSServer(("127.0.0.1", 0), _handler(recorder), context, recorder)
    recorder.port = httpd.server_address[1]
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return recorder, httpd
