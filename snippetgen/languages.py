"""Languages and clients, discovered from templates/<lang>/manifest.yaml.

Adding a language is adding a folder: a manifest and one Jinja template per client.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .errors import LanguageError, UsageError
from .manifest import MANIFEST, Client, Language, load_language
from .manifest_cache import ManifestCache


def builtin_templates_dir() -> Path:
    """templates/ inside the installed package, or at the top of a source checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "templates"
    return packaged if packaged.is_dir() else here.parent / "templates"


def stale_install() -> str | None:
    """Run inside a snippetgen checkout by an installed copy whose templates are not the checkout's:
    a new or changed template there would be silently ignored. Says so, or None."""
    here = Path.cwd()
    checkout, builtin = here / "templates", builtin_templates_dir()
    try:
        if not checkout.is_dir() or checkout.resolve() == builtin.resolve() \
                or 'name = "snippetgen"' not in (here / "pyproject.toml").read_text(encoding="utf-8"):
            return None
    except OSError:
        return None
    mine = {p.relative_to(checkout): p for p in checkout.rglob("*") if p.is_file()}
    theirs = {p.relative_to(builtin): p for p in builtin.rglob("*") if p.is_file()}
    differ = sorted(set(mine) ^ set(theirs)) or sorted(
        name for name in mine if mine[name].read_bytes() != theirs[name].read_bytes())
    if not differ:
        return None
    return (f"this snippetgen uses the templates installed at {builtin}, which differ from ./templates "
            f"(templates/{differ[0]}); pip install -e . to work on the checkout's")


def template_roots(user_dirs: tuple[Path, ...] = ()) -> tuple[Path, ...]:
    """Folders searched for languages and templates, highest priority first."""
    return (*user_dirs, builtin_templates_dir())


def languages(user_dirs: tuple[Path, ...] = ()) -> dict[str, Language]:
    """Every language, by key, in display order (read once per process and user_dirs)."""
    return _languages(tuple(user_dirs))  # one cache entry whether or not user_dirs was passed


@cache
def _languages(user_dirs: tuple[Path, ...]) -> dict[str, Language]:
    """Every language, by key, in display order.

    user_dirs (from --templates) come before the built-in folder: a language folder
    with a manifest there replaces or adds a language; a template file alone there
    overrides that one template (the loader looks in user_dirs first).
    """
    found: dict[str, Language] = {}
    builtin = builtin_templates_dir()
    cache = ManifestCache()
    for root in reversed(template_roots(user_dirs)):
        if not root.is_dir():
            raise UsageError(f"--templates {root}: no such folder")
        in_this_root: set[str] = set()
        for folder in sorted(root.iterdir()):
            language = cache.language(folder, root != builtin, load_language)
            if language is None:
                continue
            if language.key in in_this_root:
                raise LanguageError(f"{folder / MANIFEST}: language key {language.key!r} is used twice")
            in_this_root.add(language.key)
            found[language.key] = language
    cache.save()
    return dict(sorted(found.items(), key=lambda item: (item[1].order, item[0])))


languages.cache_clear = _languages.cache_clear  # type: ignore[attr-defined]


def resolve(selector: str, user_dirs: tuple[Path, ...] = ()) -> list[Client]:
    """`all`, `LANG` (its default client) or `LANG:CLIENT` -> clients."""
    table = languages(user_dirs)
    if selector == "all":
        return [language.default_client for language in table.values()]
    lang_key, _, client_key = selector.partition(":")
    by_alias = {alias: lang for lang in table.values() for alias in (lang.key, *lang.aliases)}
    language = by_alias.get(lang_key.lower())
    if language is None:
        # Keys are short: a one-letter typo of a two-letter key (gp for go) scores 0.5.
        # Keys first: "gp" is as close to the alias "py" as to "go".
        import difflib  # only for a did-you-mean: kept off the start-up path
        hint = (difflib.get_close_matches(lang_key.lower(), list(table), n=1, cutoff=0.5)
                or difflib.get_close_matches(lang_key.lower(), list(by_alias), n=1, cutoff=0.5))
        suggestion = f"did you mean {hint[0]!r}? " if hint else ""
        stale = stale_install()
        raise UsageError(f"unknown language {lang_key!r}: {suggestion}choose from {', '.join(table)}, or all"
                         + (f" ({stale})" if stale else ""))
    if not client_key:
        return [language.default_client]
    if client_key not in language.clients:
        stale = stale_install()
        raise UsageError(f"unknown client {client_key!r} for {language.key}: choose from "
                         f"{', '.join(language.clients)}" + (f" ({stale})" if stale else ""))
    return [language.clients[client_key]]


def all_clients(user_dirs: tuple[Path, ...] = ()) -> list[Client]:
    return [client for language in languages(user_dirs).values() for client in language.clients.values()]
