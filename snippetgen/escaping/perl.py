"""Perl literals, for a program under `use utf8` (printable non-ASCII stays as it is).

A literal is a character string: the program encodes it to UTF-8 (Encode::encode) where
its bytes go on the wire, a file name or a Basic credential.
"""

from __future__ import annotations

from .common import Probe, _escape_with, _has_hidden

__all__ = ["perl_str"]

# In double quotes: '$' and '@' would interpolate a variable, and '\' starts an escape.
_DOUBLE = {"\\": "\\\\", '"': '\\"', "$": "\\$", "@": "\\@", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def perl_str(value: str) -> str:
    """Single quotes when nothing hidden is in value ('\\' and "'" escaped, nothing
    interpolates); double quotes with '$' and '@' escaped and \\x{...} otherwise."""
    if not _has_hidden(value):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return '"' + _escape_with(value, _DOUBLE, lambda code: f"\\x{{{code:x}}}") + '"'


PROBE = Probe(
    file="esc.pl",
    program=(
        "use strict;\nuse warnings;\nuse utf8;\n"
        "my @values = (\n{items});\n"
        "for my $v (@values) {\n"
        "    my $bytes = $v;\n"
        "    utf8::encode($bytes);\n"
        '    print unpack("H*", $bytes), "\\n";\n'
        "}\n"
    ),
    item="    {literal},\n",
    commands=(("perl", "{file}"),),
    literals={"perl_str": perl_str},
)
