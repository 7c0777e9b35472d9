"""What each client costs the test run: seconds of its tests (live, toolchain, property), summed
over setup, call and teardown, and its slowest test, printed at the end of every run with a
client's tests in it (a case far slower in the full run than alone, as one C# case once was,
shows there).

A new client is measured by the same run that tests it, so the suite's budget (CI's 90 minutes)
can be checked against the table instead of guessed.  `--client-costs FILE` also writes the
figures as JSON.  Works under pytest-xdist: the client travels in each report's user_properties.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

KEY = "snippetgen-client"
SHOWN = 12  # clients listed in the summary; the JSON file has all


def pytest_addoption(parser):
    parser.addoption("--client-costs", type=Path, default=None, metavar="FILE",
                     help="also write each client's test seconds to FILE as JSON")


def pytest_collection_modifyitems(config, items):
    from snippetgen.manifest import Client

    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        clients = [value.id for value in params.values() if isinstance(value, Client)]
        if len(clients) == 1:
            item.user_properties.append((KEY, clients[0]))


class Costs:
    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)
        self.tests: dict[str, int] = defaultdict(int)
        self.slowest: dict[str, tuple[float, str]] = {}

    def pytest_runtest_logreport(self, report):
        client = dict(report.user_properties).get(KEY)
        if client is None:
            return
        self.seconds[client] += report.duration
        if report.duration > self.slowest.get(client, (0.0, ""))[0]:
            self.slowest[client] = (report.duration, f"{report.nodeid} ({report.when})")
        if report.when == "call" or (report.when == "setup" and report.skipped):
            self.tests[client] += 1

    def pytest_terminal_summary(self, terminalreporter, config):
        if not self.seconds:
            return
        ranked = sorted(self.seconds.items(), key=lambda item: -item[1])
        total = sum(self.seconds.values())
        terminalreporter.write_sep("-", f"seconds per client ({len(ranked)} clients, {total:.0f} s in all, "
                                        "summed over workers)")
        for client, seconds in ranked[:SHOWN]:
            terminalreporter.write_line(f"{seconds:8.1f} s  {self.tests[client]:4d} tests  {client:<22} "
                                        f"slowest {self.slowest[client][0]:.1f} s")
        if len(ranked) > SHOWN:
            rest = sum(seconds for _, seconds in ranked[SHOWN:])
            worst = max((self.slowest[client] + (client,) for client, _ in ranked[SHOWN:]))
            terminalreporter.write_line(f"{rest:8.1f} s  the other {len(ranked) - SHOWN} clients "
                                        f"(slowest test {worst[0]:.1f} s: {worst[1]})")
        path = config.getoption("--client-costs")
        if path:
            path.write_text(json.dumps({client: {"seconds": round(seconds, 2), "tests": self.tests[client],
                                                 "slowest": {"seconds": round(self.slowest[client][0], 2),
                                                             "test": self.slowest[client][1]}}
                                        for client, seconds in ranked}, indent=1) + "\n", encoding="utf-8")


def pytest_configure(config):
    if not hasattr(config, "workerinput"):  # the controller (or a run without xdist) adds it up
        config.pluginmanager.register(Costs(), "snippetgen-client-costs")
