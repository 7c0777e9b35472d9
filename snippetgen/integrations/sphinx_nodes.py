"""One spec's page as docutils nodes: its title, description and placeholder table, and its
tabs as a sphinx-design tab set.

Every text is a Text node, never parsed: a title holding `*`, `|subst|`, `.. raw:: html` or
`</script>` is shown as written.  Smart quotes are turned off for these nodes too, so `"x"`,
`--` and `...` are not rewritten.  Only code blocks carry snippet text, highlighted by Sphinx
with the language's Pygments lexer.
"""

from __future__ import annotations

from docutils import nodes

from ..formats import Tab
from ..formats.text import example
from ..spec import Spec


def _verbatim(node: nodes.Element) -> nodes.Element:
    node["support_smartquotes"] = False  # Sphinx's SmartQuotes skips a node so marked, and its children
    return node


def prose(spec: Spec) -> list[nodes.Node]:
    """The title as a rubric (a directive cannot open a section), the description's paragraphs and
    a table of the placeholders, a secret's example masked."""
    parts: list[nodes.Node] = []
    if spec.title:
        parts.append(_verbatim(nodes.rubric("", " ".join(spec.title.split()), classes=["snippetgen-title"])))
    for paragraph in _paragraphs(spec.description or ""):
        parts.append(_verbatim(nodes.paragraph("", paragraph)))
    if spec.variables:
        parts.append(_placeholder_table(spec))
    return parts


def responses(spec: Spec) -> list[nodes.Node]:
    """Each example response: a rubric with its status, its description, and its body highlighted."""
    parts: list[nodes.Node] = []
    for response in spec.responses:
        parts.append(_verbatim(nodes.rubric("", f"Response: {response.label}", classes=["snippetgen-response"])))
        for paragraph in _paragraphs(response.description):
            parts.append(_verbatim(nodes.paragraph("", paragraph)))
        if response.body:
            parts.append(nodes.literal_block(response.body, response.body, language=response.lexer, force=True,
                                             classes=["snippetgen-response-body"]))
    return parts


def _paragraphs(text: str) -> list[str]:
    """Blank lines part paragraphs; the lines of one paragraph are joined by a space."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    paragraphs, current = [], []
    for line in [*lines, ""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return paragraphs


def _placeholder_table(spec: Spec) -> nodes.table:
    head = ["Placeholder", "Description", "Example"]
    rows = []
    for variable in spec.variables.values():
        note = " (secret)" if variable.secret else ""
        rows.append([nodes.literal("", f"{{{variable.name}}}"),
                     nodes.Text(variable.description + note), nodes.Text(example(variable))])
    group = nodes.tgroup(cols=len(head))
    # Relative widths; the text builder takes them as characters, so they follow the longest text.
    for column, title in enumerate(head):
        longest = max(len(title), *(len(row[column].astext()) for row in rows))
        group += nodes.colspec(colwidth=min(longest, 40))
    group += nodes.thead("", _row([nodes.Text(text) for text in head]))
    group += nodes.tbody("", *(_row(cells) for cells in rows))
    return _verbatim(nodes.table("", group, classes=["snippetgen-placeholders"]))


def _row(cells: list[nodes.Node]) -> nodes.row:
    return nodes.row("", *(nodes.entry("", nodes.paragraph("", "", cell)) for cell in cells))


def tab_set(tabs: list[Tab], sync_group: str) -> nodes.container:
    """sphinx-design's tab set, as its `tab-set` and `tab-item` directives build it (a container per
    component, each item a label rubric and a content container; its HTML transform does the rest).

    The sync key is the language, so choosing Go in one set chooses it in every set of the page (and,
    through sphinx-design's stored choice, of the site).  A second client of one language in a set
    gets its client's key, or the two would select each other's radio button."""
    items = []
    used: set[str] = set()
    for tab in tabs:
        sync_id = tab.language.key if tab.language.key not in used else tab.client.id
        used.add(sync_id)
        label = _verbatim(nodes.rubric("", tab.title, classes=["sd-tab-label"], sync_group=sync_group,
                                       sync_id=sync_id))
        code = nodes.literal_block(tab.snippet.display, tab.snippet.display, language=tab.language.lexer,
                                   force=True, classes=["snippetgen-code"])
        content = _component("tab-content", ["sd-tab-content"], code)
        items.append(_component("tab-item", ["sd-tab-item"], label, content, selected=False))
    return _component("tab-set", ["sd-tab-set", "snippetgen"], *items)


def _component(name: str, classes: list[str], *children: nodes.Node, **attributes) -> nodes.container:
    """A sphinx-design component node: a div container marked with the component's name."""
    return nodes.container("", *children, is_div=True, design_component=name, classes=classes, **attributes)
