"""Batch builds (runtime.batch): many snippets compiled in one go, each then run on its own; a batch
that does not compile leaves every snippet to run alone, so only speed depends on batches."""

from __future__ import annotations

import dataclasses
import sys

from snippetgen.manifest import Client
from snippetgen.runtime import Batch, Runtime
from snippetgen.verify.batch import Batches
from snippetgen.verify.runners import commands_for
from snippetgen.verify.trust import Trust

# A "compiler" that joins every snippet file into one program and counts its own runs.
BUILD = ("import pathlib, sys; n = pathlib.Path('builds'); n.write_text(str(int(n.read_text() or 0) + 1) "
         "if n.exists() else '1'); sys.exit(1 if any('broken' in pathlib.Path(f).read_text() for f in sys.argv[1:]) "
         "else 0)")


def client(tmp_path) -> Client:
    runtime = Runtime(file="s.py", run=((sys.executable, "{file}"),), batch=Batch(
        file="{name}/main.py", prefix="# {name}\n", build=((sys.executable, "-c", BUILD, "{files}"),),
        run=((sys.executable, "{batch}/{name}/main.py", "{env[PATHX]}"),)))
    return dataclasses.replace(Client(language="x", key="y", title="Y", template="y.j2"), runtime=runtime)


def test_a_batch_compiles_once_and_runs_each_snippet_from_it(tmp_path):
    trust = Trust(tmp_path / "ca.pem", tmp_path)
    batches, c = Batches(tmp_path, trust), client(tmp_path)
    assert batches.build(c, ["print(1)", "print(2)", "print(1)"])
    [folder] = [p for p in tmp_path.iterdir() if p.name.startswith("batch-")]
    assert (folder / "builds").read_text() == "1"
    assert (folder / "snippet0" / "main.py").read_text() == "# snippet0\nprint(1)"
    assert not batches.build(c, ["print(2)"])  # built already: nothing to do
    work = tmp_path / "work"
    work.mkdir()
    commands, _ = commands_for(c, work, "print(2)", trust, batches)
    assert commands == [[sys.executable, f"{folder}/snippet1/main.py", ""]]
    commands, _ = commands_for(c, work, "print(3)", trust, batches)  # never batched: runs on its own
    assert commands == [[sys.executable, "s.py"]]


def test_a_batch_that_does_not_compile_leaves_each_snippet_to_run_alone(tmp_path):
    trust = Trust(tmp_path / "ca.pem", tmp_path)
    batches, c = Batches(tmp_path, trust), client(tmp_path)
    assert not batches.build(c, ["print(1)", "broken("])
    work = tmp_path / "work"
    work.mkdir()
    assert commands_for(c, work, "print(1)", trust, batches)[0] == [[sys.executable, "s.py"]]
