"""The MkDocs plugin's reading of a page, without MkDocs: which fenced blocks are real, and
their options.  What Python-Markdown makes of the same texts is checked in test_mkdocs_site.py."""

from __future__ import annotations

import pytest

from snippetgen.integrations.fences import UnclosedFence, find_blocks, replace_blocks
from snippetgen.integrations.options import OptionError, read_block

BLOCK = "```snippetgen\nspec: a.yaml\n```"


def bodies(text: str) -> list[str]:
    return [block.body for block in find_blocks(text, "snippetgen")]


def test_a_block_at_the_start_of_a_line_is_found_with_its_line():
    [block] = find_blocks("# T\n\nText\n" + BLOCK + "\n", "snippetgen")
    assert (block.line, block.indent, block.body, block.info) == (4, "", "spec: a.yaml", "")


@pytest.mark.parametrize("text", [
    "````markdown\n" + BLOCK + "\n````\n",  # shown in a longer fence: docs about the plugin
    "~~~\n" + BLOCK + "\n~~~\n",  # in a tilde fence
    "```\n```snippetgen\nspec: a.yaml\n```\n",  # the block's closer closes the outer fence
    "Text\n\n    ```snippetgen\n    spec: a.yaml\n    ```\n",  # an indented code block
    "Text\n\n    code\n\n    ```snippetgen\n    spec: a.yaml\n    ```\n",  # the same block, further on
    "```snippetgen-other\nspec: a.yaml\n```\n",  # another name
    "``` snippetgen `x`\nspec: a.yaml\n```\n",  # a backtick in a backtick fence's info: not a fence
])
def test_text_that_shows_a_block_is_no_block(text):
    assert bodies(text) == []


@pytest.mark.parametrize("opener", ["!!! example", '=== "Tab"', "- item", "1. item", "??? note", "[^1]:"])
def test_a_block_in_a_container_is_found_and_keeps_its_indent(opener):
    text = f"{opener}\n\n    Text\n\n    ```snippetgen\n    spec: a.yaml\n      # indented more\n    ```\n"
    [block] = find_blocks(text, "snippetgen")
    assert (block.line, block.indent, block.body) == (5, "    ", "spec: a.yaml\n  # indented more")


def test_what_replaces_a_block_starts_at_its_containers_column_not_at_the_fence():
    [top] = find_blocks("Para\n\n  ```snippetgen\n  spec: a.yaml\n   x: 1\n  ```\n", "snippetgen")
    [tab] = find_blocks("- item\n\n  \t```snippetgen\n  \tspec: a.yaml\n  \t```\n", "snippetgen")
    [deeper] = find_blocks("- item\n\n      ```snippetgen\n      spec: a.yaml\n      ```\n", "snippetgen")
    assert (top.indent, top.body) == ("", "spec: a.yaml\n x: 1")
    assert (tab.indent, tab.body) == ("    ", "spec: a.yaml")  # a tab is 4 columns
    assert (deeper.indent, deeper.body) == ("    ", "spec: a.yaml")


def test_nested_containers_and_code_in_them():
    text = ("!!! note\n\n    === \"A\"\n\n        " + BLOCK.replace("\n", "\n        ") + "\n\n"
            "    Text\n\n        " + BLOCK.replace("\n", "\n        ") + "\n")
    [block] = find_blocks(text, "snippetgen")  # the second is an indented code block in the admonition
    assert (block.line, block.indent) == (5, "        ")


def test_a_fence_after_a_container_ends_is_found_again():
    text = "- item\n\n    ````\n    " + BLOCK.replace("\n", "\n    ") + "\n    ````\n\n" + BLOCK + "\n"
    assert [block.line for block in find_blocks(text, "snippetgen")] == [9]


def test_an_unclosed_block_is_an_error_with_its_line_and_an_unclosed_other_fence_is_text():
    with pytest.raises(UnclosedFence) as caught:
        find_blocks("a\n\n```snippetgen\nspec: a.yaml\n", "snippetgen")
    assert caught.value.line == 3 and "no closing fence" in str(caught.value)
    assert bodies("~~~python\nx\n\n" + BLOCK + "\n") == ["spec: a.yaml"]


def test_info_after_the_name_is_kept_for_the_plugin_to_refuse():
    [block] = find_blocks("```snippetgen spec=a.yaml\n```\n", "snippetgen")
    assert block.info == "spec=a.yaml" and block.body == ""


def test_replace_blocks_indents_as_the_block_was_and_sets_it_apart():
    text = "Text\n!!! note\n    " + BLOCK.replace("\n", "\n    ") + "\nafter"
    blocks = find_blocks(text, "snippetgen")
    out = replace_blocks(text, blocks, [['=== "Go"', "", "    ```go\n    x\n\n    ```", ""]])
    assert out == 'Text\n!!! note\n\n    === "Go"\n\n        ```go\n        x\n\n        ```\n\n\nafter'


# ---- options ----------------------------------------------------------------------------------


def test_options_are_read_with_their_lines():
    options = read_block("spec: s.yaml\nlanguages: [go, python:requests]\nvars:\n  a: text\n  port: 8080\nshort: true")
    assert (options.spec, options.languages, options.values, options.short) == (
        "s.yaml", ("go", "python:requests"), {"a": "text", "port": "8080"}, True)
    assert options.line_of("vars.port") == 5 and options.line_of("languages") == 2


def test_one_language_may_be_given_as_text_and_unset_options_are_none():
    options = read_block("spec: s.yaml\nlanguages: go")
    assert (options.languages, options.short, options.values) == (("go",), None, {})


SECRET = "s3cr3t-value-never-echoed"


@pytest.mark.parametrize("body, path, line, message", [
    ("", "", None, "at least `spec: path/to/spec.yaml`"),
    ("spec: a.yaml\nlang: [go]", "lang", 2, "unknown option 'lang'"),
    ("languages: [go]", "spec", 1, "give the spec's path"),
    ("spec: a.yaml\nlanguages: [go, 3]", "languages[1]", 2, "expected a language name, got a number"),
    ("spec: a.yaml\nlanguages: []", "languages", 2, "expected a list of languages"),
    ("spec: a.yaml\nshort: yes", "short", 2, "expected true or false, got text"),
    ("spec: a.yaml\nvars: [a]", "vars", 2, "expected a mapping of variable names"),
    (f"spec: a.yaml\nvars:\n  key: {SECRET}.5e3\n  ok: x\n  '1x': y", "vars.1x", 5, "a variable name is"),
    ("spec: a.yaml\nvars:\n  key: 1.5", "vars.key", 3, "expected text, got a number; quote the value"),
    ("spec: a.yaml\nvars:\n  key: true", "vars.key", 3, "expected text, got true; quote the value"),
    (f"spec: a.yaml\nvars: {{key: '{SECRET}\n", "", 3, "invalid YAML"),
])
def test_bad_options_name_their_key_and_line_and_never_a_value(body, path, line, message):
    with pytest.raises(OptionError) as caught:
        read_block(body)
    assert (caught.value.path, caught.value.line) == (path, line)
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert SECRET not in str(caught.value)
