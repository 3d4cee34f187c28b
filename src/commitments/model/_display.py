"""Notebook manners: a one-line repr of bounded length, HTML through a hook, and pickling.

Two class decorators, used by the model and by the analysis results:

- :func:`picklable` lets a frozen attrs class pickle although it holds read-only
  mappings (``extensions``, a Text's languages, a group's assessment counts), which
  :mod:`pickle` refuses: they travel as plain dicts and are frozen again on arrival.
- :func:`displayed` also gives the class a one-line ``repr`` of at most
  :data:`MAX_REPR` characters (a plan's full repr runs to tens of thousands) and a
  ``_repr_html_`` for notebooks, drawn by the renderer set in :mod:`commitments._notebook`.

>>> from commitments.model._display import bounded
>>> bounded("<Plan " + "x" * 300 + ">")[-12:], len(bounded("y" * 300))
('xxxxxxxxxx…>', 200)
"""

from collections.abc import Callable
from html import escape
from types import MappingProxyType
from typing import Any, TypeVar

import attrs

from commitments import _notebook
from commitments.model._fields import NO_EXTENSIONS
from commitments.model._visible import visible

__all__ = ["MAX_REPR", "bounded", "displayed", "picklable"]

#: The longest one-line repr, in characters.
MAX_REPR = 200

T = TypeVar("T")


def bounded(line: str, limit: int = MAX_REPR) -> str:
    """Return ``line`` on one line, controls escaped, cut to ``limit`` characters (``>`` kept)."""
    line = visible(" ".join(line.split()))
    if len(line) <= limit:
        return line
    end = ">" if line.endswith(">") else ""
    return line[: limit - 1 - len(end)] + "…" + end


class _Frozen(dict[str, Any]):
    """A read-only mapping on its way through pickle: frozen again when rebuilt."""


def _thaw(value: Any) -> Any:
    return _Frozen(value) if isinstance(value, MappingProxyType) else value


def _freeze(value: Any) -> Any:
    if not isinstance(value, _Frozen):
        return value
    return MappingProxyType(dict(value)) if value else NO_EXTENSIONS


def _rebuild(cls: type[T], values: tuple[Any, ...]) -> T:
    """Make an instance of a frozen attrs class from its field values, checking nothing."""
    instance = object.__new__(cls)
    for field, value in zip(attrs.fields(cls), values, strict=True):  # type: ignore[arg-type]
        object.__setattr__(instance, field.name, _freeze(value))
    return instance


def _reduce(self: Any) -> tuple[Any, ...]:
    values = tuple(_thaw(getattr(self, f.name)) for f in attrs.fields(type(self)))
    return _rebuild, (type(self), values)


def picklable(cls: type[T]) -> type[T]:
    """Let a frozen attrs class holding read-only mappings pickle (a class decorator)."""
    cls.__reduce__ = _reduce  # type: ignore[method-assign]
    return cls


def _repr_html_(self: Any) -> str:
    draw = _notebook.html
    if draw is None:
        return f"<code>{escape(repr(self))}</code>"
    return draw(self)


def displayed(line: Callable[[Any], str]) -> Callable[[type[T]], type[T]]:
    """Give a class a bounded one-line repr, notebook HTML and (attrs classes) pickling.

    Args:
        line: Says the object in one line; cut to :data:`MAX_REPR` characters.

    Returns:
        The class decorator.

    """

    def decorate(cls: type[T]) -> type[T]:
        cls.__repr__ = lambda self: bounded(line(self))  # type: ignore[method-assign]
        cls._repr_html_ = _repr_html_  # type: ignore[attr-defined]
        return picklable(cls) if attrs.has(cls) else cls  # type: ignore[arg-type]

    return decorate


def _text(value: Any, limit: int = 40) -> str:
    """Return a Text's first string, quoted and cut to ``limit`` characters."""
    return '"' + bounded(str(value), limit) + '"'


def _jurisdiction(jurisdiction: Any) -> str:
    return str(jurisdiction.code or jurisdiction.name)


def plan_line(plan: Any) -> str:
    """Say a plan in one line: who, which year, its title, how many commitments."""
    title = "" if plan.title is None else " " + _text(plan.title)
    count = len(plan.commitments)
    return (
        f"<Plan {_jurisdiction(plan.jurisdiction)} {plan.year}{title}: "
        f"{count} commitment{'s' if count != 1 else ''}>"
    )


def commitment_line(c: Any) -> str:
    """Say a commitment in one line: id, title, what is promised, status."""
    target = c.target.value if c.metric.is_numeric else c.effective_target_stage
    unit = f" {c.metric.unit}" if c.metric.unit else ""
    return f"<Commitment {c.id} {_text(c.title)} {c.metric.kind} {target}{unit} {c.status}>"


def report_line(report: Any) -> str:
    """Say a validation report in one line: valid or not, how many errors and warnings."""
    where = report.file or "document"
    verdict = "valid" if report.ok else "invalid"
    errors, warnings = len(report.errors), len(report.warnings)
    return (
        f"<Report {where}: {verdict}, {errors} error{'s' * (errors != 1)}, "
        f"{warnings} warning{'s' * (warnings != 1)}>"
    )
