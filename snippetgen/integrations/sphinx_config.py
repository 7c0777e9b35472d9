"""The Sphinx extension's conf.py settings: registered, checked once when the configuration is
read (a mistake there is one configuration error, not one per page), and the variables' values
kept out of Sphinx's saved environment.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging

from ..errors import SnippetgenError
from ..languages import resolve

logger = logging.getLogger(__name__)

# Sphinx pickles no Config attribute whose name starts with `_`.
_VALUES = "_snippetgen_values"
_BROKEN = "_snippetgen_broken"


def selectors(text: str) -> tuple[str, ...]:
    """`curl, python go:net-http` -> ("curl", "python", "go:net-http")."""
    return tuple(text.replace(",", " ").split())


def add_config_values(app: Sphinx) -> None:
    # "env": a change re-reads every document, as every document's snippets depend on these.
    app.add_config_value("snippetgen_languages", ["all"], "env", (list, tuple, str))
    app.add_config_value("snippetgen_vars", {}, "env", (dict,))
    app.add_config_value("snippetgen_templates", [], "env", (list, tuple))
    app.add_config_value("snippetgen_short", False, "env", (bool,))
    app.add_config_value("snippetgen_sync_group", "language", "env", (str,))
    app.connect("config-inited", _check_config)


def site_values(config: Config) -> dict[str, str]:
    """snippetgen_vars as conf.py gave them."""
    return getattr(config, _VALUES, {})


def config_broken(config: Config) -> bool:
    """Whether the settings were wrong: said once, at conf.py; a directive then shows nothing."""
    return getattr(config, _BROKEN, False)


def _check_config(app: Sphinx, config: Config) -> None:
    """A mistake is one error line at conf.py (a raised ConfigError would print Sphinx's crash
    report), so that `-W` fails the build."""
    values = config.snippetgen_vars
    try:
        _check(app, config, values)
    except SnippetgenError as exc:
        setattr(config, _BROKEN, True)
        values = {}
        # No location: Sphinx reads one without a line as a document's name.
        logger.error("snippetgen: %s: %s", Path(app.confdir, "conf.py"), exc, type="snippetgen", subtype="config")
    _keep_values_out_of_the_environment(config, values)


def _check(app: Sphinx, config: Config, values) -> None:
    languages, folders = config.snippetgen_languages, config.snippetgen_templates
    if isinstance(languages, str):
        config.snippetgen_languages = languages = list(selectors(languages))
    if not isinstance(languages, (list, tuple)) or not all(isinstance(item, str) for item in languages):
        raise SnippetgenError("snippetgen_languages must be a list of language keys, LANG:CLIENT or all")
    if not isinstance(values, dict) or not all(isinstance(name, str) for name in values):
        raise SnippetgenError("snippetgen_vars must be a dict of variable names to values")
    for name, value in values.items():
        if not isinstance(value, str):  # the value itself is not shown: it may be a secret
            raise SnippetgenError(f"snippetgen_vars[{name!r}] must be text, got {type(value).__name__}")
    if not isinstance(folders, (list, tuple)) or not all(isinstance(item, (str, Path)) for item in folders):
        raise SnippetgenError("snippetgen_templates must be a list of folders")
    if not isinstance(config.snippetgen_short, bool):
        raise SnippetgenError("snippetgen_short must be True or False")
    if not isinstance(config.snippetgen_sync_group, str) or not config.snippetgen_sync_group.strip():
        raise SnippetgenError("snippetgen_sync_group must be a name")
    # Relative to conf.py's folder, as html_static_path is; absolute from here on.
    config.snippetgen_templates = [str(Path(app.confdir, folder).resolve()) for folder in folders]
    user_dirs = tuple(Path(folder) for folder in config.snippetgen_templates)
    for shown, folder in zip(folders, user_dirs):
        if not folder.is_dir():
            raise SnippetgenError(f"snippetgen_templates: {shown}: no such folder")
    for selector in languages:
        try:
            resolve(selector, user_dirs)
        except SnippetgenError as exc:
            raise SnippetgenError(f"snippetgen_languages: {exc}") from None


def _keep_values_out_of_the_environment(config: Config, values: dict[str, str]) -> None:
    """Sphinx saves the configuration in its environment pickle (under `.doctrees`, which
    `sphinx-build SRC OUT` puts inside the published folder), to notice a changed setting.  A
    secret's value must not be there: the values move to an attribute Sphinx does not save, and
    the setting keeps a SHA-256 digest of each, which still changes when a value does."""
    setattr(config, _VALUES, dict(values))
    config.snippetgen_vars = {name: "sha256:" + hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()
                              for name, value in values.items()}
