"""snippetgen: declarative HTTP request specs rendered to runnable code in many languages.

The public API is imported on first use, so `import snippetgen.errors` (and the CLI's
start-up) does not pay for Jinja, YAML and the rest until they are needed.
"""

from importlib import import_module

_API = {
    "Snippet": "render", "render_snippet": "render",
    "Request": "request", "build_request": "request",
    "Spec": "spec", "load_spec": "spec", "parse_spec": "spec",
    "resolve": "languages",
}

__all__ = sorted(_API)


def __getattr__(name: str):
    if name in _API:
        return getattr(import_module(f".{_API[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
