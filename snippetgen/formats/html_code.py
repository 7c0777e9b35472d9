"""Highlighted code for the HTML page, with holes the page's script fills in, and the colours
of both themes: Pygments' `default` style in light mode and `github-dark` in dark mode (each
token's text at least 4.5:1 against its background, WCAG AA), scoped by prefers-color-scheme.

The code is lexed as it is (no newline stripped or added), so the page's text is the snippet's
text exactly; a lexer that would change it leaves the code unhighlighted.
"""

from __future__ import annotations

import html
from functools import cache

from ..errors import LanguageError

LIGHT, DARK = "default", "github-dark"


def lexer_for(language):
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        return get_lexer_by_name(language.lexer, stripnl=False, ensurenl=False)
    except ClassNotFound:
        raise LanguageError(f"language {language.key!r}: Pygments has no lexer {language.lexer!r}") from None


def _css_class(ttype) -> str:
    from pygments.token import STANDARD_TYPES

    while ttype not in STANDARD_TYPES:
        ttype = ttype.parent
    return STANDARD_TYPES[ttype]


@cache
def _styled() -> frozenset[str]:
    """The classes either theme gives a look of their own (a span for any other is left out)."""
    from pygments.styles import get_style_by_name
    from pygments.token import STANDARD_TYPES, Token

    found = set()
    for name in (LIGHT, DARK):
        style = get_style_by_name(name)
        base = style.style_for_token(Token)
        found |= {css for ttype, css in STANDARD_TYPES.items() if css and style.style_for_token(ttype) != base}
    return frozenset(found)


def _segments(text: str, lexer) -> list[tuple[int, int, str]]:
    """(start, end, css class) of each run of tokens that look alike; one plain segment if
    lexing changes the text."""
    tokens = list(lexer.get_tokens(text))
    if "".join(value for _, value in tokens) != text:
        return [(0, len(text), "")]
    found, at, styled = [], 0, _styled()
    for ttype, value in tokens:
        css = _css_class(ttype)
        css = css if css in styled and value.strip() else ""  # white space looks alike in any colour
        if found and found[-1][2] == css:
            found[-1] = (found[-1][0], at + len(value), css)
        else:
            found.append((at, at + len(value), css))
        at += len(value)
    return found


def _text(text: str) -> str:
    """text as HTML character data; a CR as a reference, which the parser keeps (a raw CR LF
    reads as LF)."""
    return html.escape(text, quote=False).replace("\r", "&#13;")


def _span(css: str, text: str) -> str:
    escaped = _text(text)
    return f'<span class="{css}">{escaped}</span>' if css and escaped else escaped


def code_html(text: str, holes: list[tuple[int, int]], lexer, used: set[str]) -> str:
    """text highlighted, hole i (its start and end in text) as <span data-hole="i">; the CSS
    classes it uses are added to used."""
    segments = _segments(text, lexer)
    out, at = [], 0

    def plain(until: int) -> None:
        for start, end, css in segments:
            part = (max(start, at), min(end, until))
            if part[0] < part[1]:
                out.append(_span(css, text[part[0]:part[1]]))
                used.add(css)

    for number, (start, end) in enumerate(holes):
        plain(start)
        css = next((c for s, e, c in segments if s <= start < e), "")
        used.add(css)
        out.append(f'<span class="hole {css}" data-hole="{number}">{_text(text[start:end])}</span>')
        at = end
    plain(len(text))
    return "".join(out)


def _rules(style_name: str, classes: list[str], complete: bool) -> list[str]:
    """CSS rules for classes in a Pygments style; complete: every property set, so that rules
    of another style cannot show through."""
    from pygments.styles import get_style_by_name
    from pygments.token import STANDARD_TYPES, Token

    style = get_style_by_name(style_name)
    by_class = {css: ttype for ttype, css in STANDARD_TYPES.items()}
    base = style.style_for_token(Token)
    color = f"#{base['color']}" if base['color'] else "var(--fg)"
    rules = [f".highlight{{background:{style.background_color};color:{color}}}"]
    for css in classes:
        found = style.style_for_token(by_class[css])
        props = []
        if found["color"] or complete:
            props.append(f"color:#{found['color']}" if found["color"] else "color:inherit")
        if found["bold"] or complete:
            props.append("font-weight:" + ("bold" if found["bold"] else "normal"))
        if found["italic"] or complete:
            props.append("font-style:" + ("italic" if found["italic"] else "normal"))
        if found["underline"] or complete:
            props.append("text-decoration:" + ("underline" if found["underline"] else "none"))
        if found["bgcolor"] or complete:
            props.append(f"background-color:#{found['bgcolor']}" if found["bgcolor"] else "background-color:transparent")
        if props:
            rules.append(f".highlight .{css}{{{';'.join(props)}}}")
    return rules


def theme_css(used: set[str]) -> str:
    """The token colours of the classes the page uses, light and dark."""
    classes = sorted(css for css in used if css)
    light = "\n".join(_rules(LIGHT, classes, complete=True))
    dark = "\n".join(_rules(DARK, classes, complete=True))
    return f"{light}\n@media (prefers-color-scheme: dark) {{\n{dark}\n}}"
