"""The one Jinja environment and the rendering of a spec for a client.

Templates read the Request model and print every value through a named filter from
snippetgen/escaping/ (a filter's name is its function's name); they never parse or encode
anything themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2

from . import escaping
from .errors import ClientRefusal, SpecError, LanguageError
from .request import Request, build_request
from .spec import Spec
from .languages import Client, template_roots
from .variables import display_values


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept across processes (keyed by the template's source), so a
    one-off `snippetgen render` does not parse and compile its template every time."""
    try:
        return jinja2.FileSystemBytecodeCache()  # a private folder per user in the temp dir
    except (OSError, RuntimeError):
        return None


_RELOAD = True


def freeze_templates() -> None:
    """For a process that renders many snippets and outlives no template edit (a build's workers):
    Jinja stops checking each template file's time before every use (a stat per template and
    render, 5 % of rendering). Any other process keeps the check: it may render again after an edit
    (a docs dev server, a test)."""
    global _RELOAD
    if _RELOAD:
        _RELOAD = False
        environment.cache_clear()


@cache
def environment(user_dirs: tuple[Path, ...] = (), sandbox: bool = False) -> jinja2.Environment:
    """The Jinja environment every render and every test uses (user template folders first).

    User templates are code the user chose to run, like a plugin; `sandbox` renders them in
    Jinja's SandboxedEnvironment for templates from elsewhere (no attribute tricks to reach
    Python, files or commands)."""
    if sandbox:
        from jinja2.sandbox import SandboxedEnvironment as factory
    else:
        factory = jinja2.Environment
    env = factory(
        loader=jinja2.FileSystemLoader([str(root) for root in template_roots(user_dirs)]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=_RELOAD,
        bytecode_cache=_bytecode_cache(),
    )
    env.filters.update(escaping.filters())
    env.globals["refuse"] = _refuse
    return env


def _refuse(reason: str) -> None:
    """For a template: `{{ refuse("why") }}` where its client cannot send the request exactly."""
    raise ClientRefusal(reason)


@dataclass(frozen=True)
class Snippet:
    """One rendering: `display` has secrets masked (unless revealed), `copy` has real values."""

    client: Client
    display: str
    copy: str


def render_request(request: Request, client: Client, *, short: bool = False,
                   user_dirs: tuple[Path, ...] = (), sandbox: bool = False) -> str:
    try:
        template = environment(user_dirs, sandbox).get_template(client.template)
        return template.render(request=request, short=short)
    except ClientRefusal as exc:
        raise ClientRefusal(f"{client.id} cannot send this request exactly: {exc}") from None
    except jinja2.exceptions.SecurityError as exc:
        raise LanguageError(f"template {client.template} did something --sandbox forbids: {exc}") from None
    except jinja2.TemplateError as exc:
        raise LanguageError(f"template {client.template}: {exc}") from None


def check_values(spec: Spec, values: dict[str, str]) -> None:
    for name in values:
        if name not in spec.variables:
            raise SpecError(f"--var {undeclared(spec, name)}",
                            file=spec.file, path="variables", line=spec.lines.get("variables"))


def undeclared(spec: Spec, name: str, of: str = "") -> str:
    """'NAME is not a declared variable[ of OF] (did you mean ...?)': a name given a value that spec lacks."""
    import difflib  # only for a did-you-mean: kept off the start-up path
    hint = difflib.get_close_matches(name, list(spec.variables), n=1)
    declared = ", ".join(spec.variables) or "none"
    suggestion = f"did you mean {hint[0]!r}?" if hint else f"declared: {declared}"
    return f"{name} is not a declared variable{of and ' of ' + of} ({suggestion})"


def _request(spec: Spec, values: dict[str, str], *, display: bool = False) -> Request:
    key = (display, *values.items())
    request = spec.requests.get(key)
    if request is None:
        request = spec.requests[key] = build_request(spec, values, display=display)
    return request


def render_snippet(spec: Spec, client: Client, values: dict[str, str] | None = None, *,
                   reveal: bool = False, short: bool = False,
                   user_dirs: tuple[Path, ...] = (), sandbox: bool = False) -> Snippet:
    """Render spec for client, once with the values and once as displayed (masked)."""
    try:
        return _render_both(spec, client, values or {}, reveal, short, user_dirs, sandbox)
    except ClientRefusal as exc:
        raise ClientRefusal(f"{spec.file}: {exc}") from None


def _render_both(spec: Spec, client: Client, values: dict[str, str], reveal: bool, short: bool,
                 user_dirs: tuple[Path, ...], sandbox: bool) -> Snippet:
    check_values(spec, values)
    copy = render_request(_request(spec, values), client, short=short, user_dirs=user_dirs, sandbox=sandbox)
    shown = display_values(spec.variables, values, reveal)
    if shown == values:
        return Snippet(client, copy, copy)
    # Built after the real values passed every check: a mask may then stand where they stood.
    display = render_request(_request(spec, shown, display=True), client, short=short, user_dirs=user_dirs,
                             sandbox=sandbox)
    return Snippet(client, display, copy)
