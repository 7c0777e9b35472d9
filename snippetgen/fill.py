"""The HTML page's fill-in data for one spec: for each client, its snippet as fixed text and
holes (fill_probe), checked against render (fill_check), and the rules a value must pass
(fill_fields).  `data` is what the page's script reads.

The promise: a tab shows a reader's value only where the model gives exactly what
`snippetgen render SPEC --lang L:C --var NAME=VALUE` prints, and otherwise keeps the
placeholder and says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import combinations
from pathlib import Path

from .errors import SnippetgenError
from .languages import template_roots
from .fill_bounds import longest, together
from .fill_check import Checker
from .fill_fields import DOTTED_QUAD, Places, places, refusal
from .fill_model import ASCII, TabFill, Variant, ranges, wide_chars
from .fill_probe import OPAQUE, REFUSED, SAMPLES, TRIGGER_FIRST, Prober, Renders, mark, spec_alphabet, tables
from .variables import MASK, SHORT, SHOWN, graphemes

NO_MASK = "its code cannot show the masked value"
UNREAD = "its code around the placeholder changes in a way this page cannot follow"
MODES = 3  # variables per client that may switch its quoting (2**MODES variants at most)


@dataclass
class PageFill:
    places: Places
    alphabets: dict[str, set[str]]  # per variable the page may fill: the characters render takes there
    tabs: dict[str, TabFill]  # by client id


@cache
def _wide_candidates() -> list[str]:
    """Printable characters that stay one user-perceived character beside any other (so masking
    counts them one by one, as the page does)."""
    return [ch for ch in wide_chars() if ch.isprintable() and graphemes("a" + ch + ch + "a") == ["a", ch, ch, "a"]]


def page_fill(spec, clients, *, short: bool = False, user_dirs: tuple[Path, ...] = (),
              sandbox: bool = False) -> PageFill:
    """The fill-in models of spec's clients.  The last few are kept: a page is often built again
    in one process (a build's formats, tests), and each costs a few thousand renders."""
    stamps = tuple((str(path), path.stat().st_mtime_ns) for root in template_roots(user_dirs)
                   for path in sorted(root.rglob("*")) if path.is_file())
    key = (repr(spec), tuple(client.id for client in clients), short, user_dirs, sandbox, stamps)
    if key not in _KEPT:
        _KEPT[key] = _page_fill(spec, clients, short=short, user_dirs=user_dirs, sandbox=sandbox)
        while len(_KEPT) > 4:
            _KEPT.pop(next(iter(_KEPT)))
    return _KEPT[key]


_KEPT: dict = {}


def _page_fill(spec, clients, *, short: bool, user_dirs: tuple[Path, ...], sandbox: bool) -> PageFill:
    found = places(spec)
    renders = Renders(spec, short=short, user_dirs=user_dirs, sandbox=sandbox)
    for name in sorted(found.rules):
        if isinstance(renders.request({name: mark("x", 0)}), SnippetgenError):
            found.unfillable[name] = "render takes only some values there"
            del found.rules[name]
    names = sorted(found.rules)
    marks = {name: mark("x", i) for i, name in enumerate(names)}
    chars = list(ASCII) + _wide_candidates()
    alphabets = {name: spec_alphabet(renders, name, marks, chars) for name in names}
    declared = set(spec.variables)

    def valid(name: str, value: str) -> bool:
        return refusal(found.rules[name], {name: value}, declared) is None

    tabs = {client.id: _tab(renders, client, names, alphabets, found, valid) for client in clients}
    return PageFill(found, alphabets, tabs)


def _static(renders: Renders, client, reasons: dict[str, str]) -> TabFill:
    blank = renders.text(client, {})
    return TabFill({frozenset(): Variant([blank if isinstance(blank, str) else ""], [])}, cannot=reasons)


def _tab(renders: Renders, client, names: list[str], alphabets, found: Places, valid) -> TabFill:
    everyone = Prober(renders, client, names)
    base = everyone.skeleton(frozenset())
    if base is None:
        return _static(renders, client, {name: REFUSED for name in names})
    shown = {hole.var for hole in base[0].holes}
    cannot = {name: OPAQUE for name in names if not everyone.carries(name)}
    active = [name for name in names if name in shown and name not in cannot]
    prober = Prober(renders, client, active)
    fill = _variants(prober, alphabets, cannot)
    if isinstance(fill, list):  # too many variables switch the text: the first MODES keep their place
        cannot.update((name, "it switches how its code is quoted, with too many others") for name in fill)
        prober = Prober(renders, client, [name for name in active if name not in fill])
        fill = _variants(prober, alphabets, cannot)
    if not isinstance(fill, TabFill):
        return _static(renders, client, {**cannot, **{name: UNREAD for name in active if name not in cannot}})
    checker = Checker(renders, client, fill, prober, valid)
    if fill.alphabet and not longest(checker):
        fill.cannot.update((name, "its code changes with a value's length") for name in fill.alphabet)
        fill.alphabet.clear()
    reasons = checker.settle(sorted(fill.alphabet), found.whole_host)
    for name in fill.alphabet:
        if name not in reasons and renders.spec.variables[name].secret and not set(MASK) <= fill.alphabet[name]:
            reasons[name] = NO_MASK
    for name, reason in reasons.items():
        fill.cannot[name] = reason
        del fill.alphabet[name]
    while interplay := together(checker):  # until the variables left fill in together
        for name, reason in interplay.items():
            fill.cannot[name] = reason
            del fill.alphabet[name]
    return fill


def _variants(prober: Prober, alphabets, cannot: dict[str, str]) -> TabFill | list[str] | None:
    """Probe every variable's tables in every variant: the model, or the variables past MODES that
    switch the text, or None if the fixed text cannot be read."""
    base = prober.skeleton(frozenset())
    if base is None:
        return None
    fill = TabFill({}, cannot=cannot)
    alphabet = {name: set(alphabets[name]) for name in prober.names}
    for name in prober.names:
        chars = sorted(ch for ch in alphabet[name] if ch in ASCII)
        kept = prober.probe(*base, frozenset(), name, chars)
        failed = sorted((ch for ch in chars if ch not in kept), key=lambda ch: (ch not in TRIGGER_FIRST, ch))
        triggers = _triggers(prober, base[0], name, failed)
        samples = [ch for ch in SAMPLES if ch in alphabet[name]]
        if samples and not prober.probe(*base, frozenset(), name, samples[:1]):
            # Non-ASCII needs quoting too: fine when every sample switches the text as the triggers do.
            first = [prober.trigger[name]] if name in prober.trigger else []
            if _triggers(prober, base[0], name, first + samples) >= set(samples):
                fill.wide_triggers.add(name)
        if prober.blank_switches(*base, name):
            fill.blank_triggers.add(name)
        if triggers or name in fill.wide_triggers or name in fill.blank_triggers:
            fill.triggers[name] = triggers
        alphabet[name] = {ch for ch in alphabet[name] if ch in kept or ch in triggers or ch not in ASCII}
    switching = sorted(fill.triggers)
    if len(switching) > MODES:
        return switching[MODES:]
    for size in range(len(switching) + 1):
        for key in map(frozenset, combinations(switching, size)):
            found = prober.skeleton(key)
            if found is None:
                return None
            variant, texts = found
            present = {hole.var for hole in variant.holes}
            for name in prober.names:
                if name not in present:
                    continue
                bare = name not in key
                plain = alphabet[name] - fill.triggers.get(name, set()) if bare else alphabet[name]
                chars = sorted(ch for ch in plain if ch in ASCII)
                kept = prober.probe(variant, texts, key, name, chars)
                wide = [] if bare and name in fill.wide_triggers else [ch for ch in SAMPLES if ch in alphabet[name]]
                samples = prober.probe(variant, texts, key, name, wide)
                tables(variant, name, kept, samples)
                alphabet[name] -= {ch for ch in chars if ch not in kept}
            unfilled = ({name for name in key & fill.blank_triggers if name in prober.trigger}
                        | (set(switching) - key - fill.blank_triggers) | (set(prober.names) - set(switching)))
            if not prober.blanks(variant, texts, key, unfilled & present):
                return None
            fill.variants[key] = variant
    for name in prober.names:
        holes = [hole for variant in fill.variants.values() for hole in variant.holes if hole.var == name]
        triggers = fill.triggers.get(name, set())
        keep = {ch for ch in alphabet[name] if ch in ASCII
                and all(ch in hole.ascii for hole in holes if not (ch in triggers and _bare(fill, name, hole)))}
        for ch in alphabet[name] - keep:
            if ch not in ASCII and all((hole.bmp if ord(ch) < 0x10000 else hole.astral) for hole in holes
                                       if not (name in fill.wide_triggers and _bare(fill, name, hole))):
                keep.add(ch)
        fill.alphabet[name] = keep
    return fill


def _bare(fill: TabFill, name: str, hole) -> bool:
    """Whether the hole is in a variant where name is not triggered (it never meets a trigger)."""
    return name in fill.triggers and any(any(h is hole for h in variant.holes) and name not in key
                                         for key, variant in fill.variants.items())


def _triggers(prober: Prober, base: Variant, name: str, failed: list[str]) -> set[str]:
    """The characters that switch name's text to one other form (the first such one's)."""
    first, found = None, set()
    for ch in failed:
        switched = prober.switches(name, ch)
        if switched is None or switched == (base.pieces, [hole.var for hole in base.holes]):
            continue
        if first is None:
            first = switched
            prober.trigger[name] = ch
        if switched == first:
            found.add(ch)
    return found


def data(page: PageFill, fills: list[TabFill], spec) -> dict:
    """The page script's input: the variables and their rules, and each tab's (fills, in the
    page's order) variants and tables."""
    pools: dict[str, tuple[dict[str, int], list]] = {"tables": ({}, []), "alphabets": ({}, [])}

    def pooled(kind: str, entry) -> int:
        """entry's index in a list of distinct entries (many tabs share a table or an alphabet)."""
        seen, pool = pools[kind]
        key = repr(entry)
        if key not in seen:
            seen[key] = len(pool)
            pool.append(entry)
        return seen[key]

    def table(hole) -> int:
        return pooled("tables", {"map": {ch: text for ch, text in sorted(hole.ascii.items()) if ch != text},
                                 "bmp": _encoder(hole.bmp), "astral": _encoder(hole.astral)})

    tabs = []
    for fill in fills:
        present = {hole.var for variant in fill.variants.values() for hole in variant.holes} | set(fill.cannot)
        tabs.append({
            "variants": [{"key": sorted(key), "holes": [[hole.var, table(hole)] for hole in variant.holes]}
                         for key, variant in fill.variants.items()],
            "triggers": {name: "".join(sorted(chars)) for name, chars in sorted(fill.triggers.items())},
            "wideTriggers": sorted(fill.wide_triggers), "blankTriggers": sorted(fill.blank_triggers),
            "alphabet": {name: pooled("alphabets", _alphabet(chars)) for name, chars in sorted(fill.alphabet.items())},
            "present": sorted(present), "cannot": dict(sorted(fill.cannot.items())),
            "ipDiffers": sorted(fill.ip_differs), "longest": fill.longest, "longestAscii": fill.longest_ascii,
        })
    variables = {}
    for name, variable in spec.variables.items():
        rules = [{"text": r.text, "forbid": r.forbid, "message": r.message, "pick": r.pick, "standIn": r.stand_in}
                 for r in page.places.rules.get(name, [])]
        variables[name] = {"secret": variable.secret, "render": page.places.unfillable.get(name), "rules": rules,
                           "alphabet": _alphabet(page.alphabets.get(name, set()))}
    return {"mask": {"text": MASK, "shown": SHOWN, "short": SHORT}, "dottedQuad": DOTTED_QUAD,
            "candidates": _alphabet(set(ASCII) | set(_wide_candidates())),
            "variables": variables, "tables": pools["tables"][1], "alphabets": pools["alphabets"][1], "tabs": tabs}


def _alphabet(chars) -> dict:
    return {"ascii": "".join(sorted(ch for ch in chars if ch in ASCII)),
            "wide": ranges(ord(ch) for ch in chars if ch not in ASCII)}


def _encoder(encoder) -> list | None:
    if encoder is None:
        return None
    return [encoder.unit, encoder.radix, encoder.width, encoder.upper, encoder.prefix, encoder.suffix]
