"""Save a snippet as its client's file and run it with the real toolchain.

Each runtime trusts the test CA through its own standard setting (an environment
variable, an ini setting or a trust store); no snippet turns verification off.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import ToolchainMissing

STOREPASS = "changeit"
DEBIAN_OKHTTP = "/usr/share/java/okhttp.jar:/usr/share/java/okio.jar"
DEBIAN_GUZZLE = Path("/usr/share/php/GuzzleHttp/autoload.php")
# What to install when a tool is missing (Debian package names).
INSTALL_HINTS = {
    "bash": "bash", "curl": "curl", "node": "nodejs", "go": "golang-go", "gofmt": "golang-go",
    "php": "php-cli php-curl php-guzzlehttp-guzzle", "ruby": "ruby", "java": "openjdk-17-jdk-headless",
    "javac": "openjdk-17-jdk-headless", "keytool": "openjdk-17-jdk-headless",
    "mcs": "mono-devel", "mono": "mono-devel", "cert-sync": "mono-devel",
}
TIMEOUT_SECONDS = 120


@dataclass(frozen=True)
class KnownFailure:
    """A failure expected of a client here, recognized by its exact symptom in the run's output."""

    errors: re.Pattern[str]  # the compiler's error lines: each must match, and one at least must be there
    cause: str


# OkHttp 4 moved RequestBody.create's content argument first; Debian ships OkHttp 3.13, whose
# create(MediaType, ...) makes the JSON and text body snippets fail to compile, and only that.
KNOWN_FAILURES: dict[str, tuple[KnownFailure, ...]] = {
    "java:okhttp": (KnownFailure(
        re.compile(r"no suitable method found for create\(byte\[\],MediaType\)"),
        "JSON and text bodies use OkHttp 4+'s RequestBody.create(byte[], MediaType), which OkHttp 3 "
        "(Debian ships 3.13) does not have: the snippet does not compile here"),),
}
_JAVA_ERROR = re.compile(r"^\S+\.java:\d+: error: (.*)$", re.MULTILINE)


def known_failure(client_id: str, returncode: int, output: str) -> str | None:
    """The exact known cause of a failed run, or None when it failed for any other reason."""
    for known in KNOWN_FAILURES.get(client_id, ()):
        errors = _JAVA_ERROR.findall(output)
        if returncode != 0 and "error: compilation failed" in output and errors \
                and all(known.errors.fullmatch(error) for error in errors):
            return known.cause
    return None


@dataclass(frozen=True)
class Trust:
    """The test CA in every form the runtimes read."""

    ca_pem: Path
    java_store: Path
    home: Path  # HOME for Mono, whose user trust store cert-sync fills


def _need(*tools: str) -> None:
    for tool in tools:
        if not shutil.which(tool):
            raise ToolchainMissing(f"{tool} is not installed (apt-get install {INSTALL_HINTS.get(tool, tool)})")


def prepare_trust(ca_pem: Path, directory: Path) -> Trust:
    """Put the CA where Java and Mono look; the others take ca_pem directly."""
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


def node_path() -> str:
    """Where require() may find axios: NODE_PATH, ./node_modules, ./.live-deps (see install-toolchains)."""
    places = [os.environ.get("NODE_PATH", ""), str(Path.cwd() / "node_modules"),
              str(Path.cwd() / ".live-deps" / "node_modules")]
    return os.pathsep.join(p for p in places if p)


def _node_has(module: str, env: dict[str, str]) -> bool:
    probe = subprocess.run(["node", "-e", f"require.resolve({module!r})"], env=env, capture_output=True)
    return probe.returncode == 0


def _guzzle_autoload() -> Path:
    for candidate in (Path.cwd() / "vendor" / "autoload.php", DEBIAN_GUZZLE):
        if candidate.is_file():
            return candidate
    raise ToolchainMissing("Guzzle is not installed (composer require guzzlehttp/guzzle, "
                           "or apt-get install php-guzzlehttp-guzzle)")


def _okhttp_classpath() -> str:
    classpath = os.environ.get("OKHTTP_CLASSPATH", DEBIAN_OKHTTP)
    if not all(Path(jar).is_file() for jar in classpath.split(os.pathsep)):
        raise ToolchainMissing("OkHttp is not installed (set OKHTTP_CLASSPATH to its jars, "
                               "or apt-get install libokhttp-java)")
    return classpath


def commands_for(client_id: str, workdir: Path, source: str, trust: Trust) -> tuple[list[list[str]], dict[str, str]]:
    """Write the snippet into workdir; return the commands that run it and their environment."""
    ca = str(trust.ca_pem)
    env = {**os.environ, "SSL_CERT_FILE": ca}
    language = client_id.split(":")[0]

    def save(name: str) -> str:
        (workdir / name).write_text(source, encoding="utf-8")
        return name

    if language == "curl":
        _need("bash", "curl")
        return [["bash", save("snippet.sh")]], {**env, "CURL_CA_BUNDLE": ca}
    if language == "python":
        return [[sys.executable, save("snippet.py")]], {**env, "REQUESTS_CA_BUNDLE": ca}
    if language == "node":
        _need("node")
        env = {**env, "NODE_EXTRA_CA_CERTS": ca, "NODE_PATH": node_path()}
        if client_id == "node:axios" and not _node_has("axios", env):
            raise ToolchainMissing("axios is not installed (npm install axios, here or in ./.live-deps)")
        return [["node", save("snippet.js")]], env
    if language == "go":
        _need("go")
        return [["go", "run", save("main.go")]], env
    if language == "java":
        _need("java", "keytool")
        flags = [f"-Djavax.net.ssl.trustStore={trust.java_store}", f"-Djavax.net.ssl.trustStorePassword={STOREPASS}",
                 "-Djavax.net.ssl.trustStoreType=PKCS12"]
        if client_id == "java:okhttp":
            flags += ["-cp", _okhttp_classpath()]
        return [["java", *flags, save("Main.java")]], env
    if language == "csharp":
        _need("mcs", "mono", "cert-sync")
        return [["mcs", "-r:System.Net.Http.dll", "-out:snippet.exe", save("snippet.cs")],
                ["mono", "snippet.exe"]], {**env, "HOME": str(trust.home)}
    if language == "php":
        _need("php")
        if client_id == "php:guzzle":
            (workdir / "vendor").mkdir()
            (workdir / "vendor" / "autoload.php").write_text(f"<?php\nrequire {str(_guzzle_autoload())!r};\n")
        return [["php", "-d", f"curl.cainfo={ca}", "-d", f"openssl.cafile={ca}", save("snippet.php")]], env
    if language == "ruby":
        _need("ruby")
        return [["ruby", save("snippet.rb")]], env
    raise ToolchainMissing(f"no runner for {client_id}: add one to snippetgen/verify/runners.py")


def run_snippet(client_id: str, workdir: Path, source: str, trust: Trust) -> subprocess.CompletedProcess:
    """Run the snippet's commands in order, stopping at the first that fails."""
    commands, env = commands_for(client_id, workdir, source, trust)
    result = None
    for command in commands:
        result = run_command(command, workdir, env)
        if result.returncode != 0:
            break
    return result


def run_command(command: list[str], workdir: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    """Run command in a process group of its own, killed whole on timeout, when it ends, and when an
    exception (a signal to verify) stops the wait: `go run` and `bash` leave no process behind."""
    process = subprocess.Popen(command, cwd=workdir, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, errors="replace", start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        try:
            process.communicate(timeout=5)
        except subprocess.TimeoutExpired:  # a process that left the group holds the pipes open
            pass
        return subprocess.CompletedProcess(command, 124, "", f"timed out after {TIMEOUT_SECONDS} s")
    finally:
        _kill_group(process)
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def _kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass  # the group is gone
    if process.returncode is None:
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
