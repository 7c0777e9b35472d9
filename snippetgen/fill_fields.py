"""Where a spec's variables land, for the HTML page that fills in a reader's values.

A variable the page may fill appears only where render checks the filled text character by
character, or by one of the whole-field rules below (a host, a path, a header value); the
rules are regular expressions that Python and JavaScript read alike, so the page refuses
exactly the values render refuses.  A variable in a name, a method, a file path or a content
type is filled by render alone: a value there can change the request's shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import httprules as rules
from . import urls
from .spec import Spec
from .variables import PLACEHOLDER


@dataclass(frozen=True)
class Rule:
    """The filled `text` (the part `pick` takes, when given) must not match `forbid`."""

    text: str  # the spec's text, placeholders unfilled
    forbid: str
    message: str
    pick: str = ""  # a regex whose group 1 is the part checked (the host of an authority)
    stand_in: bool = False  # unfilled placeholders read as a name, as render checks a host


def _portable(pattern: re.Pattern) -> str:
    """httprules' pattern without its `\\Z`, for a JavaScript RegExp too."""
    return pattern.pattern.removesuffix(r"\Z")


_AUTHORITY_HOST = r"^(\[[^\]]*\]|[^:]*)"
_HOST_RULES = (
    (r"\.$", rules.host_problem("example.")),
    (rf"^(?!\[)(?!(?:{_portable(rules._DOTTED_QUAD)})$)(?:.*\.)?(?:{_portable(rules._IPV4_ISH)})$",
     rules.host_problem("127.1")),
)
_PATH_RULE = (r"(?:^|/)(?:\.|%2[eE]){1,2}(?:/|$)",
              "the path would hold a '.' or '..' segment, which some clients resolve and others send")
_HEADER_RULE = (r"^[ \t]|[ \t]$", rules.header_value_problem(" x"))
DOTTED_QUAD = f"^(?:{_portable(rules._DOTTED_QUAD)})$"  # a host the page checks per client (an IP)


@dataclass
class Places:
    rules: dict[str, list[Rule]]  # per variable the page may fill
    unfillable: dict[str, str]  # variable -> why only render fills it
    whole_host: set[str]  # variables that are the whole host: an IP address may be typed


def _names(text: str | None, declared) -> list[str]:
    return [m.group(1) for m in PLACEHOLDER.finditer(text or "") if m.group(1) in declared]


def places(spec: Spec) -> Places:
    declared = set(spec.variables)
    found = Places({name: [] for name in declared}, {}, set())

    def value(text: str | None, *rule_list: Rule) -> None:
        for name in _names(text, declared):
            found.rules.setdefault(name, []).extend(rule_list)

    def shaped(text: str | None, what: str) -> None:
        for name in _names(text, declared):
            found.unfillable.setdefault(name, f"it is part of {what}, which render checks as a whole")

    try:
        parts = urls.split(spec.url)
    except urls.UrlError:
        shaped(spec.url, "the URL")
        parts = None
    if parts is not None:
        split = urls.split_authority(parts.authority)
        shaped(split["port"] if split else parts.authority, "the port")
        host = split["host"] if split else ""
        value(host, *(Rule(parts.authority, forbid, message, _AUTHORITY_HOST, True)
                      for forbid, message in _HOST_RULES))
        if re.fullmatch(PLACEHOLDER, host) and host[1:-1] in declared:
            found.whole_host.add(host[1:-1])
        for name in _names(host, declared):
            if spec.variables[name].secret:
                found.unfillable[name] = "a secret in the host is masked there as only render can show"
        value(parts.path, Rule(parts.path, *_PATH_RULE))
        for name, text in parts.query:
            shaped(name, "a query parameter's name")
            value(text)
    for pair in spec.query:
        shaped(pair.name, "a query parameter's name")
        value(pair.value)
    for pair in spec.headers:
        shaped(pair.name, "a header's name")
        value(pair.value, Rule(pair.value, *_HEADER_RULE))
    for pair in spec.cookies:
        shaped(pair.name, "a cookie's name")
        value(pair.value, Rule(pair.value, *_HEADER_RULE))
    shaped(spec.method, "the method")
    if spec.auth is not None:
        value(spec.auth.token, Rule(spec.auth.token, *_HEADER_RULE))
        value(spec.auth.username)
        value(spec.auth.password)
    _body(spec, value, shaped)
    for name in found.unfillable:
        found.rules.pop(name, None)
    return found


def _body(spec: Spec, value, shaped) -> None:
    body = spec.body
    if body is None:
        return
    if body.kind == "form":
        for pair in body.value:
            shaped(pair.name, "a form field's name")
            value(pair.value)
    elif body.kind == "json":
        _json(body.value, value, shaped)
    elif body.kind == "text":
        value(body.value)
    elif body.kind == "file":
        shaped(body.value, "a file path")
    else:
        for part in body.value:
            shaped(part.name, "a part's name")
            shaped(part.file, "a file path")
            shaped(part.filename, "a part's filename")
            shaped(part.content_type, "a part's content type")
            value(part.value)


def _json(item, value, shaped) -> None:
    if isinstance(item, str):
        value(item)
    elif isinstance(item, list):
        for element in item:
            _json(element, value, shaped)
    elif isinstance(item, dict):
        for key, element in item.items():
            shaped(key, "a JSON key")
            _json(element, value, shaped)


def refusal(rule_list: list[Rule], values: dict[str, str], declared) -> str | None:
    """The message of the first rule the values break, as the page evaluates it."""
    for rule in rule_list:
        def fill(m: re.Match) -> str:
            name = m.group(1)
            if name in values:
                return values[name]
            return "placeholder" if rule.stand_in and name in declared else m.group(0)

        text = PLACEHOLDER.sub(fill, rule.text)
        if rule.pick:
            text = re.match(rule.pick, text).group(1)
        if re.search(rule.forbid, text):
            return rule.message
    return None
