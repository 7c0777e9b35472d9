"""A self-contained HTML page: a tab per language and a client switch under it, Pygments
highlighting in a light and a dark theme, a copy button, and a field per placeholder whose
value the page fills into every tab.

What is shown is the display text (secrets masked); the copy button copies the copy text
(real values), as docs sites with per-reader credentials do.  The reader's language and
client are remembered in localStorage; typed values stay in the page.  No network needed.
The script and style are package data beside this module (html_page.js, html_page.css).
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from ..fill import PageFill, data, page_fill
from ..fill_model import TabFill, Variant
from . import Options, Tab
from .html_code import code_html, lexer_for, theme_css
from .text import check_texts, example, html_text, script_json

if TYPE_CHECKING:  # a page is planned without reading any spec
    from ..spec import Spec

SUFFIX = ".html"
EVERY_CLIENT = True  # the page shows every client of each chosen language
MISMATCH = "this page's model of its code differs from the snippet"
esc = html_text


@cache
def _asset(name: str) -> str:
    return files(__package__).joinpath(name).read_text(encoding="utf-8")


def _by_language(tabs: list[Tab]) -> list[list[Tab]]:
    """Tabs grouped by language, in the order languages first appear."""
    groups: dict[str, list[Tab]] = {}
    for tab in tabs:
        groups.setdefault(tab.language.key, []).append(tab)
    return list(groups.values())


def _fills(spec: Spec, tabs: list[Tab], options: Options) -> tuple[PageFill | None, list[TabFill]]:
    """Each tab's fill-in model; a static one (no holes) where values were given at render time
    or the model does not give the tab's text."""
    found = None
    if not options.values_given and spec.variables:
        found = page_fill(spec, [tab.client for tab in tabs], short=options.short,
                          user_dirs=tuple(options.user_dirs), sandbox=options.sandbox)
    fills = []
    for tab in tabs:
        fill = found.tabs.get(tab.client.id) if found else None
        if fill is None or fill.predict({}) != tab.snippet.display:
            reasons = {name: MISMATCH for name in spec.variables} if found else {}
            fill = TabFill({frozenset(): Variant([tab.snippet.display], [])}, cannot=reasons)
        fills.append(fill)
    return found, fills


def _code(variant: Variant, lexer, used: set[str]) -> str:
    text, holes = variant.pieces[0], []
    for hole, piece in zip(variant.holes, variant.pieces[1:]):
        holes.append((len(text), len(text) + len(hole.blank)))
        text += hole.blank + piece
    return code_html(text, holes, lexer, used)


def _prefix(spec: Spec) -> str:
    """A prefix for the page's element ids, so that two specs' groups can share a page."""
    name = f"{spec.name}\0{spec.title or ''}".encode("utf-8", "surrogatepass")
    return "sg" + hashlib.sha256(name).hexdigest()[:8]


def _panel(tab: Tab, fill: TabFill, number: int, ident: str, hidden: bool, used: set[str]) -> str:
    """One client's code: its note line, copy button, the code as shown, and a template per other
    variant of it (fill_model) for the script."""
    lexer = lexer_for(tab.language)
    shown = fill.key({})
    key = ",".join(sorted(shown))
    templates = "".join(f'<template data-key="{esc(",".join(sorted(other)))}">{_code(variant, lexer, used)}</template>'
                        for other, variant in fill.variants.items() if other != shown)
    return (f'<div role="tabpanel" class="client" id="{ident}-panel" aria-labelledby="{ident}-tab" '
            f'data-client="{esc(tab.client.key)}" data-tab="{number}" tabindex="0"{" hidden" if hidden else ""}>'
            f'<p class="fill-note" hidden></p><button class="copy" type="button">Copy</button>'
            f'<div class="highlight"><pre><code data-key="{esc(key)}">{_code(fill.variants[shown], lexer, used)}'
            f'</code></pre></div>{templates}</div>')


def _placeholders(spec: Spec, fillable: bool, prefix: str) -> list[str]:
    head = "<th>Your value</th>" if fillable else ""
    rows = [f'<table class="placeholders"><tr><th>Placeholder</th><th>Description</th><th>Example</th>{head}</tr>']
    for number, variable in enumerate(spec.variables.values()):
        note = " (secret)" if variable.secret else ""
        cell = ""
        if fillable:
            kind = "password" if variable.secret else "text"
            cell = (f'<td><input type="{kind}" id="{prefix}-value-{number}" data-var="{esc(variable.name)}" '
                    f'autocomplete="off" spellcheck="false" aria-label="Your value for {{{esc(variable.name)}}}" '
                    f'aria-describedby="{prefix}-status-{number}"><span class="status" id="{prefix}-status-{number}" '
                    f'role="status"></span></td>')
        rows.append(f"<tr><td><code>{{{esc(variable.name)}}}</code></td>"
                    f"<td>{esc(variable.description)}{note}</td><td>{esc(example(variable))}</td>{cell}</tr>")
    rows.append("</table>")
    if fillable:
        rows.append('<p class="hint">A value typed here fills its placeholder in every tab, written as '
                    '<code>snippetgen render --var</code> writes it. It stays in this page: nothing is sent '
                    'or stored.</p>')
    return rows


def _tablist(label: str, entries: list[tuple[str, str, str]]) -> str:
    """A tab list: (id prefix, data attribute, label) per tab, the first selected."""
    buttons = [f'<button role="tab" id="{ident}-tab" aria-controls="{ident}-panel" '
               f'aria-selected="{"true" if index == 0 else "false"}" tabindex="{0 if index == 0 else -1}" '
               f'{attribute}>{esc(text)}</button>' for index, (ident, attribute, text) in enumerate(entries)]
    kind = "languages" if label == "Language" else "clients"
    return f'<div role="tablist" class="{kind}" aria-label="{esc(label)}">{"".join(buttons)}</div>'


def _responses(spec: Spec, used: set[str]) -> list[str]:
    """Each example response: a heading with its status, its description, its body highlighted."""
    from pygments.lexers import get_lexer_by_name

    parts = []
    for response in spec.responses:
        parts.append(f'<section class="response"><h2>Response: {esc(response.label)}</h2>')
        if response.description:
            parts.append(f"<p>{esc(response.description)}</p>")
        if response.body:
            lexer = get_lexer_by_name(response.lexer, stripnl=False, ensurenl=False)
            parts.append(f'<div class="highlight"><pre><code>{code_html(response.body, [], lexer, used)}'
                         "</code></pre></div>")
        parts.append("</section>")
    return parts


def page(spec: Spec, tabs: list[Tab], options: Options) -> str:
    check_texts(spec, tabs)
    found, fills = _fills(spec, tabs, options)
    languages = _by_language(tabs)
    ordered = [tab for group in languages for tab in group]
    fills = [fills[tabs.index(tab)] for tab in ordered]
    prefix, used, number = _prefix(spec), set(), 0
    parts = ['<div class="snippets">', _tablist("Language", [
        (f"{prefix}-{index}", f'data-lang="{esc(group[0].language.key)}"', group[0].language.title)
        for index, group in enumerate(languages)])]
    for index, group in enumerate(languages):
        language = group[0].language
        parts.append(f'<div role="tabpanel" id="{prefix}-{index}-panel" aria-labelledby="{prefix}-{index}-tab" '
                     f'data-lang="{esc(language.key)}"{" hidden" if index else ""}>')
        if len(group) > 1:
            parts.append(_tablist(f"{language.title} client", [
                (f"{prefix}-{index}-{slot}", f'data-client="{esc(tab.client.key)}"', tab.client.title)
                for slot, tab in enumerate(group)]))
        for slot, tab in enumerate(group):
            parts.append(_panel(tab, fills[number], number, f"{prefix}-{index}-{slot}", slot > 0, used))
            number += 1
        parts.append("</div>")
    if options.values_given:
        parts.append(f'<script type="application/json" class="copy-text">'
                     f'{script_json([tab.snippet.copy for tab in ordered])}</script>')
    elif found:
        model = data(found, fills, spec)
        parts.append(f'<script type="application/json" class="fill-data">{script_json(model)}</script>')
    parts.append("</div>")
    parts += _responses(spec, used)
    title = esc(spec.title or spec.name)
    head = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">', f"<title>{title}</title>",
            f"<style>{_asset('html_page.css')}{theme_css(used)}</style>", "</head>", "<body>",
            '<main class="snippetgen">', f"<h1>{title}</h1>"]
    if spec.description:
        head.append(f"<p>{esc(spec.description)}</p>")
    if spec.variables:
        head += _placeholders(spec, bool(found), prefix)
    tail = ["</main>", f"<script>{_asset('html_page.js')}</script>", "</body>", "</html>", ""]
    return "\n".join(head + parts + tail)
