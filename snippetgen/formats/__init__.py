"""Writers that lay one spec's rendered snippets out as a page for a docs tool.

Each format module has `SUFFIX` and `page(spec, tabs, options) -> str`, and `EVERY_CLIENT = True`
when its page shows every client of a language (html), not only the default one; FORMATS maps a
format name to its module, imported only when that format is asked for.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from ..errors import UsageError
from ..languages import Client, Language

if TYPE_CHECKING:  # rendering (Jinja) is not needed to plan a build that renders nothing
    from ..render import Snippet

# Format name -> module in this package.
FORMATS = {"markdown": "markdown", "mdx": "mdx", "docusaurus": "docusaurus", "mkdocs": "mkdocs",
           "html": "html", "json": "json_format"}


@dataclass(frozen=True)
class Tab:
    """One code tab: a snippet and how docs tools should label and highlight it."""

    language: Language
    client: Client
    snippet: Snippet

    @property
    def title(self) -> str:
        if self.client.key == self.language.default:
            return self.language.title
        return f"{self.language.title} ({self.client.title})"


@dataclass(frozen=True)
class Options:
    mdx_component: str = "CodeGroup"  # a site may wrap tabs in its own component
    group_id: str = "language"  # Docusaurus: a reader's choice sticks across tab groups with this id
    values_given: bool = False  # whether copy text differs from what is displayed
    # How the tabs were rendered, for a format that renders them again (html fills in values):
    short: bool = False
    user_dirs: tuple = ()
    sandbox: bool = False


def every_client(module: ModuleType) -> bool:
    return getattr(module, "EVERY_CLIENT", False)


def writer(name: str) -> ModuleType:
    if name not in FORMATS:
        raise UsageError(f"unknown format {name!r}: choose from {', '.join(FORMATS)}")
    return importlib.import_module(f"{__name__}.{FORMATS[name]}")


def fence_for(text: str) -> str:
    """A backtick fence longer than any backtick run in text, so the block never breaks."""
    if "```" not in text:  # most snippets: no run the shortest fence must outgrow
        return "```"
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def fenced(text: str, info: str) -> str:
    fence = fence_for(text)
    return f"{fence}{info}\n{text.rstrip(chr(10))}\n{fence}"
