"""Placeholders, --var values and secret masking across every client."""

from __future__ import annotations

import os

import pytest

from cases import CLIENTS, ROOT
from snippetgen import load_spec, render_snippet
from snippetgen.errors import ClientRefusal
from snippetgen.variables import MASK, masked

TOKEN = ROOT / "specs" / "token.yaml"
SECRET = "s3cr3t-Value-&+=%'\"$x#{y}`z`"


def test_masked_shows_at_most_three_characters():
    assert masked("abcdefghijkl") == "abc" + MASK
    assert masked("abcdefghijk") == MASK  # shorter than 12: nothing shown
    assert masked("") == MASK


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.id)
def test_placeholders_stay_verbatim_without_values(client):
    text = render_snippet(load_spec(TOKEN), client).display
    for name in ("{yourDomain}", "{yourClientId}", "{yourClientSecret}"):
        assert name in text, f"{client.id} lost {name}"
    assert "%7B" not in text and "%7b" not in text


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.id)
def test_secret_is_masked_in_display_and_real_in_copy(client):
    values = {"yourDomain": "tenant.example.com", "yourClientId": "client-id", "yourClientSecret": SECRET}
    snippet = render_snippet(load_spec(TOKEN), client, values)
    assert "s3c" + MASK in snippet.display
    assert "r3t-Value" not in snippet.display
    assert "r3t-Value" in snippet.copy
    assert "tenant.example.com" in snippet.display and "{yourDomain}" not in snippet.display


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.id)
def test_reveal_prints_the_real_value(client):
    values = {"yourClientSecret": SECRET}
    snippet = render_snippet(load_spec(TOKEN), client, values, reveal=True)
    assert snippet.display == snippet.copy
    assert MASK not in snippet.display


def test_value_with_placeholder_syntax_is_not_expanded_again():
    spec = load_spec(TOKEN)
    client = next(c for c in CLIENTS if c.id == "python:requests")
    text = render_snippet(spec, client, {"yourClientId": "{yourDomain}", "yourDomain": "d.example"}).copy
    assert '"client_id": "{yourDomain}"' in text


NEW_FIELDS = """variables:
  host: {secret: true}
  user: {}
  pass: {secret: true}
  sid: {secret: true}
  path: {secret: true}
request:
  method: POST
  url: https://{host}/upload
  cookies: {sid: "{sid}"}
  auth: {basic: {username: "{user}", password: "{pass}"}}
  multipart:
  - {name: f, file: "{path}", filename: f.bin}
"""
NEW_VALUES = {"host": "hidden-host.example:8443", "user": "me", "pass": "PASSWORD0123456789",
              "sid": "SESSION0123456789", "path": "/secret/dir/PATH0123456789"}


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.id)
def test_secrets_in_host_port_auth_cookies_and_paths_are_masked(client):
    from snippetgen import parse_spec

    try:
        snippet = render_snippet(parse_spec(NEW_FIELDS), client, NEW_VALUES)
    except ClientRefusal as exc:  # declined: nothing shown, and the reason holds no value
        assert not any(value[3:12] in str(exc) for name, value in NEW_VALUES.items() if name != "user")
        pytest.xfail(str(exc))
    for name, value in NEW_VALUES.items():
        if name != "user":
            assert value[3:12] not in snippet.display, f"{client.id} shows {name}"
    assert "PASSWORD0123456789" in snippet.copy and "hidden-host.example" in snippet.copy


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.id)
def test_the_builtin_templates_render_the_same_in_the_sandbox(client):
    from cases import CASE_FILES

    def outcome(spec, **options):
        try:
            return render_snippet(spec, client, **options).display
        except ClientRefusal as exc:
            return f"declined: {exc}"

    for case in CASE_FILES:
        spec = load_spec(case)
        assert outcome(spec, sandbox=True) == outcome(spec)


def test_the_sandbox_stops_a_template_reaching_python(tmp_path):
    from click.testing import CliRunner

    from snippetgen.cli import cli

    folder = tmp_path / "tpl" / "go"
    folder.mkdir(parents=True)
    # The classic escape: from a string to object's subclasses, and on to os.
    (folder / "net-http.go.j2").write_text("{{ ''.__class__.__mro__[1].__subclasses__() }}\n", encoding="utf-8")
    args = ["render", str(TOKEN), "--lang", "go", "--templates", str(tmp_path / "tpl")]
    trusted = CliRunner().invoke(cli, args)
    assert trusted.exit_code == 0 and "subprocess.Popen" in trusted.stdout  # a chosen plugin runs as written
    boxed = CliRunner().invoke(cli, [*args, "--sandbox"])
    assert boxed.exit_code == 2 and "--sandbox forbids" in boxed.stderr and "Popen" not in boxed.stdout


def test_a_long_lived_host_sees_an_edited_template_and_a_frozen_process_need_not(tmp_path, monkeypatch):
    from snippetgen import render as render_module
    from snippetgen.languages import resolve

    monkeypatch.setattr(render_module, "_RELOAD", True)
    render_module.environment.cache_clear()
    (tmp_path / "go").mkdir()
    template = tmp_path / "go" / "net-http.go.j2"
    template.write_text("one\n")
    spec = load_spec(ROOT / "specs" / "token.yaml")
    client = resolve("go", (tmp_path,))[0]
    assert render_snippet(spec, client, user_dirs=(tmp_path,)).display == "one\n"
    template.write_text("two\n")
    later = template.stat().st_mtime_ns + 10**9  # Jinja compares times: one tick of the clock may keep it
    os.utime(template, ns=(later, later))
    assert render_snippet(spec, client, user_dirs=(tmp_path,)).display == "two\n"
    render_module.freeze_templates()
    assert not render_module.environment((tmp_path,)).auto_reload
    render_module.environment.cache_clear()
