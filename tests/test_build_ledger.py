"""build's ledger: an untouched spec is not read again, a recent or changed one is, and a ledger of
the wrong shape or version only makes outputs stale."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from cases import ROOT
from snippetgen import build as builder, build_ledger
from snippetgen.languages import all_clients


@pytest.fixture
def specs(tmp_path) -> Path:
    folder = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", folder)
    return folder


def settle(folder: Path) -> None:
    """Date every spec a minute back, as a spec is when nobody has edited it for a while."""
    past = time.time_ns() - 60 * 10**9
    for path in folder.iterdir():
        os.utime(path, ns=(past, past))


def run_build(specs: Path, out: Path) -> builder.Result:
    return builder.build(specs, out, builder.Settings())


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The specs build reads to hash them."""
    seen: list[str] = []
    real = builder._read_spec

    def counting(path: str) -> bytes:
        seen.append(Path(path).stem)
        return real(path)

    monkeypatch.setattr(builder, "_read_spec", counting)
    return seen


def test_an_untouched_spec_is_not_read_again(specs, tmp_path, reads):
    settle(specs)
    out = tmp_path / "out"
    run_build(specs, out)
    assert sorted(reads) == sorted(p.stem for p in specs.glob("*.yaml"))
    recorded = json.loads((out / builder.LEDGER).read_text())["specs"]
    assert sorted(recorded) == sorted(reads)
    reads.clear()
    second = run_build(specs, out)
    assert reads == [] and second.rendered == 0


def test_an_edited_spec_is_read_and_rendered_again(specs, tmp_path, reads):
    settle(specs)
    out = tmp_path / "out"
    run_build(specs, out)
    reads.clear()
    spec = specs / "call-api.yaml"
    spec.write_text(spec.read_text().replace("myapi.com", "api.example.org"))
    result = run_build(specs, out)
    assert reads == ["call-api"]
    assert result.rendered == len(all_clients()) + 1
    assert "api.example.org" in (out / "call-api" / "go-net-http.go").read_text()


def test_a_recent_spec_is_not_recorded_so_a_same_size_same_time_edit_is_seen(specs, tmp_path, reads):
    # Within one tick of the file system's clock an edit keeps the size and the time: a spec
    # changed in the last seconds is read again at each build rather than trusted.
    settle(specs)
    spec = specs / "call-api.yaml"
    now = time.time_ns()
    os.utime(spec, ns=(now, now))
    out = tmp_path / "out"
    run_build(specs, out)
    assert "call-api" not in json.loads((out / builder.LEDGER).read_text())["specs"]
    spec.write_text(spec.read_text().replace("myapi.com", "myapi.org"))  # same length
    os.utime(spec, ns=(now, now))
    reads.clear()
    result = run_build(specs, out)
    assert reads == ["call-api"] and result.rendered == len(all_clients()) + 1
    assert "myapi.org" in (out / "call-api" / "go-net-http.go").read_text()


@pytest.mark.parametrize("files, specs_record", [
    ({"call-api/go-net-http.go": "x", "token/go-net-http.go": [1, 2]}, {"call-api": "x", "token": [1]}),
    ({"call-api/go-net-http.go": [None, None, None, None, 5]}, {"call-api": [1, 2, 3, 4, None]}),
    ({"call-api/go-net-http.go": []}, []),
])
def test_a_ledger_of_the_wrong_shape_only_makes_outputs_stale(specs, tmp_path, files, specs_record):
    settle(specs)
    out = tmp_path / "out"
    run_build(specs, out)
    expected = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()
                and not p.name.startswith(".snippetgen")}
    data = json.loads((out / builder.LEDGER).read_text())
    data["files"].update(files)
    data["specs"] = specs_record
    (out / builder.LEDGER).write_text(json.dumps(data))
    (out / "call-api" / "go-net-http.go").write_text("edited")
    result = run_build(specs, out)
    assert "call-api/go-net-http.go" in result.written
    assert {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()
            and not p.name.startswith(".snippetgen")} == expected


def test_a_ledger_of_an_older_version_re_renders_everything(specs, tmp_path):
    out = tmp_path / "out"
    first = run_build(specs, out)
    data = json.loads((out / builder.LEDGER).read_text())
    old = {"version": build_ledger.LEDGER_VERSION - 1, "code": data["code"],
           "files": {rel: {"fingerprint": entry[0]} for rel, entry in data["files"].items()}}
    (out / builder.LEDGER).write_text(json.dumps(old))
    again = run_build(specs, out)
    assert again.rendered == first.rendered and again.written == []  # same bytes: nothing rewritten


def test_a_ledger_replaced_by_another_build_is_read_again(specs, tmp_path):
    out = tmp_path / "out"
    run_build(specs, out)
    ledger = build_ledger.read_ledger(out, builder._code_hash())
    assert not ledger.replaced(out)
    text = (out / builder.LEDGER).read_text()
    (out / builder.LEDGER).unlink()
    (out / builder.LEDGER).write_text(text)  # a new file, as a commit renames one in
    assert ledger.replaced(out)
