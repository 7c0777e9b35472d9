"""Golden files: every case rendered by every client, at tests/snapshots/<lang>/<client>/.

A client that cannot send a case exactly declines it: its reason is pinned instead, in
<case>.refused.txt, so a new or lost refusal shows in the diff like any change.
"""

from __future__ import annotations

import pytest

from cases import CASE_FILES, CLIENTS, ROOT, check_snapshot as check, refusal_path, snapshot_path
from snippetgen import load_spec, render_snippet
from snippetgen.errors import ClientRefusal


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.id)
@pytest.mark.parametrize("case", CASE_FILES, ids=lambda p: p.stem)
def test_full_program(case, client, file_regression):
    try:
        snippet = render_snippet(load_spec(case), client)
    except ClientRefusal as exc:
        # Named from the repository root, so the golden is the same in every checkout.
        check(file_regression, f"{exc}\n".replace(f"{ROOT}/", ""), refusal_path(client, case.stem))
        assert not snapshot_path(client, case.stem).exists(), "a declined case keeps no program golden: delete it"
        return
    assert snippet.display == snippet.copy  # no values given: nothing to mask
    check(file_regression, snippet.display, snapshot_path(client, case.stem))
    assert not refusal_path(client, case.stem).exists(), "the case is no longer declined: delete its .refused.txt"


def _short_forms():
    """(case, client, text) wherever the short form differs from the full program."""
    for case in CASE_FILES:
        spec = load_spec(case)
        for client in CLIENTS:
            try:
                short = render_snippet(spec, client, short=True).display
            except ClientRefusal:
                continue
            if short != render_snippet(spec, client).display:
                yield pytest.param(case, client, short, id=f"{case.stem}-{client.id}")


@pytest.mark.parametrize(("case", "client", "short"), list(_short_forms()))
def test_short_form(case, client, short, file_regression):
    check(file_regression, short, snapshot_path(client, case.stem, short=True))
