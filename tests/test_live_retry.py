"""check_live runs a snippet once more only when its failure never reached the server."""

from __future__ import annotations

import pytest

from conftest import check_live, require_tool
from snippetgen.languages import resolve
from snippetgen.request import build_request
from snippetgen.spec import parse_spec
from snippetgen.verify import FAIL, PASS, Outcome, retarget

CLIENT = resolve("curl")[0]
REQUEST = retarget(build_request(parse_spec("request: {url: 'https://example.com/'}")), 1000)


class Script:
    """A stand-in session whose runs give these outcomes in turn."""

    def __init__(self, *outcomes: Outcome):
        self.outcomes, self.runs, self.ports = list(outcomes), 0, []
        self.server = type("Server", (), {"port": 1000})()

    def new_port(self):
        self.server.port += 1

    def run(self, request, client, reply=None):
        self.runs += 1
        self.ports.append(request.port)
        return self.outcomes.pop(0)


def test_a_failure_the_server_never_saw_is_run_again_and_reported():
    session = Script(Outcome(CLIENT, FAIL, 0.1, ["exit status 1", "unexpected eof while reading"], reached=False),
                     Outcome(CLIENT, PASS, 0.1))
    with pytest.warns(UserWarning, match="the server saw nothing of.*unexpected eof.*the second run: pass"):
        check_live(session, REQUEST, CLIENT)
    assert session.ports == ["1000", "1001"]  # the second run on the new port


def test_a_failure_the_server_saw_is_not_run_again():
    session = Script(Outcome(CLIENT, FAIL, 0.1, ["header x: expected 'a', got 'b'"]),
                     Outcome(CLIENT, PASS, 0.1))
    with pytest.raises(AssertionError, match="expected 'a'"):
        check_live(session, REQUEST, CLIENT)
    assert session.runs == 1


def test_a_second_failure_fails():
    first = Outcome(CLIENT, FAIL, 0.1, ["exit status 1", "could not connect"], reached=False)
    session = Script(first, Outcome(CLIENT, FAIL, 0.1, ["exit status 1", "could not connect"], reached=False))
    with pytest.warns(UserWarning), pytest.raises(AssertionError, match="could not connect"):
        check_live(session, REQUEST, CLIENT)
    assert session.runs == 2


@pytest.mark.live
def test_a_new_port_serves_with_the_same_ca(tmp_path):
    from snippetgen.verify import Session

    require_tool("curl")
    spec = parse_spec("request: {url: 'https://example.com/new-port'}")
    with Session() as session:
        old = session.server.port
        session.new_port()
        assert session.server.port != old
        outcome = session.run(session.expected(spec, {}), CLIENT)
        assert outcome.status == PASS, outcome.details
