"""The ledger: what the last build wrote into --out, so the next one renders and writes only what changed.

One JSON file (LEDGER), replaced whole at each commit. It holds the hash of snippetgen's
code that wrote it, then per output path `[fingerprint, sha256, size, mtime_ns]`, or
`[fingerprint, null, null, null, reason]` when the client declined the request; and per
spec `[size, mtime_ns, inode, device, hash]`, so a spec whose file is untouched is not
read again to learn its hash.  Entries are arrays, not objects: a build of 1,000 specs
parses and writes 9,000 of them, and this is most of what a build with nothing to do does.

Anyone may have edited the file: an entry of the wrong shape only makes its output stale,
and paths from it are trusted only where this build plans the same path (build_names
checked those); any other is checked before it is removed as a leftover.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from .build_commit import LEDGER
from .build_names import is_safe

LEDGER_VERSION = 4
_DECLINED = 4  # index of a declined entry's reason


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Ledger:
    files: dict[str, list] = field(default_factory=dict)  # output path -> entry (see the module docstring)
    specs: dict[str, list] = field(default_factory=dict)  # spec name -> [size, mtime_ns, inode, device, hash]
    seen: tuple | None = None  # the ledger file's identity when read: has another build replaced it since?

    def spec_hash(self, name: str, info: os.stat_result) -> str | None:
        """The hash recorded for spec name if its file is the one recorded (same size, time, inode)."""
        known = self.specs.get(name)
        if isinstance(known, list) and len(known) == 5 and \
                known[:4] == [info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev]:
            return known[4] if isinstance(known[4], str) else None
        return None

    def replaced(self, out_dir: Path) -> bool:
        return _identity(out_dir) != self.seen


def spec_record(info: os.stat_result, digest: str) -> list:
    return [info.st_size, info.st_mtime_ns, info.st_ino, info.st_dev, digest]


def written(fingerprint: str, digest: str, info: os.stat_result) -> list:
    return [fingerprint, digest, info.st_size, info.st_mtime_ns]


def declined(fingerprint: str, reason: str) -> list:
    return [fingerprint, None, None, None, reason]


def is_declined(entry: list) -> bool:
    return len(entry) > _DECLINED


def _identity(out_dir: Path) -> tuple | None:
    try:
        info = os.stat(out_dir / LEDGER)
    except OSError:
        return None
    return info.st_ino, info.st_dev, info.st_size, info.st_mtime_ns


def read_ledger(out_dir: Path, code_hash: str) -> Ledger:
    """What the last build wrote; every output stale when snippetgen's code has changed since."""
    seen = _identity(out_dir)
    try:
        data = json.loads((out_dir / LEDGER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Ledger(seen=seen)
    if not isinstance(data, dict) or data.get("version") != LEDGER_VERSION \
            or not isinstance(data.get("files"), dict) or not isinstance(data.get("specs"), dict):
        return Ledger(seen=seen)
    files = {rel: entry for rel, entry in data["files"].items() if isinstance(entry, list) and entry}
    if data.get("code") != code_hash:
        # Keep the paths (to remove leftovers) but make every output stale.
        return Ledger({rel: [None] for rel in files}, {}, seen)
    return Ledger(files, data["specs"], seen)


def ledger_text(code_hash: str, files: dict[str, list], specs: dict[str, list]) -> str:
    return json.dumps({"version": LEDGER_VERSION, "code": code_hash, "specs": specs, "files": files},
                      sort_keys=True, separators=(",", ":")) + "\n"


def is_fresh(path: str, fingerprint: str, entry: list | None) -> bool:
    """Whether the output at path is what entry recorded for this fingerprint (declined: absent)."""
    if not entry or entry[0] != fingerprint:
        return False
    if is_declined(entry):
        return not os.path.lexists(path)
    try:
        info = os.stat(path)
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode) or len(entry) != 4:
        return False
    if entry[2] == info.st_size and entry[3] == info.st_mtime_ns:
        return True  # untouched since the build that recorded it
    with open(path, "rb") as handle:
        return sha256(handle.read()) == entry[1]


def leftovers(planned, ledger: Ledger, out_dir: Path) -> list[str]:
    """Files of a previous build that this build no longer makes (plain paths inside out_dir only)."""
    return sorted(rel for rel in ledger.files
                  if rel not in planned and is_safe(rel) and os.path.lexists(out_dir / rel))
