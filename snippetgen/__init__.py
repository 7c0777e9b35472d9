"""snippetgen: declarative HTTP request specs rendered to runnable code in many languages."""

from .render import Snippet, render_snippet
from .request import Request, build_request
from .spec import Spec, load_spec, parse_spec
from .targets import resolve

__all__ = ["Request", "Snippet", "Spec", "build_request", "load_spec", "parse_spec", "render_snippet", "resolve"]
