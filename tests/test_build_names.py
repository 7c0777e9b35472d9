"""build writes only inside --out: hostile spec names, manifests and ledgers; --out against the specs folder."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from cases import ROOT
from snippetgen import build as builder
from snippetgen import build_ledger, build_names
from snippetgen.cli import cli
from snippetgen.errors import SnippetgenError
from snippetgen.languages import languages


@pytest.fixture
def specs(tmp_path) -> Path:
    folder = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", folder)
    return folder


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def one_error(result, *words: str) -> str:
    """The run exited 2 with exactly one `error:` line holding every word, and no traceback."""
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.output
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


def tree(folder: Path) -> set[str]:
    """Every path under folder (the test's whole tmp_path): nothing may appear outside --out."""
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


@pytest.mark.parametrize("name", ["...yaml", "..yml", "-rf.yaml", "a\\b.yaml", "a\x01b.yaml", "a\x7fb.yaml",
                                  ".snippetgen-build.yaml", ".snippetgen-lock.yaml", "\udcff.yaml"])
def test_spec_names_that_cannot_name_outputs_are_refused(specs, tmp_path, name):
    try:
        (specs / name).write_bytes((specs / "token.yaml").read_bytes())
    except (UnicodeEncodeError, OSError):
        pytest.skip("this file system cannot hold that name")
    before = tree(tmp_path)
    result = invoke("build", str(specs), "--out", str(tmp_path / "out"))
    one_error(result)
    assert tree(tmp_path) == before  # nothing written anywhere: not beside --out, not inside it


def test_spec_named_dot_dot_no_longer_writes_beside_out(specs, tmp_path):
    (specs / "...yaml").write_text((specs / "token.yaml").read_text())
    result = invoke("build", str(specs), "--out", str(tmp_path / "out" / "inner"))
    one_error(result, "...yaml", "'..'")
    assert not (tmp_path / "out").exists()


def test_yaml_and_yml_of_one_name_are_refused_naming_both(specs, tmp_path):
    shutil.copy(specs / "token.yaml", specs / "token.yml")
    one_error(invoke("build", str(specs), "--out", str(tmp_path / "out")), "token.yaml", "token.yml")


def test_spec_whose_folder_is_another_specs_page_is_refused(specs, tmp_path):
    shutil.copy(specs / "token.yaml", specs / "token.md.yaml")
    one_error(invoke("build", str(specs), "--out", str(tmp_path / "out")), "token.md.yaml", "token.md")
    assert not (tmp_path / "out").exists()


def test_docusaurus_page_collision_is_refused(specs, tmp_path):
    shutil.copy(specs / "token.yaml", specs / "token.docusaurus.yaml")
    args = ["build", str(specs), "--out", str(tmp_path / "out"), "-f", "mdx", "-f", "docusaurus"]
    one_error(invoke(*args), "token.docusaurus.yaml", "token.docusaurus.mdx")
    # With only one of the two formats the names do not meet: that build is fine.
    assert invoke("build", str(specs), "--out", str(tmp_path / "out"), "-f", "docusaurus").exit_code == 0


@pytest.mark.parametrize("make", [lambda p: p.mkdir(), lambda p: os.mkfifo(p), lambda p: p.symlink_to("nowhere")])
def test_a_yaml_name_that_is_not_a_regular_file_is_one_line(specs, tmp_path, make):
    make(specs / "odd.yaml")  # a FIFO would block a plain open() forever
    one_error(invoke("build", str(specs), "--out", str(tmp_path / "out")), "odd.yaml", "not a regular file")


@pytest.mark.parametrize("rel", ["../x", "/etc/passwd", "a/../../x", "a\\..\\x", "a\x00b", "a//b", ".", "a/./b",
                                 ".snippetgen-build", ".snippetgen-tmp/0", ""])
def test_output_paths_are_checked_whatever_made_them(rel):
    assert not build_names.is_safe(rel)
    with pytest.raises(SnippetgenError):
        build_names.check_outputs({rel: (Path("specs/x.yaml"), "go:net-http snippet")})


def test_an_extension_that_slipped_past_the_manifest_check_still_cannot_escape(specs, tmp_path, monkeypatch):
    table = dict(languages())
    go = table["go"]
    table["go"] = type(go)(**{**go.__dict__, "extension": "/../../../escaped.go"})
    monkeypatch.setattr(builder, "languages", lambda user_dirs=(): table)
    before = tree(tmp_path)
    with pytest.raises(SnippetgenError, match="not a plain path inside --out"):
        builder.build(specs, tmp_path / "out", builder.Settings())
    assert tree(tmp_path) == before


MANIFEST = ("key: evil\ntitle: Evil\nextension: {extension}\nlexer: {lexer}\ndefault: e\n"
            "clients:\n  {client}: {{title: E, template: e.sh.j2}}\n")


@pytest.mark.parametrize("field, extension, lexer, client", [
    ("extension", "/../../../../tmp/escaped.sh", "bash", "e"),
    ("extension", "../x", "bash", "e"),
    ("extension", ".sh/../../x", "bash", "e"),
    ("extension", "sh", "bash", "e"),
    ("lexer", ".sh", "no-such-lexer-anywhere", "e"),
    ("lexer", ".sh", "'bash\\n```\\n<script>'", "e"),
    ("clients", ".sh", "bash", "'../e'"),
])
def test_user_manifest_with_a_path_or_unknown_lexer_is_one_line(specs, tmp_path, field, extension, lexer, client):
    user = tmp_path / "templates"
    (user / "evil").mkdir(parents=True)
    (user / "evil" / "manifest.yaml").write_text(MANIFEST.format(extension=extension, lexer=lexer, client=client))
    (user / "evil" / "e.sh.j2").write_text("echo hi\n")
    before = tree(tmp_path)
    for command in (["build", str(specs), "--out", str(tmp_path / "out")], ["langs"]):
        result = invoke(*command, "--templates", str(user))
        one_error(result, str(user / "evil" / "manifest.yaml"), f"{field}:")
    assert tree(tmp_path) == before


def test_a_good_user_manifest_still_builds(specs, tmp_path):
    user = tmp_path / "templates"
    (user / "evil").mkdir(parents=True)
    (user / "evil" / "manifest.yaml").write_text(MANIFEST.format(extension=".sh", lexer="bash", client="e"))
    (user / "evil" / "e.sh.j2").write_text("echo hi\n")
    result = invoke("build", str(specs), "--out", str(tmp_path / "out"), "-f", "html", "--templates", str(user))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "token" / "evil-e.sh").read_text() == "echo hi\n"


def test_a_hostile_ledger_cannot_remove_files_outside_out(specs, tmp_path):
    out = tmp_path / "out"
    victim = tmp_path / "victim.txt"
    victim.write_text("mine")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "also-mine.txt").write_text("mine")
    (out / "link").mkdir(parents=True)
    os.rmdir(out / "link")
    (out / "link").symlink_to(tmp_path / "elsewhere")
    entry = ["x", "x", 4, 0]
    (out / builder.LEDGER).write_text(json.dumps({"version": build_ledger.LEDGER_VERSION, "code": "old", "specs": {}, "files": {
        "../victim.txt": entry, str(victim): entry, "link/also-mine.txt": entry}}))
    assert invoke("build", str(specs), "--out", str(out)).exit_code == 0
    assert victim.read_text() == "mine" and (tmp_path / "elsewhere" / "also-mine.txt").read_text() == "mine"


def test_a_symlinked_folder_inside_out_is_not_written_through(specs, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (out / "token").symlink_to(tmp_path / "elsewhere")
    one_error(invoke("build", str(specs), "--out", str(out)), str(out / "token"), "symlink")
    assert list((tmp_path / "elsewhere").iterdir()) == []
    assert not (out / "call-api").exists()  # refused before anything was written


@pytest.mark.parametrize("specs_arg, out_arg, words", [
    (".", "..", ["contains the specs folder"]),
    (".", ".", ["is the specs folder"]),
    (".", "/", ["root folder"]),
    (".", "sub/deeper", ["lies inside the specs folder"]),
    ("../specs", "../", ["contains the specs folder"]),
])
def test_out_around_inside_or_at_the_specs_folder_is_refused(specs, tmp_path, monkeypatch, specs_arg, out_arg, words):
    monkeypatch.chdir(specs)
    before = tree(tmp_path)
    for extra in ([], ["--check"]):
        one_error(invoke("build", specs_arg, "--out", out_arg, *extra), *words)
    assert tree(tmp_path) == before  # no 330 nested folders, no traceback
