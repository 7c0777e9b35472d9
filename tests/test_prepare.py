"""runtime.prepare: commands run once per verify session, whose folder runs name as {prepared}
(snippetgen/verify/prepare.py)."""

from __future__ import annotations

import sys

import pytest

from snippetgen.errors import LanguageError, ToolchainMissing
from snippetgen.manifest import Client, load_language
from snippetgen.runtime import parse_runtime
from snippetgen.verify.runners import run_snippet
from snippetgen.verify.trust import Trust

PY = sys.executable


def runtime(prepare, run, **more):
    data = {"file": "snippet.txt", "prepare": prepare, "run": run, **more}
    return parse_runtime(data, "runtime", lambda path, message: ValueError(f"{path}: {message}"))[0]


def client(rt) -> Client:
    return Client(language="x", key="a", title="A", template="x/a.j2", runtime=rt)


def test_prepare_runs_once_per_session_and_runs_see_its_folder(tmp_path):
    counter = tmp_path / "prepared-count"
    rt = runtime(
        prepare=[[PY, "-c", f"import pathlib; p = pathlib.Path({str(counter)!r}); "
                            "p.write_text(str(int(p.read_text() or 0) + 1) if p.exists() else '1'); "
                            "pathlib.Path('made.txt').write_text(open('note.txt').read() + ' made')"]],
        run=[[PY, "-c", "import os, sys; print(open(sys.argv[1] + '/made.txt').read(), os.environ['MADE'])",
              "{prepared}"]],
        env={"MADE": "{prepared}/made.txt"},
        files={"note.txt": "note in {file}"},
    )
    trust = Trust(tmp_path / "ca.pem", tmp_path)
    outputs = []
    for number in range(3):
        workdir = tmp_path / f"run{number}"
        workdir.mkdir()
        result = run_snippet(client(rt), workdir, "snippet", trust)
        assert result.returncode == 0, result.stderr
        outputs.append(result.stdout)
    assert counter.read_text() == "1"  # three runs, one preparation
    folder = trust.preparations.folder(rt)
    assert outputs == [f"note in snippet.txt made {folder}/made.txt\n"] * 3
    assert folder.parent == tmp_path  # inside the session's folder, removed with it


def test_a_failed_prepare_fails_every_run_with_what_it_said(tmp_path):
    attempts = tmp_path / "attempts"
    rt = runtime(prepare=[[PY, "-c", f"open({str(attempts)!r}, 'a').write('x'); "
                                     "import sys; sys.exit('the compiler is broken')"]],
                 run=[[PY, "-c", "print('ran')"]])
    trust = Trust(tmp_path / "ca.pem", tmp_path)
    for number in range(2):
        (tmp_path / f"run{number}").mkdir()
        with pytest.raises(ToolchainMissing, match="prepare step .* failed \\(1\\): the compiler is broken"):
            run_snippet(client(rt), tmp_path / f"run{number}", "snippet", trust)
    assert attempts.read_text() == "x"  # not tried again for the second run


def test_prepare_commands_take_only_run_placeholders(tmp_path):
    folder = tmp_path / "x"
    folder.mkdir()
    (folder / "manifest.yaml").write_text(
        "key: x\ntitle: X\nextension: .x\nlexer: text\ndefault: a\nclients:\n  a: {title: A, template: a.x.j2}\n"
        "runtime:\n  prepare: [[make, '{out}']]\n", encoding="utf-8")
    with pytest.raises(LanguageError, match=r"manifest.yaml:9: runtime.prepare\[0\]\[1\]: unknown placeholder \{out\}"):
        load_language(folder)
