"""verify's processes and errors: no process left behind, no temporary folder left, one error line.

Issue 10. A fake runner command spawns a sleeping grandchild, as `go run` spawns the compiled
program and `bash` spawns curl.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cases import ROOT
from conftest import require_tool
from snippetgen.cli import cli
from snippetgen.languages import languages
from snippetgen.verify import runners


def invoke(*args):
    return CliRunner().invoke(cli, list(args))


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")  # a zombie waits only for its parent to reap it


def _wait_for(predicate, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


def _pid_in(path: Path) -> int:
    assert _wait_for(lambda: path.is_file() and path.read_text().strip()), f"{path} was never written"
    return int(path.read_text())


@pytest.fixture
def fake_runner(monkeypatch, tmp_path):
    """run_snippet runs `script` through bash instead of a real toolchain."""
    require_tool("bash")

    def use(script: str):
        monkeypatch.setattr(runners, "commands_for",
                            lambda client, workdir, source, trust, batches=None: ([["bash", "-c", script]], dict(os.environ)))
    return use


def test_a_timeout_kills_the_grandchild_too(fake_runner, monkeypatch, tmp_path):
    pidfile = tmp_path / "grandchild.pid"
    fake_runner(f"sleep 300 >/dev/null 2>&1 & echo $! > {pidfile}; sleep 300")
    monkeypatch.setattr(runners, "TIMEOUT_SECONDS", 1)
    started = time.monotonic()
    result = runners.run_snippet("curl:curl", tmp_path, "", None)
    assert result.returncode == 124 and "timed out after 1 s" in result.stderr
    assert time.monotonic() - started < 30
    grandchild = _pid_in(pidfile)
    try:
        assert _wait_for(lambda: not _alive(grandchild), 5), "the grandchild outlived the timeout"
    finally:
        if _alive(grandchild):
            os.kill(grandchild, signal.SIGKILL)


def test_a_process_left_behind_by_a_snippet_is_killed_when_it_ends(fake_runner, tmp_path):
    pidfile = tmp_path / "grandchild.pid"
    fake_runner(f"sleep 300 >/dev/null 2>&1 & echo $! > {pidfile}; echo done")
    result = runners.run_snippet("curl:curl", tmp_path, "", None)
    assert result.returncode == 0 and result.stdout == "done\n"
    grandchild = _pid_in(pidfile)
    try:
        assert _wait_for(lambda: not _alive(grandchild), 5), "the grandchild outlived the snippet"
    finally:
        if _alive(grandchild):
            os.kill(grandchild, signal.SIGKILL)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_removes_the_temporary_folder_and_kills_the_snippet(tmp_path, signum):
    require_tool("bash")
    require_tool("curl")
    templates = tmp_path / "templates"
    (templates / "curl").mkdir(parents=True)
    pidfile = tmp_path / "grandchild.pid"
    (templates / "curl" / "curl.sh.j2").write_text(f"sleep 300 & echo $! > {pidfile}\nwait\n")
    temp = tmp_path / "tmp"
    temp.mkdir()
    verify = subprocess.Popen([sys.executable, "-m", "snippetgen", "verify", "specs/token.yaml", "--lang", "curl",
                               "--templates", str(templates)], cwd=ROOT, env={**os.environ, "TMPDIR": str(temp)},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              # A suite started in the background (`cmd &`) inherits SIGINT ignored,
                              # and so would verify: give it the default, as a terminal's Ctrl-C has.
                              preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    grandchild = None
    try:
        assert _wait_for(lambda: pidfile.is_file() and pidfile.read_text().strip(), 30), "the snippet never ran"
        grandchild = _pid_in(pidfile)
        assert list(temp.glob("snippetgen-verify-*")), "verify made no temporary folder"
        verify.send_signal(signum)
        _, stderr = verify.communicate(timeout=20)
        assert "Traceback" not in stderr, stderr
        assert verify.returncode != 0
        assert list(temp.glob("snippetgen-verify-*")) == [], "verify left its temporary folder"
        assert _wait_for(lambda: not _alive(grandchild), 5), "the snippet's process outlived verify"
    finally:
        if verify.poll() is None:
            verify.kill()
        if grandchild and _alive(grandchild):
            os.kill(grandchild, signal.SIGKILL)


@pytest.mark.parametrize("url", ["ftp://example.com/a", "https://example.com/a#top", "https://user:pw@example.com/a",
                                 "https://{yourDomain}/a#top"])
def test_verify_on_a_url_it_cannot_send_says_why_in_one_line(tmp_path, url):
    spec = tmp_path / "spec.yaml"
    spec.write_text(f"variables:\n  yourDomain: {{}}\nrequest:\n  url: \"{url}\"\n")
    result = invoke("verify", str(spec), "--lang", "curl")
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "request.url" in lines[0], result.output


# -- known failures: only the exact known cause ------------------------------------------------------

OKHTTP3_CREATE = """Main.java:12: error: no suitable method found for create(byte[],MediaType)
        RequestBody body = RequestBody.create(
                                      ^
    method RequestBody.create(MediaType,String) is not applicable
      (argument mismatch; byte[] cannot be converted to MediaType)
1 error
error: compilation failed"""


def test_a_failure_is_known_only_for_its_exact_cause():
    known = languages()["java"].clients["okhttp"].known_failure
    assert "RequestBody.create(byte[], MediaType)" in known.cause and "3.13" in known.cause
    assert known.explains(1, OKHTTP3_CREATE) and not known.explains(0, OKHTTP3_CREATE)
    other_error = OKHTTP3_CREATE.replace("1 error", "Main.java:20: error: cannot find symbol\n2 errors")
    assert not known.explains(1, other_error)
    assert not known.explains(1, "Exception in thread \"main\" java.net.ConnectException")
    assert known.applies("json") and known.applies("text") and not known.applies("form") and not known.applies(None)
    assert languages()["java"].clients["http-client"].known_failure is None


def test_verify_calls_a_failure_of_another_cause_a_plain_fail(tmp_path):
    """OkHttp failing for any other reason (such as a dropped `; charset=utf-8`) is not "known"."""
    require_tool("java")
    templates = tmp_path / "templates"
    (templates / "java").mkdir(parents=True)
    (templates / "java" / "okhttp.java.j2").write_text(
        'public class Main {\n    public static void main(String[] args) {\n        System.exit(3);\n    }\n}\n')
    result = invoke("verify", str(ROOT / "tests" / "cases" / "text-body.yaml"), "--lang", "java:okhttp",
                    "--templates", str(templates))
    if " missing " in result.output:
        from conftest import missing_toolchain
        missing_toolchain(result.output)
    assert result.exit_code == 1, result.output
    assert "java:okhttp            FAIL" in result.output and "exit status 3" in result.output
    assert "known" not in result.output, result.output
