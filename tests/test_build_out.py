"""build leaves --out itself and what it did not write alone; I/O failures are one line, exit 2."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cases import ROOT
from snippetgen import build as builder, build_commit
from snippetgen.cli import cli

IS_ROOT = os.geteuid() == 0


@pytest.fixture
def specs(tmp_path) -> Path:
    folder = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", folder)
    return folder


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def snapshot(folder: Path) -> dict[str, tuple]:
    """Every entry under folder with its kind, inode, mode and bytes."""
    found = {}
    for path in [folder, *folder.rglob("*")]:
        info = os.lstat(path)
        data = path.read_bytes() if stat.S_ISREG(info.st_mode) else None
        found[path.relative_to(folder).as_posix()] = (stat.S_IFMT(info.st_mode), info.st_ino, info.st_mode, data)
    return found


def change(specs: Path) -> None:
    spec = specs / "token.yaml"
    spec.write_text(spec.read_text().replace("oauth/token", "oauth/v2/token"))


def test_out_keeps_its_inode_mode_and_the_users_folders(specs, tmp_path):
    out = tmp_path / "out"
    out.mkdir(mode=0o700)
    os.chmod(out, 0o700)
    (out / "empty-of-mine").mkdir()
    (out / "notes.txt").write_text("mine")
    inode = out.stat().st_ino
    assert invoke("build", str(specs), "--out", str(out)).exit_code == 0
    change(specs)
    (out / "token" / "empty-too").mkdir()
    assert invoke("build", str(specs), "--out", str(out)).exit_code == 0
    (specs / "call-api.yaml").unlink()
    assert invoke("build", str(specs), "--out", str(out)).exit_code == 0
    assert out.stat().st_ino == inode and stat.S_IMODE(out.stat().st_mode) == 0o700
    assert (out / "empty-of-mine").is_dir() and (out / "token" / "empty-too").is_dir()
    assert (out / "notes.txt").read_text() == "mine"
    assert not (out / "call-api").exists()  # the build's own files (and the folder they left empty) go


def test_out_that_is_a_symlink_stays_a_symlink(specs, tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    out = tmp_path / "out"
    out.symlink_to(real)
    for _ in range(2):
        assert invoke("build", str(specs), "--out", str(out)).exit_code == 0
        assert out.is_symlink() and (real / "token" / "go-net-http.go").is_file()
        change(specs)
    assert "oauth/v2/token" in (real / "token" / "go-net-http.go").read_text()
    assert invoke("build", str(specs), "--out", str(out), "--check").exit_code == 0


def test_a_build_with_nothing_changed_writes_nothing_at_all(specs, tmp_path):
    out = tmp_path / "out"
    assert invoke("build", str(specs), "--out", str(out)).exit_code == 0
    before = snapshot(out)
    times = {path: os.lstat(out / path).st_mtime_ns for path in before}
    result = invoke("build", str(specs), "--out", str(out))
    assert " 0 written" in result.output
    assert snapshot(out) == before
    assert {path: os.lstat(out / path).st_mtime_ns for path in before} == times  # not even a staging folder


def test_a_rebuild_replaces_changed_files_in_place(specs, tmp_path):
    out = tmp_path / "out"
    assert invoke("build", str(specs), "--out", str(out)).exit_code == 0
    untouched = os.stat(out / "call-api" / "go-net-http.go").st_ino
    folder = os.stat(out / "token").st_ino
    change(specs)
    assert invoke("build", str(specs), "--out", str(out)).exit_code == 0
    assert os.stat(out / "call-api" / "go-net-http.go").st_ino == untouched
    assert os.stat(out / "token").st_ino == folder  # no folder swapped: a dev server sees only changed files
    assert sorted(p.name for p in out.iterdir()) == [".snippetgen-build", ".snippetgen-lock", "call-api",
                                                       "call-api.md", "token", "token.md"]


@pytest.mark.parametrize("failing", ["write_all", "replace"])
def test_disk_full_is_one_line_and_leaves_the_old_tree(specs, tmp_path, monkeypatch, failing):
    out = tmp_path / "out"
    assert invoke("build", str(specs), "--out", str(out)).exit_code == 0
    before = snapshot(out)
    change(specs)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    if failing == "write_all":
        monkeypatch.setattr(build_commit, "write_all", full)
    else:
        monkeypatch.setattr(builder.Staging, "commit", lambda *a: full())
    result = invoke("build", str(specs), "--out", str(out))
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and result.output.startswith("error: ")
    assert "No space left on device" in result.output
    assert snapshot(out) == before
    monkeypatch.undo()
    assert "token/go-net-http.go" in builder.build(specs, out, builder.Settings()).written


def test_unreadable_spec_is_one_line(specs, tmp_path, monkeypatch):
    spec = specs / "token.yaml"
    real_open = os.open

    def denied(path, *args, **kwargs):
        if Path(path) == spec:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)  # chmod 000 does not stop root
    result = invoke("build", str(specs), "--out", str(tmp_path / "out"))
    assert result.exit_code == 2 and result.output == f"error: {spec}: cannot read: Permission denied\n"
    assert not (tmp_path / "out").exists()


def _drop_file_permission_override() -> None:
    """In the child, before exec: root without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH obeys file modes."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def run_unprivileged(*args: str) -> subprocess.CompletedProcess:
    """The real command, as a root that file modes stop (or as the user the tests run as)."""
    extra = {"preexec_fn": _drop_file_permission_override} if IS_ROOT else {}
    try:
        return subprocess.run([sys.executable, "-m", "snippetgen", *args], capture_output=True, text=True,
                              timeout=60, **extra)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot drop the capability to ignore file modes: {exc}")


def one_line(run: subprocess.CompletedProcess, *words: str) -> None:
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr and run.stderr.count("\n") == 1 and run.stderr.startswith("error: ")
    for word in words:
        assert word in run.stderr, run.stderr


@pytest.fixture
def restore_modes(tmp_path):
    yield
    for path in tmp_path.rglob("*"):
        if not path.is_symlink():
            os.chmod(path, 0o755)


def test_permission_errors_are_one_line(specs, tmp_path, restore_modes):
    os.chmod(specs / "token.yaml", 0o000)
    one_line(run_unprivileged("build", str(specs), "--out", str(tmp_path / "out")),
             str(specs / "token.yaml"), "cannot read: Permission denied")
    assert not (tmp_path / "out").exists()
    os.chmod(specs / "token.yaml", 0o644)
    # A read-only parent folder: --out cannot be made.
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o555)
    one_line(run_unprivileged("build", str(specs), "--out", str(locked / "out")), str(locked / "out"),
             "Permission denied")
    assert not (locked / "out").exists()
    # A read-only --out: refused, and left exactly as it was (not replaced by a new folder).
    out = tmp_path / "out"
    out.mkdir()
    os.chmod(out, 0o555)
    before = snapshot(out)
    one_line(run_unprivileged("build", str(specs), "--out", str(out)), "Permission denied")
    assert snapshot(out) == before
    # Built once, then made read-only: --check and a build with nothing to do work; a change says why it stops.
    os.chmod(out, 0o755)
    assert run_unprivileged("build", str(specs), "--out", str(out)).returncode == 0
    os.chmod(out, 0o555)
    os.chmod(out / ".snippetgen-lock", 0o444)
    assert run_unprivileged("build", str(specs), "--out", str(out), "--check").returncode == 0
    assert run_unprivileged("build", str(specs), "--out", str(out)).returncode == 0
    change(specs)
    before = snapshot(out)
    one_line(run_unprivileged("build", str(specs), "--out", str(out)), str(out), "Permission denied")
    assert snapshot(out) == before


def mount_tmpfs(folder: Path, size: str) -> None:
    folder.mkdir(exist_ok=True)
    if not IS_ROOT or subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                                     capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")


def test_a_really_full_disk_is_one_line_and_leaves_the_old_tree(specs, tmp_path):
    # Room for one build (each file takes a 4 KiB page, twice while staged), not for a 40 KB value
    # in every client's token file: sized from a build elsewhere, so it holds at any client count.
    trial = tmp_path / "trial"
    assert invoke("build", str(specs), "--out", str(trial)).exit_code == 0
    files = sum(1 for p in trial.rglob("*") if p.is_file())
    out = tmp_path / "out"
    mount_tmpfs(out, f"{files * 8 + 64}k")
    try:
        assert invoke("build", str(specs), "--out", str(out)).exit_code == 0
        before = snapshot(out)
        spec = specs / "token.yaml"
        spec.write_text(spec.read_text().replace("YOUR_API_IDENTIFIER", "x" * 40_000))
        result = invoke("build", str(specs), "--out", str(out))
        assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
        assert "No space left on device" in result.output
        assert snapshot(out) == before
    finally:
        subprocess.run(["umount", str(out)], check=False)


def test_out_that_is_a_mount_point_stays_mounted(specs, tmp_path):
    out = tmp_path / "out"
    mount_tmpfs(out, "4m")
    try:
        device = out.stat().st_dev
        assert invoke("build", str(specs), "--out", str(out)).exit_code == 0
        change(specs)
        assert invoke("build", str(specs), "--out", str(out)).exit_code == 0
        assert os.path.ismount(out) and out.stat().st_dev == device
        assert "oauth/v2/token" in (out / "token" / "go-net-http.go").read_text()
    finally:
        subprocess.run(["umount", str(out)], check=False)
