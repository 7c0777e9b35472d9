"""snippetgen against httpsnippet, side by side, in one run.

From the repository root, with the Python that has snippetgen installed:

    python bench/run.py              # about 1 to 1.5 minutes on 2 cores
    python bench/run.py --quick      # fewer runs, for a smoke test
    python bench/run.py --json results.json

It installs httpsnippet (pinned in bench/package.json) with npm into bench/node_modules
when missing, builds the 1,000-request corpus (bench/corpus.py) into a temporary folder,
as spec files and as HAR requests, then measures:

1. in-process throughput: every request rendered for the 8 default clients, in one
   warm process per tool (two untimed passes, then --runs timed passes; the median
   counts), and that process's peak resident memory;
2. whole processes: `snippetgen render specs/token.yaml --lang go` against httpsnippet's
   CLI on the same request as HAR, with the bare start-up of Python and Node beside them;
3. `snippetgen build` of the 1,000 specs into a fresh folder, its peak memory, and a
   rebuild of that folder after one spec changed.

Each figure is the median of several runs, and the four targets of the issue are
checked as ratios of figures from this same run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
HTTPSNIPPET_VERSION = "3.0.10"
TOKEN_SPEC = "specs/token.yaml"

# Targets of the issue, as ratios measured in the same run.
BUILD_RATIO_MAX = 1.0  # full snippetgen build over httpsnippet's pipeline script
REBUILD_RATIO_MAX = 0.1  # rebuild with one spec changed over the script's full run
RENDER_WALL_RATIO_MAX = 0.6  # snippetgen render wall time over httpsnippet's CLI
BUILD_PEAK_MIB_MAX = 100.0
# snippetgen's default clients of the 8 languages httpsnippet_bench.js and httpsnippet_pipeline.js render.
SAME_CLIENTS = ("curl", "csharp", "go", "java", "node", "php", "python", "ruby")
# pip writes .pyc files when it installs snippetgen; an editable install, or a machine with
# PYTHONDONTWRITEBYTECODE set, would otherwise compile every module in every timed run.
BYTECODE_WAS_OFF = bool(os.environ.pop("PYTHONDONTWRITEBYTECODE", None))
WARMUP_PASSES = 2  # untimed passes before the timed ones, on both sides (V8 compiles hot code late)


# --------------------------------------------------------------------------- children

def child_render(spec_dir: str, runs: int) -> None:
    """In a fresh process: render every spec for the 8 default clients, `runs` timed passes."""
    from snippetgen import parse_spec, render_snippet, resolve

    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(Path(spec_dir).glob("*.yaml"))]
    clients = [client for key in SAME_CLIENTS for client in resolve(key)]  # the 8 httpsnippet renders too
    parse_seconds = []

    def one_pass() -> tuple[float, int, int]:
        # Each pass starts from freshly parsed specs (not timed), so that nothing a pass
        # leaves on a Spec object (a cached request, say) helps the next one: httpsnippet
        # builds its request from the HAR again in every pass too.
        start = time.perf_counter()
        specs = [parse_spec(text, name) for name, text in texts]
        parse_seconds.append(time.perf_counter() - start)
        count = chars = 0
        start = time.perf_counter()
        for spec in specs:
            for client in clients:
                chars += len(render_snippet(spec, client).display)
                count += 1
        return time.perf_counter() - start, count, chars

    for _ in range(WARMUP_PASSES):  # template compilation, caches
        _, count, chars = one_pass()
    seconds = [one_pass()[0] for _ in range(runs)]
    import snippetgen
    print(json.dumps({"tool": f"snippetgen ({Path(snippetgen.__file__).parent})",
                      "seconds": seconds, "snippets": count, "chars": chars,
                      "parse_seconds": statistics.median(parse_seconds)}))


# --------------------------------------------------------------------------- helpers

def _tree_pss_kib(root: int) -> int:
    """Proportional set size of root and all its descendants now, in KiB (0 when gone).

    PSS, not RSS: forked worker processes share most of their pages with the parent,
    and summing their RSS would count those pages once per process.
    """
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
            ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except (OSError, ValueError):
            continue
    return total


def run_measured(command: list[str], *, tree: bool = False, **kwargs) -> tuple[float, float, str]:
    """Run command to the end: (wall seconds, peak RSS in KiB, stdout).

    The peak is that process's own peak RSS (from os.wait4: the largest of it and the
    children it waited for), or with tree=True the larger of that and the summed PSS of
    the process and its descendants, sampled every 20 ms (a parallel build's worker
    processes add up).  This parent keeps itself small (the
    corpus is built in a child), because on Linux a child's peak includes the RSS it
    had between fork and exec, that is the parent's.
    """
    # Outputs go to files, not pipes: the child never blocks on a full pipe while we wait.
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, **kwargs)
        sampled = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.02):
                sampled[0] = max(sampled[0], _tree_pss_kib(process.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        if tree:
            sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        if tree:
            sampler.join()
        process.returncode = code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if code != 0:
            raise SystemExit(f"failed ({code}): {' '.join(command)}\n{err.read().decode(errors='replace')}")
        return wall, max(usage.ru_maxrss, sampled[0]), out.read().decode("utf-8", errors="replace")


def machine() -> dict[str, str]:
    model = "unknown"
    memory = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    return {
        "cpus": str(len(os.sched_getaffinity(0))),
        "cpu": model,
        "memory": memory,
        "os": platform.platform(),
        "python": platform.python_version(),
        "node": node,
        "load": "%.2f %.2f %.2f" % os.getloadavg(),
        "bytecode": "written and used, as an installed copy has them (PYTHONDONTWRITEBYTECODE was set: "
                    "cleared for the commands measured)" if BYTECODE_WAS_OFF else "written and used as usual",
    }


def commit_of(snippetgen: str) -> str:
    """The git commit of the checkout that the snippetgen executable imports, if any."""
    code = "import pathlib, snippetgen; print(pathlib.Path(snippetgen.__file__).resolve().parent.parent)"
    python = Path(snippetgen).with_name("python")
    found = subprocess.run([str(python) if python.is_file() else sys.executable, "-c", code],
                           capture_output=True, text=True, cwd="/").stdout.strip()
    if not found:
        return "unknown"
    commit = subprocess.run(["git", "-C", found, "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    if not commit:
        return f"unknown, in {found}"
    dirty = subprocess.run(["git", "-C", found, "status", "--porcelain", "--", "snippetgen", "templates"],
                           capture_output=True, text=True).stdout.strip()
    return commit + (" with local changes" if dirty else "") + f", in {found}"


def ensure_httpsnippet() -> Path:
    """bench/node_modules/httpsnippet at the pinned version, installed with npm if needed."""
    package = BENCH / "node_modules" / "httpsnippet" / "package.json"
    if not package.is_file() or json.loads(package.read_text())["version"] != HTTPSNIPPET_VERSION:
        if not shutil.which("npm"):
            raise SystemExit("npm is needed to install httpsnippet (Node 20 or later)")
        print(f"installing httpsnippet {HTTPSNIPPET_VERSION} into bench/node_modules ...", flush=True)
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"],
                       cwd=BENCH, check=True)
    return BENCH / "node_modules" / "httpsnippet" / "bin" / "httpsnippet"


def snippetgen_command(explicit: str | None) -> str:
    if explicit:
        return explicit
    beside = Path(sys.executable).parent / "snippetgen"
    found = str(beside) if beside.is_file() else shutil.which("snippetgen")
    if not found:
        raise SystemExit("snippetgen is not installed for this Python; pip install -e . first")
    return found


def default_workdir() -> str | None:
    """tmpfs when there is one: writing 13,000 files to a shared VM's disk takes 0.02 to 0.5 ms
    each from one minute to the next, which would drown what snippetgen itself costs."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


def med(values: list[float]) -> float:
    return statistics.median(values)


# --------------------------------------------------------------------------- parts

def bench_throughput(work: Path, runs: int) -> dict:
    python = run_measured([sys.executable, str(Path(__file__)), "--child-render", str(work / "specs"), str(runs)],
                          cwd=ROOT)
    node = run_measured(["node", str(BENCH / "httpsnippet_bench.js"), str(work / "hars.json"), str(runs),
                         str(WARMUP_PASSES)],
                        cwd=ROOT)
    result = {}
    for key, (_, maxrss, out) in (("snippetgen", python), ("httpsnippet", node)):
        data = json.loads(out.strip().splitlines()[-1])
        data["median_seconds"] = med(data["seconds"])
        data["per_second"] = data["snippets"] / data["median_seconds"]
        data["peak_mib"] = maxrss / 1024
        result[key] = data
    return result


def bench_processes(work: Path, runs: int, snippetgen: str, httpsnippet_cli: Path) -> dict:
    commands = {
        "python start-up": [sys.executable, "-c", "pass"],
        "node start-up": ["node", "-e", "0"],
        "snippetgen render": [snippetgen, "render", TOKEN_SPEC, "--lang", "go"],
        "httpsnippet CLI": ["node", str(httpsnippet_cli), str(work / "token.har"), "--target", "go",
                            "--client", "native"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, int] = {}
    for name, command in commands.items():  # one untimed run each: page cache, .pyc files
        run_measured(command, cwd=ROOT)
    for _ in range(runs):  # interleaved, so drift in the machine hits every command alike
        for name, command in commands.items():
            wall, maxrss, _ = run_measured(command, cwd=ROOT)
            times[name].append(wall)
            peaks[name] = max(peaks.get(name, 0), maxrss)
    return {name: {"seconds": times[name], "median_seconds": med(times[name]),
                   "min_seconds": min(times[name]), "peak_mib": peaks[name] / 1024} for name in commands}


def bench_build(work: Path, runs: int, snippetgen: str, edited: list[tuple[str, str]]) -> dict:
    """Full builds into fresh folders, then rebuilds of the last one, each after one spec changed,
    for the 8 clients httpsnippet's side renders (and a Markdown page per spec, as its script writes).

    The timed runs are not sampled; one more full build, sampled every 20 ms, gives the
    peak memory of the whole process tree (the build may start worker processes).
    """
    specs = work / "specs"
    languages = [arg for key in SAME_CLIENTS for arg in ("--lang", key)]

    def build(out_dir: Path, tree: bool = False) -> tuple[float, float, str]:
        return run_measured([snippetgen, "build", str(specs), "--out", str(out_dir), *languages], cwd=ROOT,
                            tree=tree)

    build(work / "out-warm-up")  # untimed: page cache, .pyc files of the build's modules
    full, full_peak, full_out = [], 0.0, ""
    for index in range(runs):
        wall, maxrss, full_out = build(work / f"out-{index}")
        full.append(wall)
        full_peak = max(full_peak, maxrss)
    _, tree_peak, _ = build(work / "out-sampled", tree=True)
    last = work / f"out-{runs - 1}"
    rebuild, rebuild_peak, rebuild_out = [], 0.0, ""
    for name, text in edited[:runs]:
        (specs / name).write_text(text, encoding="utf-8")
        wall, maxrss, rebuild_out = build(last)
        rebuild.append(wall)
        rebuild_peak = max(rebuild_peak, maxrss)
    noop, _, noop_out = build(last)  # nothing changed at all
    return {
        "full": {"seconds": full, "median_seconds": med(full), "peak_mib": full_peak / 1024,
                 "tree_peak_mib": max(tree_peak, full_peak) / 1024, "output": full_out.strip()},
        "rebuild": {"seconds": rebuild, "median_seconds": med(rebuild), "peak_mib": rebuild_peak / 1024,
                    "output": rebuild_out.strip()},
        "noop": {"seconds": [noop], "median_seconds": noop, "output": noop_out.strip()},
    }


def bench_pipeline(work: Path, runs: int) -> dict:
    """httpsnippet's docs pipeline (bench/httpsnippet_pipeline.js), the whole script, into fresh folders."""
    seconds, peak, said = [], 0.0, ""
    for index in range(runs):
        wall, maxrss, said = run_measured(["node", str(BENCH / "httpsnippet_pipeline.js"), str(work / "hars"),
                                           str(work / f"pipeline-{index}")], cwd=ROOT)
        seconds.append(wall)
        peak = max(peak, maxrss)
    return {"seconds": seconds, "median_seconds": med(seconds), "peak_mib": peak / 1024, "output": said.strip()}


def child_prepare(work: Path) -> None:
    """In a child (the corpus must not swell this parent): write work/specs/*.yaml,
    work/hars.json, work/token.har, work/edits/*.yaml and work/corpus.txt."""
    sys.path.insert(0, str(BENCH))
    import corpus
    import yaml

    texts = corpus.spec_texts()
    (work / "specs").mkdir(parents=True)
    (work / "hars").mkdir()
    hars = []
    for name, text in texts.items():
        (work / "specs" / f"{name}.yaml").write_text(text, encoding="utf-8")
        hars.append(corpus.to_har(text, name))
        # One HAR file per request, as a team's pipeline would read them (bench/httpsnippet_pipeline.js).
        log = {"log": {"version": "1.2", "creator": {"name": "snippetgen-bench", "version": "1"},
                       "entries": [{"request": hars[-1]}]}}
        (work / "hars" / f"{name}.har").write_text(json.dumps(log, ensure_ascii=False), encoding="utf-8")
    (work / "hars.json").write_text(json.dumps(hars, ensure_ascii=False), encoding="utf-8")
    token = (ROOT / TOKEN_SPEC).read_text(encoding="utf-8")
    (work / "token.har").write_text(json.dumps(corpus.to_har(token, TOKEN_SPEC)), encoding="utf-8")
    # Edits for the rebuilds: one more header on a generated spec, so every output of it changes.
    (work / "edits").mkdir()
    for number in range(500, 510):
        name = f"gen-{number:04d}"
        data = yaml.safe_load(texts[name])
        data["request"].setdefault("headers", {})["X-Bench-Edit"] = str(number)
        (work / "edits" / f"{name}.yaml").write_text(
            yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=10**9), encoding="utf-8")
    (work / "corpus.txt").write_text(corpus.describe(texts), encoding="utf-8")


def prepare(work: Path) -> tuple[str, list[tuple[str, str]]]:
    run_measured([sys.executable, str(Path(__file__)), "--child-prepare", str(work)], cwd=ROOT)
    edits = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((work / "edits").glob("*.yaml"))]
    return (work / "corpus.txt").read_text(encoding="utf-8"), edits


# --------------------------------------------------------------------------- report

def report(results: dict) -> str:
    t = results["throughput"]
    p = results["processes"]
    b = results["build"]
    sg, hs = t["snippetgen"], t["httpsnippet"]
    lines = []
    add = lines.append
    m = results["machine"]
    add(f"machine: {m['cpus']} CPUs ({m['cpu']}), {m['memory']}, {m['os']}")
    add(f"python {m['python']}, node {m['node']}, httpsnippet {HTTPSNIPPET_VERSION}; snippetgen {results['snippetgen']}")
    add(f"load average at the start {m['load']}, at the end {results['load_end']}; .pyc files {m['bytecode']}")
    add(f"corpus: {results['corpus']}")
    add(f"work folder (corpus and build outputs): {results['workdir']}")
    add("")
    add(f"{'in one process (8 default clients x 1,000 requests)':<56} {'snippets/s':>11} {'median s':>9} {'peak MiB':>9}")
    for name, data in (("snippetgen", sg), ("httpsnippet", hs)):
        add(f"  {name:<54} {data['per_second']:>11,.0f} {data['median_seconds']:>9.3f} {data['peak_mib']:>9.1f}")
    add(f"  {'  snippetgen / httpsnippet (tracked, no target)':<54} {sg['per_second'] / hs['per_second']:>10.2f}x")
    add(f"  {'(snippetgen parse_spec of the 1,000 specs, not counted)':<54} {'':>11} {sg['parse_seconds']:>9.3f}")
    add("")
    add(f"{'whole processes':<56} {'median s':>11} {'min s':>9} {'peak MiB':>9}")
    for name, data in p.items():
        add(f"  {name:<54} {data['median_seconds']:>11.3f} {data['min_seconds']:>9.3f} {data['peak_mib']:>9.1f}")
    pipe = results["pipeline"]
    add(f"  {'httpsnippet pipeline script, 1,000 HAR files':<54} {pipe['median_seconds']:>11.3f} "
        f"{min(pipe['seconds']):>9.3f} {pipe['peak_mib']:>9.1f}")
    add(f"  {'snippetgen build, 1,000 specs, fresh folder':<54} {b['full']['median_seconds']:>11.3f} "
        f"{min(b['full']['seconds']):>9.3f} {b['full']['peak_mib']:>9.1f}")
    add(f"  {'  the same, PSS of all its processes together, sampled':<54} {'':>11} {'':>9} "
        f"{b['full']['tree_peak_mib']:>9.1f}")
    add(f"  {'snippetgen build again, one spec changed':<54} {b['rebuild']['median_seconds']:>11.3f} "
        f"{min(b['rebuild']['seconds']):>9.3f} {b['rebuild']['peak_mib']:>9.1f}")
    add(f"  {'snippetgen build again, nothing changed':<54} {b['noop']['median_seconds']:>11.3f}")
    add(f"    the script said:    {pipe['output']}")
    add(f"    full build said:    {b['full']['output']}")
    add(f"    rebuild said:       {b['rebuild']['output']}")
    add(f"    no-op build said:   {b['noop']['output']}")
    add("")
    targets = results["targets"]
    add(f"{'target':<56} {'measured':>11} {'goal':>9}  result")
    for row in targets:
        add(f"  {row['name']:<54} {row['measured']:>11} {row['goal']:>9}  {'PASS' if row['pass'] else 'FAIL'}")
    return "\n".join(lines)


def targets(results: dict) -> list[dict]:
    p = results["processes"]
    b = results["build"]
    script = results["pipeline"]["median_seconds"]
    full = b["full"]["median_seconds"] / script
    rebuild = b["rebuild"]["median_seconds"] / script
    render = p["snippetgen render"]["median_seconds"] / p["httpsnippet CLI"]["median_seconds"]
    peak = b["full"]["tree_peak_mib"]
    return [
        {"name": "full build / httpsnippet pipeline script", "measured": f"{full:.2f}x",
         "goal": f"<= {BUILD_RATIO_MAX:g}x", "pass": full <= BUILD_RATIO_MAX},
        {"name": "rebuild (one spec changed) / the script's full run", "measured": f"{rebuild:.2f}x",
         "goal": f"<= {REBUILD_RATIO_MAX:g}x", "pass": rebuild <= REBUILD_RATIO_MAX},
        {"name": "render wall time, snippetgen / httpsnippet CLI", "measured": f"{render:.2f}x",
         "goal": f"<= {RENDER_WALL_RATIO_MAX:g}x", "pass": render <= RENDER_WALL_RATIO_MAX},
        {"name": "full build peak memory (all its processes)", "measured": f"{peak:.1f} MiB",
         "goal": f"< {BUILD_PEAK_MIB_MAX:g} MiB", "pass": peak < BUILD_PEAK_MIB_MAX},
    ]


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child-render":
        child_render(sys.argv[2], int(sys.argv[3]))
        return
    if len(sys.argv) == 3 and sys.argv[1] == "--child-prepare":
        child_prepare(Path(sys.argv[2]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed passes in one process (default 7)")
    parser.add_argument("--process-runs", type=int, default=15,
                        help="runs of each whole-process command (default 15)")
    parser.add_argument("--build-runs", type=int, default=3, help="full builds and rebuilds (default 3)")
    parser.add_argument("--quick", action="store_true", help="2 passes, 5 process runs, 1 build: a smoke test")
    parser.add_argument("--snippetgen", help="the snippetgen executable (default: beside this Python)")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--workdir", type=Path,
                        help="where the corpus and the build outputs go (default: /dev/shm when it is a "
                             "writable tmpfs, else the system temp folder)")
    parser.add_argument("--label", help="how to name the snippetgen measured (default: its path and commit)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print it")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.process_runs, args.build_runs = 2, 5, 1
    if not shutil.which("node"):
        raise SystemExit("node (20 or later) is needed for httpsnippet")
    httpsnippet_cli = ensure_httpsnippet()
    snippetgen = snippetgen_command(args.snippetgen)
    work = Path(tempfile.mkdtemp(prefix="snippetgen-bench-", dir=args.workdir or default_workdir()))
    started = time.perf_counter()
    try:
        results: dict = {"machine": machine(), "snippetgen": args.label or f"{snippetgen} (commit {commit_of(snippetgen)})"}
        print("building the corpus ...", flush=True)
        results["corpus"], edited = prepare(work)
        results["workdir"] = str(work)
        print("in-process throughput ...", flush=True)
        results["throughput"] = bench_throughput(work, args.runs)
        print("whole processes: render and the httpsnippet CLI ...", flush=True)
        results["processes"] = bench_processes(work, args.process_runs, snippetgen, httpsnippet_cli)
        print("whole processes: httpsnippet's pipeline script ...", flush=True)
        results["pipeline"] = bench_pipeline(work, args.build_runs)
        print("whole processes: build and rebuild ...", flush=True)
        results["build"] = bench_build(work, args.build_runs, snippetgen, edited)
        results["targets"] = targets(results)
        results["load_end"] = "%.2f %.2f %.2f" % os.getloadavg()
        results["bench_seconds"] = time.perf_counter() - started
        print()
        print(report(results))
        print(f"\n(benchmark took {results['bench_seconds']:.0f} s)")
        if args.json:
            args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
