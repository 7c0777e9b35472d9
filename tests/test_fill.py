"""The HTML page's fill-in model, without a browser: what it predicts for a value is what
render gives, wherever the page would fill the value in (the same choices as the page's
script, mirrored here); and its rules refuse what render refuses.  The browser tests
(test_html_fill_browser.py) check the script itself against render."""

from __future__ import annotations

import random
import re

import pytest

from cases import ROOT
from snippetgen import load_spec, render_snippet
from snippetgen.errors import SnippetgenError
from snippetgen.fill import page_fill
from snippetgen.fill_fields import DOTTED_QUAD, places, refusal
from snippetgen import httprules
from snippetgen.languages import resolve
from snippetgen.spec import parse_spec
from snippetgen.variables import masked
from test_html_fill_browser import HOSTILE, URL_SPEC

# Clients whose code quotes a word only when needed (shell, Tcl), splits long strings (R), sizes
# a body (libcurl, a raw HTTP message), refuses some values (C#), and plain ones.
CLIENTS = [client for selector in ("curl", "shell:httpie", "shell:wget", "c:libcurl", "r:httr2", "tcl",
                                   "http", "csharp", "python", "node:got") for client in resolve(selector)]
EXTRA = ["127.0.0.1", "a.", "10.1", "..", "a/../b", "-x-", "@file", "\\", "'", "${HOME}", "a:b;c",
         "  spaced  ", "%41%2e", "x" * 300, "\U0001F600" * 40, "\u00ff\u20ac\u03a9"]


def shown_values(page, spec, fill, typed: dict[str, str]) -> dict[str, str]:
    """The values a tab fills in, as the page's script chooses them (html_page.js)."""
    declared = set(spec.variables)
    filled = {name: value for name, value in typed.items()
              if name in page.places.rules and set(value) <= page.alphabets[name]}
    while refused := {name for name in filled for rule in page.places.rules[name]
                      if refusal([rule], filled, declared)
                      for name in re.findall(r"\{(\w+)\}", rule.text) if name in filled}:
        filled = {name: value for name, value in filled.items() if name not in refused}
    shown = {}
    for name, value in filled.items():
        if name in fill.cannot:
            continue
        if name not in fill.alphabet:
            shown[name] = value  # not in this client's code
            continue
        display = masked(value) if spec.variables[name].secret else value
        longest = fill.longest_ascii if (value + display).isascii() else fill.longest
        if (set(value + display) <= fill.alphabet[name] and max(len(value), len(display)) <= longest
                and not (name in fill.ip_differs and re.match(DOTTED_QUAD, value))):
            shown[name] = value
    return shown


def check(spec, values: list[str]) -> tuple[int, int]:
    """(values filled, values typed) over every client, each variable alone and all at once."""
    clients = [client for client in CLIENTS if _renders(spec, client)]  # the page's tabs
    page = page_fill(spec, clients)
    filled = typed_count = 0
    for value in values:
        for typed in [{name: value} for name in spec.variables] + [dict.fromkeys(spec.variables, value)]:
            for client in clients:
                fill = page.tabs[client.id]
                shown = shown_values(page, spec, fill, typed)
                want = render_snippet(spec, client, shown)
                active = {name: value for name, value in shown.items() if name in fill.alphabet}
                display = {name: masked(v) if spec.variables[name].secret else v for name, v in active.items()}
                assert fill.predict(display) == want.display, (client.id, typed)
                assert fill.predict(active) == want.copy, (client.id, typed)
                filled += len(active)
                typed_count += len(typed)
    return filled, typed_count


def _renders(spec, client) -> bool:
    try:
        render_snippet(spec, client)
    except SnippetgenError:
        return False
    return True


def values(seed: int) -> list[str]:
    rng = random.Random(seed)
    pool = [chr(code) for code in range(0x20, 0x7F)] + list("\u00e9\u03a9\u0416\u20ac\U0001F600\U0001F680\u00ff")
    return HOSTILE + EXTRA + ["".join(rng.choice(pool) for _ in range(rng.randint(1, 30))) for _ in range(12)]


@pytest.mark.parametrize("spec", [load_spec(ROOT / "specs" / "token.yaml"), parse_spec(URL_SPEC, "url.yaml"),
                                  load_spec(ROOT / "tests" / "cases" / "basic-auth.yaml")],
                         ids=["token", "url", "basic-auth"])
def test_the_model_gives_renders_text_wherever_the_page_fills_a_value(spec):
    filled, typed = check(spec, values(7))
    assert filled > typed / 3  # most tabs fill most values; the rest keep their placeholder


def test_what_the_model_leaves_to_render():
    spec = load_spec(ROOT / "specs" / "token.yaml")
    page = page_fill(spec, CLIENTS)
    # A raw HTTP message states the body's length: a form value changes it.
    assert set(page.tabs["http:http1.1"].cannot) == {"yourClientId", "yourClientSecret"}
    # curl quotes a word only when it must: a variant per set of quoted variables.
    curl = page.tabs["curl:curl"]
    assert len(curl.variants) == 8 and "'" in curl.triggers["yourClientId"] and not curl.cannot
    # R writes a long string as paste0() of pieces: the page fills shorter values.
    assert page.tabs["r:httr2"].longest < 256 <= page.tabs["python:requests"].longest
    shaped = parse_spec('variables: {m: {}, k: {}}\nrequest: {method: "{m}", url: "https://x/", '
                        'json: {"{k}": 1}}\n')
    assert set(places(shaped).unfillable) == {"m", "k"}


HOSTS = ["example.com", "a.b.c", "example.", "127.0.0.1", "127.1", "1.2.3.4.5", "0x7f.1", "a.0x1f", "a-1",
         "256.1.1.1", "1.2.3", "host9", "9host", "a.9", ".", "a..b"]
PATHS = ["/a/b", "/a/./b", "/a/../b", "/.", "/..", "/%2e/", "/%2E%2e", "/a.b", "/...", "/a/.b"]
HEADERS = ["x", " x", "x ", "\tx", "x\t", "a b", "  "]


def test_the_rules_refuse_what_render_refuses():
    spec = parse_spec('variables: {h: {}, p: {}, v: {}}\nrequest: {url: "https://{h}/x/{p}", '
                      'headers: {X-V: "{v}"}}\n')
    found = places(spec)
    declared = set(spec.variables)
    for host in HOSTS:
        refused = refusal(found.rules["h"], {"h": host}, declared) is not None
        problem = not httprules.HOST.match(host) or httprules.host_problem(host) is not None
        assert refused == (problem and httprules.HOST.match(host) is not None), host
    for path in PATHS:
        refused = refusal(found.rules["p"], {"p": path.lstrip("/")}, declared) is not None
        assert refused == (httprules.path_problem("/x/" + path.lstrip("/")) is not None), path
    for value in HEADERS:
        refused = refusal(found.rules["v"], {"v": value}, declared) is not None
        assert refused == (httprules.header_value_problem(value) is not None), repr(value)
    for value in ["127.0.0.1", "10.1", "a.", "dev.example.com"]:  # render agrees, in every client
        try:
            render_snippet(spec, CLIENTS[0], {"h": value})
            rendered = True
        except SnippetgenError:
            rendered = False
        assert rendered == (refusal(found.rules["h"], {"h": value}, declared) is None), value
