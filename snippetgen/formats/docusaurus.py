"""Docusaurus MDX: Tabs and TabItem with a groupId, so the reader's language choice sticks.

The front matter gives Docusaurus the title and description as plain strings: without it,
Docusaurus reads them from the Markdown source with regular expressions, and the sidebar, the
browser tab and the meta description would show the escapes (a backslash before `{`, `&#96;`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import Options, Tab, fenced
from .markdown import header, responses
from .text import check_texts, jsx_string, lexer, mdx_text, yaml_string

if TYPE_CHECKING:  # a page is planned without reading any spec
    from ..spec import Spec

SUFFIX = ".mdx"


def page(spec: Spec, tabs: list[Tab], options: Options) -> str:
    check_texts(spec, tabs)
    lines = ["---", f"title: {yaml_string(spec.title or spec.name)}"]
    if spec.description:
        lines.append(f"description: {yaml_string(spec.description)}")
    lines += ["---", "", "import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", ""]
    lines += header(spec, mdx_text)
    lines += [f"<Tabs groupId={jsx_string(options.group_id)}>", ""]
    for tab in tabs:
        value = tab.client.id.replace(":", "-")
        lines += [f"<TabItem value={jsx_string(value)} label={jsx_string(tab.title)}>", "",
                  fenced(tab.snippet.display, lexer(tab)), "", "</TabItem>", ""]
    lines += ["</Tabs>", ""]
    return "\n".join(lines + responses(spec, mdx_text))
