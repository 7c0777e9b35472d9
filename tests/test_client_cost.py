"""The per-client cost table at the end of a run (tests/client_cost.py)."""

from __future__ import annotations

import json


def test_each_client_s_seconds_are_summed_and_written(pytester, tmp_path):
    pytester.makeconftest('pytest_plugins = ["client_cost"]\n')
    pytester.makepyfile(test_some='''
        import time
        import pytest
        from snippetgen.languages import resolve

        GO, RUBY = resolve("go")[0], resolve("ruby")[0]

        @pytest.mark.parametrize("client, pause", [(GO, 0.2), (RUBY, 0.05), (GO, 0.5)], ids=["go-1", "ruby", "go-2"])
        def test_client(client, pause):
            time.sleep(pause)

        def test_no_client():
            time.sleep(0.4)
    ''')
    out = tmp_path / "costs.json"
    result = pytester.runpytest("-p", "no:cacheprovider", "-n", "0", "--client-costs", str(out))
    result.assert_outcomes(passed=4)
    costs = json.loads(out.read_text())
    assert list(costs) == ["go:net-http", "ruby:net-http"]  # slowest first; a test of no client is not counted
    assert costs["go:net-http"]["tests"] == 2 and 0.6 <= costs["go:net-http"]["seconds"] < 2
    assert costs["ruby:net-http"]["tests"] == 1
    slowest = costs["go:net-http"]["slowest"]
    assert slowest["test"] == "test_some.py::test_client[go-2] (call)" and 0.5 <= slowest["seconds"] < 1.5
    result.stdout.fnmatch_lines(["*seconds per client (2 clients*", "*2 tests  go:net-http * slowest *.* s"])
