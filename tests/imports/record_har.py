"""Record the HAR fixtures of tests/imports/har/ with real clients and a real HAR exporter.

Not a test: run it by hand to remake the fixtures.  curl, Python requests and Node's
fetch send requests through mitmproxy (its `hardump` option writes HAR 1.2) to the
loopback recording server that `snippetgen verify` uses.  mitmproxy is not a
dependency of snippetgen; install it in a venv of its own:

    python3 -m venv /tmp/mitm && /tmp/mitm/bin/pip install mitmproxy
    .venv/bin/python tests/imports/record_har.py --mitmdump /tmp/mitm/bin/mitmdump
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from snippetgen.verify.server import start

HERE = Path(__file__).resolve().parent / "har"

# Node's https module through the proxy: a CONNECT tunnel, then TLS to the server inside it.
NODE_DELETE = """
const http = require("http"), https = require("https"), tls = require("tls");
const [url, proxy] = process.argv.slice(1);
const target = new URL(url), via = new URL(proxy);
const tunnel = http.request({host: via.hostname, port: via.port, method: "CONNECT",
                             path: `${target.hostname}:${target.port}`});
tunnel.on("connect", (_, socket) => {
  const request = https.request(url, {
    method: "DELETE",
    headers: {"X-Request-Id": "7f3c-11ee", "Accept": "application/json"},
    createConnection: () => tls.connect({socket, servername: target.hostname}),
  }, response => { response.resume(); response.on("end", () => process.exit(0)); });
  request.on("error", e => { console.error(e); process.exit(1); });
  request.end();
});
tunnel.end();
"""

PYTHON_REQUESTS = """
import sys, requests
base = sys.argv[1]
proxies = {"https": sys.argv[2]}
session = requests.Session()
session.trust_env = False  # NO_PROXY may name localhost
session.proxies.update(proxies)
session.verify = sys.argv[3]
session.post(base + "/v1/widgets", json={
    "name": 'Widget "Deluxe"', "price": 12.5, "count": 3, "tags": ["blue", "small & light"],
    "unicode": "caf\\u00e9 \\U0001F600", "nested": {"ok": True, "none": None},
}, headers={"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"}).raise_for_status()
session.put(base + "/v1/notes/1", data="Dear user,\\nit's $5 for #{item}.\\n\\tC:\\\\path \\u00e9\\n".encode(),
            headers={"Content-Type": "text/plain; charset=utf-8"}).raise_for_status()
session.get(base + "/v1/greeting", params={"lang": "fr"},
            headers={"X-Greeting": "bonjour caf\\u00e9".encode("utf-8").decode("latin-1")}).raise_for_status()
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Proxy:
    """mitmdump as an HTTPS proxy that trusts the recording server's CA and dumps a HAR when stopped."""

    def __init__(self, mitmdump: str, upstream_ca: Path, har: Path, workdir: Path):
        self.port = free_port()
        self.confdir = workdir / "mitm"
        self.process = subprocess.Popen(
            [mitmdump, "--listen-host", "127.0.0.1", "--listen-port", str(self.port), "-q",
             "--set", f"confdir={self.confdir}", "--set", f"ssl_verify_upstream_trusted_ca={upstream_ca}",
             "--set", "connection_strategy=lazy", "--set", f"hardump={har}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.ca = self.confdir / "mitmproxy-ca-cert.pem"
        for _ in range(100):
            if self.ca.exists():
                try:
                    socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                    break
                except OSError:
                    pass
            time.sleep(0.1)
        else:
            raise SystemExit("mitmdump did not start")
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)
        self.process.wait(timeout=30)


def curl(proxy: Proxy, *args: str) -> None:
    subprocess.run(["curl", "-sS", "-o", "/dev/null", "--proxy", proxy.url, "--cacert", str(proxy.ca), *args],
                   check=True)


def record(name: str, mitmdump: str, actions) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        server, httpd = start(workdir)
        har = workdir / f"{name}.har"
        proxy = Proxy(mitmdump, server.ca_pem, har, workdir)
        try:
            actions(proxy, f"https://localhost:{server.port}")
        finally:
            proxy.stop()
            httpd.shutdown()
            httpd.server_close()
        data = json.loads(har.read_text(encoding="utf-8"))
        (HERE / f"{name}.har").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {HERE / f'{name}.har'}: {len(data['log']['entries'])} entries")


def session(proxy: Proxy, base: str) -> None:
    curl(proxy, "--http2", f"{base}/v1/search?q=red+shoes&tag=a&tag=b%26c", "-H", "Accept: application/json",
         "-H", "Authorization: Bearer 0123456789abcdef", "-b", "session=abc123; theme=dark")
    curl(proxy, f"{base}/oauth/token", "-d", "grant_type=client_credentials", "-d", "client_id=my-app",
         "--data-urlencode", "scope=read write", "--data-urlencode", "note=a+b=c 100%")
    env = {**os.environ, "NODE_EXTRA_CA_CERTS": str(proxy.ca)}
    python = [sys.executable, "-c", PYTHON_REQUESTS, base, proxy.url, str(proxy.ca)]
    subprocess.run(python, check=True)
    subprocess.run(["node", "-e", NODE_DELETE, f"{base}/v1/items/42", proxy.url], check=True, env=env)
    curl(proxy, "-I", f"{base}/v1/items/42")
    curl(proxy, f"{base}/v1/photos", "-F", "caption=A dog", "-F", "title=Rex")
    curl(proxy, "-X", "PATCH", f"{base}/v1/widgets/7", "--json", '{"price": 9.99, "tags": []}')


def one_request(proxy: Proxy, base: str) -> None:
    curl(proxy, f"{base}/v1/orders?dry_run=1", "--json",
         '{"item": "book", "quantity": 2, "gift": true, "note": "Happy birthday! \\ud83c\\udf82"}',
         "-H", "Authorization: Bearer test-token-123", "-H", "Idempotency-Key: 5d2c9a")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mitmdump", required=True, help="path of mitmproxy's mitmdump")
    options = parser.parse_args()
    HERE.mkdir(exist_ok=True)
    record("session", options.mitmdump, session)
    record("one-request", options.mitmdump, one_request)


if __name__ == "__main__":
    main()
