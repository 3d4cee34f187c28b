"""Builders and writers generated from the model, for documents the schema has accepted.

The cattrs converter (:mod:`commitments.convert`) checks every value it
structures; on a document that has passed validation that is work done twice.
:func:`build_plan` builds the same :class:`~commitments.model.Plan` with no
checks at all, and :func:`plan_value` writes one back as the same JSON value as
the converter, both by one generated function per model class (fields and types
read from the attrs classes), so a field added to the model is picked up here
too, or refused at once if its type is new. A property test holds them equal to the converter.

:func:`build_plan` must only see values the schema accepts: anything else may
raise any exception or build nonsense.
"""

import datetime
import functools
import json
import linecache
import re
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs

from commitments._fields import is_extensions_field
from commitments.model import (
    Agency,
    Baseline,
    Category,
    Commitment,
    Jurisdiction,
    Metric,
    Observation,
    Plan,
    Source,
    Target,
    Text,
)

__all__ = ["build_plan", "plan_json", "plan_value"]

_SOURCE_NAME = "<commitments compiled model>"
_SURROGATE = re.compile("[\ud800-\udfff]")

Number = Callable[[Decimal], Any]

#: Every class of the model that is a JSON object in a document.
_MODEL_CLASSES = (
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


def _as_int(value: Any) -> int:
    return value if type(value) is int else int(value)


def _as_decimal(value: Any) -> Decimal:
    if type(value) is Decimal:
        return value
    return Decimal(value) if type(value) is int else Decimal(repr(value))


def _text_value(text: Text) -> str | dict[str, str]:
    value = text.value
    return value if isinstance(value, str) else dict(value)


def _extensions_value(value: Any, number: Number) -> Any:
    if isinstance(value, Mapping):
        return {key: _extensions_value(item, number) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_extensions_value(item, number) for item in value]
    return number(value) if type(value) is Decimal else value


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


def _build_template(kind: Any, namespace: dict[str, Any]) -> str:
    """How to build one value ``{0}`` of a type, from its JSON value."""
    name = f"_to_{getattr(kind, '__name__', 'value')}"
    if kind is str:
        return "{0}"
    if kind is int:
        namespace[name] = _as_int
    elif kind is Decimal:
        namespace[name] = _as_decimal
        return "{0} if type({0}) is _Decimal else _to_Decimal({0})"
    elif kind is datetime.date:
        namespace[name] = datetime.date.fromisoformat
    elif kind is Text:
        namespace[name] = Text
    elif isinstance(kind, type) and issubclass(kind, Enum):
        namespace[name] = {member.value: member for member in kind}.__getitem__
    elif kind in _MODEL_CLASSES:
        name = f"_build_{kind.__name__}"
    else:
        raise TypeError(f"no builder for {kind!r}: teach commitments._compiled_model about it")
    return name + "({0})"


def _write_template(kind: Any, namespace: dict[str, Any]) -> str:
    """How to write one value ``{0}`` of a type as JSON (``number`` writes Decimals)."""
    name = f"_from_{getattr(kind, '__name__', 'value')}"
    if kind in (str, int):
        return "{0}"
    if kind is Decimal:
        return "number({0})"
    if kind is datetime.date:
        namespace[name] = datetime.date.isoformat
    elif kind is Text:
        namespace[name] = _text_value
    elif isinstance(kind, type) and issubclass(kind, Enum):
        namespace[name] = str
    elif kind in _MODEL_CLASSES:
        return f"_write_{kind.__name__}({{0}}, number)"
    else:
        raise TypeError(f"no writer for {kind!r}: teach commitments._compiled_model about it")
    return name + "({0})"


def _field_parts(cls: type) -> list[tuple[str, Any, bool, bool]]:
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


def _builder_source(cls: type, namespace: dict[str, Any]) -> str:
    fields = _field_parts(cls)
    namespace[f"_known_{cls.__name__}"] = frozenset(name for name, *_ in fields)
    namespace[f"_{cls.__name__}"] = cls
    arguments = []
    for name, kind, optional, many in fields:
        one = _build_template(kind, namespace)
        if many:
            one = "tuple({0})" if one == "{0}" else f"tuple([{one.format('i')} for i in {{0}}])"
        if optional and one == "{0}":
            arguments.append(f"{name}=get({name!r})")
        elif optional:
            arguments.append(f"{name}=None if (v := get({name!r})) is None else {one.format('v')}")
        else:
            arguments.append(f"{name}={one.format(f'o[{name!r}]')}")
    cls_name = cls.__name__
    return (
        f"def _build_{cls_name}(o):\n"
        f"    if not _known_{cls_name}.issuperset(o):\n"
        f"        return _with_extensions(_build_{cls_name}, _known_{cls_name}, o)\n"
        "    get = o.get\n"
        f"    return _{cls_name}(\n        " + ",\n        ".join(arguments) + ",\n    )\n"
    )


def _writer_source(cls: type, namespace: dict[str, Any]) -> str:
    """Required keys first, then the optional ones present, then extensions (as cattrs does)."""
    required, optional = [], []
    for name, kind, is_optional, many in _field_parts(cls):
        one = _write_template(kind, namespace)
        if many:
            one = "list({0})" if one == "{0}" else f"[{one.format('i')} for i in {{0}}]"
        if is_optional:
            optional.append(f"    if (v := x.{name}) is not None:")
            optional.append(f"        r[{name!r}] = {one.format('v')}")
        else:
            required.append(f"{name!r}: {one.format(f'x.{name}')}")
    return (
        "\n".join(
            [
                f"def _write_{cls.__name__}(x, number):",
                "    r = {" + ", ".join(required) + "}",
                *optional,
                "    if x.extensions:",
                "        r.update(_extensions_value(x.extensions, number))",
                "    return r",
            ]
        )
        + "\n"
    )


def _with_extensions(build: Callable[[Any], Any], known: frozenset[str], value: Any) -> Any:
    own = {key: item for key, item in value.items() if key in known}
    extensions = types.MappingProxyType({k: v for k, v in value.items() if k not in known})
    return attrs.evolve(build(own), extensions=extensions)


@functools.cache
def _compiled() -> dict[str, Any]:
    """Generate and compile the functions, once, on first use (a few milliseconds)."""
    namespace: dict[str, Any] = {
        "_Decimal": Decimal,
        "_with_extensions": _with_extensions,
        "_extensions_value": _extensions_value,
    }
    sources = []
    for cls in _MODEL_CLASSES:
        sources.append(_builder_source(cls, namespace))
        sources.append(_writer_source(cls, namespace))
    source = "\n".join(sources)
    # Tracebacks through the generated functions show their lines.
    linecache.cache[_SOURCE_NAME] = (len(source), None, source.splitlines(True), _SOURCE_NAME)
    exec(compile(source, _SOURCE_NAME, "exec"), namespace)
    return namespace


def _write_plan(plan: Plan, number: Number) -> dict[str, Any]:
    value: dict[str, Any] = _compiled()["_write_Plan"](plan, number)
    return value


def build_plan(value: Any) -> Plan:
    """Build the plan of a JSON value that the schema accepts, checking nothing.

    Args:
        value: A plan document's JSON value, already validated.

    Returns:
        The plan, equal to what the converter structures.

    """
    plan: Plan = _compiled()["_build_Plan"](value)
    return plan


def _same(number: Decimal) -> Decimal:
    return number


def plan_value(plan: Plan, number: Number = _same) -> dict[str, Any]:
    """Write a plan as its JSON value, as the converter unstructures it.

    Args:
        plan: The plan.
        number: Applied to every :class:`~decimal.Decimal` (kept as is by default).

    Returns:
        Dicts, lists, strings, ints and Decimals (or what ``number`` made of them).

    """
    return _write_plan(plan, number)


_PLACEHOLDER = re.compile(r'"\\u0000([^"]*)"')


def plan_json(plan: Plan) -> str | None:
    """Write a plan as one line of JSON with the C encoder, or ``None`` where it cannot.

    Each Decimal goes to :func:`json.dumps` as a string marked by a leading NUL
    character and is unquoted afterwards; the text is given up on (``None``, for
    the careful writer to do) when a string of the plan could be mistaken for
    such a mark, holds a lone surrogate, or a value is not JSON. (Indented text
    gains nothing here: :func:`json.dumps` indents in Python.)

    Args:
        plan: The plan.

    Returns:
        What ``write_json(plan_value(plan), indent=None)`` writes, or ``None``.

    """
    marked: list[str] = []

    def mark(number: Decimal) -> str:
        if not number.is_finite():
            raise ValueError(number)
        marked.append(text := "\0" + str(number))
        return text

    try:
        text = json.dumps(
            _write_plan(plan, mark), ensure_ascii=False, allow_nan=False, separators=(",", ":")
        )
    except (TypeError, ValueError):
        return None
    text, unmarked = _PLACEHOLDER.subn(r"\1", text)
    if unmarked != len(marked) or _SURROGATE.search(text):
        return None
    return text
