"""specs/ -> an output tree: one file per spec and client, one Markdown page per spec.

Everything is rendered in memory first, so a bad spec fails the build before a
single file is touched.  A ledger file lists what the build wrote, so files of
removed specs are cleaned up without ever deleting anything the build did not make.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .formats import markdown
from .render import render_snippet
from .spec import load_spec
from .targets import languages

LEDGER = ".snippetgen-build"


@dataclass(frozen=True)
class Plan:
    files: dict[str, str]  # relative path -> content, ledger included
    specs: int


def plan(specs_dir: Path, templates_dir: Path | None = None) -> Plan:
    spec_paths = sorted(p for p in specs_dir.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    files: dict[str, str] = {}
    table = languages(templates_dir)
    for spec_path in spec_paths:
        spec = load_spec(spec_path)
        defaults = []
        for language in table.values():
            for client in language.clients.values():
                snippet = render_snippet(spec, client, templates_dir=templates_dir)
                files[f"{spec.name}/{language.key}-{client.key}{language.extension}"] = snippet.display
                if client is language.default_client:
                    defaults.append((language, snippet))
        files[f"{spec.name}.md"] = markdown.page(spec, defaults)
    files[LEDGER] = "".join(f"{name}\n" for name in sorted(files))
    return Plan(files, len(spec_paths))


def _previous(out_dir: Path) -> set[str]:
    ledger = out_dir / LEDGER
    return set(ledger.read_text(encoding="utf-8").split()) if ledger.is_file() else set()


def stale(plan_: Plan, out_dir: Path) -> list[str]:
    """Files that differ from the plan, are missing, or were built before and are no longer wanted."""
    wrong = [name for name, content in plan_.files.items()
             if not (out_dir / name).is_file() or (out_dir / name).read_text(encoding="utf-8") != content]
    leftover = [name for name in _previous(out_dir) - set(plan_.files) if (out_dir / name).exists()]
    return sorted(wrong + leftover)


def write(plan_: Plan, out_dir: Path) -> tuple[int, int]:
    """Write what changed; returns (written, unchanged)."""
    leftover = _previous(out_dir) - set(plan_.files)
    written = 0
    for name, content in plan_.files.items():
        target = out_dir / name
        if target.is_file() and target.read_text(encoding="utf-8") == content:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(target.name + ".tmp")
        temporary.write_text(content, encoding="utf-8", newline="")
        temporary.replace(target)
        written += 1
    for name in leftover:
        target = out_dir / name
        if target.is_file():
            target.unlink()
        if target.parent != out_dir and target.parent.is_dir() and not any(target.parent.iterdir()):
            target.parent.rmdir()
    return written, len(plan_.files) - written
