"""Ruby literals: single-quoted strings where possible, double-quoted with #{ defused otherwise."""

from __future__ import annotations

from .common import _COMMON, Probe, _escape_with, _has_hidden

__all__ = ["ruby_str"]


def ruby_str(value: str) -> str:
    """Single quotes when possible; double quotes (with #{ defused) otherwise."""
    if not _has_hidden(value):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    table = dict(_COMMON, **{"#": "\\#", "\x1b": "\\e"})
    return '"' + _escape_with(value, table, lambda code: f"\\u{{{code:x}}}") + '"'


PROBE = Probe(
    file="esc.rb",
    program=(
        "# frozen_string_literal: true\n"
        "values = [\n{items}]\n"
        "values.each do |v|\n"
        '  raise "invalid string: #{v.inspect}" unless v.valid_encoding?\n'
        '  puts v.unpack1("H*")\n'
        "end\n"
    ),
    item="  {literal},\n",
    commands=(("ruby", "{file}"),),
    literals={"ruby_str": ruby_str},
)
