"""build: incremental (renders and writes only what changed), atomic, parallel, --templates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from cases import ROOT
from snippetgen.languages import all_clients
from snippetgen import build as builder, build_commit, build_pool
from snippetgen.cli import cli
from snippetgen.languages import builtin_templates_dir


@pytest.fixture
def specs(tmp_path) -> Path:
    folder = tmp_path / "specs"
    shutil.copytree(ROOT / "specs", folder)
    return folder


def inodes(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file() and p.name != builder.LEDGER}


def run_build(specs: Path, out: Path, **settings) -> builder.Result:
    return builder.build(specs, out, builder.Settings(**settings))


def test_second_build_renders_and_rewrites_nothing(specs, tmp_path):
    out = tmp_path / "out"
    first = run_build(specs, out)
    assert first.rendered == len(first.written) > 0
    before = inodes(out)
    second = run_build(specs, out)
    assert second.rendered == 0 and second.written == []
    assert inodes(out) == before  # same files: not even rewritten with the same bytes


def test_changing_one_spec_renders_only_its_outputs(specs, tmp_path):
    out = tmp_path / "out"
    run_build(specs, out)
    before = inodes(out)
    spec = specs / "call-api.yaml"
    spec.write_text(spec.read_text().replace("myapi.com", "api.example.org"))
    result = run_build(specs, out)
    clients = len(all_clients())
    assert result.rendered == clients + 1  # its client files and its page
    assert all(name.startswith("call-api") for name in result.written)
    after = inodes(out)
    assert {k: v for k, v in after.items() if k.startswith("token")} == \
           {k: v for k, v in before.items() if k.startswith("token")}


def test_changing_one_template_renders_only_that_language(specs, tmp_path):
    out = tmp_path / "out"
    user = tmp_path / "templates"
    shutil.copytree(builtin_templates_dir() / "go", user / "go")
    run_build(specs, out, user_dirs=(user,))
    template = user / "go" / "net-http.go.j2"
    template.write_text(template.read_text().replace("fmt.Println(res.Status)", "fmt.Println(\"status:\", res.Status)"))
    result = run_build(specs, out, user_dirs=(user,))
    # Go's file and the page (which shows Go) for each of the two specs.
    assert sorted(result.written) == ["call-api.md", "call-api/go-net-http.go", "token.md", "token/go-net-http.go"]
    assert result.rendered == 4
    assert '"status:"' in (out / "token" / "go-net-http.go").read_text()


def test_templates_option_overrides_a_template_and_adds_a_language(specs, tmp_path):
    user = tmp_path / "templates"
    (user / "go").mkdir(parents=True)
    (user / "go" / "net-http.go.j2").write_text("// our own Go for {{ request.url|go_str }}\n")
    (user / "httpie").mkdir()
    (user / "httpie" / "manifest.yaml").write_text(
        "key: httpie\ntitle: HTTPie\nextension: .sh\nlexer: bash\ndefault: http\n"
        "clients:\n  http: {title: HTTPie, template: http.sh.j2}\n")
    (user / "httpie" / "http.sh.j2").write_text("http {{ request.method|shell_quote }} {{ request.url|shell_quote }}\n")
    runner = CliRunner()
    go = runner.invoke(cli, ["render", str(specs / "call-api.yaml"), "-l", "go", "--templates", str(user)])
    assert go.output == '// our own Go for "https://myapi.com/api"\n'
    httpie = runner.invoke(cli, ["render", str(specs / "call-api.yaml"), "-l", "httpie", "--templates", str(user)])
    assert httpie.output == "http GET https://myapi.com/api\n"
    built = runner.invoke(cli, ["build", str(specs), "--out", str(tmp_path / "out"), "--templates", str(user)])
    assert built.exit_code == 0, built.output
    assert (tmp_path / "out" / "token" / "httpie-http.sh").is_file()


def test_bad_spec_leaves_previous_output_intact(specs, tmp_path):
    out = tmp_path / "out"
    run_build(specs, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    spec = specs / "token.yaml"
    spec.write_text(spec.read_text().replace("method: POST", "method: post"))
    (specs / "new.yaml").write_text("request: {url: 'https://new.example'}\n")
    result = CliRunner().invoke(cli, ["build", str(specs), "--out", str(out)])
    assert result.exit_code == 2 and "token.yaml" in result.output
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_crash_while_writing_leaves_previous_output_and_next_build_recovers(specs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run_build(specs, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    spec = specs / "token.yaml"
    spec.write_text(spec.read_text().replace("oauth/token", "oauth/v2/token"))
    real_write = build_commit.write_all
    calls = {"n": 0}

    def crashing_write(fd, data):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk on fire")
        return real_write(fd, data)

    monkeypatch.setattr(build_commit, "write_all", crashing_write)
    with pytest.raises(OSError):
        run_build(specs, out)
    monkeypatch.setattr(build_commit, "write_all", real_write)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    result = run_build(specs, out)  # cleans the half-made staging folder up
    assert "token/go-net-http.go" in result.written
    assert "oauth/v2/token" in (out / "token" / "go-net-http.go").read_text()
    assert not list(tmp_path.glob(".out.snippetgen-*"))


def test_interrupted_swap_is_undone(specs, tmp_path):
    out = tmp_path / "out"
    run_build(specs, out)
    out.rename(tmp_path / ".out.snippetgen-old")  # as if killed between the two renames
    result = run_build(specs, out)
    assert result.written == [] and (out / "token.md").is_file()


def test_large_tree_uses_worker_processes_and_matches(specs, tmp_path, monkeypatch):
    pools = []
    real_pool = build_pool.ProcessPoolExecutor

    def counting_pool(*args, **kwargs):
        pools.append(kwargs)
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(build_pool, "ProcessPoolExecutor", counting_pool)
    many = tmp_path / "many"
    many.mkdir()
    for i in range(builder.PARALLEL_FROM + 2):
        shutil.copy(specs / "token.yaml", many / f"token-{i:02}.yaml")
    parallel = run_build(many, tmp_path / "parallel")
    assert parallel.specs == builder.PARALLEL_FROM + 2
    assert pools == [{"max_workers": 2}], "a large tree should render in two worker processes"
    sequential_dir = tmp_path / "sequential"
    for path in sorted(many.iterdir())[:1]:
        one = tmp_path / "one"
        one.mkdir()
        shutil.copy(path, one / path.name)
        run_build(one, sequential_dir)
    name = "token-00/go-net-http.go"
    assert (tmp_path / "parallel" / name).read_text() == (sequential_dir / name).read_text()


def test_error_in_a_worker_process_is_one_clear_line(specs, tmp_path):
    many = tmp_path / "many"
    many.mkdir()
    for i in range(builder.PARALLEL_FROM + 2):
        shutil.copy(specs / "call-api.yaml", many / f"api-{i:02}.yaml")
    (many / "api-07.yaml").write_text("request:\n  url: https://x/\n  method: get\n")
    result = CliRunner().invoke(cli, ["build", str(many), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert result.output.startswith(f"error: {many / 'api-07.yaml'}:3: request.method:")
    assert not (tmp_path / "out").exists()


def test_build_formats_and_check(specs, tmp_path):
    out = tmp_path / "out"
    args = ["build", str(specs), "--out", str(out), "-f", "markdown", "-f", "mkdocs", "-f", "mdx", "-f", "docusaurus",
            "-f", "html", "-f", "json"]
    runner = CliRunner()
    assert runner.invoke(cli, args).exit_code == 0
    names = sorted(p.name for p in out.iterdir() if p.name.startswith("token."))
    assert names == ["token.docusaurus.mdx", "token.html", "token.json", "token.md", "token.mdx", "token.mkdocs.md"]
    assert runner.invoke(cli, [*args, "--check"]).exit_code == 0
    (out / "token.mdx").write_text("stale")
    stale = runner.invoke(cli, [*args, "--check"])
    assert stale.exit_code == 1 and "token.mdx" in stale.output
    summary = runner.invoke(cli, args).output
    assert summary.startswith(f"2 specs, {2 * len(all_clients())} snippets: 1 written,") and "removed in" in summary


def test_unknown_format_is_a_usage_error(specs, tmp_path):
    result = CliRunner().invoke(cli, ["build", str(specs), "--out", str(tmp_path / "o"), "-f", "asciidoc"])
    assert result.exit_code == 2 and "unknown format 'asciidoc'" in result.output


def test_new_snippetgen_code_re_renders_everything(specs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = run_build(specs, out)
    monkeypatch.setattr(builder, "_code_hash", lambda: "another version of snippetgen")
    again = run_build(specs, out)
    assert again.rendered == first.rendered and again.written == []  # same bytes: nothing rewritten
    assert run_build(specs, out).rendered == 0


def test_a_client_that_cannot_send_a_spec_is_left_out_with_a_warning(specs, tmp_path):
    """No file, no tab, one warning; the rest is built, rebuilt as fresh, and --check agrees."""
    marks = specs / "marks.yaml"
    marks.write_text("request:\n  method: GET\n  url: https://api.example.com/a%E2%80%8Eb\n")
    out = tmp_path / "out"
    runner = CliRunner()
    first = runner.invoke(cli, ["build", str(specs), "--out", str(out)])
    assert first.exit_code == 0, first.output
    assert "warning: " in first.stderr and "csharp:httpclient cannot send this request exactly" in first.stderr
    assert "1 left out" in first.stdout
    assert not (out / "marks" / "csharp-httpclient.cs").exists() and (out / "marks" / "go-net-http.go").is_file()
    assert "C#" not in (out / "marks.md").read_text() and "C#" in (out / "token.md").read_text()
    again = runner.invoke(cli, ["build", str(specs), "--out", str(out)])
    assert again.exit_code == 0 and " 0 written" in again.stdout and "1 left out" in again.stdout
    assert runner.invoke(cli, ["build", str(specs), "--out", str(out), "--check"]).exit_code == 0
    # A file written while the spec was sendable goes when it no longer is.
    marks.write_text("request:\n  method: GET\n  url: https://api.example.com/ab\n")
    assert runner.invoke(cli, ["build", str(specs), "--out", str(out)]).exit_code == 0
    assert (out / "marks" / "csharp-httpclient.cs").is_file()
    marks.write_text("request:\n  method: GET\n  url: https://api.example.com/a%E2%80%8Eb\n")
    (out / "marks" / "csharp-httpclient.cs").write_text("stale")
    assert runner.invoke(cli, ["build", str(specs), "--out", str(out), "--check"]).exit_code == 1
    assert runner.invoke(cli, ["build", str(specs), "--out", str(out)]).exit_code == 0
    assert not (out / "marks" / "csharp-httpclient.cs").exists()


def test_lang_builds_only_the_chosen_clients_and_they_are_the_page_tabs(specs, tmp_path):
    out = tmp_path / "out"
    result = run_build(specs, out, selectors=("python:httpx", "go"))
    assert sorted(p.name for p in (out / "token").iterdir()) == ["go-net-http.go", "python-httpx.py"]
    assert result.snippets == 2 * result.specs
    page = (out / "token.md").read_text(encoding="utf-8")
    assert page.index("## Python (HTTPX)") < page.index("## Go") and "## cURL" not in page
    # Back to every client: the others are written, the pages go back to default clients.
    result = run_build(specs, out)
    assert (out / "token" / "curl-curl.sh").is_file() and "## cURL" in (out / "token.md").read_text(encoding="utf-8")
    assert "token/python-httpx.py" not in result.written  # unchanged files are not written again


def test_an_unknown_lang_is_a_usage_error_before_any_work(specs, tmp_path):
    result = CliRunner().invoke(cli, ["build", str(specs), "--out", str(tmp_path / "out"), "--lang", "gox"])
    assert result.exit_code == 2 and "unknown language 'gox'" in result.output
    assert not (tmp_path / "out").exists()
