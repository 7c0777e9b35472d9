"""Examples of OpenAPI parameters, media types and schemas: the document's own, else made from the schema."""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING, Any

from .. import yaml_reader

if TYPE_CHECKING:
    from .openapi import Document

MISSING = object()  # "no example", as opposed to an example of null
_DEPTH = 8  # nesting of a made-up example; deeper schemas are cut (they are often recursive)
_FORMAT_EXAMPLES = {
    "date-time": "2024-01-01T00:00:00Z", "date": "2024-01-01", "time": "12:00:00", "email": "user@example.com",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "uri": "https://example.com/", "url": "https://example.com/",
    "hostname": "example.com", "ipv4": "192.0.2.1", "ipv6": "2001:db8::1", "byte": "c3RyaW5n",
}


class Examples:
    """The example-finding half of an operation reader (mixed into openapi_reader.OperationReader)."""

    doc: Document

    def note(self, message: str) -> None:
        raise NotImplementedError

    def description(self, param: dict[str, Any], where: str) -> str:
        """A parameter's description, with the values its schema allows when it lists them."""
        text = " ".join(str(param.get("description") or "").split())
        schema, _ = self.doc.resolve(param.get("schema", param), yaml_reader.path_join(where, "schema"))
        enum = schema.get("enum") if isinstance(schema, dict) else None
        if isinstance(enum, list) and enum:
            if text and text[-1] not in ".!?":
                text += "."
            text = (text + " " if text else "") + "One of: " + ", ".join(as_text(item) for item in enum)
        return text

    def example_of(self, param: dict[str, Any], where: str, made_up: bool = True) -> Any:
        """The parameter's example; or, unless made_up is false, one made from its schema."""
        if "example" in param:
            return param["example"]
        examples = param.get("examples")
        if isinstance(examples, dict) and examples:
            name = next(iter(examples))
            return self.named_example(examples[name], join(where, "examples", name))
        content = param.get("content")
        if isinstance(content, dict) and content:
            media_type_ = next(iter(content))
            media, media_where = self.doc.mapping(content[media_type_], join(where, "content", media_type_))
            value = self.media_example(media, media_where)
            return value if value is MISSING else json.dumps(value, ensure_ascii=False)
        schema_where = join(where, "schema")
        if not made_up:
            schema, _ = self.doc.resolve(param.get("schema"), schema_where)
            if isinstance(schema, dict) and "example" in schema:
                return schema["example"]
            if isinstance(schema, dict) and isinstance(schema.get("examples"), list) and schema["examples"]:
                return schema["examples"][0]
            return MISSING
        return self.schema_example(param.get("schema"), schema_where)

    def named_example(self, node: Any, where: str) -> Any:
        example, where = self.doc.mapping(node, where)
        if "value" in example:
            return example["value"]
        if "externalValue" in example:
            self.note(f"an example's externalValue ({example['externalValue']}) is not fetched")
        return MISSING

    def media_example(self, media: dict[str, Any], where: str) -> Any:
        if "example" in media:
            return media["example"]
        examples = media.get("examples")
        if isinstance(examples, dict) and examples:
            name = next(iter(examples))
            value = self.named_example(examples[name], join(where, "examples", name))
            if value is not MISSING:
                return value
        return self.schema_example(media.get("schema"), join(where, "schema"), request=True)

    def schema_example(self, schema: Any, where: str, request: bool = False, depth: int = 0,
                       chain: tuple[str, ...] = ()) -> Any:
        """An example of a schema: its own example, default, const or first enum value, else one made up.

        request leaves out readOnly properties; a schema met again inside itself is cut short.
        """
        if isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if ref in chain or depth > _DEPTH:
                return MISSING
            chain = (*chain, ref)
        schema, where = self.doc.resolve(schema, where)
        if not isinstance(schema, dict) or depth > _DEPTH:
            return MISSING
        for key in ("example", "default", "const"):
            if key in schema:
                return schema[key]
        for key in ("examples", "enum"):
            if isinstance(schema.get(key), list) and schema[key]:
                return schema[key][0]

        def sub(node: Any, *keys: str | int) -> Any:
            return self.schema_example(node, join(where, *keys), request, depth + 1, chain)

        if isinstance(schema.get("allOf"), list):
            merged: Any = MISSING
            for index, part in enumerate(schema["allOf"]):
                value = sub(part, "allOf", index)
                if isinstance(value, dict) and isinstance(merged, dict):
                    merged = {**merged, **value}
                elif merged is MISSING:
                    merged = value
            if merged is not MISSING:
                return merged
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and schema[key]:
                return sub(schema[key][0], key, 0)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind == "object" or (kind is None and isinstance(schema.get("properties"), dict)):
            result = {}
            properties = schema.get("properties") or {}
            for name, prop in properties.items() if isinstance(properties, dict) else ():
                prop_node, _ = self.doc.resolve(prop, join(where, "properties", name))
                if request and isinstance(prop_node, dict) and prop_node.get("readOnly"):
                    continue
                value = sub(prop, "properties", name)
                if value is not MISSING:
                    result[name] = value
            return result
        if kind == "array":
            item = sub(schema.get("items"), "items")
            return [] if item is MISSING else [item]
        if kind == "string":
            return _FORMAT_EXAMPLES.get(schema.get("format"), "string")
        if kind in ("integer", "number"):
            return 0
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return MISSING


def join(path: str, *keys: str | int) -> str:
    for key in keys:
        path = yaml_reader.path_join(path, key)
    return path


def as_text(value: Any) -> str:
    """A parameter value as text: JSON's spelling for booleans, null and numbers."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def json_safe(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and json_safe(v) for k, v in value.items())
    if isinstance(value, list):
        return all(json_safe(item) for item in value)
    return value is None or isinstance(value, (str, int, bool))
