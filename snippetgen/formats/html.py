"""A self-contained HTML page: a tab per language, Pygments highlighting and a copy button.

What is shown is the display text (secrets masked); the copy button copies the copy
text (real values), as docs sites with per-reader credentials do.  No network needed.
"""

from __future__ import annotations

from ..errors import LanguageError
from ..spec import Spec
from . import Options, Tab
from .text import check_texts, example, html_text, script_json

SUFFIX = ".html"

_SCRIPT = """
document.querySelectorAll('.snippets').forEach(function (group) {
  var copies = JSON.parse(group.querySelector('script.copy-text').textContent);
  var tabs = group.querySelectorAll('[role=tab]');
  tabs.forEach(function (tab) {
    tab.addEventListener('click', function () {
      tabs.forEach(function (other) {
        var selected = other === tab;
        other.setAttribute('aria-selected', selected ? 'true' : 'false');
        document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
      });
    });
  });
  group.querySelectorAll('button.copy').forEach(function (button) {
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(copies[button.dataset.tab]).then(function () {
        button.textContent = 'Copied';
        setTimeout(function () { button.textContent = 'Copy'; }, 1500);
      });
    });
  });
});
"""

_STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
[role=tablist] { display: flex; flex-wrap: wrap; gap: .25rem; border-bottom: 1px solid #ccc; }
[role=tab] { border: 1px solid #ccc; border-bottom: none; background: #f4f4f4; padding: .4rem .8rem;
  cursor: pointer; border-radius: .3rem .3rem 0 0; font: inherit; }
[role=tab][aria-selected=true] { background: #fff; font-weight: 600; }
[role=tabpanel] { position: relative; border: 1px solid #ccc; border-top: none; }
[role=tabpanel] pre { margin: 0; padding: 1rem; overflow-x: auto; }
button.copy { position: absolute; top: .5rem; right: .5rem; font: inherit; cursor: pointer; }
table { border-collapse: collapse; margin: 1rem 0; } td, th { border: 1px solid #ccc; padding: .3rem .6rem; }
"""


def _lexer(tab: Tab, get_lexer_by_name):
    from pygments.util import ClassNotFound

    try:
        return get_lexer_by_name(tab.language.lexer)
    except ClassNotFound:
        raise LanguageError(f"language {tab.language.key!r}: Pygments has no lexer {tab.language.lexer!r}") from None


def page(spec: Spec, tabs: list[Tab], options: Options) -> str:
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import get_lexer_by_name

    check_texts(spec, tabs)
    formatter = HtmlFormatter(cssclass="highlight")
    esc = html_text
    parts = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
             f"<title>{esc(spec.title or spec.name)}</title>",
             f"<style>{_STYLE}{formatter.get_style_defs('.highlight')}</style>", "</head>", "<body>",
             f"<h1>{esc(spec.title or spec.name)}</h1>"]
    if spec.description:
        parts.append(f"<p>{esc(spec.description)}</p>")
    if spec.variables:
        parts.append("<table><tr><th>Placeholder</th><th>Description</th><th>Example</th></tr>")
        for variable in spec.variables.values():
            note = " (secret)" if variable.secret else ""
            parts.append(f"<tr><td><code>{{{esc(variable.name)}}}</code></td>"
                         f"<td>{esc(variable.description)}{note}</td><td>{esc(example(variable))}</td></tr>")
        parts.append("</table>")
    parts.append('<div class="snippets">')
    parts.append('<div role="tablist">')
    for index, tab in enumerate(tabs):
        selected = "true" if index == 0 else "false"
        parts.append(f'<button role="tab" id="tab-{index}" aria-controls="panel-{index}" '
                     f'aria-selected="{selected}">{esc(tab.title)}</button>')
    parts.append("</div>")
    for index, tab in enumerate(tabs):
        hidden = "" if index == 0 else " hidden"
        code = highlight(tab.snippet.display, _lexer(tab, get_lexer_by_name), formatter)
        parts.append(f'<div role="tabpanel" id="panel-{index}" aria-labelledby="tab-{index}"{hidden}>'
                     f'<button class="copy" data-tab="{index}">Copy</button>{code}</div>')
    copies = [tab.snippet.copy for tab in tabs]
    parts.append(f'<script type="application/json" class="copy-text">{script_json(copies)}</script>')
    parts.append("</div>")
    parts.append(f"<script>{_SCRIPT}</script>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)
