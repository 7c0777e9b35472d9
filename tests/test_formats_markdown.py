"""markdown and mkdocs pages through real renderers: page text shows as text, never as HTML.

mkdocs: Python-Markdown with the extensions Material for MkDocs documents (pymdownx among them,
snippets included).  markdown: micromark, the CommonMark reference parser behind remark and MDX,
with raw HTML allowed, as a careless site would render it (from .live-deps/mdx/).
"""

from __future__ import annotations

import html.parser
import json
import shutil
import subprocess

import pytest

from cases import ROOT
from conftest import missing_toolchain
from test_formats_hostile import hostile_page, normalized

pytestmark = pytest.mark.toolchain

MATERIAL_EXTENSIONS = [
    "abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc",
    "pymdownx.arithmatex", "pymdownx.betterem", "pymdownx.caret", "pymdownx.critic", "pymdownx.details",
    "pymdownx.emoji", "pymdownx.highlight", "pymdownx.inlinehilite", "pymdownx.keys", "pymdownx.magiclink",
    "pymdownx.mark", "pymdownx.smartsymbols", "pymdownx.snippets", "pymdownx.superfences",
    "pymdownx.tabbed", "pymdownx.tasklist", "pymdownx.tilde",
]
# What a page may produce: headings, paragraphs, the placeholder table, tabs and highlighted code.
ALLOWED_TAGS = {"h1", "h2", "p", "br", "table", "thead", "tbody", "tr", "th", "td", "code", "pre", "div",
                "span", "input", "label"}
SECRET_FILE = "TOP-SECRET-FILE-CONTENT"


class Page(html.parser.HTMLParser):
    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list]] = []
        self.text: list[str] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)

    def handle_comment(self, data):
        self.tags.append(("!--", []))


def render_mkdocs(text: str, tmp_path) -> str:
    try:
        import markdown
        import pymdownx  # noqa: F401
    except ImportError:
        missing_toolchain("Python-Markdown and pymdown-extensions are not installed; pip install '.[test]'")
    (tmp_path / "secret.txt").write_text(SECRET_FILE, encoding="utf-8")
    config = {"pymdownx.tabbed": {"alternate_style": True}, "pymdownx.arithmatex": {"generic": True},
              "pymdownx.snippets": {"base_path": [str(tmp_path)]}}
    return markdown.markdown(text, extensions=MATERIAL_EXTENSIONS, extension_configs=config)


def render_commonmark(text: str, tmp_path) -> str:
    node = shutil.which("node")
    deps = ROOT / ".live-deps" / "mdx" / "node_modules" / "micromark"
    if not node or not deps.is_dir():
        missing_toolchain("node and micromark (with @mdx-js/mdx) are needed; run scripts/install-toolchains")
    (tmp_path / "page.md").write_text(text, encoding="utf-8")
    script = ("import {readFileSync} from 'node:fs'; import {pathToFileURL} from 'node:url';"
              f"const {{micromark}} = await import(pathToFileURL({json.dumps(str(deps / 'index.js'))}).href);"
              "process.stdout.write(micromark(readFileSync(process.argv[2], 'utf8'),"
              " {allowDangerousHtml: true, allowDangerousProtocol: true}));")
    (tmp_path / "render.mjs").write_text(script, encoding="utf-8")
    result = subprocess.run([node, str(tmp_path / "render.mjs"), str(tmp_path / "page.md")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def check_rendered(markup: str, spec, tabs, exact: bool = True) -> None:
    page = Page(markup)
    tags = {tag for tag, _ in page.tags}
    assert tags <= ALLOWED_TAGS, f"raw HTML from page text survived: {tags - ALLOWED_TAGS}"
    handlers = [(tag, name) for tag, attrs in page.tags for name, _ in attrs if name.lower().startswith("on")]
    assert not handlers and "javascript:" not in " ".join(str(a) for _, a in page.tags)
    blocks = len(tabs) + sum(bool(response.body) for response in spec.responses)
    assert sum(tag == "pre" for tag, _ in page.tags) == blocks, "a code block opened or closed early"
    shown = normalized("".join(page.text))
    assert SECRET_FILE not in shown
    if not exact:
        return
    texts = [spec.title, spec.description, spec.variables["token"].description, spec.variables["token"].example,
             *(response.description for response in spec.responses if response.description)]
    for text in texts:
        assert normalized(text) in shown, text
    assert "sk_live" not in shown and "sk_*****MASKED*****" in shown


def test_mkdocs_page_shows_hostile_text_as_text(tmp_path):
    text, spec, tabs = hostile_page("mkdocs")
    markup = render_mkdocs(text, tmp_path)
    check_rendered(markup, spec, tabs)
    labels = [normalized(tab.title) for tab in tabs]
    assert labels[-1] in normalized("".join(Page(markup).text))


def test_markdown_page_shows_hostile_text_as_text(tmp_path):
    text, spec, tabs = hostile_page("markdown")
    check_rendered(render_commonmark(text, tmp_path), spec, tabs)


def test_pymdownx_snippets_would_include_a_file_from_inside_a_code_block(tmp_path):
    """Why the mkdocs page refuses a snippet with a `--8<--` line: inside a fence, it still includes."""
    markup = render_mkdocs('```text\n--8<-- "secret.txt"\n```\n', tmp_path)
    assert SECRET_FILE in markup


def test_markdown_page_rendered_by_python_markdown_has_no_raw_html(tmp_path):
    """The plain markdown page fed to MkDocs without tabs: Python-Markdown does not read `\\<` as
    an escape, so `<` and `&` are character references.  (It shows some backslashes: not exact.)"""
    text, spec, tabs = hostile_page("markdown")
    check_rendered(render_mkdocs(text, tmp_path), spec, tabs, exact=False)
