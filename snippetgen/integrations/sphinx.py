"""A Sphinx extension: `.. snippetgen:: specs/token.yaml` renders a spec's snippets as a sphinx-design
tab set while the site builds.

    extensions = ["sphinx_design", "snippetgen.integrations.sphinx"]

conf.py gives site-wide settings (snippetgen_languages, snippetgen_vars, snippetgen_templates,
snippetgen_short, snippetgen_sync_group); the directive's options override them for one spec.  A
bad spec, an unknown language or variable or a missing file is one error line at the directive
(so `-W` fails the build), never a traceback.

Nothing is shared between documents: each directive reads its own spec, and what its snippets
depend on is noted per document in Sphinx's environment (sphinx_deps.py), which Sphinx merges
after a parallel read.
"""

from __future__ import annotations

import difflib
import zlib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from ..errors import SnippetgenError, SpecError
from ..formats.text import check_texts
from ..languages import resolve
from ..pages import page_tabs
from ..spec import Spec, parse_spec
from ..textfile import read_text
from .sphinx_config import add_config_values, config_broken, selectors, site_values
from .sphinx_deps import connect, note_builtin_templates, note_user_templates
from .sphinx_nodes import prose, responses, tab_set

logger = logging.getLogger(__name__)

WARNING_TYPE = "snippetgen"  # suppress_warnings = ["snippetgen.left-out"] silences left-out clients


def _yes_no(text: str) -> bool:
    """`:short:` alone or `:short: yes` -> True, `:short: no` -> False."""
    answer = text.strip().lower()
    if answer in ("", "yes", "true"):
        return True
    if answer in ("no", "false"):
        return False
    raise SnippetgenError(f":short: expects yes or no, got {text.strip()!r}")


def _var_lines(text: str) -> dict[str, str]:
    """`:var:` lines, one NAME=VALUE each.  A malformed line is not echoed: it may be a pasted secret."""
    values = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        name, sep, value = line.partition("=")
        if not sep or not name.strip():
            raise SnippetgenError(f":var: line {number} is not NAME=VALUE")
        values[name.strip()] = value
    return values


class SnippetgenDirective(SphinxDirective):
    """`.. snippetgen:: PATH`: the spec's title, description, placeholders and a tab per language."""

    required_arguments = 1
    final_argument_whitespace = True
    option_spec = {
        "languages": directives.unchanged_required,
        "var": directives.unchanged_required,
        "templates": directives.unchanged_required,
        "short": directives.unchanged,  # checked by _yes_no: one line, as every other mistake
        "tabs-only": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        config = self.config
        if config_broken(config):
            return []
        try:
            user_dirs = self._template_dirs(config)
            chosen = selectors(self.options.get("languages", "")) or tuple(config.snippetgen_languages)
            for selector in chosen:  # an unknown language is the error before the spec is read
                resolve(selector, user_dirs)
            spec = self._spec()
            short = _yes_no(self.options["short"]) if "short" in self.options else config.snippetgen_short
            tabs, left_out = page_tabs(spec, chosen, self._values(spec, config), short=short, user_dirs=user_dirs)
            check_texts(spec, tabs)
            note_builtin_templates(self.env, tabs)
        except SnippetgenError as exc:
            logger.error("snippetgen: %s", exc, location=self.get_location(), type=WARNING_TYPE, subtype="error")
            return []
        for line in left_out:
            logger.warning("snippetgen: %s", line, location=self.get_location(), type=WARNING_TYPE,
                           subtype="left-out")
        parts = [] if "tabs-only" in self.options else prose(spec)
        if tabs:
            parts.append(tab_set(tabs, config.snippetgen_sync_group))
        if "tabs-only" not in self.options:
            parts += responses(spec)
        for node in parts:  # so that Sphinx's own warnings (a lexer error) point at the directive
            for element in node.findall(nodes.Element):
                self.set_source_info(element)
        return parts

    def _spec(self) -> Spec:
        """The spec named by the argument (relative to this document, or to the source dir when it
        starts with `/`), registered as a dependency even when it is missing or broken, so that
        fixing it rebuilds this document."""
        shown, path = self.env.relfn2path(self.arguments[0])
        self.env.note_dependency(path)
        try:
            text = read_text(Path(path))
        except SpecError as exc:  # named as the source dir sees it, not by its absolute path
            raise SpecError(exc.message, file=shown) from None
        return parse_spec(text, shown)

    def _template_dirs(self, config: Config) -> tuple[Path, ...]:
        if "templates" in self.options:
            named = [self.env.relfn2path(name) for name in self.options["templates"].split()]
        else:  # made absolute when the configuration was read
            named = [(folder, folder) for folder in config.snippetgen_templates]
        folders = tuple(Path(folder) for _, folder in named)
        note_user_templates(self.env, folders)  # a folder created later then re-reads this document
        for shown, folder in named:
            if not Path(folder).is_dir():
                raise SnippetgenError(f":templates: {shown}: no such folder")
        return folders

    def _values(self, spec: Spec, config: Config) -> dict[str, str]:
        """conf.py's values for the variables this spec declares, then the directive's, which must
        all be declared."""
        values = {name: value for name, value in site_values(config).items() if name in spec.variables}
        given = _var_lines(self.options.get("var", ""))
        for name in given:
            if name not in spec.variables:
                hint = difflib.get_close_matches(name, list(spec.variables), n=1)
                known = f"did you mean {hint[0]!r}?" if hint else f"declared: {', '.join(spec.variables) or 'none'}"
                raise spec.error(f":var: {name} is not a declared variable ({known})", "variables")
        return {**values, **given}


def setup(app: Sphinx) -> dict:
    app.setup_extension("sphinx_design")  # its tab nodes, HTML transform, CSS and JavaScript
    add_config_values(app)
    connect(app)
    app.add_directive("snippetgen", SnippetgenDirective)
    try:
        release = version("snippetgen")
    except PackageNotFoundError:  # run from a source checkout
        release = "unknown"
    # Sphinx re-reads every document when env_version changes: so it does after an upgrade, whose
    # escaping or templates may render the same spec differently.
    return {"version": release, "env_version": zlib.crc32(release.encode()), "parallel_read_safe": True,
            "parallel_write_safe": True}
