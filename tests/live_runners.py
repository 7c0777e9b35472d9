"""Save a snippet as its client's file and run it with the real toolchain.

Each runtime trusts the test CA through its own standard setting (an environment
variable, an ini setting or a trust store); no snippet turns verification off.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from conftest import missing_toolchain

ROOT = Path(__file__).resolve().parent.parent
NODE_DEPS = ROOT / ".live-deps" / "node_modules"  # scripts/install-toolchains puts axios there
OKHTTP_CLASSPATH = "/usr/share/java/okhttp.jar:/usr/share/java/okio.jar"
STOREPASS = "changeit"


@dataclass
class Trust:
    """The test CA in every form the runtimes read."""

    ca_pem: Path
    java_store: Path
    home: Path  # HOME for Mono, whose user trust store cert-sync fills


def prepare_trust(ca_pem: Path, directory: Path) -> Trust:
    java_store = directory / "truststore.p12"
    if shutil.which("keytool"):
        subprocess.run(["keytool", "-importcert", "-noprompt", "-alias", "snippetgen-test", "-file", str(ca_pem),
                        "-keystore", str(java_store), "-storetype", "PKCS12", "-storepass", STOREPASS],
                       check=True, capture_output=True)
    home = directory / "home"
    home.mkdir()
    if shutil.which("cert-sync"):
        subprocess.run(["cert-sync", "--quiet", "--user", str(ca_pem)], check=True, capture_output=True,
                       env={**os.environ, "HOME": str(home)})
    return Trust(ca_pem, java_store, home)


def _tools(*names: str) -> None:
    for name in names:
        if not shutil.which(name):
            missing_toolchain(f"{name} is not installed; run scripts/install-toolchains")


def command_for(client_id: str, workdir: Path, source: str, trust: Trust) -> tuple[list[list[str]], dict[str, str]]:
    """Write the snippet into workdir; return the commands to run it and the environment."""
    ca = str(trust.ca_pem)
    env = {**os.environ, "SSL_CERT_FILE": ca}
    language = client_id.split(":")[0]

    def save(name: str) -> str:
        (workdir / name).write_text(source, encoding="utf-8")
        return name

    if language == "curl":
        _tools("bash", "curl")
        return [["bash", save("snippet.sh")]], {**env, "CURL_CA_BUNDLE": ca}
    if language == "python":
        import sys

        return [[sys.executable, save("snippet.py")]], {**env, "REQUESTS_CA_BUNDLE": ca}
    if language == "node":
        _tools("node")
        if client_id == "node:axios" and not (NODE_DEPS / "axios").is_dir():
            missing_toolchain(f"axios is not installed in {NODE_DEPS}; run scripts/install-toolchains")
        return [["node", save("snippet.js")]], {**env, "NODE_EXTRA_CA_CERTS": ca, "NODE_PATH": str(NODE_DEPS)}
    if language == "go":
        _tools("go")
        return [["go", "run", save("main.go")]], env
    if language == "java":
        _tools("java")
        flags = [f"-Djavax.net.ssl.trustStore={trust.java_store}", f"-Djavax.net.ssl.trustStorePassword={STOREPASS}",
                 "-Djavax.net.ssl.trustStoreType=PKCS12"]
        classpath = ["-cp", OKHTTP_CLASSPATH] if client_id == "java:okhttp" else []
        return [["java", *flags, *classpath, save("Main.java")]], env
    if language == "csharp":
        _tools("mcs", "mono")
        return [["mcs", "-r:System.Net.Http.dll", "-out:snippet.exe", save("snippet.cs")],
                ["mono", "snippet.exe"]], {**env, "HOME": str(trust.home)}
    if language == "php":
        _tools("php")
        if client_id == "php:guzzle":
            (workdir / "vendor").mkdir()
            (workdir / "vendor" / "autoload.php").write_text(
                "<?php\nrequire '/usr/share/php/GuzzleHttp/autoload.php';\n")
        return [["php", "-d", f"curl.cainfo={ca}", "-d", f"openssl.cafile={ca}", save("snippet.php")]], env
    if language == "ruby":
        _tools("ruby")
        return [["ruby", save("snippet.rb")]], env
    raise AssertionError(f"no runner for {client_id}: add one to tests/live_runners.py")


def run_snippet(client_id: str, workdir: Path, source: str, trust: Trust) -> subprocess.CompletedProcess:
    commands, env = command_for(client_id, workdir, source, trust)
    result = None
    for command in commands:
        result = subprocess.run(command, cwd=workdir, env=env, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            break
    return result
