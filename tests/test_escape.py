"""Unit tests of snippetgen.escaping, one character class at a time.

Two layers:

* pure Python (always run): exact output for simple cases, no hidden character
  left raw where a function does not allow it, and round trips through
  ast.literal_eval, json.loads and shlex;
* real toolchains (marked ``toolchain``): one program per language module (its
  PROBE) holds every literal, prints the UTF-8 bytes of each value as hex, one per
  line, and every line is compared with the Python value.

Both layers take the literal functions from the modules' PROBEs, so a new language
module is tested without an edit here.
"""

from __future__ import annotations

import ast
import json
import math
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

from conftest import require_tool
from snippetgen import escaping
from snippetgen.escaping.common import Probe, indent_lines, is_hidden, json_text
from snippetgen.escaping.csharp import csharp_str, csharp_text
from snippetgen.escaping.go import go_str, go_text
from snippetgen.escaping.java import java_str, java_text_block
from snippetgen.escaping.javascript import js_json_body, js_json_value, js_str
from snippetgen.escaping.php import php_str, php_text
from snippetgen.escaping.python import python_literal, python_pairs, python_str
from snippetgen.escaping.ruby import ruby_str
from snippetgen.escaping.shell import curl_form_word, curl_header_line, shell_argument_too_long, shell_quote

# --------------------------------------------------------------------------
# Cases
# --------------------------------------------------------------------------

# (id, value): one or two character classes per case.
STRING_CASES: list[tuple[str, str]] = [
    ("plain", "hello world"),
    ("bare-punct", "a-z_0.9/:=@%+,"),
    ("empty", ""),
    ("space", " "),
    ("leading-dash", "-n"),
    ("dquote", 'say "hi"'),
    ("squote", "it's"),
    ("both-quotes", "'\"'\"x"),
    ("only-dquote", '"'),
    ("ends-dquote", 'ends with "'),
    ("ends-two-dquotes", 'ends with ""'),
    ("backslash", "a\\b"),
    ("backslash-n-text", "\\n\\t\\0"),
    ("backslash-u0041", "\\u0041"),
    ("backslash-u000a", "\\u000a and \\u0022 and \\uuuu000d"),
    ("double-backslash-u", "\\\\u0022"),
    ("trailing-backslash", "C:\\dir\\"),
    ("backslash-quote", "\\'\\\""),
    ("dollar-var", "$HOME $VAR"),
    ("dollar-brace", "${x}"),
    ("dollar-paren", "$(id) $((1+1))"),
    ("hash-brace", "#{x}"),
    ("hash-dollar", "#$x"),
    ("hash-at", "#@x #@@y"),
    ("brace-dollar", "{$x}"),
    ("backtick", "`cmd`"),
    ("percent", "100% %s %d %1 %%"),
    ("amp-eq-plus", "a=1&b=2+3"),
    ("shell-meta", "a;b|c>d<e*?[x]~!&(){}"),
    ("open-brace", "{"),
    ("close-brace", "}"),
    ("braces", "{0} {{x}}"),
    ("triple-dquote", 'a """ b'),
    ("quad-dquote", '""""'),
    ("newline", "line1\nline2"),
    ("newline-only", "\n"),
    ("newline-end", "a\nb\n"),
    ("cr", "a\rb"),
    ("crlf", "a\r\nb"),
    ("tab", "a\tb"),
    ("nul", "a\x00b"),
    ("nul-digit", "\x001\x0012"),
    ("c0", "\x01\x1b\x7f"),
    ("c0-hexdigit", "\x01f\x1bA\x7f7"),
    ("bs-ff-vt", "\x08\x0c\x0b"),
    ("c1", "a\x85b"),
    ("non-ascii", "café 中文 ñ"),
    ("combining", "e\u0301"),
    ("emoji", "😀"),
    ("astral-text", "x\U0001F600y\U00020000"),
    ("line-separators", "a\u2028b\u2029c"),
    ("bidi", "\u202eabc\u202c"),
    ("zero-width", "a\u200bb\ufeffc\u200d"),
    ("nbsp", "a\u00a0b\u3000c"),
    ("hidden-astral", "tag\U000e0041"),
    ("private-use", "\ue000"),
    ("unassigned", "\u0378"),
    ("nowdoc-markers", "<<<'JSON'\nJSON\n  JSON;\nJSONx"),
    ("heredoc-marker-mid", "a JSON b\n<<<JSON"),
    ("leading-spaces", "  indented\n    more"),
    ("leading-space-first", " x\ny"),
    ("blank-then-indented", "\n  b\n    c"),
    ("blank-then-unindented", "\n\nb\n  c"),
    ("blank-middle", "a\n\n  b"),
    ("trailing-spaces", "trail  \nx"),
    ("trailing-tab", "trail\t\nx"),
    # Hazards together with a control character, which forces the double-quoted
    # (PHP, Ruby) and $'...' (bash) forms.
    ("interp-with-control", "#{x} #$y #@z ${w} $v {$u} %s\x01"),
    ("quotes-with-control", "it's \\ \"q\" `c` \\x41 \\u0041\x1b"),
    ("mixed", 'k="v" \\ $x #{y} `z` 100% é 😀\n\tend\x00\u2028!'),
]

STRING_VALUES = dict(STRING_CASES)
# shell_quote is never given NUL (a C string cannot hold one).
SHELL_CASES = [(i, v) for i, v in STRING_CASES if "\x00" not in v]

# JSON values: (id, value).
JSON_CASES: list[tuple[str, Any]] = [
    ("object", {"a": 1, "b": [1, 2.5, True, False, None], "c": {"d": "e"}}),
    ("all-strings-dict", dict(STRING_CASES)),
    ("all-strings-list", [v for _, v in STRING_CASES]),
    ("hidden-keys", {'k"ey\n': "v", "é": "😀", "\u2028": "x", "\x00": "\x85", "": ""}),
    ("empty-object", {}),
    ("empty-list", []),
    ("nested-empty", [[], {}, [[]], {"a": {}}]),
    ("string", "just a string"),
    ("int", 42),
    ("null", None),
    ("true", True),
    ("int-bounds", [2**53, -(2**53), 0, -1]),
    ("big-int", {"id": 2**53 + 1}),
    ("huge-ints", [10**30, -(2**63)]),
    ("float-fraction", [0.5, -2.75, 0.1, 123.456, 1.5e-7, 2.5e-300]),
    ("float-integral", {"price": 1.0}),
    ("float-large", [1e100, 1e16]),
    ("negative-zero", -0.0),
    ("proto-key", {"__proto__": {"x": 1}}),
    ("nested-proto-key", [{"a": {"__proto__": 1}}]),
    ("index-keys", {"b": 1, "1": 2}),
    ("index-keys-order", {"10": 1, "9": 2}),
    ("non-index-keys", {"01": 1, "b": 2, "-1": 3, "1.5": 4, "4294967295": 5, "x": 6}),
    ("text-hazards", {"q": 'a"""b', "bt": "`x`", "bs": "C:\\dir\\", "u": "\\u000a", "JSON": "JSON"}),
]

JSON_IDS = [case_id for case_id, _ in JSON_CASES]

# Multi-line pretty JSON, the usual input of the *_text functions.
JSON_TEXT_CASES = [(f"json-{case_id}", json_text(value)) for case_id, value in JSON_CASES]
TEXT_CASES = STRING_CASES + JSON_TEXT_CASES

# For a probe's variant labels: the cases without the two texts that hold every other case.
_TEXT_CASES_BRIEF = [c for c in TEXT_CASES if not c[0].startswith("json-all-strings")]

PROBES: dict[str, Probe] = escaping.probes()


def _cases(probe: Probe, label: str) -> list[tuple[str, str]]:
    """The cases a probe's literal is checked on: the brief list for its brief labels, and no
    NUL where the language's values cannot hold one."""
    cases = _TEXT_CASES_BRIEF if label in probe.brief else TEXT_CASES
    return [(case_id, value) for case_id, value in cases if probe.nul or "\x00" not in value]


# label -> (literal function, the hidden characters it may leave raw, its cases).
STR_FUNCS: dict[str, tuple[Callable[[str], str], str, list[tuple[str, str]]]] = {
    label: (func, probe.raw.get(label, ""), _cases(probe, label))
    for probe in PROBES.values()
    for label, func in probe.literals.items()
}


def _shape(value: Any) -> Any:
    """A comparable form of a JSON value that keeps types and key order (1 != 1.0 != True)."""
    if isinstance(value, dict):
        return ("dict", [(key, _shape(item)) for key, item in value.items()])
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [_shape(item) for item in value])
    if isinstance(value, float):
        return ("float", value.hex())
    return (type(value).__name__, value)


def _raw_hidden(text: str, allowed: str) -> list[str]:
    return sorted({f"U+{ord(c):04X}" for c in text if is_hidden(c) and c not in allowed})


# --------------------------------------------------------------------------
# Layer 1: pure Python
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("char", "hidden"),
    [
        ("a", False),
        (" ", False),
        ("é", False),
        ("中", False),
        ("😀", False),
        ("\u0301", False),
        ("{", False),
        ("\n", True),
        ("\r", True),
        ("\t", True),
        ("\x00", True),
        ("\x1b", True),
        ("\x7f", True),
        ("\x85", True),
        ("\u00a0", True),
        ("\u3000", True),
        ("\u2028", True),
        ("\u2029", True),
        ("\u202e", True),
        ("\u200b", True),
        ("\u200d", True),
        ("\ufeff", True),
        ("\ue000", True),
        ("\u0378", True),
        ("\ud800", True),
        ("\U000e0041", True),
    ],
    ids=lambda c: f"U+{ord(c):04X}" if isinstance(c, str) else str(c),
)
def test_is_hidden(char: str, hidden: bool) -> None:
    assert is_hidden(char) is hidden


EXPECTED: list[tuple[str, Callable[[Any], str], Any, str]] = [
    ("python-plain", python_str, "hello", '"hello"'),
    ("python-quote-backslash", python_str, 'a"b\\c\'', r'"a\"b\\c' + "'\""),
    ("python-controls", python_str, "\n\r\t\x00\x7f", r'"\n\r\t\x00\x7f"'),
    ("python-c1-bmp-astral", python_str, "\x85\u2028\U000e0041", r'"\x85\u2028\U000e0041"'),
    ("python-printable", python_str, "é 😀 {$x}", '"é 😀 {$x}"'),
    ("js-controls", js_str, "\x00\x85\u2028\U000e0041", r'"\x00\x85\u{2028}\u{e0041}"'),
    ("js-template-chars", js_str, "`${x}`", '"`${x}`"'),
    ("go-ascii-control", go_str, "\x1b\x7f", r'"\x1b\x7f"'),
    ("go-non-ascii-control", go_str, "\x85\ufeff\U000e0041", r'"\u0085\ufeff\U000e0041"'),
    ("go-text-raw", go_text, 'a\n\t"b\\', '`a\n\t"b\\`'),
    ("go-text-backtick", go_text, "a`b\n", r'"a`b\n"'),
    ("go-text-cr", go_text, "a\r\nb", r'"a\r\nb"'),
    ("java-controls", java_str, "\b\f\x00\x1b\x85", r'"\b\f\000\033\205"'),
    ("java-bmp-astral", java_str, "\u2028\U000e0041", r'"\u2028\udb40\udc41"'),
    ("java-backslash-u", java_str, "\\u000a", r'"\\u000a"'),
    ("csharp-nul", csharp_str, "\x00\x01", r'"\0\u0001"'),
    ("csharp-astral", csharp_str, "\U000e0041😀", '"\\U000e0041😀"'),
    ("csharp-verbatim", csharp_text, 'a"b\\c\nd', '@"a""b\\c\nd"'),
    ("csharp-verbatim-tab", csharp_text, "a\tb", r'"a\tb"'),
    ("php-single", php_str, "it's C:\\ $x", r"'it\'s C:\\ $x'"),
    ("php-double", php_str, "$x\n{$y}\x1b\x0b\x0c\x00", r'"\$x\n{\$y}\e\v\f\u{0}"'),
    ("ruby-single", ruby_str, "#{x} it's \\", r"'#{x} it\'s \\'"),
    ("ruby-double", ruby_str, "#{x}#$y\n\x1b\x00", r'"\#{x}\#$y\n\e\u{0}"'),
    ("shell-bare", shell_quote, "https://ex.com/a_b-c.d?", "'https://ex.com/a_b-c.d?'"),
    ("shell-bare-ok", shell_quote, "a=b,c@d:e%f+g", "a=b,c@d:e%f+g"),
    ("shell-empty", shell_quote, "", "''"),
    ("shell-squote", shell_quote, "it's", r"'it'\''s'"),
    ("shell-newline", shell_quote, "a\nb", "'a\nb'"),
    ("shell-ansi-c", shell_quote, "it's\\\x01", r"$'it\'s\\\x01'"),
    ("shell-ansi-c-utf8", shell_quote, "é\x85\n", r"$'é\xc2\x85\x0a'"),
    ("json-hidden", json_text, {"a": [1, "\u2028\x85"]}, '{\n  "a": [\n    1,\n    "\\u2028\\u0085"\n  ]\n}'),
    ("json-astral-hidden", json_text, "\U000e0041😀", '"\\udb40\\udc41😀"'),
    ("json-control", json_text, "\x00\n", '"\\u0000\\n"'),
    ("python-literal-scalars", python_literal, [None, True, 1, 1.0, "x"], '[\n    None,\n    True,\n    1,\n    1.0,\n    "x",\n]'),
    ("python-literal-empty", python_literal, {"a": {}, "b": []}, '{\n    "a": {},\n    "b": [],\n}'),
]


@pytest.mark.parametrize(("func", "value", "expected"), [c[1:] for c in EXPECTED], ids=[c[0] for c in EXPECTED])
def test_expected_output(func: Callable[[Any], str], value: Any, expected: str) -> None:
    assert func(value) == expected


def test_java_text_block_layout() -> None:
    assert java_text_block("a\n  b", "    ") == '"""\n    a\n      b"""'
    assert java_text_block('say "hi"', "") == '"""\nsay "hi\\""""'
    assert java_text_block('a"""b', "") == '"""\na\\"""b"""'
    # Hazards fall back to an ordinary string literal.
    for value in ["a\n", " a", "a \nb", "a\tb", "a\rb", "\n  b"]:
        assert java_text_block(value, "  ") == java_str(value), repr(value)


def test_php_text_layout() -> None:
    assert php_text("a\n  b", "  ") == "<<<'JSON'\n  a\n    b\n  JSON"
    assert php_text("", "") == "<<<'JSON'\n\nJSON"
    for value in ["JSON", "a\n  JSON;", "a\tb", "a\r\nb"]:
        assert php_text(value, "  ") == php_str(value), repr(value)


def test_python_literal_indent() -> None:
    text = python_literal({"a": [1, {"b": None}]}, indent="  ", step="  ")
    assert text == '{\n    "a": [\n      1,\n      {\n        "b": None,\n      },\n    ],\n  }'


def test_indent_lines() -> None:
    assert indent_lines("a\nb\n\nc", "  ") == "a\n  b\n  \n  c"
    assert indent_lines("one", "    ") == "one"


@pytest.mark.parametrize(
    ("func_name", "value"),
    [
        pytest.param(func_name, value, id=f"{func_name}-{case_id}")
        for func_name, (_, _, cases) in STR_FUNCS.items()
        for case_id, value in cases
    ],
)
def test_no_raw_hidden_characters(func_name: str, value: str) -> None:
    func, allowed, _ = STR_FUNCS[func_name]
    assert _raw_hidden(func(value), allowed) == []


@pytest.mark.parametrize("func_name", list(STR_FUNCS))
@pytest.mark.parametrize("case_id", ["non-ascii", "emoji", "astral-text", "combining", "mixed"])
def test_printable_non_ascii_stays_readable(func_name: str, case_id: str) -> None:
    func, _, _ = STR_FUNCS[func_name]
    value = STRING_VALUES[case_id]
    output = func(value)
    for ch in value:
        if ord(ch) > 0x7F and not is_hidden(ch):
            assert ch in output, f"{ch!r} was escaped in {output!r}"


@pytest.mark.parametrize(
    ("func_name", "opener"),
    [("go_text", "`"), ("java_text_block", '"""\n'), ("csharp_text", '@"'), ("php_text", "<<<'JSON'\n")],
)
@pytest.mark.parametrize(("case_id", "text"), JSON_TEXT_CASES, ids=[c[0] for c in JSON_TEXT_CASES])
def test_json_text_uses_readable_form(func_name: str, opener: str, case_id: str, text: str) -> None:
    """Pretty JSON is exactly what the readable multi-line forms are for."""
    func, _, _ = STR_FUNCS[func_name]
    if func_name == "go_text" and "`" in text:
        # A Go raw string cannot hold a backtick.
        assert func(text) == go_str(text)
    else:
        assert func(text).startswith(opener)


@pytest.mark.parametrize(("case_id", "value"), TEXT_CASES, ids=[c[0] for c in TEXT_CASES])
def test_python_str_round_trip(case_id: str, value: str) -> None:
    literal = python_str(value)
    assert ast.literal_eval(literal) == value
    # One line: nothing but the literal itself.
    assert "\n" not in literal and "\r" not in literal


def test_python_str_lone_surrogate() -> None:
    assert ast.literal_eval(python_str("a\ud800b")) == "a\ud800b"


@pytest.mark.parametrize(("case_id", "value"), JSON_CASES, ids=JSON_IDS)
@pytest.mark.parametrize("indent", ["", "        "])
def test_python_literal_round_trip(case_id: str, value: Any, indent: str) -> None:
    literal = python_literal(value, indent)
    assert _shape(ast.literal_eval(literal)) == _shape(value)
    assert _raw_hidden(literal, "\n") == []
    # Nested lines carry the indent (for placement after `x = ` in indented code).
    for line in literal.split("\n")[1:]:
        assert line.startswith(indent)


@pytest.mark.parametrize(
    ("pairs", "kind"),
    [
        ([], dict),
        ([("Accept", "application/json"), ("X-Id", "1")], dict),
        ([("a", "1"), ("a", "2"), ("b", "3")], list),
        ([(name, value) for name, value in STRING_CASES], dict),
        ([("k", value) for _, value in STRING_CASES], list),
    ],
    ids=["empty", "unique", "repeated", "hazard-names", "hazard-values"],
)
@pytest.mark.parametrize("indent", ["", "    "])
def test_python_pairs(pairs: list[tuple[str, str]], kind: type, indent: str) -> None:
    literal = python_pairs(pairs, indent)
    result = ast.literal_eval(literal)
    assert type(result) is kind
    if kind is dict:
        assert list(result.items()) == pairs
    else:
        assert result == pairs
    assert _raw_hidden(literal, "\n") == []


@pytest.mark.parametrize(("case_id", "value"), JSON_CASES, ids=JSON_IDS)
def test_json_text(case_id: str, value: Any) -> None:
    text = json_text(value)
    assert _shape(json.loads(text)) == _shape(value)
    assert _raw_hidden(text, "\n") == []
    # Raw newlines are layout only: dropping them leaves the same JSON value.
    assert _shape(json.loads(text.replace("\n", ""))) == _shape(value)
    # Same layout as json.dumps(indent=2): only the hidden characters differ.
    assert text.count("\n") == json.dumps(value, indent=2).count("\n")


@pytest.mark.parametrize(("case_id", "value"), JSON_CASES, ids=JSON_IDS)
def test_js_json_body_form(case_id: str, value: Any) -> None:
    expression = js_json_body(value, "    ")
    assert _raw_hidden(expression, "\n") == []
    if expression.startswith("JSON.stringify("):
        body = expression[len("JSON.stringify(") : -1]
        assert body == json_text(value).replace("\n", "\n    ")
    else:
        # The JSON text itself, as a one-line string literal.
        assert expression == js_str(json_text(value))


@pytest.mark.parametrize(
    ("case_id", "stringified"),
    [
        ("object", True),
        ("all-strings-dict", True),
        ("int-bounds", True),
        ("float-fraction", True),
        ("big-int", False),
        ("huge-ints", False),
        ("float-integral", False),
        ("float-large", False),
        ("negative-zero", False),
        ("proto-key", False),
        ("nested-proto-key", False),
        ("index-keys", False),
        ("index-keys-order", False),
        ("non-index-keys", True),
    ],
)
def test_js_json_body_choice(case_id: str, stringified: bool) -> None:
    value = dict(JSON_CASES)[case_id]
    assert js_json_body(value).startswith("JSON.stringify(") is stringified


@pytest.mark.parametrize(("case_id", "value"), SHELL_CASES, ids=[c[0] for c in SHELL_CASES])
def test_shell_quote_shlex(case_id: str, value: str) -> None:
    word = shell_quote(value)
    if word.startswith("$'"):
        # bash ANSI-C quoting, only for characters single quotes would leave raw.
        assert any(is_hidden(c) for c in value if c not in "\n\t")
        assert "\n" not in word and "\t" not in word
    else:
        assert shlex.split(word) == [value]


_JAVA_UNICODE_ESCAPE = re.compile(r"\\u+([0-9a-fA-F]{4})")


def _java_unicode_escapes(source: str) -> list[str]:
    """JLS 3.3: the characters javac makes of \\uXXXX escapes before lexing."""
    produced = []
    i = 0
    backslashes = 0  # contiguous backslashes just before i
    while i < len(source):
        # Only a backslash preceded by an even number of backslashes starts an escape.
        if source[i] == "\\" and backslashes % 2 == 0:
            match = _JAVA_UNICODE_ESCAPE.match(source, i)
            if match:
                produced.append(chr(int(match.group(1), 16)))
                i = match.end()
                backslashes = 0
                continue
        backslashes = backslashes + 1 if source[i] == "\\" else 0
        i += 1
    return produced


def test_java_unicode_escape_model() -> None:
    assert _java_unicode_escapes(r"\u000a \\u000a \\\u0022 \uu0041") == ["\n", '"', "A"]


@pytest.mark.parametrize(("case_id", "value"), TEXT_CASES, ids=[c[0] for c in TEXT_CASES])
def test_java_unicode_escapes_are_harmless(case_id: str, value: str) -> None:
    """No \\uXXXX in Java output may become a line end, quote or backslash before lexing."""
    for literal in (java_str(value), java_text_block(value, "  ")):
        assert set(_java_unicode_escapes(literal)).isdisjoint('\n\r"\\'), literal
    assert "\n" not in java_str(value)


# --------------------------------------------------------------------------
# Layer 2: real toolchains, one program per language module (its PROBE)
# --------------------------------------------------------------------------

# Each entry: (test id, expected value, literal).
Entry = tuple[str, str, str]


def _entries(label: str, func: Callable[[str], str], cases: list[tuple[str, str]]) -> list[Entry]:
    return [(f"{label}-{case_id}", value, func(value)) for case_id, value in cases]


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=180, env=env)
    if proc.returncode != 0:
        pytest.fail(
            f"{' '.join(cmd)} exited {proc.returncode}:\n"
            + proc.stderr.decode("utf-8", "replace")[-6000:]
            + proc.stdout.decode("utf-8", "replace")[-2000:]
        )
    return proc.stdout.decode("ascii")


def _run_probe(probe: Probe, entries: list[Entry], tmp: Path) -> str:
    """Write the probe's program holding every literal, run its commands, return the last one's output."""
    items = "".join(probe.item.replace("{literal}", literal) for _, _, literal in entries)
    path = tmp / probe.file
    path.write_bytes(probe.program.replace("{items}", items).encode("utf-8"))
    slots = {"{file}": str(path), "{dir}": str(tmp), "{python}": sys.executable}
    commands = []
    for command in probe.commands:  # every tool looked up (skip or CI failure) before any runs
        argv = list(command)
        for slot, text in slots.items():
            argv = [arg.replace(slot, text) for arg in argv]
        commands.append([require_tool(argv[0]), *argv[1:]])
    env = dict(probe.env) if probe.env is not None else None
    output = ""
    for argv in commands:
        output = _run(argv, tmp, env)
    return output


LANGUAGES: dict[str, tuple[Probe, list[Entry]]] = {
    name: (probe, [entry for label, func in probe.literals.items()
                   for entry in _entries(label, func, _cases(probe, label))])
    for name, probe in PROBES.items()
}


@pytest.fixture(scope="module")
def toolchain(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], dict[str, bytes]]:
    """Build and run each language's program once; map test id to the printed bytes."""
    results: dict[str, Any] = {}

    def get(language: str) -> dict[str, bytes]:
        if language not in results:
            probe, entries = LANGUAGES[language]
            try:
                lines = _run_probe(probe, entries, tmp_path_factory.mktemp(language)).splitlines()
                assert len(lines) == len(entries), f"{language}: {len(lines)} lines for {len(entries)} values"
                results[language] = {key: bytes.fromhex(line) for (key, _, _), line in zip(entries, lines)}
            except pytest.skip.Exception as exc:
                results[language] = ("skip", str(exc))
            except pytest.fail.Exception as exc:  # compile error etc.: report it in every test of the language
                results[language] = ("fail", str(exc))
            except Exception as exc:
                results[language] = ("fail", f"{type(exc).__name__}: {exc}")
        outcome = results[language]
        if isinstance(outcome, tuple):
            (pytest.skip if outcome[0] == "skip" else pytest.fail)(outcome[1])
        return outcome

    return get


_TOOLCHAIN_PARAMS = [
    pytest.param(language, key, value, literal, id=f"{language}-{key}")
    for language, (_, entries) in LANGUAGES.items()
    for key, value, literal in entries
]


@pytest.mark.toolchain
@pytest.mark.parametrize(("language", "key", "value", "literal"), _TOOLCHAIN_PARAMS)
def test_toolchain_round_trip(toolchain, language: str, key: str, value: str, literal: str) -> None:
    printed = toolchain(language)[key]
    assert printed.decode("utf-8", "backslashreplace") == value, f"literal was:\n{literal}"


JS_INDENT = "  "


def _js_value_as_text(value: Any) -> str:
    """A JS expression for the JSON text of js_json_value's result, whichever form it took."""
    literal = js_json_value(value, JS_INDENT)
    if literal == js_str(json_text(value)):
        return literal  # already the JSON text, as a string
    return f"JSON.stringify({literal})"


@pytest.fixture(scope="module")
def node_json(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Run js_json_body and js_json_value for every JSON case in one node program."""
    entries = [(f"body-{case_id}", "", js_json_body(value, JS_INDENT)) for case_id, value in JSON_CASES]
    entries += [(f"value-{case_id}", "", _js_value_as_text(value)) for case_id, value in JSON_CASES]
    lines = _run_probe(PROBES["javascript"], entries, tmp_path_factory.mktemp("node-json")).splitlines()
    assert len(lines) == len(entries)
    return {key: bytes.fromhex(line).decode("utf-8") for (key, _, _), line in zip(entries, lines)}


@pytest.mark.toolchain
@pytest.mark.parametrize("func_name", ["body", "value"])
@pytest.mark.parametrize(("case_id", "value"), JSON_CASES, ids=JSON_IDS)
def test_js_json_in_node(node_json: dict[str, str], func_name: str, case_id: str, value: Any) -> None:
    text = node_json[f"{func_name}-{case_id}"]
    # Same JSON value, types (1 vs 1.0) and key order included.
    assert _shape(json.loads(text)) == _shape(value), text
    if isinstance(value, float) and math.copysign(1.0, value) < 0:
        assert text.startswith("-")


def test_curl_header_line_keeps_empty_values():
    assert curl_header_line("X-A", "b c") == "X-A: b c"
    assert curl_header_line("X-Empty", "") == "X-Empty;"  # "X-Empty:" would drop it


def test_java_str_joins_pieces_beyond_the_class_file_constant_limit():
    short = java_str("é" * 32767)  # 65534 bytes of modified UTF-8: still one constant
    assert short.startswith('"')
    huge = java_str("é" * 32768)
    assert huge.startswith('String.join("", "') and huge.count('", "') >= 3
    assert java_text_block("x" * 70000, "    ").startswith("String.join(")


def test_shell_argument_too_long_counts_utf8_bytes():
    assert not shell_argument_too_long("a" * 100_000)
    assert shell_argument_too_long("a" * 100_001)
    assert shell_argument_too_long("é" * 50_001)


@pytest.mark.parametrize("value, expected", [
    ("report.pdf", "report.pdf"),
    ("a;b.pdf", '"a;b.pdf"'),
    ("a,b", '"a,b"'),
    ("my file", '"my file"'),
    ('"quoted', '"\\"quoted"'),
    ('in"side', 'in"side'),  # a quote that does not lead is read as written
    ("back\\slash;", '"back\\\\slash;"'),
    ("", '""'),
])
def test_curl_form_word(value: str, expected: str) -> None:
    assert curl_form_word(value) == expected


# --------------------------------------------------------------------------
# The registry: filters found by name, literals fed to the tests by PROBE
# --------------------------------------------------------------------------

_LITERAL_SUFFIXES = ("_str", "_text", "_text_block")


def test_every_literal_function_is_in_its_modules_probe() -> None:
    problems = []
    for name, module in escaping.modules().items():
        if name == "common":
            continue  # json_text is JSON, no language's literal: test_json_text round-trips it
        probe = getattr(module, "PROBE", None)
        for func_name in module.__all__:
            if not func_name.endswith(_LITERAL_SUFFIXES):
                continue
            if probe is None:
                problems.append(f"snippetgen/escaping/{name}.py exports {func_name} but has no PROBE: add "
                                f"PROBE = Probe(...) (snippetgen/escaping/common.py) with {func_name} in its literals")
            elif func_name not in probe.literals:
                problems.append(f"add {func_name} to PROBE.literals in snippetgen/escaping/{name}.py")
        if probe is not None:
            for label in sorted((set(probe.raw) | probe.brief) - set(probe.literals)):
                problems.append(f"snippetgen/escaping/{name}.py: PROBE.raw or PROBE.brief names {label!r}, "
                                "which is not in PROBE.literals")
    assert not problems, "\n".join(problems)


def test_filters_are_the_exported_functions_by_name() -> None:
    filters = escaping.filters()
    for name, module in escaping.modules().items():
        for func_name in module.__all__:
            assert filters[func_name] is getattr(module, func_name)
            assert filters[func_name].__name__ == func_name, f"{name}.{func_name} is an alias"


def test_a_filter_exported_twice_names_both_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    class Fake:
        def __init__(self, **funcs: Callable) -> None:
            self.__all__ = list(funcs)
            self.__dict__.update(funcs)

    monkeypatch.setattr(escaping, "modules", lambda: {"go": Fake(go_str=go_str), "golang": Fake(go_str=go_str)})
    with pytest.raises(RuntimeError, match=r"escaping/go\.py and snippetgen/escaping/golang\.py"):
        escaping.filters.__wrapped__()
