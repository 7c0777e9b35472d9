"""specs/ -> an output tree: a file per spec and client, and a page per spec and format.

Incremental: every output has a fingerprint of what it is made from (the spec file,
its language folder's templates, the page format), and the ledger records a hash of
snippetgen's own code; an output whose fingerprint and content are unchanged, built by
the same code, is neither rendered nor written.

Atomic per file: everything is rendered before anything is written, then each changed
file is renamed over its old version under a journal (build_commit), so a bad spec
leaves the previous tree as it was and a crash leaves every file old or new, the next
run finishing the job.  One build at a time per --out (an flock); output names are
checked to stay inside --out (build_names); workers die with the build (build_pool).
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections import deque
from itertools import islice
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from . import build_ledger
from .build_commit import (JOURNAL, LEDGER, OutLock, Staging, complete_interrupted, existing_output, interrupted,
                           restore_legacy_swap)
from .build_ledger import Ledger, is_declined, is_fresh, leftovers, read_ledger
from .build_names import add_output, check_out_dir, check_outputs, spec_files
from .errors import ClientRefusal, SpecError
from .formats import FORMATS, Options, Tab, every_client, writer
from .languages import languages, resolve, template_roots
from .manifest import Client, Language

INTERRUPTED = "(an interrupted build: run build to finish it)"
PARALLEL_FROM = 16  # specs to render before a second process pays for its start-up


@dataclass(frozen=True)
class Settings:
    formats: tuple[str, ...] = ("markdown",)
    user_dirs: tuple[Path, ...] = ()
    options: Options = Options()
    sandbox: bool = False  # render in Jinja's sandbox (--sandbox); the output is the same
    selectors: tuple[str, ...] = ()  # --lang: only these clients, and they are the pages' tabs; () = every client


@dataclass
class Output:
    spec_path: str
    product: str  # "client:<lang>:<client>" or "page:<format>"
    fingerprint: str


@dataclass
class Result:
    specs: int
    snippets: int
    rendered: int = 0
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    seconds: float = 0.0
    recovered: bool = False  # an interrupted build was finished first
    declined: list[str] = field(default_factory=list)  # "<spec>: <client> cannot send ...", rendered this time
    left_out: int = 0  # outputs a client declines, this time or before

    def summary(self) -> str:
        first = "finished an interrupted build; " if self.recovered else ""
        return (f"{first}{self.specs} specs, {self.snippets} snippets: {len(self.written)} written, "
                f"{self.unchanged} unchanged, {len(self.removed)} removed"
                + (f", {self.left_out} left out (a client cannot send the request exactly)" if self.left_out else "")
                + f" in {self.seconds:.2f} s")


@dataclass(frozen=True)
class Declined:
    """A client that cannot send a spec's request exactly: no file, a warning, and no tab on the page."""

    reason: str


def _sha(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else part.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


def code_files() -> list[Path]:
    """snippetgen's own code, and the script and style a page carries."""
    package = Path(__file__).resolve().parent
    return sorted(p for p in package.rglob("*") if p.suffix in (".py", ".js", ".css") and p.is_file())


@cache
def _code_hash() -> str:
    """A hash of code_files(): a change to escaping or the request model re-renders everything."""
    package = Path(__file__).resolve().parent
    return _sha(*(p.relative_to(package).as_posix().encode() + b"\n" + p.read_bytes() for p in code_files()))


def _folder_hash(language: str, user_dirs: tuple[Path, ...]) -> str:
    """Every template file a language may use, in every template root (by content, not path)."""
    parts = []
    for rank, root in enumerate(template_roots(user_dirs)):
        folder = root / language
        if folder.is_dir():
            parts += [f"{rank}/{p.relative_to(folder).as_posix()}".encode() + b"\n" + p.read_bytes()
                      for p in sorted(folder.rglob("*")) if p.is_file()]
    return _sha(*parts)


def chosen_clients(settings: Settings) -> list[tuple[Language, Client]]:
    """The clients a build writes, with their languages: the --lang ones in the order given (a client
    named twice once), else every client."""
    table = languages(settings.user_dirs)
    key = (settings.selectors, settings.user_dirs)
    known = _CHOSEN.get(key)
    if known is None or known[0] is not table:  # asked once per spec: worked out once per table
        known = _CHOSEN[key] = (table, _choose(settings, table))
    return known[1]


_CHOSEN: dict[tuple, tuple[dict, list]] = {}


def _choose(settings: Settings, table: dict[str, Language]) -> list[tuple[Language, Client]]:
    if not settings.selectors:  # each language's default client first
        return [(language, client) for language in table.values()
                for client in sorted(language.clients.values(), key=lambda client: client.key != language.default)]
    chosen = {client.id: client for selector in settings.selectors for client in resolve(selector, settings.user_dirs)}
    return [(table[client.language], client) for client in chosen.values()]


def plan_outputs(specs_dir: Path, settings: Settings, known: Ledger | None = None) -> tuple[dict[str, Output],
                                                                                         dict[str, list]]:
    """Every output path with its fingerprint, and the ledger's record of each spec; nothing rendered yet.

    A fingerprint is the spec's hash followed by its product's (the client's templates and
    id, or the page format and every template), each computed once: 9 outputs of 1,000
    specs cost 1,000 hashes, not 9,000.  A spec whose file is the one known (the last
    build's ledger) is not read again."""
    table = languages(settings.user_dirs)
    folders = {key: _folder_hash(key, settings.user_dirs) for key in table}
    page_inputs = _sha(*(folders[key] for key in table))
    base = _sha(repr(settings.options), repr(settings.selectors))
    products = [(f"{language.key}-{client.key}{language.extension}", f"client:{client.id}",
                 _short_sha(base, folders[language.key], client.id), f"{client.id} snippet", True)
                for language, client in chosen_clients(settings)]
    products += [(_suffix(fmt, settings.formats), f"page:{fmt}", _short_sha(base, page_inputs, fmt),
                  f"{fmt} page", False) for fmt in settings.formats]
    outputs: dict[str, Output] = {}
    owners: dict[str, tuple[str, str]] = {}
    records: dict[str, list] = {}
    settled = time.time_ns() - SETTLED_NS
    for name, spec_path in spec_files(specs_dir):
        info = _stat_spec(spec_path)
        spec_hash = known.spec_hash(name, info) if known else None
        if spec_hash is None:
            spec_hash = _short_sha(_read_spec(spec_path))
        if info.st_mtime_ns < settled:
            records[name] = build_ledger.spec_record(info, spec_hash)
        for leaf, product, product_hash, what, in_folder in products:
            rel = f"{name}/{leaf}" if in_folder else f"{name}{leaf}"
            add_output(owners, rel, spec_path, what)
            outputs[rel] = Output(spec_path, product, spec_hash + product_hash)
    check_outputs(owners)
    return outputs, records


# A spec changed this recently may change again within the file system's clock tick, keeping
# its size and time: its record would hide that change, so it is read again next time.
SETTLED_NS = 2_000_000_000


def _stat_spec(path: str) -> os.stat_result:
    try:
        return os.stat(path)
    except OSError as exc:
        raise SpecError(f"cannot read: {exc.strerror}", file=str(path)) from None


def _short_sha(*parts: str | bytes) -> str:
    """128 bits of _sha: two of them make a fingerprint."""
    return _sha(*parts)[:32]


def _read_spec(path: str) -> bytes:
    """A spec's bytes, or a SpecError naming it (never blocks on a FIFO swapped in meanwhile)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        with open(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise SpecError("not a regular file", file=str(path))
            return handle.read()
    except OSError as exc:
        raise SpecError(f"cannot read: {exc.strerror}", file=str(path)) from None


def _suffix(fmt: str, formats: tuple[str, ...]) -> str:
    """A format's own suffix, qualified when another requested format shares it."""
    suffix = writer(fmt).SUFFIX
    # The first format (in FORMATS order: markdown before mkdocs, mdx before docusaurus) keeps it.
    owner = next(f for f in FORMATS if f in formats and writer(f).SUFFIX == suffix)
    return suffix if fmt == owner else f".{fmt}{suffix}"


def _render_spec(spec_path: str, products: list[str], settings: Settings) -> dict[str, str | Declined]:
    """Render the requested outputs of one spec (runs in a worker process for large trees)."""
    from .render import render_snippet  # Jinja and the spec reader: only for a build with work to do
    from .spec import load_spec

    spec = load_spec(spec_path)
    wanted_clients = {t.split(":", 1)[1] for t in products if t.startswith("client:")}
    formats = [t.split(":", 1)[1] for t in products if t.startswith("page:")]
    every = any(every_client(writer(fmt)) for fmt in formats)  # a page with a client switch
    rendered: dict[str, str | Declined] = {}
    tabs: list[Tab] = []  # the pages' tabs: the chosen clients, or each language's default
    all_tabs: list[Tab] = []  # a page with a client switch, with no --lang: every client, default first
    for language, client in chosen_clients(settings):
        on_page = bool(settings.selectors) or client.key == language.default
        if client.id in wanted_clients or (formats and (on_page or every)):
            try:
                snippet = render_snippet(spec, client, user_dirs=settings.user_dirs, sandbox=settings.sandbox)
            except ClientRefusal as exc:
                rendered[f"client:{client.id}"] = Declined(str(exc))
                continue
            rendered[f"client:{client.id}"] = snippet.display
            all_tabs.append(Tab(language, client, snippet))
            if on_page:
                tabs.append(all_tabs[-1])
    options = replace(settings.options, user_dirs=settings.user_dirs, sandbox=settings.sandbox)
    for fmt in formats:
        page = writer(fmt)
        rendered[f"page:{fmt}"] = page.page(spec, all_tabs if every_client(page) else tabs, options)
    return rendered


def _render_stale(outputs: dict[str, Output], ledger: Ledger, out_dir: Path, settings: Settings, progress):
    """Yield (path, content) for every output that is not fresh in out_dir, spec by spec."""
    stale: dict[str, list[str]] = {}
    out = os.fspath(out_dir) + "/"
    files = ledger.files
    for rel, output in outputs.items():
        if not is_fresh(out + rel, output.fingerprint, files.get(rel)):
            stale.setdefault(output.spec_path, []).append(rel)
    jobs = [(path, [outputs[rel].product for rel in rels]) for path, rels in stale.items()]
    for (path, _), rendered in zip(jobs, _run_jobs(jobs, settings, progress)):
        for rel in stale[path]:
            yield rel, rendered[outputs[rel].product]


def _run_jobs(jobs, settings: Settings, progress):
    if jobs:
        import snippetgen.render  # noqa: F401  (before the fork: workers inherit the imports)
        import snippetgen.spec  # noqa: F401
    if len(jobs) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:  # (the pool's modules stay unimported)
        for path, products in jobs:
            yield _render_spec(path, products, settings)
            if progress:
                progress(1)
        return
    # Jobs go to the workers in batches of a few specs (each one a round trip through a
    # pipe and pickle), a few batches in flight: finished results would pile up in memory.
    batches = (jobs[start:start + BATCH] for start in range(0, len(jobs), BATCH))
    from .build_pool import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
        window = deque(pool.submit(_render_batch, batch, settings) for batch in islice(batches, 4))
        try:
            while window:
                done = window.popleft().result()  # re-raises a worker's SpecError here
                for batch in islice(batches, 1):
                    window.append(pool.submit(_render_batch, batch, settings))
                for rendered in done:
                    yield rendered
                    if progress:
                        progress(1)
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise


BATCH = 8  # specs per job sent to a worker


def _render_batch(batch: list, settings: Settings) -> list[dict[str, str | Declined]]:
    from .render import freeze_templates  # a worker ends with the build: no template changes under it

    freeze_templates()
    return [_render_spec(path, products, settings) for path, products in batch]


def _same_file(path: Path, info: os.stat_result, data: bytes) -> bool:
    """Whether the regular file path (as info found it) holds data."""
    if not stat.S_ISREG(info.st_mode) or info.st_size != len(data):
        return False
    try:
        with open(path, "rb") as handle:
            return handle.read() == data
    except OSError:
        return False


def _same_content(path: Path, data: bytes) -> bool:
    try:
        info = path.stat()
    except OSError:
        return False
    return _same_file(path, info, data)


def check(specs_dir: Path, out_dir: Path, settings: Settings, on_wait=None) -> list[str]:
    """What build would change in out_dir (the ledger, a cache, aside); writes nothing."""
    check_out_dir(specs_dir, out_dir)
    outputs, _ = plan_outputs(specs_dir, settings)  # every spec read: a check trusts no record
    with OutLock(out_dir, exclusive=False, on_wait=on_wait):
        ledger = read_ledger(out_dir, _code_hash())
        wrong = [rel for rel, content in _render_stale(outputs, ledger, out_dir, settings, None)
                 if (os.path.lexists(out_dir / rel) if isinstance(content, Declined)
                     else not _same_content(out_dir / rel, content.encode("utf-8")))]
        journal = [f"{JOURNAL} {INTERRUPTED}"] if interrupted(out_dir) else []
        return journal + sorted(wrong + leftovers(outputs, ledger, out_dir))


def build(specs_dir: Path, out_dir: Path, settings: Settings, progress=None, on_wait=None) -> Result:
    """Write what changed into out_dir; on_wait(message) is told when another build holds it."""
    started = time.monotonic()
    check_out_dir(specs_dir, out_dir)
    # Read before the lock (it is replaced whole, by rename) to skip reading unchanged specs;
    # read again under the lock if another build or a recovery replaced it meanwhile.
    ledger = read_ledger(out_dir, _code_hash())
    outputs, spec_records = plan_outputs(specs_dir, settings, ledger)  # every name checked before out_dir is touched
    clients = sum(1 for o in outputs.values() if o.product.startswith("client:"))
    result = Result(specs=len({o.spec_path for o in outputs.values()}), snippets=clients)
    restore_legacy_swap(out_dir)
    with OutLock(out_dir, exclusive=True, on_wait=on_wait):
        result.recovered = complete_interrupted(out_dir)
        if ledger.replaced(out_dir):
            ledger = read_ledger(out_dir, _code_hash())
        new_files = {rel: entry for rel, entry in ledger.files.items() if rel in outputs}
        staging = Staging(out_dir)
        out = os.fspath(out_dir)
        try:
            # Changed files go to the staging folder as they come: memory holds one spec at a time.
            declined_files = []
            for rel, content in _render_stale(outputs, ledger, out_dir, settings, progress):
                result.rendered += 1
                fingerprint = outputs[rel].fingerprint
                if isinstance(content, Declined):
                    result.declined.append(content.reason)
                    new_files[rel] = build_ledger.declined(fingerprint, content.reason)
                    if os.path.lexists(out_dir / rel):  # written when the spec said something else
                        declined_files.append(rel)
                    continue
                data = content.encode("utf-8")
                info = existing_output(out, rel)
                if info is None or not _same_file(out_dir / rel, info, data):
                    info = staging.add(rel, data)
                    result.written.append(rel)
                new_files[rel] = build_ledger.written(fingerprint, build_ledger.sha256(data), info)
            result.written.sort()
            result.removed = sorted(leftovers(outputs, ledger, out_dir) + declined_files)
            if result.written or result.removed or new_files != ledger.files or spec_records != ledger.specs \
                    or not (out_dir / LEDGER).is_file():
                staging.commit(result.removed, build_ledger.ledger_text(_code_hash(), new_files, spec_records))
        except BaseException:
            staging.discard()  # a bad spec, or a failed write before the commit: the old tree stays
            raise
    result.left_out = sum(1 for entry in new_files.values() if is_declined(entry))
    result.unchanged = len(outputs) - len(result.written) - result.left_out
    result.seconds = time.monotonic() - started
    return result
