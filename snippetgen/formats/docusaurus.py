"""Docusaurus MDX: Tabs and TabItem with a groupId, so the reader's language choice sticks."""

from __future__ import annotations

import json

from ..spec import Spec
from . import Options, Tab, fenced
from .markdown import header, mdx_text

SUFFIX = ".mdx"


def _attr(value: str) -> str:
    # A JSX attribute given as an expression takes any string safely.
    return "{" + json.dumps(value, ensure_ascii=False) + "}"


def page(spec: Spec, tabs: list[Tab], options: Options) -> str:
    lines = ["import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", ""]
    lines += header(spec, mdx_text)
    lines += [f"<Tabs groupId={_attr(options.group_id)}>", ""]
    for tab in tabs:
        value = tab.client.id.replace(":", "-")
        lines += [f"<TabItem value={_attr(value)} label={_attr(tab.title)}>", "",
                  fenced(tab.snippet.display, tab.language.lexer), "", "</TabItem>", ""]
    lines += ["</Tabs>", ""]
    return "\n".join(lines)
