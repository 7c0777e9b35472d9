"""runtime.service: a process verify starts once per session, whose first line runs get as
{service} (snippetgen/verify/services.py)."""

from __future__ import annotations

import os
import signal
import sys
import time

import pytest

from snippetgen.errors import ToolchainMissing
from snippetgen.manifest import Client
from snippetgen.runtime import parse_runtime
from snippetgen.verify.runners import run_snippet
from snippetgen.verify.trust import Trust

PY = sys.executable
# Counts its starts in a file, answers with its pid, then waits to be killed.
SERVICE = ("import os, pathlib, sys, time; p = pathlib.Path(sys.argv[1]); "
           "p.write_text(p.read_text() + 'x' if p.exists() else 'x'); "
           "print('pid', os.getpid(), open('helper.txt').read(), flush=True); time.sleep(600)")


def client(tmp_path, service=None, run=None) -> Client:
    data = {"file": "snippet.txt", "files": {"helper.txt": "from {file}"},
            "service": service or [PY, "-c", SERVICE, str(tmp_path / "starts")],
            "run": run or [[PY, "-c", "import sys; print(sys.argv[1])", "{service}"]]}
    runtime = parse_runtime(data, "runtime", lambda path, message: ValueError(f"{path}: {message}"))[0]
    return Client(language="x", key="a", title="A", template="x/a.j2", runtime=runtime)


def run(tmp_path, trust, the_client, number):
    workdir = tmp_path / f"run{number}"
    workdir.mkdir()
    return run_snippet(the_client, workdir, "snippet", trust)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().split(")")[-1].split()[0] != "Z"


def test_one_service_serves_every_run_and_is_started_again_when_gone(tmp_path):
    trust = Trust(tmp_path / "ca.pem", tmp_path)
    the_client = client(tmp_path)
    first = [run(tmp_path, trust, the_client, n).stdout for n in range(3)]
    assert len(set(first)) == 1 and first[0].startswith("pid ") and first[0].endswith(" from snippet.txt\n")
    assert (tmp_path / "starts").read_text() == "x"
    pid = int(first[0].split()[1])
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    again = run(tmp_path, trust, the_client, 3).stdout
    assert again != first[0] and (tmp_path / "starts").read_text() == "xx"
    trust.services.stop()
    assert not alive(int(again.split()[1]))


def test_a_service_that_prints_nothing_is_a_missing_toolchain_with_what_it_said(tmp_path, monkeypatch):
    from snippetgen.verify import services

    monkeypatch.setattr(services, "START_SECONDS", 1)
    trust = Trust(tmp_path / "ca.pem", tmp_path)
    silent = client(tmp_path, service=[PY, "-c", "import sys, time; sys.stderr.write('no browser here'); "
                                                  "sys.stderr.flush(); time.sleep(30)"])
    started = time.monotonic()
    with pytest.raises(ToolchainMissing, match="printed no address in 1 s: no browser here"):
        run(tmp_path, trust, silent, 0)
    assert time.monotonic() - started < 10
    trust.services.stop()


def test_the_session_stops_its_services(tmp_path):
    from snippetgen.verify import Session

    with Session() as session:
        the_client = client(tmp_path)
        pid = int(run(tmp_path, session.trust, the_client, 0).stdout.split()[1])
        assert alive(pid)
    assert not alive(pid)
