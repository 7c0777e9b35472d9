"""A pasted shell command -> its words, split as bash splits them, and what it feeds curl on stdin.

Quotes, $'...', backslash line continuations, shell variables (which become
placeholders), here-documents (<<EOF, <<'EOF', <<-EOF), here-strings (<<< word) and
`< file`.  What the shell would have to run to know ($(...), `...`, $1) is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import SourceError
from .shellescape import ansi_c

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SENTINEL = "\0{}\0"  # stands for the text of a <(printf '%s' ...); no shell word can hold NUL


@dataclass
class Command:
    """A command line split into words, as bash would, with what the shell would have filled in."""

    words: list[str]
    shell_variables: dict[str, str | None] = field(default_factory=dict)  # name -> default value
    contents: dict[str, str] = field(default_factory=dict)  # sentinel -> text of a <(printf '%s' ...)
    ignored: list[str] = field(default_factory=list)  # shell syntax around the command, left out
    stdin: tuple[str, str] | None = None  # ("text", what a here-document or here-string holds) | ("file", path)
    stdin_label: str = ""  # how the command gives its standard input, for messages


def split_command(text: str, file: str = "<command>") -> Command:
    """The words of the first command in text, split as bash splits them."""
    return _Lexer(text.replace("\r\n", "\n"), file).command()


class _Lexer:
    def __init__(self, text: str, file: str):
        stripped = text.lstrip()
        if stripped.startswith("$ "):  # a prompt copied along with the command
            text = stripped[2:]
        self.text = text
        self.file = file
        self.pos = 0
        self.result = Command([])
        self.heredocs: list[str] = []  # bodies, by the index their token holds
        self.pending: list[tuple[int, str, bool, bool]] = []  # index, delimiter, strip tabs, quoted
        self.resume: dict[int, int] = {}  # a newline's position -> where the text goes on after its bodies

    def error(self, message: str, at: int | None = None) -> SourceError:
        at = self.pos if at is None else at
        line = self.text.count("\n", 0, at) + 1
        column = at - (self.text.rfind("\n", 0, at) + 1) + 1
        return SourceError(f"{message} (column {column})", file=self.file, line=line)

    def command(self) -> Command:
        tokens = self.tokens(depth=0)
        index = 0
        while index < len(tokens) and tokens[index][0] == "newline":
            index += 1
        result = self.result
        while index < len(tokens):
            kind, value, at = tokens[index]
            following = tokens[index + 1] if index + 1 < len(tokens) and tokens[index + 1][0] == "word" else None
            if kind == "word":
                result.words.append(value)
            elif kind == "heredoc":
                result.stdin, result.stdin_label = ("text", self.heredocs[int(value)]), "the here-document"
            elif kind == "herestring":
                result.stdin, result.stdin_label = ("text", value), "the here-string"
            elif kind == "redirect" and value.strip() == "<" and following:
                result.stdin, result.stdin_label = ("file", following[1]), f"< {following[1]}"
                index += 1
            elif kind == "redirect":
                target = following[1] if following else ""
                result.ignored.append(f"the redirection {value}{target}".rstrip())
                index += 1 if target else 0
            else:  # an operator or a newline: the command ends here
                rest = " ".join(self.text[self.resume.get(at, at):].split())
                if rest:
                    rest = rest if len(rest) <= 60 else rest[:57] + "..."
                    result.ignored.append(f"what follows the command ({rest})")
                break
            index += 1
        return result

    def tokens(self, depth: int) -> list[tuple[str, str, int]]:
        """(kind, text, position) up to the end, or to `)` inside <( ).

        Kinds: word, op, redirect, newline, heredoc (text: the body's index), herestring (text: the body).
        """
        text = self.text
        result: list[tuple[str, str, int]] = []
        while True:
            while self.pos < len(text) and (text[self.pos] in " \t" or text.startswith("\\\n", self.pos)):
                self.pos += 2 if text[self.pos] == "\\" else 1
            if self.pos >= len(text):
                if depth:
                    raise self.error("unclosed <( ... ): the command ends inside it")
                if self.pending:  # bash reads an empty here-document (and warns)
                    self.read_heredocs()
                return result
            start, char = self.pos, text[self.pos]
            if char == "\n":
                result.append(("newline", "\n", start))
                self.pos += 1
                if self.pending:
                    self.read_heredocs()
                    self.resume[start] = self.pos
            elif char == "#":
                end = text.find("\n", self.pos)
                self.pos = len(text) if end < 0 else end
            elif char == ")" and depth:
                self.pos += 1
                return result
            elif char in "|;&()":
                match = re.match(r"\|\||&&|;;|\|&|&>>?|[|;&()]", text[self.pos:])
                self.pos += len(match.group(0))
                result.append(("op", match.group(0), start))
            elif char in "<>" and not text.startswith("<(", self.pos):
                result.append(self.redirect(start, depth))
            else:
                word = self.word(depth)
                if word is None:  # digits that turned out to be a redirection's descriptor
                    result.append(self.redirect(start, depth))
                else:
                    result.append(("word", word, start))

    def redirect(self, start: int, depth: int) -> tuple[str, str, int]:
        match = re.match(r"<<<|<<-?|<>|>>|>&|<&|>\||[<>]", self.text[self.pos:])
        operator = match.group(0)
        self.pos += len(operator)
        if operator not in ("<<", "<<-", "<<<"):
            return ("redirect", operator + " ", start)
        while self.pos < len(self.text) and self.text[self.pos] in " \t":
            self.pos += 1
        word_start = self.pos
        word = self.word(depth) if self.pos < len(self.text) and self.text[self.pos] not in "\n|;&<>()" else None
        if not word:
            raise self.error(f"{operator} needs a word after it", start)
        if operator == "<<<":
            return ("herestring", word + "\n", start)  # bash ends a here-string with a newline
        quoted = any(ch in "'\"\\" for ch in self.text[word_start:self.pos])
        self.heredocs.append("")
        self.pending.append((len(self.heredocs) - 1, word, operator == "<<-", quoted))
        return ("heredoc", str(len(self.heredocs) - 1), start)

    def read_heredocs(self) -> None:
        """The bodies of the here-documents opened on the line that just ended, as bash reads them."""
        text = self.text
        for index, delimiter, strip_tabs, quoted in self.pending:
            lines = []
            while self.pos < len(text):
                end = text.find("\n", self.pos)
                end = len(text) if end < 0 else end
                line = text[self.pos:end]
                line_start = self.pos
                self.pos = min(end + 1, len(text))
                if strip_tabs:
                    stripped = line.lstrip("\t")
                    line_start += len(line) - len(stripped)
                    line = stripped
                if line == delimiter:
                    break
                lines.append((line_start, line))
            # No line with the delimiter: bash, too, takes the text up to the end (and warns).
            if quoted:
                self.heredocs[index] = "".join(line + "\n" for _, line in lines)
            else:
                self.heredocs[index] = "".join(self.expand(at, line) for at, line in lines)
        self.pending = []

    def expand(self, at: int, line: str) -> str:
        """A line of an unquoted here-document: $VAR and ${VAR} expand, \\ escapes only $ ` \\ and newline."""
        saved, self.pos = self.pos, at
        end = at + len(line)
        parts = []
        while self.pos < end:
            char = self.text[self.pos]
            if char == "\\" and self.pos + 1 < end and self.text[self.pos + 1] in "$`\\":
                parts.append(self.text[self.pos + 1])
                self.pos += 2
            elif char == "\\" and self.pos + 1 == end:
                self.pos = saved
                return "".join(parts)  # a line continuation: this line and the next are one
            elif char == "$":
                parts.append(self.dollar(quoted=True))
            elif char == "`":
                raise self.error("command substitution `...` cannot be imported; write its output instead")
            else:
                parts.append(char)
                self.pos += 1
        self.pos = saved
        return "".join(parts) + "\n"

    def word(self, depth: int) -> str | None:
        text = self.text
        parts: list[str] = []
        start = self.pos
        while self.pos < len(text):
            char = text[self.pos]
            if char in " \t\n|;&" or (char == ")" and depth):
                break
            if char in "<>":
                if text.startswith("<(", self.pos):
                    parts.append(self.process_substitution())
                    continue
                if parts and "".join(parts).isdigit() and text[start:self.pos].isdigit():
                    return None  # `2>file`: the digits name the descriptor
                break
            if char == "\\":
                if self.pos + 1 >= len(text):
                    raise self.error("the command ends with a lone backslash")
                if text[self.pos + 1] != "\n":
                    parts.append(text[self.pos + 1])
                self.pos += 2
            elif char == "'":
                end = text.find("'", self.pos + 1)
                if end < 0:
                    raise self.error("unbalanced ' quote: it is never closed")
                parts.append(text[self.pos + 1:end])
                self.pos = end + 1
            elif char == '"':
                parts.append(self.double_quoted())
            elif char == "$":
                parts.append(self.dollar(quoted=False))
            elif char == "`":
                raise self.error("command substitution `...` cannot be imported; write its output instead")
            else:
                parts.append(char)
                self.pos += 1
        return "".join(parts)

    def double_quoted(self) -> str:
        text = self.text
        opened = self.pos
        self.pos += 1
        parts = []
        while True:
            if self.pos >= len(text):
                raise self.error('unbalanced " quote: it is never closed', opened)
            char = text[self.pos]
            if char == '"':
                self.pos += 1
                return "".join(parts)
            if char == "\\" and self.pos + 1 < len(text) and text[self.pos + 1] in '$`"\\\n':
                if text[self.pos + 1] != "\n":
                    parts.append(text[self.pos + 1])
                self.pos += 2
            elif char == "$":
                parts.append(self.dollar(quoted=True))
            elif char == "`":
                raise self.error("command substitution `...` cannot be imported; write its output instead")
            else:
                parts.append(char)
                self.pos += 1

    def dollar(self, quoted: bool) -> str:
        """What a $ at self.pos stands for: a placeholder for a shell variable, or the text itself."""
        text = self.text
        following = text[self.pos + 1:self.pos + 2]
        if following == "'" and not quoted:
            opened = self.pos
            try:
                value, self.pos = ansi_c(text, self.pos)
            except ValueError as exc:
                raise self.error(str(exc), opened) from None
            return value
        if following == '"' and not quoted:
            self.pos += 1
            return self.double_quoted()
        if following == "(":
            raise self.error("command substitution $(...) cannot be imported; write its output instead")
        if following == "{":
            end = text.find("}", self.pos)
            if end < 0:
                raise self.error("unclosed ${")
            inner = text[self.pos + 2:end]
            match = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*)(?::?-(.*))?", inner, re.DOTALL)
            if not match:
                raise self.error(f"the shell expansion ${{{inner[:30]}}} cannot be imported; write the value instead")
            self.pos = end + 1
            return self.variable(match[1], match[2])
        match = _NAME.match(text, self.pos + 1)
        if match:
            self.pos = match.end()
            return self.variable(match.group(0), None)
        if following and following in "0123456789?@*#!-$":
            raise self.error(f"the shell fills ${following} when it runs the command; write the value instead")
        self.pos += 1
        return "$"

    def variable(self, name: str, default: str | None) -> str:
        known = self.result.shell_variables.get(name)
        self.result.shell_variables[name] = known if known is not None else default
        return "{" + name + "}"

    def process_substitution(self) -> str:
        """<(printf '%s' TEXT), as snippetgen writes an argument too long for exec: stands for TEXT."""
        opened = self.pos
        self.pos += 2
        inner = self.tokens(depth=1)
        words = [value for kind, value, _ in inner if kind == "word"]
        if len(words) != len(inner) or len(words) != 3 or words[0] != "printf" or words[1] != "%s":
            raise self.error("process substitution <(...) cannot be imported, except <(printf '%s' TEXT)", opened)
        sentinel = _SENTINEL.format(len(self.result.contents))
        self.result.contents[sentinel] = words[2]
        return sentinel
