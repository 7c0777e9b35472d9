"""Save a snippet as its client's file and run it with the real toolchain, as its manifest's
`runtime:` says. Each runtime trusts the test CA through its own standard setting (an environment
variable, a flag, a trust store); no snippet turns verification off."""

from __future__ import annotations

import functools
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ToolchainMissing
from ..manifest import Client
from ..runtime import Runtime, fill, write_files
from .trust import Trust

if TYPE_CHECKING:
    from .batch import Batches

TIMEOUT_SECONDS = 120
PROBE_SECONDS = 30


def deps_folder() -> Path:
    """Where scripts/install-toolchains puts npm and PyPI packages for the runs: $SNIPPETGEN_DEPS,
    else .live-deps in the current folder."""
    return Path(os.environ.get("SNIPPETGEN_DEPS") or Path.cwd() / ".live-deps").resolve()


def run_values(runtime: Runtime, trust: Trust, stores: bool = True) -> dict[str, str]:
    """What {placeholders} in a runtime's commands, environment and files stand for (without
    building its trust stores when stores is False: enough for probes)."""
    values = {**trust.values(runtime.stores if stores else ()), "file": runtime.file, "python": sys.executable,
              "deps": str(deps_folder()), "cwd": str(Path.cwd())}
    if runtime.prepare:  # the folder only: prepare() fills it before the first run
        values["prepared"] = str(trust.preparations.folder(runtime))
    return values


def prepare(runtime: Runtime, trust: Trust, values: dict[str, str], env: dict[str, str]) -> None:
    """Run the runtime's prepare commands, once per session (verify/prepare.py)."""
    if runtime.prepare:
        trust.preparations.ensure(runtime, values, env)


def run_environment(runtime: Runtime, values: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ)
    if runtime.packages.get("pypi"):  # packages installed for the runs, beside the user's own
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(deps_folder() / "python"), env.get("PYTHONPATH")) if p)
    env.update({name: fill(text, values) for name, text in runtime.env.items()})
    return env


def ensure_ready(client: Client, env: dict[str, str], values: dict[str, str]) -> None:
    """Raise ToolchainMissing, with what to install, unless the client's tools and libraries are here."""
    runtime = client.runtime
    for tool in runtime.tools:
        if not shutil.which(tool, path=env.get("PATH")):
            raise ToolchainMissing(f"{tool} is not installed ({runtime.install_hint()})")
    for probe in runtime.probes:
        if not _probe_passes(tuple(fill(word, values) for word in probe), tuple(sorted(env.items()))):
            raise ToolchainMissing(f"{client.id} cannot run here: {' '.join(probe)} failed ({runtime.install_hint()})")


@functools.cache
def _probe_passes(command: tuple[str, ...], env: tuple[tuple[str, str], ...]) -> bool:
    try:
        return subprocess.run(command, env=dict(env), capture_output=True, timeout=PROBE_SECONDS).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def commands_for(client: Client, workdir: Path, source: str, trust: Trust,
                 batches: Batches | None = None) -> tuple[list[list[str]], dict[str, str]]:
    """Write the snippet and its support files into workdir; return the commands that run it (from
    its batch, if one built it) and their environment, all read from the client's manifest."""
    runtime = client.runtime
    if not runtime.run:
        raise ToolchainMissing(f"{client.id} has no runtime.run in its manifest, so it cannot be run")
    values = run_values(runtime, trust)
    env = run_environment(runtime, values)
    ensure_ready(client, env, values)
    prepare(runtime, trust, values, env)
    if runtime.service:
        values = {**values, "service": trust.services.address(runtime, values, env)}
    (workdir / runtime.file).write_text(source, encoding="utf-8")
    write_files(workdir, runtime.files, values)
    built = batches.commands(client, source, values, env) if batches else None
    return built or [[fill(word, values) for word in command] for command in runtime.run], env


def run_snippet(client: Client, workdir: Path, source: str, trust: Trust,
                batches: Batches | None = None) -> subprocess.CompletedProcess:
    """Run the snippet's commands in order, stopping at the first that fails."""
    commands, env = commands_for(client, workdir, source, trust, batches)
    result = None
    for command in commands:
        result = run_command(command, workdir, env)
        if result.returncode != 0:
            break
    return result


def run_command(command: list[str], workdir: Path, env: dict[str, str],
                timeout: float | None = None) -> subprocess.CompletedProcess:
    """Run command in a process group of its own, killed whole on timeout, when it ends, and when an
    exception (a signal to verify) stops the wait: `go run` and `bash` leave no process behind."""
    timeout = timeout or TIMEOUT_SECONDS
    process = subprocess.Popen(command, cwd=workdir, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, encoding="utf-8", errors="replace", start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        try:
            process.communicate(timeout=5)
        except subprocess.TimeoutExpired:  # a process that left the group holds the pipes open
            pass
        return subprocess.CompletedProcess(command, 124, "", f"timed out after {timeout:g} s")
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
