"""Names a package imports from its modules on first use: the faces' one mechanism.

A face (a package's ``__init__``) lists where each public name lives and hands
:func:`lazy_names` its table; the functions it returns become the face's module-level
``__getattr__`` and ``__dir__``, so that importing the package imports nothing else.

>>> getattr_, dir_ = lazy_names("json", {"dumps": ""}, ["dumps"])
>>> getattr_("dumps").__name__, dir_()
('dumps', ['dumps'])
"""

import importlib
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["lazy_names"]


def lazy_names(
    package: str,
    locations: Mapping[str, str],
    public: Sequence[str],
    *,
    computed: Mapping[str, Callable[[], Any]] | None = None,
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Return a package's ``__getattr__`` and ``__dir__`` for names imported on first use.

    Args:
        package: The package's ``__name__``.
        locations: Each public name and the module (relative to ``package``, ``""``
            for the package itself) that defines it.
        public: The package's ``__all__``.
        computed: Names whose value a function gives instead (``__version__``).

    Returns:
        ``__getattr__``, which imports a name, keeps it in the package and returns
        it (:class:`AttributeError` for any other name), and ``__dir__``.
    """
    extra = computed or {}

    def __getattr__(name: str) -> Any:
        if name in extra:
            value = extra[name]()
        else:
            module = locations.get(name)
            if module is None:
                raise AttributeError(f"module {package!r} has no attribute {name!r}")
            value = getattr(importlib.import_module(f"{package}.{module}".rstrip(".")), name)
        vars(sys.modules[package])[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(public)

    return __getattr__, __dir__
