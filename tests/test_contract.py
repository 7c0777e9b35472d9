"""Every language folder keeps the manifest contract; messages say how to fix it."""

from __future__ import annotations

from pathlib import Path

import pygments.lexers
import pygments.util
import pytest

from snippetgen.targets import MANIFEST, builtin_templates_dir, languages, load_language

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
    assert len(languages()) == 8
