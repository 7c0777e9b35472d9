"""Golden files: every case rendered by every client, at tests/snapshots/<lang>/<client>/."""

from __future__ import annotations

import pytest

from cases import CASE_FILES, CLIENTS, check_snapshot as check, snapshot_path
from snippetgen import load_spec, render_snippet

@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.id)
@pytest.mark.parametrize("case", CASE_FILES, ids=lambda p: p.stem)
def test_full_program(case, client, file_regression):
    snippet = render_snippet(load_spec(case), client)
    assert snippet.display == snippet.copy  # no values given: nothing to mask
    check(file_regression, snippet.display, snapshot_path(client, case.stem))


def _short_forms():
    """(case, client, text) wherever the short form differs from the full program."""
    for case in CASE_FILES:
        spec = load_spec(case)
        for client in CLIENTS:
            short = render_snippet(spec, client, full=False).display
            if short != render_snippet(spec, client).display:
                yield pytest.param(case, client, short, id=f"{case.stem}-{client.id}")


@pytest.mark.parametrize(("case", "client", "short"), list(_short_forms()))
def test_short_form(case, client, short, file_regression):
    check(file_regression, short, snapshot_path(client, case.stem, short=True))
