"""The Sphinx extension in a real build: tests/sites/sphinx built with `python -m sphinx -b html -W`
(once for the module, once more with `-j 2`), looked at as HTML and in Chromium; then rebuilt after
a spec or a template changes, and a site of mistakes built to see each one as one error line."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from browser import chromium, serve_folder
from cases import ROOT
from conftest import missing_toolchain
from snippetgen.spec import parse_spec
from test_formats_hostile import hostile_spec, normalized

pytestmark = pytest.mark.toolchain

SITE = ROOT / "tests" / "sites" / "sphinx"
SECRET = "s3cr3t-value-0123456789"  # snippetgen_vars in the site's conf.py
MASKED = "s3c*****MASKED*****"
HOSTILE_EXAMPLE_SECRET = "sk_live_0123456789abcdef"  # the hostile spec's secret example
# reStructuredText that would be markup if anything parsed the spec's texts.
RST = [".. raw:: html\n\n   <script>alert('rst')</script>", "|subst| *em* **strong** `t` ``lit`` :math:`x`",
       "`link <javascript:alert(1)>`_ [#]_ --> -- ... \"q\" 'q'", ".. include:: /etc/passwd",
       "=====\nHeading\n====="]


@dataclass
class Build:
    returncode: int
    output: str  # stdout and stderr together, as a user sees them


def sphinx(src: Path, out: Path, *args: str) -> Build:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    # --no-color: Sphinx colours its messages when CI is set, as CI runs the tests.
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-W", "--no-color", *args, str(src), str(out)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    return Build(result.returncode, result.stdout + result.stderr)


def hostile_document() -> dict:
    """The shared hostile spec (test_formats_hostile.py) as YAML data, with reStructuredText added."""
    spec = hostile_spec()
    return {
        "title": f"{spec.title} |subst| *t* .. raw:: html",
        "description": spec.description + "\n\n" + "\n\n".join(RST),
        "variables": {
            variable.name: {"description": f"{variable.description} |v| ``v`` .. raw:: html",
                            "example": variable.example, "secret": variable.secret}
            for variable in spec.variables.values()
        },
        "request": {"method": spec.method, "url": spec.url,
                    "headers": {pair.name: pair.value for pair in spec.headers}, "text": spec.body.value},
        "responses": [{"status": response.status, "description": f"{response.description} |r| *r* .. raw:: html",
                       response.kind: json.loads(response.body) if response.kind == "json" else response.body}
                      for response in spec.responses],
    }


def site_copy(folder: Path) -> Path:
    """The site with its specs: the repository's, and the hostile one (JSON is YAML)."""
    for module in ("sphinx", "sphinx_design"):
        if importlib.util.find_spec(module) is None:
            missing_toolchain(f"{module} is not installed; pip install -e '.[test]'")
    src = folder / "src"
    shutil.copytree(SITE, src)
    (src / "specs").mkdir()
    for spec in ("token.yaml", "call-api.yaml"):
        shutil.copy(ROOT / "specs" / spec, src / "specs" / spec)
    (src / "specs" / "hostile.yaml").write_text(json.dumps(hostile_document()), encoding="utf-8")
    return src


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """(src, out, build): the site built once, serially."""
    src = site_copy(tmp_path_factory.mktemp("sphinx"))
    out = src.parent / "out"
    build = sphinx(src, out)
    assert build.returncode == 0, build.output
    return src, out, build


@pytest.fixture(scope="module")
def parallel_site(tmp_path_factory):
    src = site_copy(tmp_path_factory.mktemp("sphinx-j2"))
    out = src.parent / "out"
    build = sphinx(src, out, "-j", "2")
    return src, out, build


def tab_sets(html: str) -> list[list[tuple[str, str]]]:
    """Per snippetgen tab set of a page: (sync id, label text) of each tab, in order."""
    sets = []
    for chunk in html.split('<div class="sd-tab-set snippetgen')[1:]:
        chunk = chunk.split('<div class="sd-tab-set')[0]
        sets.append([(sync, " ".join(label.split()))
                     for sync, label in re.findall(r'<label[^>]*data-sync-id="([^"]*)"[^>]*>(.*?)</label>', chunk,
                                                   re.S)])
    return sets


def test_each_directive_is_a_tab_set_with_a_tab_per_language(site):
    _, out, _ = site
    index = (out / "index.html").read_text()
    assert tab_sets(index) == [[("curl", "cURL"), ("python", "Python"), ("go", "Go")]] * 2
    assert index.count('data-sync-group="language"') == 6
    short = (out / "guide" / "short.html").read_text()
    # Two clients of one language: the second keeps its own sync id, or they would select each other.
    assert tab_sets(short) == [[("curl", "cURL"), ("go", "Go"), ("java", "Java"), ("java:okhttp", "Java (OkHttp)")]]
    assert "docs.example.com" in short and "client-id-42" in short
    assert "package main" not in short, ":short: leaves out Go's package and main"
    # :tabs-only: leaves out the prose; the token spec's title, description and placeholders are shown.
    assert index.count("snippetgen-title") == 1 and "Call the protected API" not in index
    assert "Ask the authorization server" in index and "<span class=\"pre\">{yourDomain}</span>" in index


def test_code_is_highlighted_with_each_languages_lexer(site):
    _, out, _ = site
    index = (out / "index.html").read_text()
    for lexer in ("bash", "python", "go"):
        assert f'class="snippetgen-code highlight-{lexer} notranslate"' in index
    assert '<span class="kn">import</span><span class="w"> </span><span class="nn">requests</span>' in index
    assert '<span class="kn">package</span><span class="w"> </span><span class="nx">main</span>' in index \
        or '<span class="kn">package</span><span class="w"> </span><span class="nn">main</span>' in index


def test_a_secret_is_shown_masked_and_its_value_is_nowhere_in_the_build(site):
    src, out, _ = site
    assert MASKED in (out / "index.html").read_text()
    assert "sk_*****MASKED*****" in (out / "hostile.html").read_text()
    for path in out.rglob("*"):  # HTML, search index, sources, doctrees and Sphinx's saved environment
        if path.is_file():
            data = path.read_bytes()
            assert SECRET.encode() not in data, path
            assert HOSTILE_EXAMPLE_SECRET.encode() not in data, path


def test_hostile_texts_are_text_in_the_html(site):
    _, out, _ = site
    page = (out / "hostile.html").read_text()
    for raw in ("<script>alert", "<img src=x", "<b>", "<Pwn", "<!--<script>", "alert('rst')</script>"):
        assert raw not in page
    assert 'id="footnote' not in page and "<em>" not in page and "<strong>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    labels = [label for _, label in tab_sets(page)[0]]
    assert labels[2] == "Py &lt;b&gt;{l}&lt;/b&gt; |subst| *e* `t` &lt;/script&gt; --&gt; .. raw:: html"
    assert labels[3].startswith(labels[2] + " (Client &lt;img src=x onerror=alert(3)&gt; [#]_ :math:`x`)")


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


def test_a_tab_click_switches_its_set_and_the_synced_sets(site, browser):
    _, out, _ = site
    with serve_folder(out) as base:
        context = browser.new_context()
        page = context.new_page()
        page.goto(f"{base}/index.html")
        first, second = page.locator(".sd-tab-set.snippetgen").all()
        for tab_set in (first, second):
            assert tab_set.locator(".sd-tab-content:visible").inner_text().startswith("curl")
        first.locator("label", has_text="Go").click()
        for tab_set in (first, second):
            shown = tab_set.locator(".sd-tab-content:visible")
            assert shown.count() == 1 and "http.NewRequest" in shown.inner_text()
        assert MASKED in first.locator(".sd-tab-content:visible").inner_text()
        second.locator("label", has_text="Python").click()
        assert "import requests" in first.locator(".sd-tab-content:visible").inner_text()
        # sphinx-design keeps the choice for the site: another page opens on it.
        page.goto(f"{base}/guide/short.html")
        assert page.locator(".sd-tab-content:visible").inner_text().startswith("curl")  # it has no Python tab
        page.locator("label", has_text="Java (OkHttp)").click()  # a second Java client: it stays chosen
        assert "new FormBody.Builder()" in page.locator(".sd-tab-content:visible").inner_text()
        page.locator("label", has_text="Go").click()
        page.goto(f"{base}/index.html")
        assert "http.NewRequest" in page.locator(".sd-tab-set.snippetgen").first.locator(
            ".sd-tab-content:visible").inner_text()
        context.close()
        fresh = browser.new_page()  # nothing stored: the URL's sync group parameter chooses
        fresh.goto(f"{base}/index.html?language=python")
        for tab_set in fresh.locator(".sd-tab-set.snippetgen").all():
            assert "import requests" in tab_set.locator(".sd-tab-content:visible").inner_text()
        fresh.close()


def test_hostile_texts_show_as_written_in_the_browser(site, browser):
    _, out, _ = site
    document = hostile_document()
    with serve_folder(out) as base:
        page = browser.new_page()
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(f"{base}/hostile.html", wait_until="load")
        page.wait_for_timeout(300)  # an <img onerror> fires after its load fails
        body = normalized(page.locator("div.body").inner_text())
        texts = [document["title"], document["description"],
                 *(variable["description"] for variable in document["variables"].values()),
                 document["variables"]["token"]["example"]]
        for text in texts + [response["description"] for response in document["responses"]]:
            assert normalized(text) in body
        # Each example response: its status, and its body exactly, highlighted.
        shown = page.locator("div.snippetgen-response-body pre").all_inner_texts()
        assert shown == [parse_spec(json.dumps(document), "h.yaml").responses[i].body + "\n" for i in range(2)]
        assert "Response: 201 Created" in body and "Response: 409 Conflict" in body
        # The :var: value stands in the code where the spec's body has {token}.
        assert document["request"]["text"].endswith("{token}")
        curl = page.locator(".sd-tab-content:visible").inner_text()
        assert "`x` {y} </script> --> {% raw %} |s| *e* .. raw:: html" in curl
        assert dialogs == []
        assert page.locator("div.body img, div.body script, div.body b").count() == 0
        page.locator("label", has_text="Py <b>{l}</b>").first.click()
        assert page.locator(".sd-tab-content:visible").inner_text() == 'print("POST")\n'
        page.close()


def test_a_parallel_build_reads_in_parallel_and_gives_the_same_pages(site, parallel_site):
    _, out, _ = site
    _, parallel_out, build = parallel_site
    assert build.returncode == 0, build.output
    assert "not safe for parallel" not in build.output and "doing serial" not in build.output
    for name in ("index.html", "guide/short.html", "hostile.html"):
        assert tab_sets((parallel_out / name).read_text()) == tab_sets((out / name).read_text())


def _reread(src: Path, out: Path, change) -> set[str]:
    """The documents a rebuild after change() reads again, by their doctrees' mtimes."""
    doctrees = {path: path.stat().st_mtime_ns for path in (out / ".doctrees").rglob("*.doctree")}
    time.sleep(0.01)
    change()
    build = sphinx(src, out, "-j", "2")
    assert build.returncode == 0, build.output
    reread = {path.relative_to(out / ".doctrees").with_suffix("").as_posix()
              for path, mtime in doctrees.items() if path.stat().st_mtime_ns != mtime}
    assert f"0 added, {len(reread)} changed, 0 removed" in build.output
    return reread


def test_a_rebuild_rereads_only_the_documents_of_a_changed_spec_or_template(parallel_site):
    """On the parallel build: the dependencies each reading process noted were merged."""
    src, out, build = parallel_site
    assert build.returncode == 0, build.output
    assert _reread(src, out, lambda: None) == set()
    assert _reread(src, out, lambda: (src / "specs" / "token.yaml").touch()) == {"index", "guide/short"}
    call_api = src / "specs" / "call-api.yaml"
    assert _reread(src, out, lambda: call_api.write_text(call_api.read_text().replace("myapi", "yourapi"))) \
        == {"index"}
    assert "yourapi.com" in (out / "index.html").read_text()
    assert _reread(src, out, lambda: (src / "snippet-templates" / "hostile" / "x.py.j2").touch()) == {"hostile"}
    assert _reread(src, out, lambda: (src / "snippet-templates" / "hostile" / "z.py.j2").write_text("")) \
        == {"hostile"}


MISTAKES = """\
:orphan:

Mistakes
========

.. snippetgen:: specs/header-value-newline.yaml

.. snippetgen:: specs/token.yaml
   :languages: curl, gp

.. snippetgen:: specs/token.yaml
   :var: yourClientSecrt=0123456789abcdef

.. snippetgen:: specs/missing.yaml

.. snippetgen:: specs/token.yaml
   :var: sk_live_pasted_by_mistake

.. snippetgen:: specs/marks.yaml
"""


def test_each_mistake_is_one_error_line_at_its_directive_and_fails_the_build(tmp_path):
    src = site_copy(tmp_path)
    shutil.copy(ROOT / "tests" / "broken" / "header-value-newline.yaml", src / "specs")
    # C# cannot send a URL holding a direction mark exactly: under `all` it is left out, with a warning.
    (src / "specs" / "marks.yaml").write_text("request:\n  url: https://api.example.com/a%E2%80%8Eb\n")
    (src / "mistakes.rst").write_text(MISTAKES)
    (src / "conf.py").write_text((src / "conf.py").read_text() + "\nsnippetgen_languages = ['all']\n")
    build = sphinx(src, tmp_path / "out", "--keep-going")  # the default since Sphinx 8.1
    assert build.returncode == 1
    doc = src / "mistakes.rst"
    lines = [line for line in build.output.splitlines() if "mistakes.rst" in line]
    assert lines == [  # each at its directive's line in MISTAKES
        f"{doc}:6: ERROR: snippetgen: specs/header-value-newline.yaml:5: request.headers.X-Foo: "
        "a header value cannot contain CR, LF or NUL [snippetgen.error]",
        f"{doc}:8: ERROR: snippetgen: unknown language 'gp': did you mean 'go'? choose from " + lines[1].split(
            "choose from ")[1],
        f"{doc}:11: ERROR: snippetgen: specs/token.yaml:4: variables: :var: yourClientSecrt is not a declared "
        "variable (did you mean 'yourClientSecret'?) [snippetgen.error]",
        f"{doc}:14: ERROR: snippetgen: specs/missing.yaml: no such file [snippetgen.error]",
        f"{doc}:16: ERROR: snippetgen: :var: line 1 is not NAME=VALUE [snippetgen.error]",
        f"{doc}:19: WARNING: snippetgen: specs/marks.yaml: csharp:httpclient cannot send this request exactly: "
        + lines[5].split("cannot send this request exactly: ")[1],
    ]
    assert lines[5].endswith("; left out [snippetgen.left-out]")
    assert "Traceback" not in build.output and "sk_live_pasted" not in build.output
    assert "0123456789abcdef" not in build.output
    # Every mistake is reported, and the rest of the page built.
    assert "build finished with problems, 6 warnings (with warnings treated as errors)" in build.output
    [marks] = tab_sets((tmp_path / "out" / "mistakes.html").read_text())
    assert marks[0] == ("curl", "cURL") and "csharp" not in dict(marks) and "go" in dict(marks)


def test_conf_py_settings_apply_where_no_directive_option_overrides_them(tmp_path):
    src = site_copy(tmp_path)
    (src / "conf.py").write_text((SITE / "conf.py").read_text() + "snippetgen_templates = ['snippet-templates']\n"
                                 "snippetgen_languages = 'go, hostile'\nsnippetgen_short = True\n"
                                 "snippetgen_sync_group = 'api'\n")
    build = sphinx(src, tmp_path / "out")
    assert build.returncode == 0, build.output
    index = (tmp_path / "out" / "index.html").read_text()
    assert [[sync for sync, _ in tab_set] for tab_set in tab_sets(index)] == [["go", "hostile"]] * 2
    assert 'data-sync-group="api"' in index and 'data-sync-group="language"' not in index
    assert "package main" not in index and '<span class="s2">"POST"</span>' in index  # x.py.j2
    short = (tmp_path / "out" / "guide" / "short.html").read_text()  # its own :languages: win
    assert [sync for sync, _ in tab_sets(short)[0]] == ["curl", "go", "java", "java:okhttp"]


def test_a_mistake_in_conf_py_is_one_error_line(tmp_path):
    src = site_copy(tmp_path)
    mistakes = [("snippetgen_languages = ['curl', 'gp']", "snippetgen_languages: unknown language 'gp'"),
                ("snippetgen_vars = {'yourClientSecret': 12345678901234}",
                 "snippetgen_vars['yourClientSecret'] must be text, got int")]
    for setting, message in mistakes:
        (src / "conf.py").write_text((SITE / "conf.py").read_text() + setting + "\n")
        build = sphinx(src, tmp_path / "out", "-E")
        assert build.returncode == 1
        errors = [line for line in build.output.splitlines() if "ERROR" in line]
        assert len(errors) == 1 and errors[0].startswith(f"ERROR: snippetgen: {src / 'conf.py'}: {message}")
        assert "Traceback" not in build.output and "12345678901234" not in build.output
