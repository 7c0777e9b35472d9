"""Derive a client's fill-in model (fill_model) by rendering the spec with marked values.

Each variable gets a mark (letters only, which no literal rule escapes): where the marks land
are its holes, the text between them is fixed.  A value made of separators and the
characters under test (`sep c1 sep c2 ...`) shows how each character renders in each hole.
A character that makes the fixed text change is a trigger when every such character changes
it the same way (a shell word gets quoted), and is left out otherwise, as is one that makes
render fail.  fill_check then renders composite values and strikes what does not compose.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from pathlib import Path

from .errors import SnippetgenError, SpecError
from .fill_model import RAW, Encoder, Hole, Variant
from .render import render_request
from .request import build_request

# Characters whose renderings pick a non-ASCII encoder: Latin, Greek, Cyrillic, the euro, emoji.
SAMPLES = "\u00e9\u0100\u03a9\u0416\u20ac\U0001F600\U0001F680"
OPAQUE = "its code holds the value elsewhere than as its characters (a length, an encoding)"
REFUSED = "this client cannot send the request with some such values"
TRIGGER_FIRST = "{ '"  # tried first as the trigger: what an unfilled placeholder holds, then quoting


def mark(kind: str, number: int) -> str:
    """A unique letters-only word; kind tells marks (x, w) from separators (y)."""
    letters = "".join(chr(97 + number // 26 ** i % 26) for i in (2, 1, 0))
    return f"zq{kind}{letters}{kind}qz"


class Renders:
    """One spec rendered for its clients: each set of values is built into a Request once."""

    def __init__(self, spec, *, short: bool = False, user_dirs: tuple[Path, ...] = (), sandbox: bool = False):
        self.spec = spec
        self.options = {"short": short, "user_dirs": user_dirs, "sandbox": sandbox}
        self._requests: OrderedDict = OrderedDict()

    def request(self, values: dict[str, str]):
        """The Request for values, or the SpecError render would print."""
        key = tuple(sorted(values.items()))
        if key in self._requests:
            self._requests.move_to_end(key)
            return self._requests[key]
        try:
            built = build_request(self.spec, values)
        except SpecError as exc:
            built = exc
        self._requests[key] = built
        if len(self._requests) > 256:
            self._requests.popitem(last=False)
        return built

    def text(self, client, values: dict[str, str]) -> str | SnippetgenError:
        request = self.request(values)
        if isinstance(request, SnippetgenError):
            return request
        try:
            return render_request(request, client, **self.options)
        except SnippetgenError as exc:
            return exc


def bisect(chars: list[str], accepted) -> set[str]:
    """The characters c for which accepted([c]) holds, asked in halves while a batch fails."""
    if not chars:
        return set()
    if accepted(chars):
        return set(chars)
    if len(chars) == 1:
        return set()
    middle = len(chars) // 2
    return bisect(chars[:middle], accepted) | bisect(chars[middle:], accepted)


def batch(chars: list[str], number: int) -> tuple[str, list[str]]:
    """chars between separators (number keeps two variables' separators apart)."""
    seps = [mark("y", number * 2048 + i) for i in range(len(chars) + 1)]
    return "".join(sep + ch for sep, ch in zip(seps, chars)) + seps[-1], seps


def spec_alphabet(renders: Renders, name: str, marks: dict[str, str], chars: list[str]) -> set[str]:
    """The characters render accepts inside the variable's value (between letters)."""
    return bisect(chars, lambda part: not isinstance(
        renders.request({**marks, name: batch(part, 0)[0]}), SnippetgenError))


class Prober:
    """One client's variants.  In a variant (the set `key` of triggered variables) a variable is at
    its mark, or triggered: its mark, its trigger and a second mark, or left unfilled when it
    has no trigger character (its placeholder alone switches the text)."""

    def __init__(self, renders: Renders, client, names: list[str]):
        self.renders, self.client, self.names = renders, client, names
        self.trigger: dict[str, str] = {}  # variable -> the character that switches it in probes
        blank = renders.text(client, {})
        self.blank = blank if isinstance(blank, str) else None

    def marked(self, name: str, triggered: bool) -> str | None:
        number = self.names.index(name)
        if not triggered:
            return mark("x", number)
        if name in self.trigger:
            return mark("x", number) + self.trigger[name] + mark("w", number)
        return None

    def states(self, key: frozenset, skip: str = "") -> dict[str, str]:
        values = {name: self.marked(name, name in key) for name in self.names if name != skip}
        return {name: value for name, value in values.items() if value is not None}

    def split(self, text: str, key: frozenset) -> tuple[list[str], list[str], list[str]]:
        """text cut at the marked values of key's variant: (pieces, hole variables, hole texts)."""
        patterns = [re.escape(mark("x", i)) + (".*?" + re.escape(mark("w", i)) if name in key else "")
                    for i, name in enumerate(self.names)]
        pieces, holes, texts, at = [], [], [], 0
        for found in re.finditer("|".join(f"({p})" for p in patterns), text, re.DOTALL) if patterns else ():
            pieces.append(text[at:found.start()])
            holes.append(self.names[found.lastindex - 1])
            texts.append(found.group(0))
            at = found.end()
        pieces.append(text[at:])
        return pieces, holes, texts

    def skeleton(self, key: frozenset) -> tuple[Variant, list[str]] | None:
        text = self.renders.text(self.client, self.states(key))
        if isinstance(text, SnippetgenError) or self.blank is None or "zq" in self.blank:
            return None
        pieces, holes, texts = self.split(text, key)
        return Variant(pieces, [Hole(var) for var in holes]), texts

    def blanks(self, variant: Variant, texts: list[str], key: frozenset, unfilled: set[str]) -> bool:
        """Read each unfilled variable's hole text (the others at their marks); False if the fixed
        text differs."""
        values = {name: value for name, value in self.states(key).items() if name not in unfilled}
        text = self.renders.text(self.client, values)
        if isinstance(text, SnippetgenError):
            return False
        parts = [re.escape(variant.pieces[0])]
        for hole, marked, piece in zip(variant.holes, texts, variant.pieces[1:]):
            parts += ["(.*?)" if hole.var in unfilled else f"({re.escape(marked)})", re.escape(piece)]
        found = re.fullmatch("".join(parts), text, re.DOTALL)
        if found is None:
            return False
        for hole, value in zip(variant.holes, found.groups()):
            if hole.var in unfilled:
                hole.blank = value
        return True

    def probe(self, variant: Variant, texts: list[str], key: frozenset, name: str,
              chars: list[str]) -> dict[str, list[str]]:
        """char -> its text in each of name's holes, for each char that leaves the fixed text as it is."""
        lead = [self.trigger[name]] if name in key else []
        found: dict[str, list[str]] = {}

        def accepted(part: list[str]) -> bool:
            value, seps = batch(lead + part, self.names.index(name))
            text = self.renders.text(self.client, {**self.states(key, skip=name), name: value})
            groups = None if isinstance(text, SnippetgenError) else _cut(text, variant, texts, name, seps)
            if groups is None:
                return False
            width = len(lead) + len(part)
            for index, ch in enumerate(lead + part):
                found[ch] = groups[index::width]
            return True

        bisect(chars, accepted)
        return found

    def switches(self, name: str, ch: str) -> tuple[list[str], list[str]] | None:
        """The fixed text and hole variables once ch alone is name's value (between two marks)."""
        number = self.names.index(name)
        value = mark("x", number) + ch + mark("w", number)
        text = self.renders.text(self.client, {**self.states(frozenset(), skip=name), name: value})
        if isinstance(text, SnippetgenError):
            return None
        pieces, holes, _ = self.split(text, frozenset({name}))
        return pieces, holes

    def carries(self, name: str) -> bool:
        """Whether the value shows only in its holes: another mark, twice as long, changes nothing
        else (no length or encoding of the value elsewhere)."""
        number = self.names.index(name)
        base = self.renders.text(self.client, self.states(frozenset()))
        other = mark("v", number) * 2
        moved = self.renders.text(self.client, {**self.states(frozenset(), skip=name), name: other})
        return isinstance(moved, str) and isinstance(base, str) and moved == base.replace(mark("x", number), other)

    def blank_switches(self, base: Variant, texts: list[str], name: str) -> bool:
        """Whether leaving name unfilled changes the fixed text (its placeholder needs quoting)."""
        probe = Variant(base.pieces, [Hole(hole.var) for hole in base.holes])
        return not self.blanks(probe, texts, frozenset(), {name})


def _cut(text: str, variant: Variant, texts: list[str], name: str, seps: list[str]) -> list[str] | None:
    """The text between name's separators, hole after hole, when the rest is variant's text as marked."""
    at, groups = 0, []
    for fixed, hole, marked in zip(variant.pieces, variant.holes + [None], texts + [""]):
        if not text.startswith(fixed, at):
            return None
        at += len(fixed)
        if hole is None:
            break
        if hole.var != name:
            if not text.startswith(marked, at):
                return None
            at += len(marked)
            continue
        if not text.startswith(seps[0], at):
            return None
        at += len(seps[0])
        for sep in seps[1:]:
            end = text.find(sep, at)
            if end < 0:
                return None
            groups.append(text[at:end])
            at = end + len(sep)
    return groups if at == len(text) else None


def tables(variant: Variant, name: str, found: dict[str, list[str]], samples: dict[str, list[str]]) -> None:
    """Fill in name's holes in variant from probe results (ASCII, then the non-ASCII samples)."""
    holes = [hole for hole in variant.holes if hole.var == name]
    for index, hole in enumerate(holes):
        hole.ascii = {ch: texts[index] for ch, texts in found.items()}
        seen = [(ch, texts[index]) for ch, texts in samples.items()]
        hole.bmp = infer([pair for pair in seen if ord(pair[0]) < 0x10000])
        hole.astral = infer([pair for pair in seen if ord(pair[0]) >= 0x10000])


def infer(samples: list[tuple[str, str]]) -> Encoder | None:
    """The one encoder that writes every sample as rendered, or None."""
    if not samples:
        return None
    if all(ch == text for ch, text in samples):
        return RAW
    ch, text = samples[0]
    for unit in ("cp", "u16", "u8"):
        units = len(Encoder(unit).units(ch))
        for radix, upper in ((16, False), (16, True), (8, False), (10, False)):
            for width in (0, 2, 3, 4, 8):
                digits = Encoder(unit, radix, width, upper)(ch)
                extra = len(text) - len(digits)
                if extra < 0 or extra % units or len(digits) % units:
                    continue
                each, first = extra // units, len(digits) // units
                for cut in range(each + 1):
                    candidate = Encoder(unit, radix, width, upper, text[:cut], text[cut + first:each + first])
                    if all(candidate(c) == t for c, t in samples):
                        return candidate
    return None
