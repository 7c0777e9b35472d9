"""runtime.check for Rust: compile one golden file exactly as a live run builds a snippet.

Writes the manifest's support files (runtime.files, placeholders filled) into the current folder
(an empty one), the golden as main.rs, and runs every command of runtime.run but the last (the
build; the last would send the request), with runtime.env. A compiler warning fails the check
too. A snippet never uses this file.

    python check.py GOLDEN DEPS
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml


def main() -> int:
    golden, deps = sys.argv[1], sys.argv[2]
    runtime = yaml.safe_load((Path(__file__).with_name("manifest.yaml")).read_text(encoding="utf-8"))["runtime"]
    values = {"deps": deps, "ca": os.devnull, "file": runtime["file"], "python": sys.executable, "cwd": os.getcwd()}
    for name, text in runtime.get("files", {}).items():
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text(text.format_map(values), encoding="utf-8")
    shutil.copyfile(golden, runtime["file"])
    env = {**os.environ, **{name: text.format_map(values) for name, text in runtime.get("env", {}).items()}}
    for command in runtime["run"][:-1]:
        result = subprocess.run([word.format_map(values) for word in command], env=env,
                                stderr=subprocess.PIPE, text=True, errors="replace")
        sys.stderr.write(result.stderr)
        if result.returncode != 0:
            return result.returncode
        if "warning" in result.stderr:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
