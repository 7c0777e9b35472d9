"""Per-language literal rules, one module per language, found by name.

Each module lists its Jinja filters in `__all__`: the filter name is the function's name.
A module with string literal functions (`*_str`, `*_text`, `*_text_block`) also has a
`PROBE` (common.Probe) with which tests/test_escape.py runs them through the language's
toolchain.  A new language adds one module here and nothing else.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from types import ModuleType
from typing import Callable

from .common import Probe


@cache
def modules() -> dict[str, ModuleType]:
    """Every module of this package, by name (imported once: `snippetgen render` pays this at start-up)."""
    return {
        info.name: importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
    }


@cache
def filters() -> dict[str, Callable]:
    """Every exported function by its name, which is also its Jinja filter name."""
    found: dict[str, Callable] = {}
    owner: dict[str, str] = {}
    for module_name, module in modules().items():
        if not hasattr(module, "__all__"):
            raise RuntimeError(f"snippetgen/escaping/{module_name}.py has no __all__ listing its filters")
        for name in module.__all__:
            if name in found:
                raise RuntimeError(
                    f"filter {name!r} is exported by both snippetgen/escaping/{owner[name]}.py and "
                    f"snippetgen/escaping/{module_name}.py: a filter name must be unique"
                )
            found[name] = getattr(module, name)
            owner[name] = module_name
    return found


def probes() -> dict[str, Probe]:
    """Module name -> its PROBE, for the modules that have one."""
    return {name: module.PROBE for name, module in modules().items() if hasattr(module, "PROBE")}
