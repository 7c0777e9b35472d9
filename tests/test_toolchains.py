"""Every golden full program passes its client's own compile or lint check (`runtime.check` in its
manifest), with the real toolchain.

A missing toolchain skips here and fails under CI=true (see conftest.missing_toolchain).
Running the programs against a server is the live suite's job.
"""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from cases import CLIENTS, ROOT, SNAPSHOTS
from conftest import missing_toolchain
from snippetgen.errors import ToolchainMissing
from snippetgen.runtime import fill
from snippetgen.languages import languages
from snippetgen.verify.runners import deps_folder, ensure_ready, run_environment, run_values
from snippetgen.verify.trust import Trust

pytestmark = pytest.mark.toolchain


def goldens(client) -> list[Path]:
    folder = SNAPSHOTS / client.language / client.key
    extension = languages()[client.language].extension
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix == extension
                   and ".short." not in p.name) if folder.is_dir() else []
    assert files, f"no golden files for {client.id}; run pytest tests/test_snapshots.py --client {client.id} --force-regen"
    return files


def _check_one(client, golden: Path, out: Path) -> str | None:
    """None when every check command passes on golden, else what the failing one printed."""
    out.mkdir()
    values = {"file": str(golden), "out": str(out), "folder": str(languages()[client.language].folder),
              "python": sys.executable, "deps": str(deps_folder())}
    for command in client.runtime.check:
        words = [fill(word, values) for word in command]
        result = subprocess.run(words, cwd=out, capture_output=True, text=True, timeout=180)
        if result.returncode != 0:
            return f"$ {' '.join(words)}\n{(result.stdout + result.stderr).strip()}"
    return None


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.id)
def test_goldens_pass_the_clients_check(client, tmp_path):
    if not client.runtime.check:
        pytest.fail(f"{client.id}: add runtime.check to templates/{client.language}/manifest.yaml "
                    "(the command that compiles or lints one file, e.g. [[ruby, -c, '{file}']])")
    values = run_values(client.runtime, Trust(tmp_path / "ca.pem", tmp_path), stores=False)
    try:
        ensure_ready(client, run_environment(client.runtime, values), values)
    except ToolchainMissing as exc:
        missing_toolchain(str(exc))
    files = goldens(client)
    with ThreadPoolExecutor(max_workers=2) as pool:
        outputs = list(pool.map(lambda item: _check_one(client, item[1], tmp_path / str(item[0])), enumerate(files)))
    failures = [(f, out) for f, out in zip(files, outputs) if out]
    assert not failures, "\n\n".join(f"{f.relative_to(ROOT)}:\n{out}" for f, out in failures)
