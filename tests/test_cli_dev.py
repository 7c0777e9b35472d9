"""The contributor's commands: `snippetgen toolchains`, `snippetgen new`, and the stale-install note."""

from __future__ import annotations

import json
import shutil

import pytest
import yaml
from click.testing import CliRunner

from cases import ROOT
from snippetgen import languages as registry
from snippetgen.cli import cli
from snippetgen.languages import all_clients, languages


def invoke(*args):
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def checkout(tmp_path, monkeypatch):
    """A copy of templates/ that snippetgen takes for its own, as in an editable install."""
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    monkeypatch.setattr(registry, "builtin_templates_dir", lambda: templates)
    monkeypatch.chdir(tmp_path)
    languages.cache_clear()
    yield templates
    languages.cache_clear()


def test_toolchains_lists_every_client_and_its_packages():
    result = invoke("toolchains", "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [row["client"] for row in rows] == [client.id for client in all_clients()]
    assert all(row["trust"] for row in rows)
    debian = invoke("toolchains", "java", "--packages", "debian").output.split()
    assert debian[0] == "openjdk-17-jdk-headless" and "libokhttp-java" in debian  # the language's, then a client's
    assert len(debian) == len(set(debian)), "each package once"


def test_toolchains_names_what_is_missing(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on PATH
    result = invoke("toolchains", "go")
    assert result.exit_code == 0
    assert "go:net-http" in result.output and "missing: go is not installed (apt-get install golang-go)" in result.output


def test_new_client_of_a_language_is_appended_and_loads(checkout):
    result = invoke("new", "ruby:excon", "--title", "Excon")
    assert result.exit_code == 0, result.output
    template = checkout / "ruby" / "excon.rb.j2"
    assert template.read_text() == (checkout / "ruby" / "net-http.rb.j2").read_text()
    manifest = yaml.safe_load((checkout / "ruby" / "manifest.yaml").read_text())
    assert manifest["clients"]["excon"] == {"title": "Excon", "template": "excon.rb.j2"}
    assert "ruby:excon" in [client.id for client in all_clients()]
    assert "scripts/check-client ruby:excon" in result.output


def test_new_language_copies_the_closest_and_guesses_lexer_and_extension(checkout):
    refused = invoke("new", "scala:okhttp")
    assert refused.exit_code == 2 and "--from" in refused.output
    result = invoke("new", "scala:okhttp", "--from", "java:okhttp")
    assert result.exit_code == 0, result.output
    language = languages()["scala"]
    assert (language.extension, language.lexer, language.default) == (".scala", "scala", "okhttp")
    assert (checkout / "scala" / "okhttp.scala.j2").is_file() and (checkout / "scala" / "_main.java.j2").is_file()
    assert language.clients["okhttp"].runtime.run  # the model's runtime, to be made true


def test_new_refuses_what_exists(checkout):
    result = invoke("new", "python:requests")
    assert result.exit_code == 2 and "exists already" in result.output


def test_a_stale_installed_copy_is_named(tmp_path, monkeypatch):
    """Run inside a checkout whose templates differ from the installed ones: the error says why."""
    installed = tmp_path / "site-packages" / "snippetgen" / "templates"
    shutil.copytree(ROOT / "templates", installed)
    checkout = tmp_path / "checkout"
    shutil.copytree(ROOT / "templates", checkout / "templates")
    (checkout / "pyproject.toml").write_text('[project]\nname = "snippetgen"\n')
    (checkout / "templates" / "ruby" / "excon.rb.j2").write_text("x\n")
    monkeypatch.setattr(registry, "builtin_templates_dir", lambda: installed)
    monkeypatch.chdir(checkout)
    languages.cache_clear()
    try:
        result = invoke("render", str(ROOT / "specs" / "token.yaml"), "--lang", "ruby:excon")
    finally:
        languages.cache_clear()
    assert result.exit_code == 2
    assert "templates/ruby/excon.rb.j2" in result.output and "pip install -e ." in result.output
