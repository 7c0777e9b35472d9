"""OCaml string literals: double-quoted strings, and quoted strings {id|...|id} for readable
multi-line text.

OCaml strings are bytes, and the bytes of a UTF-8 source file between the quotes are taken as
they are, so printable non-ASCII characters stay raw (their UTF-8 bytes).  Hidden ASCII
characters are written \\xHH (always two hex digits: the decimal \\ddd escape would read a digit
that follows as its own), other hidden characters \\u{XXXX}, which OCaml 4.06+ turns into their
UTF-8 bytes.  No other escape is written: OCaml rejects unknown ones such as \\$ or \\{.
"""

from __future__ import annotations

from .common import _COMMON, Probe, _escape_with, _has_hidden

__all__ = ["ocaml_str", "ocaml_text"]


def _hidden(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{{{code:x}}}"


def ocaml_str(value: str) -> str:
    """One double-quoted OCaml literal whose bytes are value's UTF-8 bytes."""
    return '"' + _escape_with(value, _COMMON, _hidden) + '"'


def ocaml_text(value: str) -> str:
    """A quoted string {id|...|id} when the text allows it (readable multi-line JSON), else ocaml_str.

    A quoted string has no escapes at all, and keeps every byte up to its closing |id}, a line
    break right after the opening one included (so the text starts on the opening line).  Its
    id is the shortest run of x whose closing delimiter does not occur in the text.  A text
    holding a hidden character other than LF and tab takes ocaml_str (a CR would be invisible
    and an editor could change it)."""
    if _has_hidden(value, "\n\t"):
        return ocaml_str(value)
    quote_id = ""
    while "|" + quote_id + "}" in value:
        quote_id += "x"
    return "{" + quote_id + "|" + value + "|" + quote_id + "}"


PROBE = Probe(
    file="esc.ml",
    program=(
        "let values = [\n{items}]\n\n"
        "let () =\n"
        "  List.iter\n"
        "    (fun v ->\n"
        "      String.iter (fun c -> Printf.printf \"%02x\" (Char.code c)) v;\n"
        "      print_newline ())\n"
        "    values\n"
    ),
    item="  {literal};\n",
    # Warnings as errors (dune's development set, as the live runs compile); then run the bytecode.
    commands=(
        ("ocamlfind", "ocamlc", "-w", "+a-4-40-41-42-44-45-48-70", "-warn-error", "+a", "-o", "{dir}/esc", "{file}"),
        ("ocamlrun", "{dir}/esc"),
    ),
    literals={"ocaml_str": ocaml_str, "ocaml_text": ocaml_text},
    raw={"ocaml_text": "\n\t"},
)
