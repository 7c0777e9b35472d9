"""Every language folder keeps the manifest contract; messages say how to fix it."""

from __future__ import annotations

from pathlib import Path

import pygments.lexers
import pygments.util
import pytest

from snippetgen.languages import MANIFEST, builtin_templates_dir, languages, load_language

FOLDERS = sorted(p for p in builtin_templates_dir().iterdir() if p.is_dir())


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_folder_has_manifest(folder):
    assert (folder / MANIFEST).is_file(), f"add {folder.name}/{MANIFEST} (see README, 'Adding a language')"


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_manifest(folder):
    language = load_language(folder)
    assert language.key == folder.name, f"{folder}/{MANIFEST}: key must be the folder name {folder.name!r}"
    assert language.extension.startswith("."), f"{folder}/{MANIFEST}: extension needs its dot, e.g. '.go'"
    try:
        pygments.lexers.get_lexer_by_name(language.lexer)
    except pygments.util.ClassNotFound:
        pytest.fail(f"{folder}/{MANIFEST}: lexer {language.lexer!r} is not a Pygments alias; "
                    "pick one from `pygmentize -L lexers`")
    for client in language.clients.values():
        template = builtin_templates_dir() / client.template
        assert template.is_file(), f"{folder}/{MANIFEST}: client {client.key!r} names {template.name}, which is missing"
        assert template.name.endswith(".j2"), f"{template}: name templates <client><ext>.j2"


def test_keys_and_aliases_are_unique():
    seen: dict[str, str] = {}
    for language in languages().values():
        for name in (language.key, *language.aliases):
            assert name not in seen, f"{name!r} names both {seen[name]} and {language.key}; rename one alias"
            seen[name] = language.key
    assert "all" not in seen, "'all' selects every language; no language may use it as key or alias"


def test_every_template_file_belongs_to_a_client():
    used = {client.template for language in languages().values() for client in language.clients.values()}
    for folder in FOLDERS:
        for template in folder.glob("*.j2"):
            name = f"{folder.name}/{template.name}"
            if not template.name.startswith("_"):
                assert name in used, f"{name} is no client's template: list it in {folder.name}/{MANIFEST} or prefix it with _ if it is a partial"


def test_installed_package_carries_its_templates():
    """A non-editable install must find templates inside the package (CI installs it so)."""
    import snippetgen

    package_dir = Path(snippetgen.__file__).resolve().parent
    if "site-packages" not in package_dir.parts:
        pytest.skip("running from a source checkout; CI runs this against the installed wheel")
    assert builtin_templates_dir() == package_dir / "templates"
    assert set(languages()) == {p.name for p in FOLDERS}


# -- every client can be checked and run: its manifest's runtime -------------------------------------

CLIENTS = [client for language in languages().values() for client in language.clients.values()]


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.id)
def test_client_can_be_checked_and_run(client):
    where = f"templates/{client.language}/{MANIFEST}"
    runtime = client.runtime
    assert runtime.file, f"{where}: give runtime.file, the name a snippet is saved under to run (e.g. main.go)"
    assert runtime.file.endswith(languages()[client.language].extension) or client.language == "curl", \
        f"{where}: runtime.file {runtime.file!r} should end in the language's extension"
    assert runtime.check, f"{where}: give runtime.check, the commands that compile or lint one file ({{file}})"
    assert runtime.run, f"{where}: give runtime.run, the commands that run the snippet ({{file}}) in its folder"
    assert any("{file}" in word for command in runtime.run for word in command), \
        f"{where}: runtime.run never names {{file}}, so it cannot run the snippet"
    assert any("{file}" in word for command in runtime.check for word in command), \
        f"{where}: runtime.check never names {{file}}, so it checks nothing"
    assert runtime.trust, (f"{where}: say in runtime.trust how {client.id} trusts the test CA (an env setting "
                           "with {ca}, a flag, or a store from runtime.stores); never turn verification off")
    uses_ca = any("{ca}" in text for text in (*runtime.env.values(), *runtime.files.values(),
                                              *(w for c in runtime.run for w in c)))
    assert uses_ca or runtime.stores, \
        f"{where}: {client.id} is never given the test CA: use {{ca}} in runtime.env, run or files, or a store"
    uses_prepared = any("{prepared}" in text for text in (*runtime.env.values(), *runtime.files.values(),
                                                          *(w for c in runtime.run + runtime.probes for w in c)))
    assert runtime.prepare or not uses_prepared, \
        f"{where}: {client.id} names {{prepared}} but has no runtime.prepare, the commands that fill that folder"
    uses_service = any("{service}" in w for c in runtime.run for w in c)
    assert bool(runtime.service) == uses_service, \
        f"{where}: {client.id} has a runtime.service its run never names as {{service}}, or the reverse"
    assert runtime.packages or runtime.hint, \
        f"{where}: list runtime.packages (debian, npm, pypi) or a hint, so a missing toolchain says what to install"
    if client.known_failure:
        assert client.unverified, f"{where}: a client with known_failure must say why in unverified"


def test_trust_stores_named_by_manifests_can_be_built():
    from snippetgen.runtime import STORES
    from snippetgen.verify.trust import BUILDERS

    assert set(BUILDERS) == STORES, "snippetgen/runtime.py STORES and verify/trust.py BUILDERS must list the same stores"


BROKEN_MANIFESTS = [
    ("key: x\ntitle: X\nkey: y\n", r"manifest.yaml:3: key: key 'key' is given twice"),
    ("key: x\ntitle: X\nextension: .x\nlexer: text\ndefault: a\nclients:\n  a: {title: A, template: a.x.j2}\n"
     "runtime:\n  run: [[x, '{fiel}']]\n", r"manifest.yaml:9: runtime.run\[0\]\[1\]: unknown placeholder \{fiel\}"),
    ("key: x\ntitle: X\nextension: .x\nlexer: text\ndefault: a\nclients:\n  a: {title: A, template: a.x.j2}\n"
     "runtime:\n  stores: [keychain]\n", r"manifest.yaml:9: runtime.stores: unknown store 'keychain'"),
    ("key: x\ntitle: X\nextension: .x\nlexer: text\ndefault: a\nclients:\n  a:\n    title: A\n    template: a.x.j2\n"
     "    runtime: {chek: []}\n", r"manifest.yaml:10: clients.a.runtime.chek: unknown key"),
    ("key: x\ntitle: X\nextension: .x\nlexer: text\ndefault: b\nclients:\n  a: {title: A, template: a.x.j2}\n",
     r"manifest.yaml:5: default: 'b' is not one of the clients: a"),
    ("key: x\ntitle: X\nextension: .x\nlexer: text\ndefault: a\nclients:\n  a: {title: A, template: a.x.j2}\n"
     "runtime:\n  packages: {brew: [x]}\n", r"manifest.yaml:9: runtime.packages.brew: unknown registry"),
    ("key: x\ntitle: X\nextension: .x\nlexer: text\ndefault: a\nclients:\n  a: {title: A, template: a.x.j2}\n"
     "runtime:\n  batch: {file: a.x, build: [[c, '{files}']], run: [[r, '{name}']]}\n",
     r"manifest.yaml:9: runtime.batch.file: must be a relative path naming \{name\}"),
    ("key: x\ntitle: X\nextension: .x\nlexer: text\ndefault: a\nclients:\n  a: {title: A, template: a.x.j2}\n"
     "runtime:\n  batch: {file: '{name}.x', build: [[c, 'all:{files}']], run: [[r, '{name}']]}\n",
     r"manifest.yaml:9: runtime.batch.build: must name \{files\} as a word of its own"),
    ("key: x\ntitle: X\nextension: .x\nlexer: text\ndefault: a\nclients:\n  a: {title: A, template: a.x.j2}\n"
     "runtime:\n  batch: {file: '{name}.x', build: [[c, '{files}']], run: [[r, x]]}\n",
     r"manifest.yaml:9: runtime.batch.run: never names \{name\}"),
    ("key: x\ntitle: X\nextension: .x\nlexer: text\ndefault: a\nclients:\n  a: {title: A, template: a.x.j2}\n"
     "runtime:\n  batch: {file: '{name}.x', build: [[c, '{files}']], run: [[r, '{name}', '{out}']]}\n",
     r"manifest.yaml:9: runtime.batch.run\[0\]\[2\]: unknown placeholder \{out\}"),
    ("key: x\ntitle: X\nextension: .x\nlexer: text\ndefault: a\nclients:\n  a: {title: A, template: a.x.j2}\n"
     "runtime:\n  env: {WHERE: '{service}'}\n", r"manifest.yaml:9: runtime.env.WHERE: unknown placeholder \{service\}"),
    ("key: x\ntitle: X\nextension: .x\nlexer: text\ndefault: a\nclients:\n  a: {title: A, template: a.x.j2}\n"
     "runtime:\n  service: node\n", r"manifest.yaml:9: runtime.service: must be one command, a list of words"),
]


@pytest.mark.parametrize(("text", "message"), BROKEN_MANIFESTS)
def test_a_broken_manifest_names_file_line_and_key(tmp_path, text, message):
    from snippetgen.errors import LanguageError

    folder = tmp_path / "x"
    folder.mkdir()
    (folder / MANIFEST).write_text(text, encoding="utf-8")
    with pytest.raises(LanguageError, match=message):
        load_language(folder)


def test_a_client_runtime_adds_to_its_languages():
    okhttp = languages()["java"].clients["okhttp"].runtime
    shared = languages()["java"].clients["http-client"].runtime
    assert okhttp.run == shared.run and okhttp.stores == shared.stores
    assert okhttp.packages["debian"] == (*shared.packages["debian"], "libokhttp-java")
    assert okhttp.check != shared.check  # replaced: type-checked against OkHttp 4's API
