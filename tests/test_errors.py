"""Every user error is one line on stderr, exit code 2, no traceback, never a secret.

tests/broken/ holds one small broken spec per mistake; their messages are kept
together in tests/snapshots/errors.txt so a wording change shows up as a diff.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from snippetgen.cli import cli
from snippetgen.languages import languages

REPO = Path(__file__).resolve().parent.parent
BROKEN = sorted(Path("tests/broken").joinpath(p.name) for p in (REPO / "tests" / "broken").glob("*.yaml"))
SNAPSHOT = Path("tests/snapshots/errors.txt")
# file:LINE: -- every message has a line, except for a file with no line at all.
NO_LINE = {"empty.yaml"}


@pytest.fixture(autouse=True)
def at_repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the repo root so messages carry the short relative paths the snapshot holds."""
    monkeypatch.chdir(REPO)


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def error_line(result: Result) -> str:
    """The single `error: ...` line of a failed run; fails the test on anything else."""
    everything = result.output + result.stderr
    assert "Traceback" not in everything
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2, f"exit code {result.exit_code}; output:\n{everything}"
    assert result.stdout == "", f"nothing is printed on stdout on error, got:\n{result.stdout}"
    lines = result.stderr.splitlines()
    assert len(lines) == 1, "expected exactly one line on stderr, got:\n" + result.stderr
    assert lines[0].startswith("error: "), lines[0]
    return lines[0]


def check_snapshot(file_regression, text: str, path: Path) -> None:
    """file_regression.check, with a failure that says how to accept an intended change."""
    try:
        file_regression.check(text, fullpath=REPO / path)
    except AssertionError as exc:
        raise AssertionError(
            f"{exc}\n\nThe messages in {path} changed.  If the change is intended, run\n"
            f"    pytest tests/test_errors.py --force-regen\n"
            f"then review the diff (git diff {path}) and commit it with the code change."
        ) from None


def test_the_corpus_is_there() -> None:
    assert len(BROKEN) >= 40, BROKEN


@pytest.mark.parametrize("spec", BROKEN, ids=lambda p: p.stem)
def test_broken_spec_is_one_error_line(spec: Path) -> None:
    line = error_line(run("render", str(spec), "--lang", "curl"))
    assert line.startswith(f"error: {spec}"), line
    if spec.name not in NO_LINE:
        assert re.match(rf"error: {re.escape(str(spec))}:\d+: ", line), f"no line number: {line}"


def test_error_messages_snapshot(file_regression) -> None:
    lines = [error_line(run("render", str(spec), "--lang", "curl")) for spec in BROKEN]
    text = ("# One message per spec in tests/broken/, written by tests/test_errors.py.\n"
            + "".join(f"{line}\n" for line in lines))
    check_snapshot(file_regression, text, SNAPSHOT)


# --- command-line mistakes --------------------------------------------------

SPEC = """\
variables:
  yourDomain: {description: The tenant domain}
  accessToken: {description: The API token, secret: true}
request:
  url: https://{yourDomain}/api
  headers:
    Authorization: Bearer {accessToken}
"""


@pytest.fixture
def spec_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A valid spec, as a path relative to the working directory (tmp_path)."""
    (tmp_path / "api.yaml").write_text(SPEC, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return "api.yaml"


def test_the_valid_spec_renders(spec_file: str) -> None:
    result = run("render", spec_file, "--lang", "curl", "--var", "yourDomain=example.com")
    assert result.exit_code == 0, result.stderr
    assert "https://example.com/api" in result.stdout


def test_var_of_an_undeclared_name(spec_file: str) -> None:
    line = error_line(run("render", spec_file, "--lang", "curl", "--var", "yourDomian=example.com"))
    assert line.startswith("error: api.yaml:1: variables: "), line
    assert "yourDomian is not a declared variable" in line
    assert "did you mean 'yourDomain'?" in line


def test_var_of_an_undeclared_name_lists_the_declared_ones(spec_file: str) -> None:
    line = error_line(run("render", spec_file, "--lang", "curl", "--var", "zzz=1"))
    assert "declared: yourDomain, accessToken" in line


@pytest.mark.parametrize("argument, expected", [
    ("yourDomain", "--var expects NAME=VALUE, got 'yourDomain'"),
    ("=s3cr3t-token", "--var expects NAME=VALUE, got no name before '='"),
    ("s3cr3t/token+value", "--var expects NAME=VALUE, got an argument without '='"),
])
def test_var_without_name_or_equals(spec_file: str, argument: str, expected: str) -> None:
    line = error_line(run("render", spec_file, "--lang", "curl", "--var", argument))
    assert line == f"error: {expected}"
    assert "s3cr3t" not in line  # it may be the value of a secret, with its name forgotten


def test_unknown_language(spec_file: str) -> None:
    line = error_line(run("render", spec_file, "--lang", "gp"))
    assert line.startswith("error: unknown language 'gp': "), line
    assert "go" in line  # among the choices listed


def test_unknown_language_suggests_a_close_name(spec_file: str) -> None:
    line = error_line(run("render", spec_file, "--lang", "pyhton"))
    assert "did you mean 'python'?" in line


def test_unknown_language_suggests_go_for_gp(spec_file: str) -> None:
    if "go" not in languages():
        pytest.skip("templates/go is not there")
    line = error_line(run("render", spec_file, "--lang", "gp"))
    assert "did you mean 'go'?" in line


def test_unknown_client(spec_file: str) -> None:
    line = error_line(run("render", spec_file, "--lang", "python:foo"))
    assert line.startswith("error: unknown client 'foo' for python: choose from "), line
    assert "requests" in line


def test_missing_spec_file(spec_file: str) -> None:
    assert error_line(run("render", "nope.yaml", "--lang", "curl")) == "error: nope.yaml: no such file"


def test_directory_instead_of_a_spec(spec_file: str, tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    line = error_line(run("render", "specs", "--lang", "curl"))
    assert line.startswith("error: specs: cannot read"), line


def test_spec_that_is_not_utf8(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "latin1.yaml").write_bytes("request:\n  url: https://example.com/caf\xe9\n".encode("latin-1"))
    monkeypatch.chdir(tmp_path)
    assert error_line(run("render", "latin1.yaml", "--lang", "curl")) == "error: latin1.yaml: not UTF-8 text"


# --- secrets ------------------------------------------------------------------

SECRET = "s3cr3t-VALUE-42"


@pytest.mark.parametrize("request_yaml, value, expected", [
    pytest.param("url: https://example.com/\n  headers: {Authorization: 'Bearer {token}'}",
                 f"{SECRET}\nX-Injected: 1", "request.headers.Authorization: a header value cannot contain CR",
                 id="header-value-newline"),
    pytest.param("url: https://example.com/\n  headers: {X-Key: '{token}'}",
                 f"{SECRET}é", "request.headers.X-Key: a header value must be printable ASCII",
                 id="header-value-non-ascii"),
    pytest.param("url: https://example.com/\n  headers: {X-Key: '{token}'}",
                 f" {SECRET}", "request.headers.X-Key: a header value cannot start or end with whitespace",
                 id="header-value-space"),
    pytest.param("url: https://{token}.example.com/", f"{SECRET}!",
                 "request.url: the host must be", id="host"),
    pytest.param("url: https://example.com/?key={token}", f"{SECRET}\0",
                 "request.url: contains a NUL character", id="query-nul"),
    pytest.param("method: POST\n  url: https://example.com/\n  text: '{token}'", f"{SECRET}\0",
                 "request.text: contains a NUL character", id="text-nul"),
    pytest.param("method: '{token}'\n  url: https://example.com/", SECRET.lower(),
                 "request.method: write the method in upper case: ", id="method-lower-case"),
    pytest.param("url: https://example.com/\n  headers: [[Content-Type, a], ['{token}', b]]", "CONTENT-TYPE",
                 "request.headers[1]: a request has one content type", id="header-name-twice"),
    pytest.param("url: https://{token}/", "h:8443/x?a=*****MASKED*****",
                 "(from the value of token)", id="host-port-value"),
    pytest.param("url: https://example.com/\n  auth: {basic: {username: '{token}', password: p}}",
                 f"{SECRET}:x", "request.auth.basic.username: a Basic username cannot contain ':'",
                 id="basic-username"),
])
def test_a_secret_never_appears_in_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            request_yaml: str, value: str, expected: str) -> None:
    (tmp_path / "secret.yaml").write_text(
        "variables:\n  token: {description: The token, secret: true}\n"
        f"request:\n  {request_yaml}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("render", "secret.yaml", "--lang", "curl", "--var", f"token={value}")
    line = error_line(result)
    assert line.startswith("error: secret.yaml:"), line
    assert expected in line
    assert value.strip() not in result.output + result.stderr
    assert SECRET.lower() not in (result.output + result.stderr).lower()


def test_a_secret_in_the_host_renders_masked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The masked display copy is not held to host and port rules that its real value passed."""
    (tmp_path / "tenant.yaml").write_text(
        "variables:\n  tenant: {secret: true}\n  port: {secret: true}\n"
        "request:\n  url: https://{tenant}.example.com:{port}/\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("render", "tenant.yaml", "--lang", "curl", "--var", "tenant=acme", "--var", "port=8443")
    assert result.exit_code == 0, result.stderr
    assert "acme" not in result.stdout and "8443" not in result.stdout
    assert "MASKED*****.example.com:*****MASKED" in result.stdout
    revealed = run("render", "tenant.yaml", "--lang", "curl", "--reveal",
                   "--var", "tenant=acme", "--var", "port=8443")
    assert "https://acme.example.com:8443/" in revealed.stdout
    bad_port = run("render", "tenant.yaml", "--lang", "curl", "--var", "tenant=acme", "--var", "port=99999")
    assert "the port must be a number from 1 to 65535" in error_line(bad_port)


@pytest.mark.parametrize("args", [
    ["render", "specs/token.yaml", "--templates", "specs/token.yaml"],  # a file where a folder goes
    ["build", "no-such-folder", "--out", "out"],
    ["render", "--no-such-option"],
    ["render"],
])
def test_command_line_mistakes_are_one_line_too(args: list[str]) -> None:
    """click's own checks, as the installed command prints them: one line, not the usage text."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", "from snippetgen.cli import main; main()", *args],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "--help" in lines[0], result.stderr
