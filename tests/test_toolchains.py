"""Every golden full program passes its language's own syntax or compile check.

A missing toolchain skips here and fails under CI=true (see conftest.require_tool).
Running the programs against a server is the live suite's job.
"""

from __future__ import annotations

import py_compile
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from cases import ROOT, SNAPSHOTS
from conftest import missing_toolchain, require_tool

pytestmark = pytest.mark.toolchain

OKHTTP_JARS = [Path("/usr/share/java/okhttp.jar"), Path("/usr/share/java/okio.jar")]
OKHTTP4_STUBS = ROOT / "tests" / "stubs" / "okhttp4"


def goldens(language: str, client: str) -> list[Path]:
    files = sorted(p for p in (SNAPSHOTS / language / client).iterdir() if p.is_file() and ".short." not in p.name)
    assert files, f"no golden files for {language}:{client}; run pytest tests/test_snapshots.py --force-regen"
    return files


def run(command: list[str], cwd: Path | None = None) -> str | None:
    """None when the command succeeds, else its output."""
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120)
    return None if result.returncode == 0 else (result.stdout + result.stderr).strip()


def check_each(files: list[Path], check) -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        failures = [(f, out) for f, out in zip(files, pool.map(check, files)) if out]
    assert not failures, "\n\n".join(f"{f.relative_to(ROOT)}:\n{out}" for f, out in failures)


def test_curl_is_valid_bash():
    bash = require_tool("bash")
    check_each(goldens("curl", "curl"), lambda f: run([bash, "-n", str(f)]))


@pytest.mark.parametrize("client", ["requests", "http.client"])
def test_python_compiles(client, tmp_path):
    def compile_one(f: Path) -> str | None:
        try:
            py_compile.compile(str(f), cfile=str(tmp_path / f"{f.stem}.pyc"), doraise=True)
        except py_compile.PyCompileError as exc:
            return str(exc)
        return None

    check_each(goldens("python", client), compile_one)


@pytest.mark.parametrize("client", ["fetch", "axios"])
def test_node_parses(client):
    node = require_tool("node")
    check_each(goldens("node", client), lambda f: run([node, "--check", str(f)]))


@pytest.mark.parametrize("client", ["curl", "guzzle"])
def test_php_lints(client):
    php = require_tool("php")
    check_each(goldens("php", client), lambda f: run([php, "-l", str(f)]))


def test_ruby_parses():
    ruby = require_tool("ruby")
    check_each(goldens("ruby", "net-http"), lambda f: run([ruby, "-c", str(f)]))


def test_go_is_gofmt_clean():
    gofmt = require_tool("gofmt")
    files = goldens("go", "net-http")
    result = subprocess.run([gofmt, "-l", *map(str, files)], capture_output=True, text=True)
    assert not (result.stdout or result.stderr), f"not gofmt-formatted or invalid:\n{result.stdout}{result.stderr}"


def test_go_builds(tmp_path):
    go = require_tool("go")

    def build(f: Path) -> str | None:
        return run([go, "build", "-o", str(tmp_path / f.stem), str(f)])

    check_each(goldens("go", "net-http"), build)


def _javac(f: Path, tmp_path: Path, classpath: list[Path]) -> str | None:
    out = tmp_path / f.stem
    out.mkdir()
    command = ["javac", "-Xlint:all", "-Werror", "-d", str(out)]
    if classpath:
        command += ["-cp", ":".join(map(str, classpath))]
    return run([*command, str(f)])


def test_java_http_client_compiles(tmp_path):
    require_tool("javac")
    check_each(goldens("java", "http-client"), lambda f: _javac(f, tmp_path, []))


def test_java_okhttp_compiles(tmp_path):
    require_tool("javac")
    if not all(jar.is_file() for jar in OKHTTP_JARS):
        missing_toolchain("OkHttp's jar is not installed; apt-get install libokhttp-java")
    stubs = tmp_path / "okhttp4-stubs"
    stubs.mkdir()
    sources = sorted(OKHTTP4_STUBS.rglob("*.java"))
    assert run(["javac", "-d", str(stubs), *map(str, sources)]) is None

    def compile_one(f: Path) -> str | None:
        # Bodies made with RequestBody.create(byte[], MediaType) need OkHttp 4+; Debian has 3.13.
        needs_okhttp4 = "RequestBody.create(" in f.read_text(encoding="utf-8")
        return _javac(f, tmp_path, [stubs] if needs_okhttp4 else OKHTTP_JARS)

    check_each(goldens("java", "okhttp"), compile_one)


def test_csharp_compiles_with_mcs(tmp_path):
    mcs = require_tool("mcs")

    def compile_one(f: Path) -> str | None:
        return run([mcs, "-warnaserror", "-r:System.Net.Http.dll", f"-out:{tmp_path / f.stem}.exe", str(f)])

    check_each(goldens("csharp", "httpclient"), compile_one)

