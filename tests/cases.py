"""The inputs every snapshot and toolchain test shares: example specs and test cases."""

from __future__ import annotations

from pathlib import Path

from snippetgen.languages import Client, all_clients, languages

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = ROOT / "tests" / "snapshots"
CASE_FILES = sorted((ROOT / "specs").glob("*.yaml")) + sorted((ROOT / "tests" / "cases").glob("*.yaml"))
CLIENTS = all_clients()


def snapshot_path(client: Client, case: str, short: bool = False) -> Path:
    extension = languages()[client.language].extension
    return SNAPSHOTS / client.language / client.key / f"{case}{'.short' if short else ''}{extension}"


def refusal_path(client: Client, case: str) -> Path:
    """Where the reason a client declines a case is pinned."""
    return SNAPSHOTS / client.language / client.key / f"{case}.refused.txt"


REFRESH = ("snapshot differs: if the change is intended, rerun the failing test with `pytest --force-regen`, "
           "then review the diff of tests/snapshots/ with git before committing")


def check_snapshot(file_regression, text: str, path) -> None:
    # pytest-regressions ignores a trailing newline difference; a snippet must end in exactly one.
    assert text.endswith("\n") and not text.endswith("\n\n"), f"{path.name}: must end with one newline"
    try:
        file_regression.check(text, fullpath=path)
    except AssertionError as exc:
        raise AssertionError(f"{REFRESH}\n{exc}") from None
