"""Which files a build may read and write: spec names, output names, and --out itself.

Every output path is checked here before anything is written, whatever a spec's file
name or a manifest says: a relative path of plain names, none of them `.` or `..`, none
holding a slash, a backslash or a control character, and none of snippetgen's own
files (`.snippetgen-*`).  Two outputs never share a path, and an output is never
another output's folder.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path, PurePath

from .errors import SpecError, UsageError

SPEC_SUFFIXES = (".yaml", ".yml")
RESERVED = ".snippetgen"  # the ledger, journal, lock and staging folder all start with it
_BAD_CHARS = re.compile(r"[\x00-\x1f\x7f/\\]")
NAME_RULE = "a spec's name must not be '.' or '..', start with '-' or '.snippetgen', " \
            "or hold '/', '\\' or control characters"


def check_out_dir(specs_dir: Path, out_dir: Path) -> None:
    """Refuse an --out that is /, the specs folder, inside it, or around it."""
    specs = specs_dir.resolve()
    out = out_dir.resolve()
    if out == Path(out.anchor):
        raise UsageError(f"--out {out_dir}: refusing to build into the root folder")
    if out == specs:
        raise UsageError(f"--out {out_dir} is the specs folder {specs_dir}: choose another folder")
    if specs in out.parents:
        raise UsageError(f"--out {out_dir} lies inside the specs folder {specs_dir}: choose a folder outside it")
    if out in specs.parents:
        raise UsageError(f"--out {out_dir} contains the specs folder {specs_dir}: choose a folder beside it")


def spec_files(specs_dir: Path) -> list[tuple[str, str]]:
    """(name, path) of every spec in specs_dir, sorted; refuses names that cannot name outputs.

    Paths are strings: a Path for each of 1,000 specs costs a build with nothing to do 5 %."""
    try:
        entries = sorted(os.scandir(specs_dir), key=lambda e: e.name)
    except OSError as exc:
        raise UsageError(f"{specs_dir}: cannot read the folder: {exc.strerror}") from None
    found: dict[str, str] = {}
    for entry in entries:
        name = PurePath(entry.name)  # its suffix, as build has always read it: '...yaml' is spec '..'
        stem, suffix = name.stem, name.suffix
        if suffix not in SPEC_SUFFIXES:
            continue
        path = os.path.join(specs_dir, entry.name)
        try:
            entry.name.encode("utf-8")
        except UnicodeEncodeError:
            raise SpecError("the file name is not valid UTF-8; rename it", file=os.fsdecode(path)) from None
        if not entry.is_file():  # a folder, a FIFO, a broken link: never opened
            raise SpecError("not a regular file (every .yaml or .yml file here is read as a spec)", file=str(path))
        if stem in ("", ".", "..") or stem.startswith(("-", RESERVED)) or _BAD_CHARS.search(stem):
            raise SpecError(f"cannot be built: {NAME_RULE}", file=str(path))
        if stem in found:
            raise SpecError(f"{found[stem]} and {path} are both spec {stem!r}: remove or rename one",
                            file=str(path))
        found[stem] = path
    return list(found.items())


def is_safe(rel: str) -> bool:
    """A relative path of plain names, inside the folder it is joined to, not snippetgen's own."""
    return bool(rel) and not rel.startswith(RESERVED) and all(map(_plain_name, rel.split("/")))


@lru_cache(maxsize=4096)  # a build asks about each spec name and client file name many times
def _plain_name(part: str) -> bool:
    return part not in ("", ".", "..") and not _BAD_CHARS.search(part)


def check_outputs(owners: dict[str, tuple[str, str]]) -> None:
    """owners: output path -> (spec, product).  Refuse a path that is unsafe or another output's folder."""
    folders: dict[str, str] = {}
    for rel in owners:
        head, slash, tail = rel.partition("/")
        if slash and "/" not in tail:  # spec/file, the shape of most outputs: the same test, fewer steps
            safe = _plain_name(head) and _plain_name(tail) and not head.startswith(RESERVED)
            folders.setdefault(head, rel)
        else:
            safe = is_safe(rel)
            parts = rel.split("/")
            for depth in range(1, len(parts)):
                folders.setdefault("/".join(parts[:depth]), rel)
        if not safe:
            spec, product = owners[rel]
            raise UsageError(f"{spec}: refusing to write {rel!r} for {product}: not a plain path inside --out")
    for rel, (spec, _) in owners.items():
        if rel in folders:
            other = owners[folders[rel]][0]
            raise SpecError(f"its output {rel} is also a folder of {other}'s outputs ({folders[rel]}): "
                            "rename one spec", file=str(spec))


def add_output(owners: dict[str, tuple[str, str]], rel: str, spec: str, product: str) -> None:
    """Record an output, refusing one that another spec or product already writes."""
    if rel in owners:
        other, other_product = owners[rel]
        who = f"its {other_product}" if other == spec else f"{other}'s {other_product}"
        raise SpecError(f"its {product} output {rel} would overwrite {who}: rename one spec",
                        file=str(spec))
    owners[rel] = (spec, product)
