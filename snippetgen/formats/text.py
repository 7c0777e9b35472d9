"""Page text is data: one escaping function per dialect, so that no title, description,
variable text or client title becomes markup, an expression or module code in a docs tool.

Prose keeps its paragraphs (`single=False`); a heading, table cell, tab label or info string
is one line (`single=True`).  Each line loses its leading and trailing white space (an indent
would start a code block), and a line's first character is escaped when it is punctuation (a
heading, list, quote, setext line, `!!!` admonition, `===` tab or `--8<--` include) or ends a
number that would start an ordered list.
"""

from __future__ import annotations

import html
import json
import re

from ..errors import LanguageError
from ..httprules import text_problem
from ..variables import masked

# Characters that can start markup anywhere in a line, in one dialect or another: emphasis, code,
# links, HTML/JSX, references, expressions (MDX) and Jinja (mkdocs-macros), table cells,
# strike-through and sub/superscript, math.  A `#` after a space could close a heading: it is
# escaped there (and everywhere for Python-Markdown, which strips any trailing `#`).
_INLINE = set("\\`*_[]<>&{}|~^$")
_ASCII_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_ORDERED = re.compile(r"\d{1,9}(?=[.)])")
_MDX_ESM = re.compile(r"import|export")  # a line that starts so, whatever follows


def _lines(text: str, single: bool) -> list[str]:
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return [" ".join(line for line in lines if line)] if single else lines


def _escape(text: str, single: bool, char, inline=_INLINE, esm: bool = False) -> str:
    out = []
    for line in _lines(text, single):
        head = ""
        if esm and _MDX_ESM.match(line):
            head, line = f"&#{ord(line[0])};", line[1:]
        else:
            start = _ORDERED.match(line)
            first = start.end() if start else 0  # `1.` -> the `.`; `-`, `#`, `>`, `!`, `=` -> itself
            if line and line[first] in _ASCII_PUNCT:
                head, line = line[:first] + char(line[first]), line[first + 1:]
        out.append(head + "".join(char(ch) if ch in inline or (ch == "#" and line[i - 1:i].isspace()) else ch
                                  for i, ch in enumerate(line)))
    return "\n".join(out)


_HTML_REFERENCES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}


def markdown_text(text: str, single: bool = False) -> str:
    """CommonMark and GitHub: a backslash makes any ASCII punctuation literal.  `<`, `>` and `&`
    are character references instead, which every Markdown (Python-Markdown too) shows as text."""
    return _escape(text, single, lambda ch: _HTML_REFERENCES.get(ch) or "\\" + ch)


def mdx_text(text: str, single: bool = False) -> str:
    """MDX: as CommonMark (`{` `}` `<` included), but a backtick is a character reference, as an
    info string may hold none, and so is the first letter of a line that would start ESM code."""
    return _escape(text, single, lambda ch: "&#96;" if ch == "`" else "\\" + ch, esm=True)


def mkdocs_text(text: str, single: bool = False) -> str:
    """Python-Markdown (MkDocs): a backslash does not escape `<`, `&` or `|` there, and extensions
    give `^ ~ $` meaning too, so each such character is a numeric character reference (and `"`,
    which would end a content tab's title)."""
    return _escape(text, single, lambda ch: f"&#{ord(ch)};", _INLINE | {'"', "#"})


def jsx_string(value: str) -> str:
    """A JSX attribute as a JavaScript string expression: `{"..."}`, nothing in it able to end it."""
    literal = json.dumps(value, ensure_ascii=False)
    for ch in "{}<>&`\u2028\u2029":
        literal = literal.replace(ch, f"\\u{ord(ch):04x}")
    return "{" + literal + "}"


def yaml_string(value: str) -> str:
    """A YAML double-quoted scalar on one line, for front matter.  JSON's escapes are YAML's, and
    every character outside printable ASCII is escaped (`\\U` beyond the BMP, where a JSON surrogate
    pair would read as two lone surrogates), so no YAML reader refuses or mistakes one.  So are
    `{}<>&` and the backtick, as in jsx_string: a tool that reads the page as MDX without taking
    its front matter off first finds no expression, tag or code there either."""
    literal = json.dumps(value, ensure_ascii=False)
    return re.sub(r"[^\x20-\x7e]|[{}<>&`]", lambda m: f"\\u{ord(m[0]):04x}" if ord(m[0]) <= 0xFFFF
                  else f"\\U{ord(m[0]):08x}", literal)


def script_json(value) -> str:
    """JSON inside <script>: no `<` (so neither `</script>` nor `<!--`), `>`, `&`, U+2028 or U+2029."""
    literal = json.dumps(value, ensure_ascii=False)
    for ch in "<>&\u2028\u2029":
        literal = literal.replace(ch, f"\\u{ord(ch):04x}")
    return literal


def html_text(text: str) -> str:
    return html.escape(text, quote=True)


_LEXER = re.compile(r"[A-Za-z0-9_+#.-]+\Z")


def lexer(tab) -> str:
    """The tab's lexer for an info string; a name that could break the fence is refused."""
    name = tab.language.lexer
    if not _LEXER.match(name):
        raise LanguageError(f"language {tab.language.key!r}: lexer {name!r} is not a lexer name")
    return name


def example(variable) -> str:
    """What a placeholder table shows as a variable's example: a secret's is masked."""
    if variable.example is None:
        return ""
    return masked(variable.example) if variable.secret else variable.example


def check_texts(spec, tabs) -> None:
    """Every text a page carries must be writable as UTF-8: a lone surrogate is an error."""
    texts = [("title", spec.title), ("description", spec.description)]
    for variable in spec.variables.values():
        base = f"variables.{variable.name}"
        texts += [(f"{base}.description", variable.description), (f"{base}.example", variable.example)]
    texts += [(f"{response.path}.description", response.description) for response in spec.responses]
    for path, text in texts:
        problem = text and text_problem(text, nul=True)
        if problem:
            raise spec.error(problem, path)
    if not spec.title and text_problem(spec.name, nul=True):
        raise spec.error("the file name is not valid UTF-8: give the spec a title", "title")
    check_titles(tabs)


def check_titles(tabs) -> None:
    """Every tab label must be writable as UTF-8 (a user manifest's title may hold a lone surrogate)."""
    for tab in tabs:
        if text_problem(tab.title, nul=True):
            raise LanguageError(f"client {tab.client.id}: its title contains a lone surrogate")
