"""Docusaurus MDX: Tabs and TabItem with a groupId, so the reader's language choice sticks."""

from __future__ import annotations

from ..spec import Spec
from . import Options, Tab, fenced
from .markdown import header, responses
from .text import check_texts, jsx_string, lexer, mdx_text

SUFFIX = ".mdx"


def page(spec: Spec, tabs: list[Tab], options: Options) -> str:
    check_texts(spec, tabs)
    lines = ["import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", ""]
    lines += header(spec, mdx_text)
    lines += [f"<Tabs groupId={jsx_string(options.group_id)}>", ""]
    for tab in tabs:
        value = tab.client.id.replace(":", "-")
        lines += [f"<TabItem value={jsx_string(value)} label={jsx_string(tab.title)}>", "",
                  fenced(tab.snippet.display, lexer(tab)), "", "</TabItem>", ""]
    lines += ["</Tabs>", ""]
    return "\n".join(lines + responses(spec, mdx_text))
