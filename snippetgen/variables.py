"""Placeholders: `{name}` references to declared variables, substitution and masking."""

from __future__ import annotations

import base64
import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial

# A variable's name, and a placeholder: the one home of both rules (loader, importers and schema).
NAME_PATTERN = r"[A-Za-z_][A-Za-z0-9_]*"
PLACEHOLDER = re.compile(r"\{(" + NAME_PATTERN + r")\}")
NAME = re.compile(NAME_PATTERN + r"\Z")
MASK = "*****MASKED*****"


@dataclass(frozen=True)
class Variable:
    name: str
    description: str = ""
    example: str | None = None
    secret: bool = False


SHOWN, SHORT = 3, 12  # a secret of SHORT or more characters shows its first SHOWN, a shorter one none


def masked(value: str) -> str:
    """What a secret's value shows as: at most its first 3 user-perceived characters, then the mask.

    Characters are grapheme clusters ("e" with a combining accent is one), never cut; a value
    of fewer than 12 shows none, and what shows is never more than a quarter of its code points
    (one "character" may be a long cluster)."""
    clusters = graphemes(value)
    shown = ""
    if len(clusters) >= SHORT:
        for cluster in clusters[:SHOWN]:
            if len(shown) + len(cluster) > len(value) // 4:
                break
            shown += cluster
    return shown + MASK


def _hangul(ch: str) -> str:
    """Hangul syllable type (L, V, T, LV, LVT) of ch, or ""."""
    cp = ord(ch)
    if 0x1100 <= cp <= 0x115F or 0xA960 <= cp <= 0xA97C:
        return "L"
    if 0x1160 <= cp <= 0x11A7 or 0xD7B0 <= cp <= 0xD7C6:
        return "V"
    if 0x11A8 <= cp <= 0x11FF or 0xD7CB <= cp <= 0xD7FB:
        return "T"
    if 0xAC00 <= cp <= 0xD7A3:
        return "LV" if (cp - 0xAC00) % 28 == 0 else "LVT"
    return ""


def _extends(cluster: str, ch: str) -> bool:
    """Whether ch continues the grapheme cluster (a close reading of UAX #29's rules)."""
    last, cp = cluster[-1], ord(ch)
    if last == "\r":
        return ch == "\n"
    if unicodedata.category(last) == "Cc" or unicodedata.category(ch) == "Cc":
        return False
    if unicodedata.category(ch) in ("Mn", "Me", "Mc") or ch in "\u200c\u200d" \
            or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F:  # Extend, SpacingMark, ZWJ, modifiers, tags
        return True
    if last == "\u200d" and (unicodedata.category(ch) == "So" or 0x1F000 <= cp <= 0x1FAFF):
        return True  # an emoji ZWJ sequence
    if 0x1F1E6 <= cp <= 0x1F1FF:  # regional indicators pair up into flags
        run = len(cluster) - len(cluster.rstrip("".join(map(chr, range(0x1F1E6, 0x1F200)))))
        return run == len(cluster) and run % 2 == 1
    before, now = _hangul(last), _hangul(ch)
    return (before == "L" and now in ("L", "V", "LV", "LVT")) or (before in ("LV", "V") and now in ("V", "T")) \
        or (before in ("LVT", "T") and now == "T")


def graphemes(text: str) -> list[str]:
    """text split into user-perceived characters (extended grapheme clusters, closely approximated)."""
    clusters: list[str] = []
    for ch in text:
        if clusters and _extends(clusters[-1], ch):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return clusters


def substitute(text: str, values: dict[str, str]) -> str:
    """Replace `{name}` for every name that has a value; leave all else verbatim.

    One pass over the original text, so a value that itself contains `{other}` is
    inserted literally and never expanded again.
    """
    if not values or "{" not in text:
        return text
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def placeholder_spans(text: str, declared: frozenset[str] | set[str]) -> list[tuple[int, int]]:
    """(start, end) of every placeholder in text whose name is declared."""
    return [m.span() for m in PLACEHOLDER.finditer(text) if m.group(1) in declared]


def display_values(variables: dict[str, Variable], values: dict[str, str], reveal: bool) -> dict[str, str]:
    """The values to show: secrets masked unless reveal is set."""
    if reveal:
        return dict(values)
    return {
        name: masked(value) if variables[name].secret else value
        for name, value in values.items()
    }


_LONG = 256  # longer secrets are matched in their plain and common escaped forms only
_BOUNDARY = 200  # the longest prefix masked where a report cut the text off


def _hex(text: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in text)


def _char_forms(ch: str) -> str:
    """A regex for ch as it may appear in a report or a snippet: raw, escaped (by repr, JSON,
    string literals, shells), percent-encoded, or its UTF-8 bytes read as Latin-1."""
    cp, utf8 = ord(ch), ch.encode("utf-8", "surrogatepass")
    forms = [r"\\+" if ch == "\\" else r"\\*" + re.escape(ch)]
    if cp > 0x7F:
        forms.append(re.escape(utf8.decode("latin-1")))
    forms.append("".join("%" + _hex(f"{b:02X}") for b in utf8) + ("|\\+" if ch == " " else ""))
    forms.append("".join(r"\\+x" + _hex(f"{b:02x}") for b in utf8))  # bytes repr, C and Go escapes
    forms.append("".join(r"\\+" + f"{b:03o}" for b in utf8))  # octal ($'\303\251', printf)
    if cp < 0x100:
        forms.append(r"\\+x" + _hex(f"{cp:02x}"))
    if cp < 0x10000:
        forms.append(r"\\+u" + _hex(f"{cp:04x}"))
    else:
        high, low = 0xD800 + ((cp - 0x10000) >> 10), 0xDC00 + ((cp - 0x10000) & 0x3FF)
        forms.append(r"\\+u" + _hex(f"{high:04x}") + r"\\+u" + _hex(f"{low:04x}"))
    forms.append(r"\\+U" + _hex(f"{cp:08x}"))
    forms.append(r"\\+u\{0*" + _hex(f"{cp:x}") + r"\}")  # Ruby, PHP, JavaScript
    letter = {"\n": "n", "\r": "r", "\t": "t", "\f": "f", "\v": "v", "\a": "a", "\b": "b", "\0": "0", "\x1b": "e"}
    if ch in letter:
        forms.append(r"\\+" + letter[ch])
    if ch == "'":
        forms += [r"'\\''", "'\"'\"'"]  # inside single-quoted shell words
    return "(?:" + "|".join(forms) + ")"


def _literal_forms(secret: str) -> list[str]:
    """The common escaped forms of secret, for a value too long for a per-character pattern."""
    from json import dumps
    from urllib.parse import quote, quote_plus

    utf8 = secret.encode("utf-8", "surrogatepass")
    return list(dict.fromkeys([secret, repr(secret)[1:-1], repr(utf8)[2:-1],
                               dumps(secret)[1:-1], dumps(secret, ensure_ascii=False)[1:-1],
                               quote(utf8, safe=""), quote_plus(utf8, safe=""), utf8.decode("latin-1")]))


class Redactor:
    """Masks secret values in text meant for a report, in every form they may take there.

    Each secret shows as masked(secret) wherever it appears raw, escaped (repr, JSON, string
    literals), percent-encoded or as mis-decoded UTF-8; a prefix of it longer than masked()
    shows is masked too where it ends a quoted text (a report that cut the text short). The
    base64 of Basic credentials holding a secret is masked whole. Apply it before any clipping.
    """

    def __init__(self, secrets: Iterable[str], credentials: Iterable[tuple[str, str]] = ()):
        secrets = sorted({s for s in secrets if s}, key=len, reverse=True)
        self._rules: list[Callable[[str], str]] = []
        whole = set()
        for username, password in credentials:
            pair = f"{username}:{password}"
            if any(secret in pair for secret in secrets):
                for encoding in ("utf-8", "latin-1"):
                    try:
                        whole.add(base64.b64encode(pair.encode(encoding)).decode("ascii"))
                    except UnicodeEncodeError:
                        pass
        if whole:
            self._rules.append(partial(_mask_literal, forms=sorted(whole, key=len, reverse=True), mask=MASK))
        for secret in secrets:
            mask = masked(secret)
            shown = len(mask) - len(MASK)
            if len(secret) > _LONG:
                self._rules.append(partial(_mask_literal, forms=_literal_forms(secret), mask=mask,
                                           cut_after=max(shown + 1, 4)))
                continue
            forms = [_char_forms(ch) for ch in secret]
            self._rules.append(partial(re.compile("".join(forms)).sub, lambda _, m=mask: m))
            head = forms[:_BOUNDARY]
            if len(head) > shown + 1:  # prefixes longer than what masked() shows, ending at a quote
                nested = "".join(head[: shown + 1]) + "".join("(?:" + f for f in head[shown + 1:]) \
                    + ")?" * len(head[shown + 1:])
                # A cut may fall inside a character's UTF-8 bytes: those go too.
                cut = re.compile(nested + r"(?:\\+x[0-9a-fA-F]{2}){0,3}(?=\\*['\"])")
                self._rules.append(partial(cut.sub, lambda _, m=mask: m))

    def __bool__(self) -> bool:
        return bool(self._rules)

    def __call__(self, text: str) -> str:
        for rule in self._rules:
            text = rule(text)
        return text


def _mask_literal(text: str, *, forms: list[str], mask: str, cut_after: int | None = None) -> str:
    """text with each of forms masked; with cut_after, also a prefix of one of at least that many
    characters that ends at a quote (a report cut the text there)."""
    for form in forms:
        start, head = 0, form[: cut_after or len(form)]
        while (at := text.find(head, start)) != -1:
            end = at + len(form) if text.startswith(form, at) else \
                at + len(os.path.commonprefix([text[at:at + len(form)], form]))
            if end - at == len(form) or (cut_after and text[end:end + 1] in ("'", '"')):
                text = text[:at] + mask + text[end:]
                start = at + len(mask)
            else:
                start = at + 1
    return text
