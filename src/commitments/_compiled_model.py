"""Builders and writers generated from the model, for documents the schema has accepted.

The cattrs converter (:mod:`commitments.convert`) checks every value it
structures; on a document that has passed validation that is work done twice.
:func:`build_plan` builds the same :class:`~commitments.model.Plan` with no
checks at all, and :func:`plan_value` writes one back as the same JSON value as
the converter, both by one generated function per model class (fields and types
read from the attrs classes), so a field added to the model is picked up here
too, or refused at once if its type is new. A property test holds them equal to the converter.
A builder fills the slots of a bare instance instead of calling ``__init__``
(twice as fast) where ``__init__`` would only store its arguments; a ``Text``
of a string is made the same way, its converter skipped.

:func:`build_plan` must only see values the schema accepts: anything else may
raise any exception or build nonsense.
"""

import datetime
import functools
import linecache
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
    _freeze_text,
)

__all__ = ["build_plan", "plan_value"]

_SOURCE_NAME = "<commitments compiled model>"

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


def _text_builder() -> Callable[[Any], Text]:
    """Build a Text as its ``__init__`` does (``_freeze_text`` but for a str), without it."""
    if not _slots_only(Text, {"value": _freeze_text}):
        return Text
    new, set_value = object.__new__, Text.__dict__["value"].__set__

    def build(value: Any) -> Text:
        text: Text = new(Text)
        set_value(text, value if isinstance(value, str) else _freeze_text(value))
        return text

    return build


def _slots_only(cls: type, converters: Mapping[str, Any]) -> bool:
    """Whether ``__init__`` of ``cls`` only stores its arguments (or their ``converters``).

    If so, setting each slot of a bare instance makes the same object, at half the cost.
    """
    fields = attrs.fields(cls)
    return (
        cls.__dict__.get("__slots__") == (*(field.name for field in fields), "__weakref__")
        and not any(hasattr(cls, hook) for hook in ("__attrs_pre_init__", "__attrs_post_init__"))
        and all(
            field.init
            and field.validator is None
            and field.converter is converters.get(field.name)
            and not isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
            for field in fields
        )
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


def _build_template(kind: Any, namespace: dict[str, Any]) -> str:
    """How to build one value ``{0}`` of a type, from its JSON value."""
    name = f"_to_{getattr(kind, '__name__', 'value')}"
    if kind is str:
        return "{0}"
    if kind is int:
        namespace[name] = _as_int
    elif kind is Decimal:
        namespace[name] = _as_decimal
        kept, exact = "{0} if type({0}) is _Decimal", "_Decimal({0}) if type({0}) is int"
        return f"{kept} else {exact} else _to_Decimal({{0}})"
    elif kind is datetime.date:
        namespace[name] = datetime.date.fromisoformat
    elif kind is Text:
        namespace[name] = _text_builder()
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


#: What ``t = Text(v)`` does, without the call of ``__init__`` (and of its converter for a str).
_SET_TEXT = "_set_Text_value(t := _new(_Text), v if isinstance(v, str) else _freeze_text(v))"


def _build_statements(
    cls: type, values: dict[str, str], texts: dict[str, bool], namespace: dict[str, Any]
) -> list[str]:
    """Fill the slots of a bare ``x``, a Text field inline (``texts``: name → optional).

    Returns ``[]`` where that would not make what ``__init__`` makes.
    """
    name = cls.__name__
    fields = attrs.fields(cls)
    missing = [field for field in fields if field.name not in values]
    if not _slots_only(cls, {}) or any(field.default is attrs.NOTHING for field in missing):
        return []
    for field in fields:
        namespace[f"_set_{name}_{field.name}"] = cls.__dict__[field.name].__set__
    inline = namespace["_to_Text"] is not Text if texts else False
    lines = [f"x = _new(_{name})"]
    for field, value in values.items():
        setter = f"_set_{name}_{field}"
        if inline and texts.get(field):
            lines += [f"if (v := get({field!r})) is None:", f"    {setter}(x, None)", "else:"]
            lines += [f"    {_SET_TEXT}", f"    {setter}(x, t)"]
        elif inline and field in texts:
            lines += [f"v = o[{field!r}]", _SET_TEXT, f"{setter}(x, t)"]
        else:
            lines.append(f"{setter}(x, {value})")
    for field in missing:
        namespace[f"_default_{name}_{field.name}"] = field.default
        lines.append(f"_set_{name}_{field.name}(x, _default_{name}_{field.name})")
    return [*lines, "return x"]


def _builder_source(cls: type, namespace: dict[str, Any]) -> str:
    """Build an instance with no check: by its slots where allowed, else by ``__init__``."""
    fields = _field_parts(cls)
    cls_name = cls.__name__
    namespace[f"_known_{cls_name}"] = frozenset(name for name, *_ in fields)
    namespace[f"_{cls_name}"] = cls
    values, texts = {}, {}
    for name, kind, optional, many in fields:
        one = _build_template(kind, namespace)
        if many:
            one = "tuple({0})" if one == "{0}" else f"tuple([{one.format('i')} for i in {{0}}])"
        elif kind is Text:
            texts[name] = optional
        if optional and one == "{0}":
            values[name] = f"get({name!r})"
        elif optional:
            values[name] = f"None if (v := get({name!r})) is None else {one.format('v')}"
        else:
            values[name] = one.format(f"o[{name!r}]")
    arguments = ",".join(f"\n        {name}={value}" for name, value in values.items())
    body = _build_statements(cls, values, texts, namespace)
    return (
        f"def _build_{cls_name}(o):\n"
        f"    if not _known_{cls_name}.issuperset(o):\n"
        f"        return _with_extensions(_build_{cls_name}, _known_{cls_name}, o)\n"
        "    get = o.get\n"
        + "".join(f"    {line}\n" for line in body or [f"return _{cls_name}({arguments},\n    )"])
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
        "_new": object.__new__,
        "_Text": Text,
        "_set_Text_value": Text.__dict__["value"].__set__,
        "_freeze_text": _freeze_text,
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
