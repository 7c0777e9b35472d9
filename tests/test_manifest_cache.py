"""The manifest cache: reused only for the same file and code, ignored when anyone else could write it."""

from __future__ import annotations

import pickle
import shutil
import tempfile

import pytest

from snippetgen import languages as languages_module
from snippetgen.languages import builtin_templates_dir, languages


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    languages.cache_clear()
    yield tmp_path / "cache" / "snippetgen"
    languages.cache_clear()


@pytest.fixture
def loads(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = languages_module.load_language

    def counting(folder, user=False):
        seen.append(folder.name)
        return real(folder, user=user)

    monkeypatch.setattr(languages_module, "load_language", counting)
    return seen


def fresh_table(*user_dirs):
    languages.cache_clear()  # a new process, as far as the cache is concerned
    return languages(tuple(user_dirs))


def test_a_second_process_reads_no_manifest_and_gets_the_same_table(cache_home, loads):
    first = fresh_table()
    assert len(loads) == len(first) and (cache_home / "manifests.pickle").is_file()
    loads.clear()
    second = fresh_table()
    assert loads == []
    assert second == first and [lang.clients for lang in second.values()] == [lang.clients for lang in first.values()]
    assert [c.runtime for lang in second.values() for c in lang.clients.values()] == \
           [c.runtime for lang in first.values() for c in lang.clients.values()]


def test_an_edited_manifest_is_read_again(cache_home, loads, tmp_path):
    user = tmp_path / "templates"
    shutil.copytree(builtin_templates_dir() / "go", user / "go")
    fresh_table(user)
    manifest = user / "go" / "manifest.yaml"
    manifest.write_text(manifest.read_text().replace("title: Go", "title: Golang"))
    loads.clear()
    table = fresh_table(user)
    assert loads == ["go"] and table["go"].title == "Golang"


@pytest.mark.parametrize("spoil", ["garbage", "group-writable", "symlink", "other code"])
def test_a_cache_file_nobody_can_trust_is_ignored(cache_home, loads, tmp_path, spoil):
    fresh_table()
    cache = cache_home / "manifests.pickle"
    if spoil == "garbage":
        cache.write_bytes(b"\x80\x05not a pickle")
    elif spoil == "group-writable":
        cache.chmod(0o664)
    elif spoil == "symlink":
        elsewhere = tmp_path / "elsewhere.pickle"
        shutil.move(cache, elsewhere)
        cache.symlink_to(elsewhere)
    else:
        code, entries = pickle.loads(cache.read_bytes())
        cache.write_bytes(pickle.dumps((code[:-1] + ("another",), entries)))
    loads.clear()
    table = fresh_table()
    assert len(loads) == len(table)  # every manifest read again, and no error


def test_no_usable_cache_folder_reads_the_manifests_each_time(cache_home, loads):
    cache_home.parent.mkdir(parents=True)
    cache_home.write_text("a file where the folder would be")
    fresh_table()
    loads.clear()
    table = fresh_table()
    assert len(loads) == len(table)


@pytest.mark.parametrize("where", ["create", "pickle"])
def test_a_cache_that_cannot_be_written_is_not_an_error(cache_home, loads, monkeypatch, where):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied") if where == "create" else pickle.PicklingError("no")

    if where == "create":
        monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    else:
        monkeypatch.setattr(pickle, "dump", refuse)
    assert fresh_table() and not (cache_home / "manifests.pickle").exists()
    assert list(cache_home.iterdir()) == []  # no temporary file left behind
