"""JSON for custom pipelines: per tab, its identity, lexer, display text and (with values) copy text."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from . import Options, Tab
from .text import check_texts

if TYPE_CHECKING:  # a page is planned without reading any spec
    from ..spec import Spec

SUFFIX = ".json"


def page(spec: Spec, tabs: list[Tab], options: Options) -> str:
    check_texts(spec, tabs)
    entries = []
    for tab in tabs:
        entry = {
            "language": tab.language.key,
            "client": tab.client.key,
            "title": tab.title,
            "lexer": tab.language.lexer,
            "extension": tab.language.extension,
            "default": tab.client.key == tab.language.default,
            "display": tab.snippet.display,
        }
        if options.values_given:
            entry["copy"] = tab.snippet.copy
        entries.append(entry)
    document = {"spec": spec.name, "title": spec.title, "description": spec.description, "snippets": entries}
    if spec.responses:
        document["responses"] = [{"status": r.status, "reason": r.reason, "description": r.description,
                                  "headers": [list(pair) for pair in r.headers], "lexer": r.lexer, "body": r.body}
                                 for r in spec.responses]
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
