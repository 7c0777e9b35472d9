"""What a document's snippets depend on, so that an incremental Sphinx build re-reads the document
when, and only when, one of them changes.

Files (the spec, the template files) are Sphinx dependencies: a newer mtime re-reads the document.
Sphinx takes no folder as a dependency, so a file added to a user templates folder (an override of
a built-in template, say) is noticed another way: each document's listing of those folders is kept
in the environment, per document (purged and merged as Sphinx asks, so parallel reads are safe),
and compared when Sphinx looks for outdated documents.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from ..formats import Tab
from ..languages import builtin_templates_dir

_LISTINGS = "snippetgen_listings"  # env attribute: docname -> {folder: listing}


def _listing(folder: str) -> tuple[str, ...]:
    root = Path(folder)
    return tuple(sorted(path.relative_to(root).as_posix() for path in root.rglob("*"))) if root.is_dir() else ()


def note_user_templates(env: BuildEnvironment, folders: tuple[Path, ...]) -> None:
    listings = getattr(env, _LISTINGS, None)
    if listings is None:
        listings = {}
        setattr(env, _LISTINGS, listings)
    mine = listings.setdefault(env.docname, {})
    for folder in folders:
        mine[str(folder)] = _listing(str(folder))
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                env.note_dependency(str(path))


def note_builtin_templates(env: BuildEnvironment, tabs: list[Tab]) -> None:
    """The built-in folders of the languages shown (a template imports others from its folder)."""
    for name in sorted({tab.language.folder.name for tab in tabs if tab.language.folder}):
        for path in sorted((builtin_templates_dir() / name).rglob("*")):
            if path.is_file():
                env.note_dependency(str(path))


def _outdated(app: Sphinx, env: BuildEnvironment, added, changed, removed) -> list[str]:
    """Documents whose user templates folders gained or lost a file."""
    listings = getattr(env, _LISTINGS, {})
    return [docname for docname, folders in listings.items()
            if docname not in removed and any(_listing(folder) != listing for folder, listing in folders.items())]


def _purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    getattr(env, _LISTINGS, {}).pop(docname, None)


def _merge(app: Sphinx, env: BuildEnvironment, docnames, other: BuildEnvironment) -> None:
    theirs = getattr(other, _LISTINGS, {})
    if not hasattr(env, _LISTINGS):
        setattr(env, _LISTINGS, {})
    for docname in docnames:
        if docname in theirs:
            getattr(env, _LISTINGS)[docname] = theirs[docname]


def connect(app: Sphinx) -> None:
    app.connect("env-get-outdated", _outdated)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
