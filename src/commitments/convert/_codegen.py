"""What the generated builders and writers share: the model's classes and fields, and a compiler.

The way from a JSON value to the model (:mod:`commitments.convert._builders`) and the
way back (:mod:`commitments.convert._writers`) are each one generated function per
class of :data:`MODEL_CLASSES`, written from the fields of the attrs classes
(:func:`field_parts`) and compiled by :func:`compile_functions`.
"""

import linecache
import types
import typing
from typing import Any

import attrs

from commitments.model._fields import is_extensions_field
from commitments.model.parts import (
    Agency,
    Baseline,
    Category,
    Jurisdiction,
    Metric,
    Observation,
    Source,
    Target,
)
from commitments.model.plan import Commitment, Plan

__all__ = ["MODEL_CLASSES", "compile_functions", "field_parts"]

#: Every class of the model that is a JSON object in a document.
MODEL_CLASSES = (
    Source,
    Jurisdiction,
    Category,
    Agency,
    Metric,
    Baseline,
    Target,
    Observation,
    Commitment,
    Plan,
)


def _parts(annotation: Any) -> tuple[Any, bool, bool]:
    """The item type of a field, and whether it is optional and a tuple."""
    optional = False
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        annotation, optional = args[0], True
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) is tuple:
        item = typing.get_args(annotation)[0]
        if typing.get_origin(item) is typing.Annotated:
            item = typing.get_args(item)[0]
        return item, optional, True
    return annotation, optional, False


def field_parts(cls: type) -> list[tuple[str, Any, bool, bool]]:
    """Each field but ``extensions``: name, item type, whether optional, whether a tuple."""
    hints = typing.get_type_hints(cls, include_extras=True)
    parts = []
    for field in attrs.fields(cls):
        if is_extensions_field(field):
            continue
        kind, optional, many = _parts(hints[field.name])
        if optional and field.default is not None:
            raise TypeError(f"{cls.__name__}.{field.name}: an optional field must default to None")
        parts.append((field.name, kind, optional, many))
    return parts


def compile_functions(label: str, source: str, namespace: dict[str, Any]) -> dict[str, Any]:
    """Compile generated functions into ``namespace``; tracebacks through them show their lines."""
    name = f"<commitments compiled model: {label}>"
    linecache.cache[name] = (len(source), None, source.splitlines(True), name)
    exec(compile(source, name, "exec"), namespace)
    return namespace
