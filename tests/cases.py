"""The inputs every snapshot and toolchain test shares: example specs and test cases."""

from __future__ import annotations

from pathlib import Path

from snippetgen.targets import Client, all_clients, languages

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = ROOT / "tests" / "snapshots"
CASE_FILES = sorted((ROOT / "specs").glob("*.yaml")) + sorted((ROOT / "tests" / "cases").glob("*.yaml"))
CLIENTS = all_clients()


def snapshot_path(client: Client, case: str, short: bool = False) -> Path:
    extension = languages()[client.language].extension
    return SNAPSHOTS / client.language / client.key / f"{case}{'.short' if short else ''}{extension}"
