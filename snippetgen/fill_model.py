"""The HTML page's fill-in model of one client's snippet: fixed text with holes where variables
land, and how each character of a value shows in a hole.  fill_probe derives it by rendering;
the page's script (fill.js) applies it, and `TabFill.predict` is the same computation in Python.

Some clients write a word bare until a character needs quoting (a shell's `client_id=abc`
becomes `'client_id=a b'`): such a variable has triggers, and the snippet has a variant per
set of triggered variables (an unfilled one may count as triggered: its `{name}` needs quoting).
"""

from __future__ import annotations

from dataclasses import dataclass, field

ASCII = "".join(chr(code) for code in range(0x20, 0x7F))  # printable ASCII: a table entry each
# Other characters the page may fill in: letters of Latin, Greek and Cyrillic, the euro sign and
# emoji; fill keeps those that are one user-perceived character each (masking counts them).
WIDE = ((0xA0, 0x17F), (0x391, 0x3C9), (0x400, 0x45F), (0x20AC, 0x20AC), (0x1F300, 0x1F64F),
        (0x1F680, 0x1F6FF))


@dataclass(frozen=True)
class Encoder:
    """How a hole writes a character outside ASCII: as itself (unit "raw"), or each of its code
    point, UTF-16 units or UTF-8 bytes as prefix + number + suffix."""

    unit: str = "raw"  # raw | cp | u16 | u8
    radix: int = 16
    width: int = 0
    upper: bool = False
    prefix: str = ""
    suffix: str = ""

    def units(self, ch: str) -> list[int]:
        code = ord(ch)
        if self.unit == "cp":
            return [code]
        if self.unit == "u8":
            return list(ch.encode("utf-8"))
        if code < 0x10000:
            return [code]
        code -= 0x10000
        return [0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)]

    def __call__(self, ch: str) -> str:
        if self.unit == "raw":
            return ch
        digits = {16: "x", 8: "o", 10: "d"}[self.radix]
        out = []
        for unit in self.units(ch):
            number = format(unit, digits).zfill(self.width)
            out.append(self.prefix + (number.upper() if self.upper else number) + self.suffix)
        return "".join(out)


RAW = Encoder()


class Unfillable(ValueError):
    """A character the hole has no text for."""


class _Table(dict):
    """A str.translate table that asks the hole for each character once."""

    def __init__(self, hole):
        super().__init__()
        self.hole = hole

    def __missing__(self, code: int) -> str:
        text = self[code] = self.hole.char(chr(code))
        return text


@dataclass
class Hole:
    var: str
    blank: str = ""  # what the hole shows while the variable has no value
    ascii: dict[str, str] = field(default_factory=dict)  # each allowed ASCII character's text
    bmp: Encoder | None = None  # characters up to U+FFFF outside ASCII
    astral: Encoder | None = None  # characters above U+FFFF

    def char(self, ch: str) -> str:
        if ch in self.ascii:
            return self.ascii[ch]
        encoder = self.bmp if ord(ch) < 0x10000 else self.astral
        if encoder is None or ch < "\x80":
            raise Unfillable(ch)
        return encoder(ch)

    def text(self, value: str) -> str:
        table = self.__dict__.get("_table")
        if table is None or table.ascii is not self.ascii:
            table = self.__dict__["_table"] = _Table(self)
            table.ascii = self.ascii
        return value.translate(table)


@dataclass
class Variant:
    """The snippet as pieces[0] holes[0] pieces[1] ... holes[n-1] pieces[n]."""

    pieces: list[str]
    holes: list[Hole]


@dataclass
class TabFill:
    variants: dict[frozenset, Variant]  # by the set of triggered variables
    triggers: dict[str, set[str]] = field(default_factory=dict)  # variable -> ASCII characters that switch it
    wide_triggers: set[str] = field(default_factory=set)  # variables that any non-ASCII character switches
    blank_triggers: set[str] = field(default_factory=set)  # variables whose placeholder switches them
    alphabet: dict[str, set[str]] = field(default_factory=dict)  # per variable the tab fills
    cannot: dict[str, str] = field(default_factory=dict)  # variable -> why the tab keeps its placeholder
    ip_differs: set[str] = field(default_factory=set)  # variables whose IP-address values the tab cannot show
    longest: int = 256  # the longest value (in characters) the tab fills in
    longest_ascii: int = 256  # the same for a value of ASCII characters only

    def key(self, values: dict[str, str]) -> frozenset:
        """The variant for values: the variables triggered by their value, or unfilled and
        triggered by their placeholder."""
        def triggered(name: str) -> bool:
            value = values.get(name) if name not in self.cannot else None
            if value is None:
                return name in self.blank_triggers
            return bool(self.triggers[name] & set(value)) or (name in self.wide_triggers and not value.isascii())

        return frozenset(filter(triggered, self.triggers))

    def predict(self, values: dict[str, str]) -> str:
        """The snippet with values filled in where this tab fills them: what the page shows."""
        variant = self.variants[self.key(values)]
        out = [variant.pieces[0]]
        for hole, piece in zip(variant.holes, variant.pieces[1:]):
            value = values.get(hole.var)
            out.append(hole.blank if value is None or hole.var in self.cannot else hole.text(value))
            out.append(piece)
        return "".join(out)

    def spans(self, values: dict[str, str]):
        """(start, end, variable, index) of the text of every filled character."""
        at = 0
        for text, where in self._parts(values):
            if where is not None:
                yield at, at + len(text), *where
            at += len(text)

    def _parts(self, values: dict[str, str]):
        variant = self.variants[self.key(values)]
        yield variant.pieces[0], None
        for hole, piece in zip(variant.holes, variant.pieces[1:]):
            value = values.get(hole.var)
            if value is None or hole.var in self.cannot:
                yield hole.blank, None
            else:
                for index, ch in enumerate(value):
                    yield hole.char(ch), (hole.var, index)
            yield piece, None


def ranges(codes) -> list[list[int]]:
    """Sorted code points as [first, last] runs."""
    runs: list[list[int]] = []
    for code in sorted(codes):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return runs


def wide_chars() -> list[str]:
    return [chr(code) for first, last in WIDE for code in range(first, last + 1)]
