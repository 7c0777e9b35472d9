"""A curl command line, as pasted from documentation -> a spec.

The command is split as bash would split it (shellwords), then read as curl 7.88 reads
its options (curl_options, curl_form).  Shell variables ($TOKEN, ${TOKEN}) and {name}
placeholders become spec variables, and files curl reads become path placeholders.  An
option that makes curl send something a spec cannot say is refused, or left out with a
warning when the import is lenient; never silently.
"""

from __future__ import annotations

import re

from ..variables import PLACEHOLDER
from .common import Imported, Origin, Policy, Warn, too_deep
from .curl_options import LONG_FLAGS, LONG_WITH_ARGUMENT, NOTED, QUIET, REFUSED, SHORT_TO_LONG, SHORT_WITH_ARGUMENT
from .curl_reader import Reader
from .to_spec import to_spec, url_path
from .output import slug
from .shellwords import Command, split_command

__all__ = ["import_curl", "split_command"]

# {name} written in the command; not ${name} or #{name}, which are other languages' interpolation.
_LITERAL_PLACEHOLDER = re.compile(r"(?<![$#])" + PLACEHOLDER.pattern)
_SECRET_NAME = re.compile(r"key|token|secret|pass|pwd|auth|credential|bearer|session", re.IGNORECASE)


def import_curl(command: str | list[str], warn: Warn, file: str = "<command>", *,
                placeholders: bool = True, lenient: bool = False) -> Imported:
    """The spec for a curl command: one string to split as bash would, or words already split."""
    try:
        return _import(command, warn, file, placeholders, lenient)
    except RecursionError:
        raise too_deep(file) from None


def _import(command: str | list[str], warn: Warn, file: str, placeholders: bool, lenient: bool) -> Imported:
    origin = Origin(file)
    policy = Policy(warn, lenient)
    lexed = split_command(command, file) if isinstance(command, str) else Command(list(command))
    for piece in lexed.ignored:
        policy.note(origin, f"ignored {piece}: only the curl command itself is imported")
    words = lexed.words
    if words and _is_curl(words[0]):
        words = words[1:]
    elif words and not (words[0].startswith("-") or "://" in words[0] or "." in words[0]):
        raise origin.error(f"not a curl command: it starts with {words[0][:40]!r}")
    if not words:
        raise origin.error("the curl command has no URL")
    reader = Reader(origin, policy, lexed)
    _read_options(reader, words)
    draft = reader.draft()
    variables: dict[str, dict] = {}
    for name, default in lexed.shell_variables.items():
        variables[name] = {"description": f"the shell variable ${name} of the command", "example": default,
                           "secret": bool(_SECRET_NAME.search(name))}
    if placeholders:
        for word in words:
            for name in _LITERAL_PLACEHOLDER.findall(word):
                variables.setdefault(name, {"secret": bool(_SECRET_NAME.search(name))})
    variables.update({k: v for k, v in draft.variables.items() if k not in variables})
    secret_values = [value for name, value in [*draft.headers, *draft.cookies]
                     if name.lower() in ("authorization", "cookie", "proxy-authorization") or _SECRET_NAME.search(name)]
    if draft.auth is not None:
        secret_values.append(draft.auth[-1])  # the password or the token
    for value in secret_values:  # a placeholder in a credential holds a secret
        for used in PLACEHOLDER.findall(value):
            if used in variables:
                variables[used]["secret"] = True
    draft.variables = variables
    path = url_path(draft.url)
    draft.title = f"{draft.method} {path}"
    segments = [part for part in path.split("/") if part][-2:]
    return to_spec(draft, origin, policy, slug(f"{draft.method.lower()}-{'-'.join(segments)}"))


def _is_curl(word: str) -> bool:
    return re.fullmatch(r"(?:.*[/\\])?curl(?:\.exe)?", word, re.IGNORECASE) is not None


def _read_options(reader: Reader, words: list[str]) -> None:
    """Each word as curl reads it: long and short options (clustered, with attached arguments), URLs."""
    index = 0
    while index < len(words):
        word = words[index]
        index += 1
        if word.startswith("--") and len(word) > 2:
            name = word[2:]
            if name in LONG_WITH_ARGUMENT:
                index = _with_argument(reader, name, word, words, index)
            elif name in LONG_FLAGS or (name.startswith("no-") and name[3:] in LONG_FLAGS):
                _option(reader, name, None, word)
            else:
                reader.policy.lose(reader.origin, word, "it is not a curl option snippetgen knows, so what it "
                                   "does to the request is not known")
        elif word.startswith("-") and len(word) > 1:
            position = 1
            while position < len(word):
                letter = word[position]
                position += 1
                long = SHORT_TO_LONG.get(letter)
                if long is None:
                    reader.policy.lose(reader.origin, f"-{letter}", "it is not a curl option snippetgen knows, "
                                       "so what it does to the request is not known")
                elif letter in SHORT_WITH_ARGUMENT:
                    if position < len(word):
                        _option(reader, long, word[position:], f"-{letter}")
                    else:
                        index = _with_argument(reader, long, f"-{letter}", words, index)
                    break
                else:
                    _option(reader, long, None, f"-{letter}")
        else:
            reader.urls.append(word)


def _with_argument(reader: Reader, name: str, spelled: str, words: list[str], index: int) -> int:
    if index >= len(words):
        raise reader.origin.error(f"{spelled} needs an argument, and the command ends")
    _option(reader, name, words[index], spelled)
    return index + 1


def _option(reader: Reader, name: str, value: str | None, spelled: str) -> None:
    if reader.option(name, value, spelled):
        return
    shown = f"{spelled} {_short(value)}" if value is not None else spelled
    if name in REFUSED:
        reader.refused(name, shown, REFUSED[name])
    elif name in NOTED:
        reader.policy.note(reader.origin, f"left out {spelled}: {NOTED[name]}")
    elif name in QUIET or name.startswith("no-"):
        reader.ignored.append(spelled)
    else:
        reader.policy.lose(reader.origin, shown, "it changes the request in a way a spec cannot describe")


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 3] + "..."

