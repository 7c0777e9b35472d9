"""check_live runs a snippet once more only when its failure never reached the server."""

from __future__ import annotations

import pytest

from conftest import check_live
from snippetgen.languages import resolve
from snippetgen.verify import FAIL, PASS, Outcome

CLIENT = resolve("curl")[0]


class Script:
    """A stand-in session whose runs give these outcomes in turn."""

    def __init__(self, *outcomes: Outcome):
        self.outcomes, self.runs = list(outcomes), 0

    def run(self, request, client, reply=None):
        self.runs += 1
        return self.outcomes.pop(0)


def test_a_failure_the_server_never_saw_is_run_again_and_reported():
    session = Script(Outcome(CLIENT, FAIL, 0.1, ["exit status 1", "unexpected eof while reading"], reached=False),
                     Outcome(CLIENT, PASS, 0.1))
    with pytest.warns(UserWarning, match="the server saw nothing of.*unexpected eof.*the second run: pass"):
        check_live(session, None, CLIENT)
    assert session.runs == 2


def test_a_failure_the_server_saw_is_not_run_again():
    session = Script(Outcome(CLIENT, FAIL, 0.1, ["header x: expected 'a', got 'b'"]),
                     Outcome(CLIENT, PASS, 0.1))
    with pytest.raises(AssertionError, match="expected 'a'"):
        check_live(session, None, CLIENT)
    assert session.runs == 1


def test_a_second_failure_fails():
    first = Outcome(CLIENT, FAIL, 0.1, ["exit status 1", "could not connect"], reached=False)
    session = Script(first, Outcome(CLIENT, FAIL, 0.1, ["exit status 1", "could not connect"], reached=False))
    with pytest.warns(UserWarning), pytest.raises(AssertionError, match="could not connect"):
        check_live(session, None, CLIENT)
    assert session.runs == 2
