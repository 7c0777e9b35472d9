"""The HTML page without a browser: it takes every client of the chosen languages (render and
build), the other formats keep the default clients, the build knows what the page depends on,
and both themes keep text readable.  test_html_browser.py drives the page in Chromium."""

from __future__ import annotations

import html as html_module
import re
import shutil
from pathlib import Path

from click.testing import CliRunner

from cases import ROOT
from snippetgen import build as builder
import snippetgen.formats
from snippetgen import load_spec
from snippetgen.cli import cli
from snippetgen.formats import Options, writer
from snippetgen.formats.html_code import DARK, LIGHT, theme_css
from snippetgen.languages import builtin_templates_dir, languages
from snippetgen.pages import page_tabs

TOKEN = ROOT / "specs" / "token.yaml"


def text_of(page: str) -> str:
    """The page's text, tags left out (the code is split into highlighted spans)."""
    return html_module.unescape(re.sub(r"<[^>]*>", "", page))


def test_page_tabs_takes_every_client_default_first_where_asked():
    spec = load_spec(TOKEN)
    table = languages()
    tabs, _ = page_tabs(spec, ("python", "go:net-http"), every_client=True)
    python = table["python"]
    expected = [python.default] + [key for key in python.clients if key != python.default]
    assert [tab.client.id for tab in tabs] == [f"python:{key}" for key in expected] + ["go:net-http"]
    everything, _ = page_tabs(spec, every_client=True)
    assert len(everything) == sum(len(language.clients) for language in table.values())
    assert [tab.client.id for tab in page_tabs(spec, ("python",))[0]] == ["python:requests"]


def test_a_client_a_language_brings_in_may_decline_but_its_default_may_not(tmp_path):
    spec = tmp_path / "marks.yaml"
    spec.write_text("request: {url: 'https://api.example.com/a%E2%80%8Eb'}\n", encoding="utf-8")
    runner = CliRunner()
    page = runner.invoke(cli, ["render", str(spec), "--lang", "python", "--lang", "csharp", "--format", "html"])
    assert page.exit_code == 2 and "csharp:httpclient cannot send this request exactly" in page.output
    every = runner.invoke(cli, ["render", str(spec), "--format", "html"])
    assert every.exit_code == 0 and 'data-client="httpx"' in every.stdout and 'data-lang="csharp"' not in every.stdout
    assert every.stderr.count("warning: ") == 1


def test_render_gives_the_html_page_every_client_and_the_others_the_default():
    result = CliRunner().invoke(cli, ["render", str(TOKEN), "--lang", "python", "--format", "html",
                                      "--format", "markdown"])
    assert result.exit_code == 0, result.output
    html, markdown = result.stdout.split("</html>\n\n")  # pages are joined by a newline
    assert html.count('class="client"') == len(languages()["python"].clients)
    assert 'aria-label="Python client"' in html and "import httpx" in text_of(html)
    tabs, _ = page_tabs(load_spec(TOKEN), ("python",))
    assert markdown == writer("markdown").page(load_spec(TOKEN), tabs, Options())


def test_build_gives_the_html_page_every_client_and_rebuilds_it_when_a_client_changes(tmp_path):
    specs, out, user = tmp_path / "specs", tmp_path / "out", tmp_path / "templates"
    specs.mkdir()
    shutil.copy(ROOT / "specs" / "call-api.yaml", specs / "api.yaml")
    shutil.copytree(builtin_templates_dir() / "python", user / "python")
    settings = builder.Settings(formats=("markdown", "html"), user_dirs=(user,))
    builder.build(specs, out, settings)
    html = (out / "api.html").read_text(encoding="utf-8")
    assert 'data-client="urllib3"' in html and "urllib3" not in (out / "api.md").read_text(encoding="utf-8")
    assert builder.build(specs, out, settings).rendered == 0
    template = user / "python" / "urllib3.py.j2"  # not the default client: only the html page shows it
    template.write_text(template.read_text(encoding="utf-8").replace("import urllib3", "import urllib3  # !"),
                        encoding="utf-8")
    again = builder.build(specs, out, settings)
    assert again.written == ["api.html", "api/python-urllib3.py"]
    assert "import urllib3  # !" in text_of((out / "api.html").read_text(encoding="utf-8"))


def test_the_page_script_and_style_count_as_snippetgen_code():
    # Found where snippetgen is installed (a checkout, or site-packages), not beside the templates.
    formats = Path(snippetgen.formats.__file__).resolve().parent
    assert {formats / "html_page.js", formats / "html_page.css"} <= set(builder.code_files())


def _luminance(colour: str) -> float:
    colour = colour.lstrip("#")
    if len(colour) == 3:
        colour = "".join(ch * 2 for ch in colour)
    channels = [int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_text_colour_is_readable_in_both_themes():
    """WCAG AA (4.5:1) for each token colour the page uses, and for the page's own colours."""
    from pygments.styles import get_style_by_name
    from pygments.token import STANDARD_TYPES

    html = writer("html").page(load_spec(TOKEN), page_tabs(load_spec(TOKEN), every_client=True)[0], Options())
    used = set(re.findall(r'class="(?:hole )?([a-z0-9]+)"', html)) & set(STANDARD_TYPES.values())
    assert len(used) > 10
    css = theme_css(used)
    for name, block in ((LIGHT, css.split("@media")[0]), (DARK, css.split("@media")[1])):
        background = get_style_by_name(name).background_color
        for colour in re.findall(r"color:#([0-9a-fA-F]{3,6})", block):
            assert contrast(colour, background) >= 4.5, (name, colour)
    style = (Path(snippetgen.formats.__file__).resolve().parent / "html_page.css").read_text(encoding="utf-8")
    light, dark = (dict(re.findall(r"--([a-z-]+): (#[0-9a-f]{6})", part)) for part in style.split("@media")[:2])
    for theme in (light, dark):
        for text, ground in (("fg", "bg"), ("muted", "bg"), ("fg", "tab"), ("note-fg", "note-bg"),
                             ("bad", "bg"), ("accent", "bg")):
            assert contrast(theme[text], theme[ground]) >= 4.5, (text, ground, theme)


def test_page_size_for_the_token_spec():
    html = writer("html").page(load_spec(TOKEN), page_tabs(load_spec(TOKEN), every_client=True)[0], Options())
    assert len(html.encode("utf-8")) < 300_000  # 48 clients' code, their variants and the fill-in model
