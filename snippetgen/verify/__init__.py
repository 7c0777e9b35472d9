"""Run snippets against a loopback HTTPS server and check they send the spec's request.

Used by `snippetgen verify` and by the live tests; the session lives in session.py, the
commands that run a client in runners.py (read from its manifest), the CA's stores in trust.py.
"""

from .session import FAIL, MISSING, PASS, Outcome, Session, fill_values, redactor, retarget, secret_values

__all__ = ["FAIL", "MISSING", "PASS", "Outcome", "Session", "fill_values", "redactor", "retarget", "secret_values"]
