"""The MkDocs plugin's failures: each is one line naming the page, the block's (or option's) line
and the error; no traceback, no secret.  Every case is built in this process through MkDocs' own
build (fast); two run the real `mkdocs build --strict` too, for its output and exit status."""

from __future__ import annotations

import logging
import shutil
import subprocess
import time

import pytest

from cases import ROOT
from mkdocs_site import ENV, SECRETS, mkdocs, prepare

pytestmark = pytest.mark.toolchain

SECRET = "never-shown-0123456789"
FRONT = "---\ntitle: Bad\n---\n\n"  # 4 lines MkDocs takes off before the plugin sees the page


def block(*lines: str) -> str:
    return "\n".join(["# Bad", "", "```snippetgen", *lines, "```", ""])


# name: (docs/bad.md, a change to mkdocs.yml or None, the line the output must hold)
CASES = {
    "broken spec": (FRONT + block("spec: specs/broken.yaml"), None,
                    "docs/bad.md:7: specs/broken.yaml:5: request.headers.X-Foo: a header value cannot contain "
                    "CR, LF or NUL"),
    "missing spec": (block("spec: specs/missing.yaml"), None, "docs/bad.md:3: specs/missing.yaml: no such file"),
    "symlink out": (block("spec: specs/link.yaml"), None,
                    "docs/bad.md:4: spec: specs/link.yaml is outside the folder of mkdocs.yml"),
    "outside": (block("languages: [go]", "spec: ../outside.yaml"), None,
                "docs/bad.md:5: spec: ../outside.yaml is outside the folder of mkdocs.yml"),
    "unknown language": (block("spec: specs/token.yaml", "languages: [go, klingon]"), None,
                         "docs/bad.md:5: languages: unknown language 'klingon': did you mean 'kotlin'?"),
    "bad option": (block("spec: specs/token.yaml", "short: maybe"), None,
                   "docs/bad.md:5: short: expected true or false, got text"),
    "unknown var": (block("spec: specs/token.yaml", "vars:", "  yourDomain: x", f"  yourClientSecrt: {SECRET}"),
                    None, "docs/bad.md:7: vars.yourClientSecrt: yourClientSecrt is not a declared variable of "
                          "specs/token.yaml (did you mean 'yourClientSecret'?)"),
    "bad yaml": (block("spec: specs/token.yaml", f"vars: {{yourClientSecret: '{SECRET}"), None,
                 "docs/bad.md:5: invalid YAML: found unexpected end of stream"),
    "unclosed": (FRONT + "# Bad\n\n```snippetgen\nspec: specs/token.yaml\n", None,
                 "docs/bad.md:7: this snippetgen block has no closing fence"),
    "info string": (block("spec: specs/token.yaml").replace("```snippetgen", "```snippetgen go"), None,
                    "docs/bad.md:3: options go inside the block, not after ```snippetgen"),
    "site language": (block("spec: specs/token.yaml"), ("[curl, go, python]", "[curl, klingon]"),
                      "mkdocs.yml: plugins.snippetgen.languages: unknown language 'klingon'"),
    "site var": (block("spec: specs/token.yaml"), ("yourDomain: tenant.example.com", "yourDomain: 1.5"),
                 "Plugin 'snippetgen' option 'vars': vars.yourDomain: expected text, got a number; quote the value"),
    "declined under all": (block("spec: specs/declined.yaml", "languages: [all]"), None,
                           "snippetgen: docs/bad.md:3: specs/declined.yaml: csharp:httpclient cannot "
                           "send this request exactly: System.Uri removes direction marks"),
}


def _site(folder, page: str, change):
    prepare(folder)
    shutil.rmtree(folder / "docs")
    (folder / "docs").mkdir()
    (folder / "docs" / "bad.md").write_text(page, encoding="utf-8")
    shutil.copy(ROOT / "tests" / "broken" / "header-value-newline.yaml", folder / "specs" / "broken.yaml")
    # C# cannot send a URL holding a direction mark: it declines, the other clients render.
    (folder / "specs" / "declined.yaml").write_text('request: {url: "https://example.com/a\\u200eb"}\n')
    (folder.parent / "outside.yaml").write_text("request: {url: https://example.com/}\n")
    (folder / "specs" / "link.yaml").symlink_to(folder.parent / "outside.yaml")  # inside, but leads out
    if change:
        config = folder / "mkdocs.yml"
        text = config.read_text(encoding="utf-8")
        assert change[0] in text
        config.write_text(text.replace(change[0], change[1]), encoding="utf-8")
    return folder


class _Lines(logging.Handler):
    def __init__(self):
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(f"{record.levelname} {record.getMessage()}")


def _build_here(folder) -> list[str]:
    """What MkDocs logs building folder with --strict, and how it stopped (its last line)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    handler, logger = _Lines(), logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        config = load_config(str(folder / "mkdocs.yml"), strict=True)
        config.plugins.on_startup(command="build", dirty=False)
        build(config)
        return [*handler.lines, "built"]
    except Exception as exc:  # noqa: BLE001 - every way a build stops is what is checked
        return [*handler.lines, f"{type(exc).__name__} {exc}"]
    finally:
        logger.removeHandler(handler)


@pytest.fixture(scope="module")
def logged(tmp_path_factory) -> dict[str, list[str]]:
    mkdocs()  # skips without MkDocs
    started = time.monotonic()
    results = {name: _build_here(_site(tmp_path_factory.mktemp("mkdocs-error") / "site", page, change))
               for name, (page, change, _) in CASES.items()}
    print(f"{len(CASES)} failing builds in this process: {time.monotonic() - started:.1f} s")
    return results


@pytest.mark.parametrize("name", list(CASES))
def test_a_failure_is_one_line_naming_the_page_and_line(logged, name):
    lines = logged[name]
    expected = CASES[name][2]
    assert len([line for line in lines if expected in line]) == 1, lines
    assert lines[-1].startswith(("Abort ", "ValidationError ", "ConfigurationError ", "PluginError ")), lines
    assert all("\n" not in line for line in lines), lines
    text = "\n".join(lines)
    assert SECRET not in text and all(secret not in text for secret in SECRETS.values()), text


def test_a_declined_client_and_site_vars_no_spec_declares_are_warnings_that_strict_fails(logged):
    lines = logged["declined under all"]
    assert "WARNING snippetgen: mkdocs.yml: plugins.snippetgen.vars: no spec used on the site declares apiKey, " \
           "yourClientSecret, yourDomain" in lines
    assert lines[-1] == "Abort Aborted with 2 warnings in strict mode!", lines


@pytest.mark.parametrize("name", ["broken spec", "declined under all"])
def test_the_mkdocs_command_prints_one_line_and_exits_1(tmp_path, name):
    page, change, expected = CASES[name]
    folder = _site(tmp_path / "site", page, change)
    result = subprocess.run(mkdocs("build", "--strict"), cwd=folder, env=ENV, text=True, timeout=300,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert result.returncode == 1, result.stdout
    assert len([line for line in result.stdout.splitlines() if expected in line]) == 1, result.stdout
    assert "Traceback" not in result.stdout and SECRETS["yourClientSecret"] not in result.stdout
