"""The command line as a user drives it: render, langs, build --check."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

from click.testing import CliRunner

from cases import ROOT
from snippetgen.cli import cli
from snippetgen.languages import all_clients, languages

TOKEN = str(ROOT / "specs" / "token.yaml")


def invoke(*args):
    return CliRunner().invoke(cli, list(args))


def test_render_one_language_prints_only_the_snippet():
    result = invoke("render", TOKEN, "--lang", "go")
    assert result.exit_code == 0
    assert result.output.startswith("package main\n")


def test_render_all_prints_a_heading_per_language():
    result = invoke("render", TOKEN, "--lang", "all")
    assert result.exit_code == 0
    headings = [line for line in result.output.splitlines() if re.fullmatch(r"# .+ \([a-z0-9]+:[^ )]+\)", line)]
    assert len(headings) == len(languages())
    assert "# Go (go:net-http)" in headings


def test_render_client_selector_and_alias():
    assert invoke("render", TOKEN, "--lang", "java:okhttp").output.count("okhttp3") >= 2
    assert invoke("render", TOKEN, "--lang", "js").output == invoke("render", TOKEN, "--lang", "node").output


def test_render_var_and_reveal():
    masked = invoke("render", TOKEN, "-l", "curl", "--var", "yourClientSecret=abcdefghijklmnop")
    assert "abc*****MASKED*****" in masked.output and "defghijklmnop" not in masked.output
    revealed = invoke("render", TOKEN, "-l", "curl", "--var", "yourClientSecret=abcdefghijklmnop", "--reveal")
    assert "client_secret=abcdefghijklmnop" in revealed.output


def test_short_leaves_out_boilerplate():
    result = invoke("render", TOKEN, "--lang", "java", "--short")
    assert "class Main" not in result.output and "HttpRequest.newBuilder()" in result.output


def test_langs_json_lists_every_client():
    result = invoke("langs", "--json")
    rows = json.loads(result.output)
    assert len(rows) == len(all_clients())
    assert {"language", "client", "title", "extension", "default"} <= set(rows[0])
    defaults = [r for r in rows if r["default"]]
    assert sorted(r["language"] for r in defaults) == sorted({r["language"] for r in rows})
    assert {"language": "go", "client": "net-http", "title": "Go", "extension": ".go", "default": True}.items() <= next(
        r for r in rows if r["language"] == "go").items()


def test_langs_text():
    result = invoke("langs")
    assert "requests (default)" in result.output


def test_build_then_check(tmp_path):
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    out = tmp_path / "out"
    first = invoke("build", str(specs), "--out", str(out))
    assert first.exit_code == 0, first.output
    assert (out / "token" / "go-net-http.go").is_file()
    assert "```go" in (out / "token.md").read_text()
    assert invoke("build", str(specs), "--out", str(out), "--check").exit_code == 0
    again = invoke("build", str(specs), "--out", str(out))
    assert " 0 written" in again.output

    (out / "token" / "go-net-http.go").write_text("tampered")
    stale = invoke("build", str(specs), "--out", str(out), "--check")
    assert stale.exit_code == 1 and "token/go-net-http.go" in stale.output
    assert (out / "token" / "go-net-http.go").read_text() == "tampered"  # --check writes nothing


def test_build_removes_outputs_of_deleted_specs_only(tmp_path):
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep-me.txt").write_text("not ours")
    invoke("build", str(specs), "--out", str(out))
    (specs / "call-api.yaml").unlink()
    invoke("build", str(specs), "--out", str(out))
    assert not (out / "call-api").exists() and not (out / "call-api.md").exists()
    assert (out / "keep-me.txt").read_text() == "not ours"
    assert invoke("build", str(specs), "--out", str(out), "--check").exit_code == 0


def test_build_with_a_broken_spec_writes_nothing(tmp_path):
    specs = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", specs)
    (specs / "zz-broken.yaml").write_text("request:\n  url: ftp://x\n")
    out = tmp_path / "out"
    result = invoke("build", str(specs), "--out", str(out))
    assert result.exit_code == 2
    assert "zz-broken.yaml:2: request.url:" in result.output
    assert not out.exists()


def test_committed_output_is_fresh():
    """output/ must be exactly what `snippetgen build specs --out output` writes."""
    result = invoke("build", str(ROOT / "specs"), "--out", str(ROOT / "output"), "--check")
    assert result.exit_code == 0, result.output + "\nrun: snippetgen build specs --out output, and commit output/"


def test_verify_passes_and_prints_a_table():
    result = invoke("verify", TOKEN, "--lang", "curl", "--lang", "python:http.client",
                    "--var", "yourClientSecret=abcdefghijklmnop")
    if " missing " in result.output:
        from conftest import missing_toolchain
        missing_toolchain(result.output)
    assert result.exit_code == 0, result.output
    assert "curl:curl              pass" in result.output
    assert result.output.rstrip().endswith("2 passed, 0 failed")
    assert "defghijklmnop" not in result.output


def test_verify_fails_with_exit_1_and_names_the_known_limit():
    text_spec = str(ROOT / "tests" / "cases" / "text-body.yaml")
    result = invoke("verify", text_spec, "--lang", "java:okhttp")
    if " missing " in result.output:
        from conftest import missing_toolchain
        missing_toolchain(result.output)
    assert result.exit_code == 1
    assert "java:okhttp            FAIL" in result.output
    assert "(known: JSON and text bodies use OkHttp 4+" in result.output
    assert "0 passed, 1 failed" in result.output


def test_render_of_a_har_with_several_requests_renders_each_under_its_request_line(tmp_path):
    entry = {"httpVersion": "HTTP/1.1", "headers": [], "cookies": [], "headersSize": -1, "bodySize": 0}
    har = {"log": {"version": "1.2", "creator": {"name": "t", "version": "1"}, "entries": [
        {"request": {**entry, "method": "GET", "url": "https://api.example.com/a?x=1",
                     "queryString": [{"name": "x", "value": "1"}]}},
        {"request": {**entry, "method": "DELETE", "url": "https://api.example.com/b\nX", "queryString": []}},
    ]}}
    path = tmp_path / "two.har"
    path.write_text(json.dumps(har), encoding="utf-8")
    result = invoke("render", str(path), "--lang", "python")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "## 1. GET https://api.example.com/a?x=1"
    assert "## 2. DELETE https://api.example.com/b%0AX" in lines  # one line, whatever the URL holds
    assert result.output.count("import requests") == 2


def test_a_client_that_cannot_send_a_request_exactly_is_left_out_of_all_and_refused_by_name(tmp_path):
    spec = tmp_path / "marks.yaml"
    spec.write_text("request: {url: 'https://api.example.com/a%E2%80%8Eb'}\n", encoding="utf-8")
    everything = invoke("render", str(spec))
    assert everything.exit_code == 0 and "(go:net-http)" in everything.stdout
    assert "csharp" not in everything.stdout
    assert everything.stderr.startswith("warning: ") and "csharp:httpclient cannot send this request exactly" \
        in everything.stderr
    named = invoke("render", str(spec), "--lang", "csharp")
    assert named.exit_code == 2 and named.stdout == ""
    assert named.stderr.startswith(f"error: {spec}: csharp:httpclient cannot send this request exactly: System.Uri")


def test_the_cli_imports_other_commands_modules_only_to_run_them():
    # A `render` or a `build` with nothing to do is mostly start-up: the importers, the
    # developer tools and PyYAML (read only for a spec or a manifest not in the cache) wait.
    code = ("import sys; import snippetgen.cli; "
            "print(sorted(m for m in sys.modules if m.startswith(('snippetgen.cli_', 'yaml', 'jinja2'))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "['snippetgen.cli_options']"
