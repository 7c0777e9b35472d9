"""verify never shows a secret: masked in every form before any clipping, in output, differences and errors.

Issue 10. Snippets that misbehave on purpose come from user templates (--templates) that override
the curl client's, so each test needs only bash and curl.
"""

from __future__ import annotations

import base64
import json
from urllib.parse import quote, quote_plus

import pytest
from click.testing import CliRunner

from conftest import require_tool
from snippetgen.cli import cli
from snippetgen.variables import MASK, masked

SECRET = "sk_live_9f8e7d6c5b4a3210"
HIDDEN = SECRET[3:]  # what must never show: masked() shows "sk_" at most


def invoke(*args):
    return CliRunner().invoke(cli, list(args))


def _spec(tmp_path, *, example: str | None = None, auth: bool = False, query: bool = False) -> str:
    declared = "    secret: true\n" + (f"    example: {json.dumps(example)}\n" if example else "")
    credentials = "  auth:\n    basic:\n      username: user\n      password: \"{key}\"\n" if auth else ""
    where = "  url: https://api.example.com/p?k={key}\n" if query else \
        "  url: https://api.example.com/p\n  headers:\n    X-Key: \"{key}\"\n"
    text = f"variables:\n  key:\n{declared}request:\n{where}{credentials}"
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _curl_template(tmp_path, body: str) -> str:
    """A --templates folder whose curl snippet is `body`."""
    require_tool("bash")
    require_tool("curl")
    folder = tmp_path / "templates"
    (folder / "curl").mkdir(parents=True)
    (folder / "curl" / "curl.sh.j2").write_text(body, encoding="utf-8")
    return str(folder)


# A snippet that sends the request without its headers: the differences show the spec's values.
SENDS_NO_HEADERS = "curl -sS {{ request.url|shell_quote }}\n"


def _assert_hidden(output: str, secret: str = SECRET) -> None:
    assert secret[3:] not in output, output
    for size in (4, 6):  # no piece of it either
        for start in range(0, len(secret) - size + 1):
            assert secret[start:start + size] not in output, (secret[start:start + size], output)


def test_a_secret_cut_by_the_400_character_clip_is_masked_before_it(tmp_path):
    templates = _curl_template(tmp_path, f"printf '%s\\n' {'x' * 395}{{{{ request.headers[0].value|shell_quote }}}} >&2\n"
                                         "exit 1\n")
    result = invoke("verify", _spec(tmp_path), "--lang", "curl", "--var", f"key={SECRET}", "--templates", templates)
    assert result.exit_code == 1, result.output
    assert "more characters)" in result.output  # the line was clipped, after masking
    _assert_hidden(result.output)


def test_a_secret_with_a_backslash_is_masked_in_the_repr_of_a_difference(tmp_path):
    secret = "abc\\defghijklmnopq"
    templates = _curl_template(tmp_path, SENDS_NO_HEADERS)
    result = invoke("verify", _spec(tmp_path), "--lang", "curl", "--var", f"key={secret}", "--templates", templates)
    assert result.exit_code == 1, result.output
    assert "header x-key" in result.output and "abc" + MASK in result.output
    assert "defghij" not in result.output


def test_a_secret_variables_example_is_masked(tmp_path):
    templates = _curl_template(tmp_path, SENDS_NO_HEADERS)
    result = invoke("verify", _spec(tmp_path, example=SECRET), "--lang", "curl", "--templates", templates)
    assert result.exit_code == 1, result.output
    assert "header x-key" in result.output
    _assert_hidden(result.output)


def test_basic_credentials_holding_a_secret_are_masked_in_base64(tmp_path):
    templates = _curl_template(tmp_path, SENDS_NO_HEADERS)
    result = invoke("verify", _spec(tmp_path, auth=True), "--lang", "curl", "--var", f"key={SECRET}",
                    "--templates", templates)
    assert result.exit_code == 1, result.output
    assert "header authorization" in result.output
    token = base64.b64encode(f"user:{SECRET}".encode()).decode()
    assert token[8:20] not in result.output, result.output


def test_program_output_is_masked_in_escaped_forms(tmp_path):
    secret = "s3cr\"et é/+ value"
    forms = [json.dumps(secret), json.dumps(secret, ensure_ascii=False), quote(secret, safe=""), quote_plus(secret),
             repr(secret.encode())]
    lines = "".join("printf '%s\\n' '" + form.replace("'", "'\\''") + "'\n" for form in forms)
    templates = _curl_template(tmp_path, lines + "exit 3\n")
    result = invoke("verify", _spec(tmp_path, query=True), "--lang", "curl", "--var", f"key={secret}",
                    "--templates", templates)
    assert result.exit_code == 1 and "exit status 3" in result.output, result.output
    assert result.output.count(MASK) == len(forms), result.output
    for form in forms:
        assert form[4:12] not in result.output


def test_an_error_message_never_shows_a_secret(tmp_path):
    templates = _curl_template(tmp_path, '{{ refuse("cannot send " ~ request.headers[0].value) }}\n')
    result = invoke("verify", _spec(tmp_path), "--lang", "curl", "--var", f"key={SECRET}", "--templates", templates)
    assert result.exit_code == 2, result.output
    assert "cannot send" in result.output
    _assert_hidden(result.output)


def test_var_without_a_name_never_echoes_the_argument():
    token = "ghp_16C7e42F292c6912E7710c838347Ae178B4a"
    for command in ("verify", "render"):
        result = invoke(command, "specs/token.yaml", "--var", token)
        assert result.exit_code == 2
        assert "--var expects NAME=VALUE" in result.output
        assert token[3:] not in result.output and "ghp" not in result.output
    # A declared name is no secret: verify says which one lacks its value.
    declared = invoke("verify", "specs/token.yaml", "--var", "yourClientSecret")
    assert declared.exit_code == 2 and "got 'yourClientSecret'" in declared.output


# -- masked(): user-perceived characters ------------------------------------------------------------

@pytest.mark.parametrize(("value", "shown"), [
    ("abcdefghijklmnop", "abc"),
    ("abcdefghijk", ""),  # short: 11 characters show none
    ("e\u0301" * 6, ""),  # 6 characters, 12 code points: short, so nothing (not "ée")
    ("e\u0301" * 12, "e\u0301" * 3),  # never a partial grapheme
    ("🇫🇷" * 12, "🇫🇷" * 3),  # a flag is two code points, one character
    ("👨\u200d👩\u200d👧" * 12, "👨\u200d👩\u200d👧" * 3),
    ("\r\n" * 12, "\r\n" * 3),
    ("각" * 6 + "x" * 6, "각" * 3),  # Hangul jamo L V T: one character
    ("a" + "\u0301" * 40 + "b" * 11, ""),  # one "character" that is most of the value shows nothing
])
def test_masked_shows_at_most_3_whole_characters(value, shown):
    assert masked(value) == shown + MASK


def test_redactor_masks_every_form():
    from snippetgen.variables import Redactor

    secret = "s3cr\\et 'q' \"d\" é😀 $x\n-long-enough"
    hide = Redactor([secret], [("user", secret)])
    forms = [secret, repr(secret), json.dumps(secret), json.dumps(secret, ensure_ascii=False),
             quote(secret, safe=""), quote(secret), quote_plus(secret), quote(secret, safe="").lower(),
             repr(secret.encode()), secret.encode().decode("latin-1"),
             base64.b64encode(f"user:{secret}".encode()).decode(), "'" + secret.replace("'", "'\\''") + "'"]
    for form in forms:
        shown = hide(f"<{form}>")
        assert MASK in shown and "cr" not in shown and "long" not in shown, (form, shown)
    # A report that cut the text short (compare's text[:200]!r): the prefix goes, whatever its length.
    for cut in range(4, len(secret)):
        for cut_form in (repr(secret[:cut]), repr(secret.encode()[:cut])):
            shown = hide(f"sent {cut_form}, spec x")
            assert f"s3c{MASK}" in shown and shown.endswith(", spec x"), (cut_form, shown)
            assert "cr" not in shown and not shown.startswith(f"sent {cut_form}"), (cut_form, shown)
    assert hide("nothing secret here, s3c 's3c'") == "nothing secret here, s3c 's3c'"
