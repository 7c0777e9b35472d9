"""C# literals: regular strings, and verbatim @"..." strings for readable multi-line text."""

from __future__ import annotations

from .common import _COMMON, Probe, _escape_with, _has_hidden

__all__ = ["csharp_str", "csharp_text"]


def csharp_str(value: str) -> str:
    table = dict(_COMMON, **{"\0": "\\0"})

    def hidden(code: int) -> str:
        return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"

    return '"' + _escape_with(value, table, hidden) + '"'


def csharp_text(value: str) -> str:
    """A verbatim @"..." string for readable multi-line text, else csharp_str."""
    if _has_hidden(value, "\n"):
        return csharp_str(value)
    return '@"' + value.replace('"', '""') + '"'


PROBE = Probe(
    file="esc.cs",
    program=(
        "using System;\nusing System.Text;\n\n"
        "public static class Esc {\n"
        "    public static void Main() {\n"
        "        string[] values = {\n{items}        };\n"
        "        foreach (string v in values) {\n"
        '            Console.WriteLine(BitConverter.ToString(Encoding.UTF8.GetBytes(v)).Replace("-", "").ToLowerInvariant());\n'
        "        }\n"
        "    }\n"
        "}\n"
    ),
    item="            {literal},\n",
    commands=(
        ("mcs", "-codepage:utf8", "-out:{dir}/esc.exe", "{file}"),
        ("mono", "{dir}/esc.exe"),
    ),
    literals={"csharp_str": csharp_str, "csharp_text": csharp_text},
    raw={"csharp_text": "\n"},
)
