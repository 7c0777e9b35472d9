"""Every mdx and docusaurus page `snippetgen build` writes for the example specs and the test
cases compiles with the real MDX compiler (@mdx-js/mdx 3, as Mintlify and Docusaurus 3 use),
and holds no ESM, expression or JSX element but the page's own.

All pages go through one node process: starting node and loading the compiler once per page
would cost a second each.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from cases import ROOT
from snippetgen import load_spec
from snippetgen.cli import cli
from test_formats_mdx import MDX_DEPS, mdx_compiler  # noqa: F401 (a fixture)

pytestmark = pytest.mark.toolchain

SPEC_FOLDERS = (ROOT / "specs", ROOT / "tests" / "cases")
OWN_IMPORTS = "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';"

# argv: the compiler's folder, then a JSON file listing the pages. Prints, per page, the compiler's
# front matter, and the compiler's error (line:column and reason) or the ESM, expressions and JSX
# element names of its MDX tree.
HARNESS = r"""
import {readFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
const [deps, listPath] = process.argv.slice(2);
const {compile} = await import(pathToFileURL(deps + '/node_modules/@mdx-js/mdx/index.js').href);
const results = [];
for (const page of JSON.parse(readFileSync(listPath, 'utf8'))) {
  const tree = {page, esm: [], expressions: [], jsx: []};
  const record = () => (root) => {
    const walk = (node) => {
      if (node.type === 'mdxjsEsm') tree.esm.push(node.value);
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') tree.expressions.push(node.value);
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') tree.jsx.push(node.name);
      (node.children || []).forEach(walk);
    };
    walk(root);
  };
  // Docusaurus reads the front matter itself and compiles the rest: so does this harness.
  const [, frontMatter = null, source] = /^(?:---\n([\s\S]*?)\n---\n)?([\s\S]*)$/.exec(readFileSync(page, 'utf8'));
  tree.frontMatter = frontMatter;
  try {
    await compile(source, {remarkPlugins: [record]});
  } catch (error) {
    tree.error = `${error.line ?? '?'}:${error.column ?? '?'}: ${error.reason ?? error.message}`;
  }
  results.push(tree);
}
console.log(JSON.stringify(results));
"""


def build_pages(out) -> list:
    for folder in SPEC_FOLDERS:
        result = CliRunner().invoke(cli, ["build", str(folder), "--out", str(out / folder.name),
                                          "--format", "mdx", "--format", "docusaurus"])
        assert result.exit_code == 0, result.output
    return sorted(out.rglob("*.mdx"))


def compile_all(node: str, pages: list, tmp_path) -> list[dict]:
    (tmp_path / "pages.json").write_text(json.dumps([str(page) for page in pages]), encoding="utf-8")
    (tmp_path / "harness.mjs").write_text(HARNESS, encoding="utf-8")
    result = subprocess.run([node, str(tmp_path / "harness.mjs"), str(MDX_DEPS), str(tmp_path / "pages.json")],
                            capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert result.returncode == 0, f"the compile harness failed:\n{result.stderr[-3000:]}"
    return json.loads(result.stdout)


def test_every_built_mdx_and_docusaurus_page_compiles(mdx_compiler, tmp_path):
    pages = build_pages(tmp_path / "out")
    specs_by_name = {spec.stem: spec for folder in SPEC_FOLDERS for spec in folder.glob("*.y*ml")}
    assert len(pages) == 2 * len(specs_by_name)  # an mdx and a docusaurus page per spec

    results = compile_all(mdx_compiler, pages, tmp_path)
    assert [result["page"] for result in results] == [str(page) for page in pages]
    failed = [f"{result['page']}:{result['error']}" for result in results if "error" in result]
    assert not failed, "pages the MDX compiler refuses:\n" + "\n".join(failed)
    for result in results:
        docusaurus = result["page"].endswith(".docusaurus.mdx")
        spec = load_spec(specs_by_name[Path(result["page"]).name.split(".")[0]])
        expected = {"title": spec.title or spec.name, **({"description": spec.description} if spec.description else {})}
        assert yaml.safe_load(result["frontMatter"] or "null") == (expected if docusaurus else None), result["page"]
        assert result["esm"] == ([OWN_IMPORTS] if docusaurus else []), result["page"]
        assert result["expressions"] == [], result["page"]
        own = {"Tabs", "TabItem"} if docusaurus else {"CodeGroup", *(["ResponseExample"] if spec.responses else [])}
        assert set(result["jsx"]) == own, result["page"]


def test_the_harness_names_the_page_and_the_compilers_message(mdx_compiler, tmp_path):
    """A page the compiler refuses fails the test above with its path, line and reason."""
    good, bad = tmp_path / "good.mdx", tmp_path / "bad.mdx"
    good.write_text("# Fine\n", encoding="utf-8")
    bad.write_text("# Title\n\nA {broken expression\n", encoding="utf-8")
    results = compile_all(mdx_compiler, [good, bad], tmp_path)
    assert "error" not in results[0]
    assert results[1]["page"] == str(bad)
    assert results[1]["error"].startswith("3:21: ") and "closing brace" in results[1]["error"]
