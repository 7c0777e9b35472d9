"""build under SIGKILL and concurrency, with real processes: per-file atomic writes, the journal, the lock, workers."""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from cases import ROOT
from snippetgen import build as builder
from snippetgen.build_commit import JOURNAL, LOCK, STAGING

def spec_folder(folder: Path, count: int) -> Path:
    folder.mkdir()
    for i in range(count):
        source = ROOT / "specs" / ("token.yaml" if i % 2 else "call-api.yaml")
        shutil.copy(source, folder / f"spec-{i:02}.yaml")
    return folder


@pytest.fixture
def few(tmp_path) -> Path:
    return spec_folder(tmp_path / "specs", 6)


@pytest.fixture
def many(tmp_path) -> Path:
    return spec_folder(tmp_path / "specs", builder.PARALLEL_FROM + 2)  # enough for the two worker processes


def change_all(specs: Path) -> None:
    for spec in specs.iterdir():
        text = spec.read_text()
        text = text.replace("https://{yourDomain}", "https://{yourDomain}/v2")
        spec.write_text(text.replace("myapi.com", "v2.myapi.com"))


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*")
            if p.is_file() and not p.relative_to(folder).as_posix().startswith(".snippetgen")}


def snippetgen(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "snippetgen", *args], capture_output=True, text=True, timeout=120,
                          **kwargs)


def killed_build(specs: Path, out: Path, patch: str) -> subprocess.CompletedProcess:
    """`snippetgen build` in a process that SIGKILLs itself where `patch` says (no hook in snippetgen)."""
    script = textwrap.dedent("""
        import os, signal, sys
        from pathlib import Path
        from snippetgen import build_commit
        def die():
            os.kill(os.getpid(), signal.SIGKILL)
        """) + textwrap.dedent(patch) + textwrap.dedent("""
        from snippetgen.cli import main
        sys.argv = ["snippetgen", "build", sys.argv[1], "--out", sys.argv[2]]
        main()
        """)
    return subprocess.run([sys.executable, "-c", script, str(specs), str(out)], capture_output=True, text=True,
                          timeout=120)


KILL_AFTER_RENAMES = """
    real_replace, done = os.replace, []
    def replace(*args, **kwargs):
        real_replace(*args, **kwargs)
        done.append(1)
        if len(done) == 1 + 7:  # the journal, then 7 of the files
            die()
    os.replace = replace
"""
KILL_WHILE_STAGING = """
    real_write, done = build_commit.write_all, []
    def write_all(fd, data):
        done.append(1)
        if len(done) == 30:
            real_write(fd, data[: len(data) // 2])  # half a file, then gone
            die()
        return real_write(fd, data)
    build_commit.write_all = write_all
"""


def test_kill_during_commit_leaves_each_file_old_or_new_and_the_next_build_finishes(few, tmp_path):
    out, reference = tmp_path / "out", tmp_path / "reference"
    assert snippetgen("build", str(few), "--out", str(out)).returncode == 0
    old = files(out)
    change_all(few)
    assert snippetgen("build", str(few), "--out", str(reference)).returncode == 0
    new = files(reference)
    assert set(old) == set(new) and all(old[k] != new[k] for k in old if k.endswith(".go"))

    run = killed_build(few, out, KILL_AFTER_RENAMES)
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert (out / JOURNAL).is_file()
    now = files(out)
    assert set(now) == set(old)  # nothing missing, no stray file among the outputs
    assert all(now[k] in (old[k], new[k]) for k in now), "a file is neither old nor new"
    assert 0 < sum(now[k] == new[k] != old[k] for k in now) < len(now)  # really killed mid-way

    check = snippetgen("build", str(few), "--out", str(out), "--check")
    assert check.returncode == 1 and "interrupted build" in check.stderr
    assert (out / JOURNAL).is_file()  # --check writes nothing
    finish = snippetgen("build", str(few), "--out", str(out))
    assert finish.returncode == 0 and finish.stdout.startswith("finished an interrupted build;"), finish.stdout
    assert " 0 written" in finish.stdout  # the journal had it all: nothing left to render anew
    assert files(out) == new
    assert not (out / JOURNAL).exists() and not (out / STAGING).exists()
    assert snippetgen("build", str(few), "--out", str(out), "--check").returncode == 0


def test_kill_while_rendering_leaves_the_old_tree_and_the_next_build_cleans_up(few, tmp_path):
    out = tmp_path / "out"
    assert snippetgen("build", str(few), "--out", str(out)).returncode == 0
    old = files(out)
    change_all(few)
    run = killed_build(few, out, KILL_WHILE_STAGING)
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert {k: v for k, v in files(out).items() if not k.startswith(STAGING)} == old
    assert not (out / JOURNAL).exists()
    assert snippetgen("build", str(few), "--out", str(out), "--check").returncode == 1  # stale, as it should be
    again = snippetgen("build", str(few), "--out", str(out))
    assert again.returncode == 0 and not again.stdout.startswith("finished")
    assert not (out / STAGING).exists()
    assert snippetgen("build", str(few), "--out", str(out), "--check").returncode == 0


def test_a_second_build_waits_for_the_lock_and_says_so(few, tmp_path):
    out = tmp_path / "out"
    assert snippetgen("build", str(few), "--out", str(out)).returncode == 0
    change_all(few)
    stderr = tmp_path / "stderr"
    with open(out / LOCK) as lock, open(stderr, "w") as err:
        fcntl.flock(lock, fcntl.LOCK_EX)  # as another build would hold it
        waiting = subprocess.Popen([sys.executable, "-m", "snippetgen", "build", str(few), "--out", str(out)],
                                   stdout=subprocess.PIPE, stderr=err, text=True)
        try:
            deadline = time.monotonic() + 30
            while "waiting for another snippetgen build" not in stderr.read_text():
                assert waiting.poll() is None and time.monotonic() < deadline, stderr.read_text()
                time.sleep(0.05)
            time.sleep(0.3)
            assert waiting.poll() is None  # still waiting, nothing written
            assert not (out / STAGING).exists()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
        stdout, _ = waiting.communicate(timeout=60)
    assert waiting.returncode == 0 and " written" in stdout
    assert snippetgen("build", str(few), "--out", str(out), "--check").returncode == 0


@pytest.mark.parametrize("fresh", [True, False])
def test_two_builds_at_once_leave_a_whole_tree(few, tmp_path, fresh):
    out, reference = tmp_path / "out", tmp_path / "reference"
    if not fresh:
        assert snippetgen("build", str(few), "--out", str(out)).returncode == 0
        change_all(few)
    assert snippetgen("build", str(few), "--out", str(reference)).returncode == 0
    runs = [subprocess.Popen([sys.executable, "-m", "snippetgen", "build", str(few), "--out", str(out)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [run.communicate(timeout=120) for run in runs]
    for run, (stdout, stderr) in zip(runs, results):
        assert run.returncode == 0 and "Traceback" not in stderr, stderr
    written = sorted(int(stdout.split(": ")[1].split(" written")[0]) for stdout, _ in results)
    assert written[0] == 0 and written[1] > 0  # one did the work, the other found it done
    assert files(out) == files(reference)
    assert snippetgen("build", str(few), "--out", str(out), "--check").returncode == 0


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the worker processes")
def test_workers_exit_when_the_build_is_killed(many, tmp_path):
    script = textwrap.dedent("""
        import sys, time
        from pathlib import Path
        from snippetgen import build
        def progress(step):
            print("rendering", flush=True)
            time.sleep(600)  # the main process stalls with its workers started
        build.build(Path(sys.argv[1]), Path(sys.argv[2]), build.Settings(), progress=progress)
        """)
    main = subprocess.Popen([sys.executable, "-c", script, str(many), str(tmp_path / "out")],
                            stdout=subprocess.PIPE, text=True)
    workers: list[int] = []
    try:
        assert main.stdout.readline() == "rendering\n"
        workers = _children(main.pid)
        assert len(workers) == 2, workers
        main.kill()
        main.wait()
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in workers if _alive(pid)], "workers outlived the killed build"
    finally:
        main.kill()
        for pid in workers:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
