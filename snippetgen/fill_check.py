"""Check a client's derived fill-in model against render on composite values, and strike what
does not compose: the model must give render's text for any value over what it keeps.

Composites: every kept non-ASCII character at once; every ordered pair of the alphabet in one
value, with the triggers and without; strings known to change how languages read a literal
(`${`, `%41`, `*/`, `'''` ...); and risky characters at a value's start and end.  They are
checked with every variable filled at once, and one by one in each context of the others
where that fails.  A character whose own text differs is struck from the alphabet; where the
fixed text differs, the composite is checked in pieces (a client may write a long value
otherwise: R splits a long string), then with each character struck that changes it in
company (HTTPie pipes a value with a backslash before ':').  fill_bounds settles the longest
value and the variables' interplay.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import product

from .errors import SnippetgenError
from .fill_model import ASCII, TabFill, Unfillable
from .fill_probe import REFUSED, Renders

LIMIT = 12  # characters struck in one check before the variable is given up
LONGEST = 256  # the longest value the page fills in (fill_bounds halves it for some clients)
HAZARDS = ("${a}", "$(a)", "#{a}", "{{a}}", "{%a%}", "%41", "%2e", "%zz", "\\u0041", "\\x41", "\\n", "\\\\",
           '"""', "'''", "*/", "/*", "]]", "]]>", "<!--", "-->", "??=", "<?", "?>", "@{a}", "`a`", "%s",
           "{0}", "\\'", '\\"', "..", "//", "&&", "$$", "@@", "::", "<<", "=>", "#!", "~/", "\\$", "$'", "\"'")
SUSPECTS = "\\%$`'\"{}#@:;=&?*!^"  # tried first when a character spoils the text beside others
EDGES = "\\$%'\"`{}-@#=:;/. "
AROUND = "a"  # frames composites: render holds a value's ends to rules of their own
IP = "192.0.2.1"
COMPOSE = "its code does not write a value as the sum of its characters"


def pairs(chars) -> str:
    """Every ordered pair of chars (a char with itself too) once: a de Bruijn sequence of order 2."""
    return _pairs("".join(sorted(chars)))


@cache
def _pairs(chars: str) -> str:
    if not chars:
        return ""
    unused = {ch: list(chars) for ch in chars}
    stack, path = [chars[0]], []
    while stack:  # Hierholzer's walk over the complete graph with loops
        here = stack[-1]
        if unused[here]:
            stack.append(unused[here].pop())
        else:
            path.append(stack.pop())
    return "".join(reversed(path))


def tidy(value: str) -> str:
    """value framed by AROUND, with no path segment of dots alone (render refuses those)."""
    return AROUND + re.sub(r"(^|/)(\.|%2[eE])", r"\1\2a\2", value) + AROUND


class Checker:
    """Compares render with the model on one client, and strikes what differs."""

    def __init__(self, renders: Renders, client, fill: TabFill, prober, valid):
        self.renders, self.client, self.fill, self.prober = renders, client, fill, prober
        self.valid = valid  # valid(name, value): whether the page's rules let it through

    def mismatch(self, values: dict[str, str]):
        """None when render gives the model's text; (variable, index) of the first character
        whose text differs; or a reason when render refuses or the fixed text differs."""
        values = {name: value for name, value in values.items() if name not in self.fill.cannot}
        actual = self.renders.text(self.client, values)
        if isinstance(actual, SnippetgenError):
            return REFUSED
        try:
            expected = self.fill.predict(values)
        except Unfillable:
            return COMPOSE
        if actual == expected:
            return None
        at = next((i for i, (a, b) in enumerate(zip(actual, expected)) if a != b), min(len(actual), len(expected)))
        before = None
        for start, end, var, index in self.fill.spans(values):
            if start <= at < end:
                return var, index
            if end == at:
                before = (var, index)  # the text right after this character differs
        return before or COMPOSE

    def contexts(self, name: str) -> list[dict[str, str]]:
        """The other variables at their marks, bare or triggered, in each combination."""
        switching = [other for other in self.prober.names if other != name and other in self.fill.triggers]
        return [self.prober.states(frozenset(other for other, on in zip(switching, chosen) if on), skip=name)
                for chosen in product((False, True), repeat=len(switching))]

    # Composites, unframed: name -> text.
    def wide(self, name: str) -> str:
        return "".join(sorted(ch for ch in self.fill.alphabet[name] if ch not in ASCII))

    def pairs(self, name: str) -> str:
        return pairs(ch for ch in self.fill.alphabet[name] if ch in ASCII)

    def bare(self, name: str) -> str:
        triggers = self.fill.triggers.get(name, set())
        return pairs(ch for ch in self.fill.alphabet[name] if ch in ASCII and ch not in triggers)

    def hazards(self, name: str) -> str:
        return "".join(h for h in HAZARDS if set(h) <= self.fill.alphabet[name])

    def settle(self, names: list[str], whole_hosts: set[str]) -> dict[str, str]:
        """Strike what fails a composite: variable -> why it must go."""
        reasons = {name: COMPOSE for name in names
                   if AROUND not in self.fill.alphabet[name] or AROUND in self.fill.triggers.get(name, ())}
        names = [name for name in names if name not in reasons]
        composites = (self.wide, self.pairs, self.bare, self.hazards)
        for compose in composites if any(name in self.fill.triggers for name in names) else composites[:2] + composites[3:]:
            if self.covers(names, compose, {}):
                continue
            for name in names:  # one by one, the others at their marks in each combination
                if name in reasons:
                    continue
                if compose == self.wide:
                    if not all(self.covers([name], compose, context) for context in self.contexts(name)):
                        self.fill.alphabet[name] -= set(self.wide(name))  # no non-ASCII for name
                    continue
                for context in self.contexts(name):
                    if not self.covers([name], compose, context):
                        self.isolate(name, context, lambda: self.covers([name], compose, context))
                    if not self.covers([name], compose, context):
                        reasons[name] = COMPOSE
                        break
        names = [name for name in names if name not in reasons]
        for edge in EDGES:  # a value's first and last character, where the rules let them stand
            self.edges(names, edge)
        for name in set(names) & whole_hosts:
            if self.mismatch({**self.contexts(name)[0], name: IP}) is not None:
                self.fill.ip_differs.add(name)
        return reasons

    def covers(self, names: list[str], compose, context: dict[str, str]) -> bool:
        """Whether every name's composite renders as modelled, all at once, whole or else in
        pieces as short as the longest value the page fills (striking characters that differ)."""
        size = None
        while True:
            found = self.in_pieces(names, compose, context, size)
            if found is not COMPOSE:
                return found is None
            size = LONGEST if size is None else size // 2
            plain = all(compose(name).isascii() for name in names)
            if size < (self.fill.longest_ascii if plain else self.fill.longest):
                return False

    def in_pieces(self, names: list[str], compose, context: dict[str, str], size: int | None):
        """None when every piece renders as modelled, else the reason (COMPOSE where the fixed
        text differs, or more than LIMIT characters were struck)."""
        for _ in range(LIMIT):
            wholes = {name: compose(name) for name in names}
            wholes = {name: whole for name, whole in wholes.items() if whole}
            step = size - 3 if size else max(map(len, wholes.values()), default=1)
            found = None
            for start in range(0, max(map(len, wholes.values()), default=0), max(step, 1)):
                values = {name: tidy(whole[start:start + step + 1]) for name, whole in wholes.items()
                          if whole[start:start + step + 1]}
                if not all(self.valid(name, value) for name, value in values.items()):
                    return COMPOSE
                found = self.mismatch({**context, **values})
                if found is not None:
                    break
            if found is None:
                return None
            if not isinstance(found, tuple):
                return found
            var, index = found
            ch = values[var][index]
            if ch == AROUND or ch == self.prober.trigger.get(var):
                return COMPOSE
            self.fill.alphabet[var].discard(ch)
        return COMPOSE

    def isolate(self, name: str, context: dict[str, str], passes) -> None:
        """Strike, escape characters first, each character that fails beside every other, until
        passes() holds."""
        alphabet = self.fill.alphabet[name]
        step = max(1, (self.fill.longest - 3) // 2)
        for ch in sorted(alphabet, key=lambda ch: (ch not in SUSPECTS, SUSPECTS.find(ch), ch)):
            if ch == AROUND or ch == self.prober.trigger.get(name) or ch not in alphabet or ch not in ASCII:
                continue
            others = sorted(other for other in alphabet if other != ch and other in ASCII)
            for start in range(0, len(others), step):
                value = tidy(ch + ch.join(others[start:start + step]) + ch)
                if self.valid(name, value) and self.mismatch({**context, name: value}) is not None:
                    alphabet.discard(ch)
                    if passes():
                        return
                    break

    def edges(self, names: list[str], edge: str) -> None:
        """Strike edge from the variables whose value cannot start and end with it."""
        value = edge + AROUND + edge
        chosen = [name for name in names if edge in self.fill.alphabet[name] and self.valid(name, value)
                  and edge != self.prober.trigger.get(name)]
        while chosen:
            found = self.mismatch({name: value for name in chosen})
            if found is None:
                return
            if isinstance(found, tuple):
                self.fill.alphabet[found[0]].discard(edge)
                chosen.remove(found[0])
                continue
            for name in chosen:  # the fixed text differs: each on its own
                if self.mismatch({**self.contexts(name)[0], name: value}) is not None:
                    self.fill.alphabet[name].discard(edge)
            return
