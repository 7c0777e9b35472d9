"""A spec file -> a validated Spec: the shape is checked here, values in request.py."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import yaml_reader
from .errors import SpecError
from .responses import ResponseExample, read_responses
from .textfile import read_text
from .variables import NAME, Variable

BODY_KINDS = ("form", "json", "text", "multipart", "file")
TOP_KEYS = ("title", "description", "variables", "request", "responses")
REQUEST_KEYS = ("method", "url", "query", "headers", "cookies", "auth", *BODY_KINDS)
VARIABLE_KEYS = ("description", "example", "secret")
AUTH_KINDS = ("basic", "bearer")
BASIC_KEYS = ("username", "password")
PART_KEYS = ("name", "value", "file", "filename", "content-type")


@dataclass(frozen=True)
class Pair:
    """One name/value entry of query, headers, cookies or form, with its key path for errors.

    Only a query pair's value may be None: a bare name (`?flag`)."""

    name: str
    value: str | None
    path: str


@dataclass(frozen=True)
class PartSpec:
    """One multipart part as written: a text part has `value`, a file part has `file`."""

    name: str
    path: str
    value: str | None = None
    file: str | None = None
    filename: str | None = None
    content_type: str | None = None


@dataclass(frozen=True)
class BodySpec:
    kind: str  # one of BODY_KINDS
    value: Any  # list[Pair] for form, a JSON value for json, str for text and file, list[PartSpec] for multipart
    path: str


@dataclass(frozen=True)
class AuthSpec:
    kind: str  # basic | bearer
    path: str
    username: str = ""
    password: str = ""
    token: str = ""


@dataclass
class Spec:
    file: str
    variables: dict[str, Variable]
    method: str
    url: str
    query: list[Pair]
    headers: list[Pair]
    body: BodySpec | None
    cookies: list[Pair] = field(default_factory=list)
    auth: AuthSpec | None = None
    title: str | None = None
    description: str | None = None
    responses: tuple[ResponseExample, ...] = ()
    lines: dict[str, int] = field(default_factory=dict, repr=False)
    # build_request results by the values given, kept by render_snippet: every client of a
    # spec renders the same Request (a Spec is not changed after it is loaded).
    requests: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def name(self) -> str:
        return Path(self.file).stem

    def error(self, message: str, path: str) -> SpecError:
        """A SpecError at path, with the line of the nearest enclosing key that has one."""
        return SpecError(message, file=self.file, path=path, line=yaml_reader.nearest_line(self.lines, path))


def load_spec(path: str | Path) -> Spec:
    path = Path(path)
    text = read_text(path)
    return parse_spec(text, str(path))


def parse_spec(text: str, file: str = "<spec>") -> Spec:
    data, lines = yaml_reader.load(text, file)
    return _Reader(file, lines).spec(data)


class _Reader:
    def __init__(self, file: str, lines: dict[str, int]):
        self.file = file
        self.lines = lines

    def fail(self, message: str, path: str) -> SpecError:
        return SpecError(message, file=self.file, path=path, line=self.lines.get(path))

    def mapping(self, value: Any, path: str, allowed: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(f"expected a mapping, got {_kind(value)}", path)
        for key in value:
            if key not in allowed:
                import difflib  # only for a did-you-mean: kept off the start-up path
                hint = difflib.get_close_matches(key, allowed, n=1)
                suggestion = f" (did you mean {hint[0]!r}?)" if hint else f" (expected one of: {', '.join(allowed)})"
                raise self.fail(f"unknown key {key!r}{suggestion}", yaml_reader.path_join(path, key))
        return value

    def text(self, value: Any, path: str) -> str:
        if not isinstance(value, str):
            raise self.fail(f"expected text, got {_kind(value)}", path)
        return value

    def spec(self, data: Any) -> Spec:
        if data is None:
            raise self.fail("the spec is empty; it needs at least request.url", "")
        top = self.mapping(data, "", TOP_KEYS)
        if "request" not in top:
            raise self.fail("missing key 'request'", "")
        request = self.mapping(top["request"], "request", REQUEST_KEYS)
        if "url" not in request:
            raise self.fail("missing key 'url'", "request")
        bodies = [kind for kind in BODY_KINDS if kind in request]
        if len(bodies) > 1:
            raise self.fail(f"a request has one body at most, but {' and '.join(bodies)} are given",
                            f"request.{bodies[1]}")
        body = None
        if bodies:
            kind = bodies[0]
            path = f"request.{kind}"
            value = request[kind]
            if kind == "form":
                value = self.pairs(value, path)
            elif kind == "json":
                self.json_value(value, path)
            elif kind == "multipart":
                value = self.parts(value, path)
            else:
                value = self.text(value, path)
            body = BodySpec(kind, value, path)
        return Spec(
            file=self.file,
            title=self.optional_text(top, "title"),
            description=self.optional_text(top, "description"),
            variables=self.variables(top.get("variables"), "variables"),
            method=self.text(request.get("method", "GET"), "request.method"),
            url=self.text(request["url"], "request.url"),
            query=self.pairs(request.get("query"), "request.query", bare=True),
            headers=self.pairs(request.get("headers"), "request.headers"),
            cookies=self.pairs(request.get("cookies"), "request.cookies"),
            auth=self.auth(request.get("auth"), "request.auth") if "auth" in request else None,
            body=body,
            responses=read_responses(self, top.get("responses"), "responses"),
            lines=self.lines,
        )

    def optional_text(self, mapping: dict[str, Any], key: str) -> str | None:
        return None if mapping.get(key) is None else self.text(mapping[key], key)

    def variables(self, value: Any, path: str) -> dict[str, Variable]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(f"expected a mapping of variable names, got {_kind(value)}", path)
        result = {}
        for name, decl in value.items():
            vpath = yaml_reader.path_join(path, name)
            if not NAME.match(name):
                raise self.fail("a variable name is letters, digits and _, not starting with a digit", vpath)
            decl = {} if decl is None else self.mapping(decl, vpath, VARIABLE_KEYS)
            secret = decl.get("secret", False)
            if not isinstance(secret, bool):
                raise self.fail(f"expected true or false, got {_kind(secret)}", f"{vpath}.secret")
            example = decl.get("example")
            if example is not None:
                example = self.scalar_text(example, f"{vpath}.example")
            description = decl.get("description")
            result[name] = Variable(
                name=name,
                description="" if description is None else self.text(description, f"{vpath}.description"),
                example=example,
                secret=secret,
            )
        return result

    def pairs(self, value: Any, path: str, *, bare: bool = False) -> list[Pair]:
        """A mapping, or a list of [name, value] pairs (which allows repeated names).

        With bare (the query), a null value is a name without `=`."""
        if value is None:
            return []
        item_text = self.bare_or_text if bare else self.scalar_text
        if isinstance(value, dict):
            return [Pair(name, item_text(item, yaml_reader.path_join(path, name)),
                         yaml_reader.path_join(path, name)) for name, item in value.items()]
        if isinstance(value, list):
            result = []
            for index, item in enumerate(value):
                ipath = yaml_reader.path_join(path, index)
                if not (isinstance(item, list) and len(item) == 2):
                    # "got a list" alone puzzles: a pair is a list too.
                    count = f"{len(item)} item" + ("" if len(item) == 1 else "s")
                    got = f"a list of {count}" if isinstance(item, list) else _kind(item)
                    raise self.fail(f"expected a [name, value] pair, got {got}", ipath)
                name = self.text(item[0], yaml_reader.path_join(ipath, 0))
                result.append(Pair(name, item_text(item[1], yaml_reader.path_join(ipath, 1)), ipath))
            return result
        raise self.fail(f"expected a mapping or a list of [name, value] pairs, got {_kind(value)}", path)

    def bare_or_text(self, value: Any, path: str) -> str | None:
        return None if value is None else self.scalar_text(value, path)

    def auth(self, value: Any, path: str) -> AuthSpec:
        auth = self.mapping(value, path, AUTH_KINDS)
        if len(auth) != 1:
            raise self.fail("give one of basic: {username, password} or bearer: TOKEN", path)
        kind = next(iter(auth))
        kpath = f"{path}.{kind}"
        if kind == "bearer":
            return AuthSpec("bearer", kpath, token=self.scalar_text(auth[kind], kpath))
        basic = self.mapping(auth[kind], kpath, BASIC_KEYS)
        for key in BASIC_KEYS:
            if key not in basic:
                raise self.fail(f"missing key {key!r}", kpath)
        return AuthSpec("basic", kpath, username=self.scalar_text(basic["username"], f"{kpath}.username"),
                        password=self.scalar_text(basic["password"], f"{kpath}.password"))

    def parts(self, value: Any, path: str) -> list[PartSpec]:
        """Multipart parts in order: {name, value} or {name, file, filename?, content-type?}."""
        if not isinstance(value, list) or not value:
            raise self.fail(f"expected a list of parts, got {_kind(value) if value != [] else 'an empty list'}", path)
        parts = []
        for index, item in enumerate(value):
            ipath = yaml_reader.path_join(path, index)
            part = self.mapping(item, ipath, PART_KEYS)
            if "name" not in part:
                raise self.fail("missing key 'name'", ipath)
            if ("value" in part) == ("file" in part):
                raise self.fail("a part has either value (text) or file (a path read when the program runs)", ipath)
            if "value" in part:
                for key in ("filename", "content-type"):
                    if key in part:
                        raise self.fail(f"{key} belongs to a file part; a text part is sent as plain text",
                                        f"{ipath}.{key}")
            optional = {key: self.scalar_text(part[key], f"{ipath}.{key}")
                        for key in ("value", "file", "filename", "content-type") if key in part}
            parts.append(PartSpec(name=self.scalar_text(part["name"], f"{ipath}.name"), path=ipath,
                                  value=optional.get("value"), file=optional.get("file"),
                                  filename=optional.get("filename"), content_type=optional.get("content-type")))
        return parts

    def scalar_text(self, value: Any, path: str) -> str:
        """Text, or an integer taken as its digits.  Other scalars are ambiguous: ask for quotes."""
        if isinstance(value, str):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if value is None:  # `X-Foo:` with nothing after it: there is nothing written to quote
            raise self.fail('expected text, got null; write "" for an empty value', path)
        if isinstance(value, (bool, float)):
            raise self.fail(f"expected text, got {_kind(value)}; quote it to send it as written", path)
        raise self.fail(f"expected text, got {_kind(value)}", path)

    def json_value(self, value: Any, path: str) -> None:
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail("JSON has no NaN or infinity", path)
        if isinstance(value, dict):
            for key, item in value.items():
                self.json_value(item, yaml_reader.path_join(path, key))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                self.json_value(item, yaml_reader.path_join(path, index))
        elif not (value is None or isinstance(value, (str, int, float, bool))):
            raise self.fail(f"{_kind(value)} is not a JSON value", path)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, int):
        return f"the number {value}"
    if isinstance(value, float):
        return f"the number {value!r}"
    return type(value).__name__
