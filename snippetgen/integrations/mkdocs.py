"""The MkDocs plugin: a page names a spec in a fenced block, and the block becomes Material
content tabs, one per language, as `snippetgen render --format mkdocs` lays them out.

    ```snippetgen
    spec: specs/token.yaml
    languages: [curl, python]
    vars: {yourDomain: example.com}
    ```

A fenced block is what Markdown authors already write for code; editors leave its YAML alone,
and a page that shows one inside a longer fence (docs about this plugin) shows it as written.
Paths are relative to the folder of mkdocs.yml, where `snippetgen build` runs too, and may not
leave it.  An error stops the build with one line naming the page, the block's line and the
spec's error; a client that declines a request under `all` is a warning (`--strict` fails on it).
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger

from ..errors import SnippetgenError, SpecError
from ..formats.mkdocs import content_tabs, response_tabs
from ..languages import languages, resolve
from ..pages import page_tabs
from ..render import environment, undeclared
from ..spec import Spec, parse_spec
from ..textfile import read_text
from . import dependencies
from .fences import Block, UnclosedFence, find_blocks, replace_blocks
from .options import BlockOptions, OptionError, read_block, variable_values

log = get_plugin_logger(__name__)

NAME = "snippetgen"  # a block's info string, and the plugin's name in mkdocs.yml


class _VarValues(c.BaseConfigOption[dict]):
    """`vars:` in mkdocs.yml, read as a block's `vars:` is."""

    def __init__(self) -> None:
        super().__init__()
        self.default = {}

    def run_validation(self, value: object) -> dict[str, str]:
        try:
            return variable_values(value, "vars")
        except OptionError as exc:
            raise c.ValidationError(str(exc)) from None


class SnippetgenConfig(base.Config):
    languages = c.ListOfItems(c.Type(str), default=["all"])  # LANG, LANG:CLIENT or all
    vars = _VarValues()  # for the variables a spec declares; a block's own vars override them
    templates = c.ListOfItems(c.Dir(exists=True), default=[])  # as --templates, from mkdocs.yml's folder
    short = c.Type(bool, default=False)


class SnippetgenPlugin(BasePlugin[SnippetgenConfig]):
    def __init__(self) -> None:
        self._dirty = False
        self._config_file: Path | None = None
        self._server = None  # the dev server, once `mkdocs serve` runs one
        self._deps = dependencies.Dependencies()
        self.user_dirs: tuple[Path, ...] = ()  # the `templates` folders
        self.used_vars: set[str] = set()  # names of `vars` some spec of this build declares

    # Having on_startup makes MkDocs keep this instance across the rebuilds of `mkdocs serve`:
    # the specs a later build reads are watched too.
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._dirty = dirty

    def on_config(self, config):
        config_file = Path(config.config_file_path or "mkdocs.yml").resolve()
        if config_file != self._config_file:  # MkDocs keeps this instance for any site built in this process
            self._deps, self._server = dependencies.Dependencies(), None
        self._config_file, self._root = config_file, config_file.parent
        self._docs = Path(config.docs_dir)
        self.user_dirs = tuple(Path(folder).resolve() for folder in self.config.templates)
        if self._server is not None:  # serving: a manifest edited since the last build counts
            languages.cache_clear()
            environment.cache_clear()
        self.used_vars = set()
        try:
            for selector in self.config.languages:
                resolve(selector, self.user_dirs)
        except SnippetgenError as exc:
            raise PluginError(f"{config_file.name}: plugins.{NAME}.languages: {exc}") from None
        return config

    def on_files(self, files, *, config):
        if self._dirty:
            dependencies.mark_stale(files.documentation_pages(), self._inputs)
        return files

    def on_page_markdown(self, markdown: str, *, page, config, files) -> str:
        self._deps.forget(page.file.src_uri)
        if NAME not in markdown:  # most pages: not read twice, not scanned
            return markdown
        name = self._page_name(page)
        try:
            blocks = find_blocks(markdown, NAME)
        except UnclosedFence as exc:
            raise PluginError(f"{name}:{exc.line + _front_matter_lines(page, markdown)}: {exc}") from None
        offset = _front_matter_lines(page, markdown) if blocks else 0
        tabs = [_Block(self, block, page, name, block.line + offset).tab_lines() for block in blocks]
        return replace_blocks(markdown, blocks, tabs)

    def load(self, options: BlockOptions, page) -> Spec:
        """The block's spec: a path inside the folder of mkdocs.yml (symlinks followed), and named
        from there in errors."""
        path = (self._root / options.spec).resolve()
        if not path.is_relative_to(self._root):
            raise OptionError(f"{options.spec} is outside the folder of mkdocs.yml", "spec")
        if self._deps.record(page.file.src_uri, path) and self._server is not None:
            dependencies.watch(self._server, path)
        name = path.relative_to(self._root).as_posix()
        try:
            text = read_text(path)
        except SpecError as exc:  # named as the page names it, not by its absolute path
            raise SpecError(exc.message, file=name) from None
        return parse_spec(text, name)

    def _inputs(self, file) -> list[Path] | None:
        """What a page's blocks read, from its source; None when it cannot say."""
        try:
            text = file.content_string
            options = [read_block(block.body) for block in find_blocks(text, NAME)] if NAME in text else []
        except (OSError, ValueError):  # UnclosedFence, OptionError, UnicodeDecodeError
            return None
        if not options:
            return []
        return [*(self._root / option.spec for option in options), self._config_file, *self.user_dirs]

    def on_serve(self, server, *, config, builder):
        self._server = server
        for path in self._deps.paths():
            dependencies.watch(server, path)
        for folder in self.user_dirs:
            server.watch(str(folder))
        return server

    def on_post_build(self, *, config) -> None:
        unused = sorted(set(self.config.vars) - self.used_vars)
        if unused and not self._dirty:  # a dirty build reads only some pages
            log.warning(f"{self._config_file.name}: plugins.{NAME}.vars: no spec used on the site declares "
                        f"{', '.join(unused)}")

    def _page_name(self, page) -> str:
        """The page's path from the folder of mkdocs.yml, as errors name it."""
        path = Path(os.path.abspath(self._docs / page.file.src_path))
        return path.relative_to(self._root).as_posix() if path.is_relative_to(self._root) else str(path)


class _Block:
    """One block of a page turned into tab lines; every error is one line, `page:line: ...`."""

    def __init__(self, plugin: SnippetgenPlugin, block: Block, page, page_name: str, line: int):
        self.plugin, self.block, self.page = plugin, block, page
        self.page_name, self.line = page_name, line
        self.options: BlockOptions | None = None

    def fail(self, message: str, path: str | None = None, line: int | None = None) -> PluginError:
        """An error at the block's line, or at the line of its option `path`."""
        line = line or (self.options.line_of(path) if self.options and path else None) or self.line
        return PluginError(f"{self.page_name}:{line}: {message}")

    def tab_lines(self) -> list[str]:
        if self.block.info:
            raise self.fail(f"options go inside the block, not after ```{NAME}")
        try:
            self.options = options = read_block(self.block.body, self.line)
        except OptionError as exc:
            raise self.fail(str(exc), line=exc.line) from None
        try:
            spec = self.plugin.load(options, self.page)
        except OptionError as exc:
            raise self.fail(str(exc), "spec") from None
        except SpecError as exc:
            raise self.fail(str(exc)) from None
        config = self.plugin.config
        values = {name: value for name, value in config.vars.items() if name in spec.variables}
        for name in options.values:
            if name not in spec.variables:
                raise self.fail(f"vars.{name}: {undeclared(spec, name, spec.file)}", f"vars.{name}")
        values.update(options.values)
        self.plugin.used_vars.update(values)
        selectors = options.languages or tuple(config.languages)
        try:
            for selector in selectors:
                resolve(selector, self.plugin.user_dirs)
        except SnippetgenError as exc:
            raise self.fail(f"languages: {exc}", "languages") from None
        short = config.short if options.short is None else options.short
        try:
            tabs, left_out = page_tabs(spec, selectors, values, short=short, user_dirs=self.plugin.user_dirs)
            for message in left_out:
                log.warning(f"{self.page_name}:{self.line}: {message}")
            responses = response_tabs(spec, new_set=True) if options.responses else []
            return content_tabs(spec, tabs, new_set=True) + responses
        except SnippetgenError as exc:
            raise self.fail(str(exc)) from None


def _front_matter_lines(page, markdown: str) -> int:
    """Lines MkDocs took off the top of the page (its front matter) before on_page_markdown."""
    try:
        source = page.file.content_string
    except (OSError, ValueError, AssertionError):
        return 0
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    if not source.endswith(markdown):
        return 0
    return source[:len(source) - len(markdown)].count("\n")
