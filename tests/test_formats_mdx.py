"""mdx and docusaurus pages through the real MDX compiler (@mdx-js/mdx, in .live-deps/mdx/).

A page with hostile text must compile, run no code of its own making (no ESM, no expression,
no JSX element but the page's own), and show every text as written.  The compiled page is run
with a stub JSX runtime: if any hostile text had become code, it would create the marker file.
Install: npm install --prefix .live-deps/mdx --no-save --no-package-lock @mdx-js/mdx@3
"""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
import yaml

from cases import ROOT
from conftest import missing_toolchain
from test_formats_hostile import hostile_page, normalized, write_marker

pytestmark = pytest.mark.toolchain

MDX_DEPS = ROOT / ".live-deps" / "mdx"

# Compile (recording the MDX tree), then run the compiled page, the page's own imports taken out
# and its components given as stubs, and print its text and the tree's ESM, expressions and JSX.
HARNESS = r"""
import {readFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
const [deps, pagePath, baseDir] = process.argv.slice(2);
const {compile, run} = await import(pathToFileURL(deps + '/node_modules/@mdx-js/mdx/index.js').href);
// Docusaurus reads the front matter itself and compiles the rest: so does this harness.
const [, frontMatter = null, source] = /^(?:---\n([\s\S]*?)\n---\n)?([\s\S]*)$/.exec(readFileSync(pagePath, 'utf8'));
const OWN = new Set(["import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';"]);
const tree = {esm: [], expressions: [], jsx: [], metas: []};
const record = () => (root) => {
  const walk = (node) => {
    if (node.type === 'mdxjsEsm') tree.esm.push(node.value);
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') tree.expressions.push(node.value);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      tree.jsx.push({name: node.name, attributes: node.attributes.map((a) =>
        [a.type, a.name, a.value && typeof a.value === 'object' ? a.value.value : a.value])});
    }
    if (node.type === 'code') tree.metas.push(node.meta);
    (node.children || []).forEach(walk);
  };
  walk(root);
};
const dropOwnImports = () => (root) => {
  root.children = root.children.filter((node) =>
    !(node.type === 'mdxjsEsm' && node.value.split('\n').every((line) => OWN.has(line))));
};
await compile(source, {remarkPlugins: [record]});
const code = await compile(source, {outputFormat: 'function-body', remarkPlugins: [dropOwnImports],
                                    baseUrl: pathToFileURL(baseDir + '/').href});
const element = (type, props) => ({type: typeof type === 'function' ? type.name : String(type), props});
const runtime = {Fragment: 'Fragment', jsx: element, jsxs: element};
const {default: Content} = await run(code, {...runtime, baseUrl: pathToFileURL(baseDir + '/').href});
const stub = (name) => ({[name]: (props) => element(name, props)})[name];
const components = {Tabs: stub('Tabs'), TabItem: stub('TabItem'), CodeGroup: stub('CodeGroup'),
                    ResponseExample: stub('ResponseExample')};
const texts = [];
const labels = [];
const render = (node) => {
  if (node === null || node === undefined || typeof node === 'boolean') return;
  if (typeof node === 'string' || typeof node === 'number') { texts.push(String(node)); return; }
  if (Array.isArray(node)) { node.forEach(render); return; }
  if (node.props.label !== undefined) labels.push(node.props.label);
  render(node.props.children);
};
render(Content({components}));
console.log(JSON.stringify({...tree, text: texts.join(''), labels, frontMatter}));
"""


@pytest.fixture(scope="module")
def mdx_compiler():
    node = shutil.which("node")
    if not node:
        missing_toolchain("node is not installed; apt-get install nodejs")
    if not (MDX_DEPS / "node_modules" / "@mdx-js" / "mdx" / "package.json").is_file():
        missing_toolchain("@mdx-js/mdx is not installed; run scripts/install-toolchains "
                          "(npm install --prefix .live-deps/mdx --no-save --no-package-lock @mdx-js/mdx@3)")
    return node


def compile_and_run(node: str, page: str, tmp_path) -> dict:
    (tmp_path / "page.mdx").write_text(page, encoding="utf-8")
    (tmp_path / "harness.mjs").write_text(HARNESS, encoding="utf-8")
    result = subprocess.run([node, str(tmp_path / "harness.mjs"), str(MDX_DEPS), str(tmp_path / "page.mdx"),
                             str(tmp_path)], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0, f"the page did not compile or run:\n{result.stderr[-3000:]}"
    return json.loads(result.stdout)


@pytest.mark.parametrize("fmt", ["mdx", "docusaurus"])
def test_hostile_page_compiles_runs_no_code_and_shows_every_text(fmt, mdx_compiler, tmp_path):
    marker = tmp_path / "pwned"
    page, spec, tabs = hostile_page(fmt, str(marker))
    out = compile_and_run(mdx_compiler, page, tmp_path)

    assert not marker.exists(), f"page text ran as code: {marker.read_text()}"
    own_imports = (["import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';"]
                   if fmt == "docusaurus" else [])
    assert out["esm"] == own_imports
    assert out["expressions"] == []
    names = {element["name"] for element in out["jsx"]}
    assert names == ({"Tabs", "TabItem"} if fmt == "docusaurus" else {"CodeGroup", "ResponseExample"})

    shown = normalized(out["text"])
    for text in [spec.title, spec.description, *(v.description for v in spec.variables.values()),
                 spec.variables["token"].example]:
        assert normalized(text) in shown, text
    assert "sk_live" not in shown and "sk_*****MASKED*****" in shown
    for text in [*(tab.snippet.display for tab in tabs), *(response.body for response in spec.responses)]:
        assert text in out["text"]  # code blocks: exactly the snippet, or the response's body
    for response in spec.responses:
        assert not response.description or normalized(response.description) in shown
    if fmt == "docusaurus":  # the title and description Docusaurus shows in the sidebar, tab and meta
        assert yaml.safe_load(out["frontMatter"]) == {"title": spec.title, "description": spec.description}
    else:
        assert out["frontMatter"] is None
    titles = out["labels"] if fmt == "docusaurus" else out["metas"]
    expected = [tab.title for tab in tabs]
    if fmt == "mdx":
        expected = [normalized(title) for title in expected] + [response.label for response in spec.responses]
    assert titles == expected


@pytest.mark.parametrize("fmt", ["mdx", "docusaurus"])
def test_the_harness_sees_code_that_runs(fmt, mdx_compiler, tmp_path):
    """The check above is only worth something if unescaped text would be caught."""
    marker = tmp_path / "pwned"
    page, _, _ = hostile_page(fmt, str(marker))
    page += f"\n\nexport const pwned = {write_marker(str(marker), 'esm')}\n"
    compile_and_run(mdx_compiler, page, tmp_path)
    assert marker.read_text() == "esm"


@pytest.mark.parametrize("fmt", ["mdx", "docusaurus"])
@pytest.mark.parametrize("where", ["title", "description", "variable", "client title"])
def test_an_esm_line_in_page_text_does_not_run(fmt, where, mdx_compiler, tmp_path):
    """The attacks as reported: an `export` line after a blank line (from an OpenAPI description),
    a title with newlines (from a HAR URL); each, alone, is valid MDX that ran before the fix."""
    import dataclasses

    from snippetgen.formats import Options, writer
    from snippetgen.spec import parse_spec
    from test_formats_hostile import hostile_tabs

    marker = tmp_path / "pwned"
    attack = f"Text\n\nexport const pwned = {write_marker(str(marker), where)}\n\nmore"
    document = {"title": "T", "request": {"url": "https://x/"}}
    if where in ("title", "description"):
        document[where] = attack
    elif where == "variable":
        document["variables"] = {"v": {"description": attack}}
    spec = parse_spec(json.dumps(document), "attack.yaml")
    tabs = hostile_tabs(spec)[:1]
    if where == "client title":
        tabs = [dataclasses.replace(tabs[0], client=dataclasses.replace(tabs[0].client, key="x", title=attack))]
    out = compile_and_run(mdx_compiler, writer(fmt).page(spec, tabs, Options()), tmp_path)
    assert not marker.exists(), "page text ran as code"
    assert "pwned" in out["text"] + "".join(out["labels"]) + "".join(map(str, out["metas"]))
