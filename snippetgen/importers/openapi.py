"""An OpenAPI 3.0 or 3.1 document (YAML or JSON) -> one spec per operation.

The server URL keeps its variables as placeholders, path parameters become
placeholders, query, header and cookie parameters and the body take their examples
(or one made from the schema; files become path placeholders), and security schemes
become auth:, API key or cookie placeholders marked secret (openapi_reader,
openapi_body, openapi_examples).  Only references inside the document are followed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from .. import yaml_reader
from .bodies import load_json
from .common import Imported, Origin, Policy, Warn, too_deep
from .to_spec import to_spec
from .openapi_reader import OperationReader
from .output import slug, unique_names
from ..textfile import read_text
from .errors import SourceError

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def import_openapi(path: str | Path, warn: Warn, operation: str | None = None, *,
                   lenient: bool = False) -> list[Imported]:
    path = Path(path)
    text = read_text(path, SourceError)
    return import_openapi_text(text, str(path), warn, operation, lenient=lenient)


def import_openapi_text(text: str, file: str, warn: Warn, operation: str | None = None, *,
                        lenient: bool = False) -> list[Imported]:
    """Specs for every operation, or for the one whose operationId (or `METHOD /path`) is `operation`."""
    try:
        document = Document.load(text, file)
        operations = document.operations()
        if operation is not None:
            chosen = [op for op in operations if operation in (op.operation_id, f"{op.method.upper()} {op.path}")]
            if not chosen:
                known = [op.operation_id or f"{op.method.upper()} {op.path}" for op in operations]
                listed = ", ".join(known[:12]) + (f" and {len(known) - 12} more" if len(known) > 12 else "")
                raise SourceError(f"no operation {operation!r}; the document has: {listed}", file=file)
            operations = chosen
        policy = Policy(warn, lenient)
        drafts = [(op, OperationReader(document, op, policy).draft()) for op in operations]
        stems = [slug(op.operation_id or f"{op.method}-{op.path}") for op, _ in drafts]
        return [to_spec(draft, Origin(file, op.where), policy, name,
                       comment=f"Imported from {Path(file).name} ({op.method.upper()} {op.path})")
                for (op, draft), name in zip(drafts, unique_names(stems))]
    except RecursionError:
        raise too_deep(file) from None


class Operation:
    def __init__(self, path: str, method: str, item: dict[str, Any], item_where: str, node: dict[str, Any],
                 where: str):
        self.path = path
        self.method = method
        self.item = item  # the path item, for its parameters and servers
        self.item_where = item_where
        self.node = node
        self.where = where  # key path of the operation, for messages
        operation_id = node.get("operationId")
        self.operation_id = operation_id if isinstance(operation_id, str) and operation_id else None


class Document:
    def __init__(self, data: dict[str, Any], lines: dict[str, int], file: str):
        self.data = data
        self.lines = lines
        self.file = file

    @classmethod
    def load(cls, text: str, file: str) -> Document:
        if Path(file).suffix.lower() == ".json" or text.lstrip().startswith("{"):
            data, lines = load_json(text, file), {}
        else:
            data, lines = yaml_reader.load(text, file)
        if not isinstance(data, dict):
            raise SourceError("not an OpenAPI document: expected a mapping with an 'openapi' key", file=file)
        version = data.get("openapi")
        if version is None:
            hint = "; Swagger 2.0 is not supported: convert it to OpenAPI 3 first" if "swagger" in data else ""
            raise SourceError(f"not an OpenAPI document: no 'openapi' key{hint}", file=file)
        if not (isinstance(version, str) and re.match(r"3\.[01]\.", version + ".")):
            raise SourceError(f"OpenAPI {version} is not supported; snippetgen reads 3.0 and 3.1", file=file,
                              path="openapi", line=lines.get("openapi"))
        return cls(data, lines, file)

    def error(self, message: str, path: str) -> SourceError:
        return SourceError(message, file=self.file, path=path, line=yaml_reader.nearest_line(self.lines, path))

    def resolve(self, node: Any, path: str, chain: tuple[str, ...] = ()) -> tuple[Any, str]:
        """node with every $ref followed; and the key path of what it ends at."""
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            ref_path = yaml_reader.path_join(path, "$ref")
            if not isinstance(ref, str):
                raise self.error("a $ref is text", ref_path)
            if ref in chain:
                raise self.error(f"$ref {ref!r} is circular: following it leads back to it", ref_path)
            chain = (*chain, ref)
            if not ref.startswith("#"):
                raise self.error(f"$ref {ref!r} points into another document; only '#/...' references are "
                                 "followed (bundle the document first)", ref_path)
            node, path = self.data, ""
            for raw in ref[1:].split("/")[1:] if ref != "#" else []:
                segment = unquote(raw).replace("~1", "/").replace("~0", "~")
                if isinstance(node, dict) and segment in node:
                    node, path = node[segment], yaml_reader.path_join(path, segment)
                elif isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
                    node, path = node[int(segment)], yaml_reader.path_join(path, int(segment))
                else:
                    where = path or "the document"
                    raise self.error(f"$ref {ref!r} does not resolve: {where} has no {segment!r}", ref_path)
        return node, path

    def mapping(self, node: Any, path: str) -> tuple[dict[str, Any], str]:
        node, path = self.resolve(node, path)
        if node is None:
            return {}, path
        if not isinstance(node, dict):
            raise self.error("expected a mapping", path)
        return node, path

    def operations(self) -> list[Operation]:
        paths, where = self.mapping(self.data.get("paths"), "paths")
        result = []
        for path, item in paths.items():
            item, item_where = self.mapping(item, yaml_reader.path_join(where, path))
            for method in METHODS:
                if method in item:
                    node, node_where = self.mapping(item[method], yaml_reader.path_join(item_where, method))
                    result.append(Operation(path, method, item, item_where, node, node_where))
        if not result:
            raise SourceError("the document has no operations under paths", file=self.file, path="paths",
                              line=self.lines.get("paths"))
        return result
