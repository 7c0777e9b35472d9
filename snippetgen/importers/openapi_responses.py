"""An operation's responses -> the spec's example responses: status, description and the body's
example (the document's own, else one made from the schema, as Swagger UI shows it)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..httprules import header_value_problem
from .bodies import is_json_type, media_type
from .openapi_examples import MISSING, join, json_safe

if TYPE_CHECKING:
    from .openapi import Document, Operation

_STATUS = re.compile(r"[1-5][0-9][0-9]\Z")
_NO_BODY = (204, 304)


class ResponseExamples:
    """The responses half of an operation reader (mixed into openapi_reader.OperationReader)."""

    doc: Document
    op: Operation

    def note(self, message: str) -> None:
        raise NotImplementedError

    def schema_example(self, schema: Any, where: str, request: bool = False) -> Any:
        raise NotImplementedError

    def named_example(self, node: Any, where: str) -> Any:
        raise NotImplementedError

    def responses(self) -> list[dict[str, Any]]:
        """One example per numbered status, in the document's order (`default` and `2XX` have no
        status a reader would see)."""
        node, where = self.doc.mapping(self.op.node.get("responses"), join(self.op.where, "responses"))
        result = []
        for code, item in node.items():
            if not _STATUS.match(str(code)):
                continue
            status = int(str(code))
            item, item_where = self.doc.mapping(item, join(where, str(code)))
            entry: dict[str, Any] = {"status": status}
            description = str(item.get("description") or "").strip()
            if description:
                entry["description"] = description
            if status >= 200 and status not in _NO_BODY:
                self.response_body(item, item_where, entry)
            result.append(entry)
        return result

    def response_body(self, item: dict[str, Any], where: str, entry: dict[str, Any]) -> None:
        content = item.get("content")
        if not isinstance(content, dict) or not content:
            return
        chosen = next((m for m in content if is_json_type(m)), None) or next(
            (m for m in content if media_type(m).startswith("text/") or media_type(m).endswith("xml")), None)
        if chosen is None:
            return  # bytes (an image, a PDF): nothing a page could show as text
        media, media_where = self.doc.mapping(content[chosen], join(where, "content", chosen))
        example = self.example(media, media_where)
        if example is MISSING:
            return
        if is_json_type(chosen) and json_safe(example):
            kind = "json"
        elif isinstance(example, str):
            kind = "text"
        else:
            self.note(f"the {entry['status']} response's {chosen} example is not shown: it is not text")
            return
        if media_type(chosen) != "application/json" and not header_value_problem(chosen):
            entry["headers"] = {"content-type": chosen}
        entry[kind] = example

    def example(self, media: dict[str, Any], where: str) -> Any:
        if "example" in media:
            return media["example"]
        examples = media.get("examples")
        if isinstance(examples, dict) and examples:
            name = next(iter(examples))
            value = self.named_example(examples[name], join(where, "examples", name))
            if value is not MISSING:
                return value
        return self.schema_example(media.get("schema"), join(where, "schema"))
