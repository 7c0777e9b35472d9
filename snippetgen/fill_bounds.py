"""How far a client's fill-in model holds: the longest value it fills (some clients write a
long value otherwise: R splits a string past 1000 bytes, libcurl's code adds a header for a
large body), and which variables it fills together (unfilled, bare or triggered, in every
combination), both checked against render by fill_check's Checker.
"""

from __future__ import annotations

from itertools import product

from .fill_check import AROUND, COMPOSE, LIMIT, LONGEST, Checker, pairs, tidy
from .fill_model import ASCII, Unfillable

SHORTEST = 32  # below this a client's model is not worth keeping (a masked value fits)


def longest(checker: Checker) -> bool:
    """Settle fill.longest_ascii and fill.longest: the heaviest values of that length (of ASCII
    characters, then of any), alone and together, must render as modelled (a character whose
    own text differs is struck).  False if not even SHORTEST does."""
    fill = checker.fill
    fill.longest_ascii = _longest(checker, ASCII, LONGEST)
    fill.longest = min(fill.longest_ascii, _longest(checker, None, fill.longest_ascii))
    return fill.longest >= SHORTEST


def _longest(checker: Checker, within: str | None, length: int) -> int:
    while length >= SHORTEST:
        found = _heavy_mismatch(checker, within, length)
        for _ in range(LIMIT):
            if not isinstance(found, tuple):
                break
            var, ch = found
            checker.fill.alphabet[var].discard(ch)
            found = _heavy_mismatch(checker, within, length)
        if found is None:
            return length
        length //= 2
    return 0


def _heavy_mismatch(checker: Checker, within: str | None, length: int):
    """None, (variable, character) when one character's text differs, or a reason."""
    for values in _heavy(checker.fill, within, length):
        if not all(checker.valid(name, value) for name, value in values.items()):
            continue
        found = checker.mismatch(values)
        if isinstance(found, tuple):
            var, index = found
            ch = values[var][index]
            return (var, ch) if ch != AROUND else COMPOSE
        if found is not None:
            return found
    return None


def _heavy(fill, within: str | None, length: int):
    """Values of length made of each variable's heaviest characters (longest text, most UTF-8
    bytes, the highest code point), one variable at a time, then all at once."""
    chosen = {}
    for name, alphabet in sorted(fill.alphabet.items()):
        holes = [hole for variant in fill.variants.values() for hole in variant.holes if hole.var == name]
        weighed = [(ch, _texts(holes, ch)) for ch in sorted(alphabet) if ch != " " and (within is None or ch in within)]
        if not weighed:
            continue
        picks = [max(weighed, key=lambda pair: max(map(len, pair[1])))[0],
                 max(weighed, key=lambda pair: max(len(text.encode("utf-8")) for text in pair[1]))[0],
                 max(ch for ch, _ in weighed)]
        chosen[name] = [tidy(ch * (length - 2)) for ch in dict.fromkeys(picks)]
    for name, values in chosen.items():
        for value in values:
            yield {name: value}
    for index in range(3):
        together = {name: values[min(index, len(values) - 1)] for name, values in chosen.items()}
        if len(together) > 1:
            yield together


def _texts(holes, ch: str) -> list[str]:
    """ch's text in each hole that can hold it (a bare one holds no trigger)."""
    found = []
    for hole in holes:
        try:
            found.append(hole.char(ch))
        except Unfillable:
            pass
    return found or [""]


def together(checker: Checker) -> dict[str, str]:
    """The variables unfilled, bare or triggered, in every combination (64 at most, else each
    alone and all at once): variable -> why it must go."""
    fill = checker.fill
    names = sorted(fill.alphabet)
    size = fill.longest - 2
    states = {}
    for name in names:
        ascii_pairs = pairs(ch for ch in fill.alphabet[name] if ch in ASCII)
        wide = "".join(sorted(ch for ch in fill.alphabet[name] if ch not in ASCII))[:8]
        states[name] = [None, tidy(ascii_pairs[:size - len(wide)] + wide)]
        if name in fill.triggers:
            states[name].append(tidy(pairs(ch for ch in fill.alphabet[name]
                                           if ch in ASCII and ch not in fill.triggers[name])[:size]))
    combos = list(product(*(states[name] for name in names)))
    if len(combos) > 64:
        combos = [tuple(value if other == name else None for other in names)
                  for name in names for value in states[name][1:]] + [tuple(s[1] for s in states.values())]
    for combo in combos:
        values = {name: value for name, value in zip(names, combo) if value is not None}
        if values and checker.mismatch(values) is not None:
            filled = sorted(values)
            return {name: "the values interact in its code" if len(filled) > 1
                    else "its code changes when another placeholder is left unfilled" for name in filled}
    return {}
