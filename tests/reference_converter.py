"""The reference converter: cattrs between JSON values and the model (tests only).

The library builds plans with the generated builders of :mod:`commitments.convert`
(about 3 times faster on a plan of 57 commitments). This converter is the independent
reference they are tested against: a plan built either way must be equal.

:func:`make_converter` returns a converter that is strict where cattrs is lenient
by default: no string-to-number, number-to-string or bool-to-number coercion, a
list where the format has a list, unknown keys refused, ``x-`` keys kept in each
object's ``extensions``. Unstructuring writes back exactly what was read: absent
optional keys stay absent, numbers stay :class:`~decimal.Decimal` (for
:func:`commitments.dumps` to write digit for digit), a plain-string text stays a
string.

>>> from commitments.model.plan import Plan
>>> converter = make_converter()
>>> plan = converter.structure(
...     {"schema_version": "1.0", "jurisdiction": {"name": "Jilin"}, "year": 2021,
...      "commitments": [], "x-origin": "doctest"},
...     Plan,
... )
>>> plan.extensions["x-origin"]
'doctest'
>>> converter.unstructure(plan)["x-origin"]
'doctest'
"""

import datetime
import re
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Any

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError, IterableValidationError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from commitments.convert import MODEL_CLASSES
from commitments.model._fields import is_extensions_field
from commitments.model.text import Text
from commitments.model.vocab import Direction, MetricKind, Status

__all__ = [
    "configure_converter",
    "json_type_name",
    "make_converter",
    "structure_error_details",
]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def json_type_name(value: object) -> str:
    """Name the JSON type of a Python value the way a JSON user would."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float | Decimal):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _expected(what: str, value: object) -> TypeError:
    return TypeError(f"expected {what}, got {json_type_name(value)}")


def _structure_str(value: object, _: object) -> str:
    if type(value) is str:
        return value
    raise _expected("a string", value)


def _structure_bool(value: object, _: object) -> bool:
    if type(value) is bool:
        return value
    raise _expected("true or false", value)


def _structure_int(value: object, _: object) -> int:
    if type(value) is int:
        return value
    # JSON Schema's "integer" is any number with a zero fractional part (2021.0).
    if type(value) is Decimal and value.is_finite() and value == value.to_integral_value():
        return int(value)
    if type(value) is float and value.is_integer():
        return int(value)
    raise _expected("an integer", value)


def _structure_decimal(value: object, _: object) -> Decimal:
    if type(value) is Decimal:
        if value.is_finite():
            return value
        raise ValueError(f"expected a finite number, got {value}")
    if type(value) is int:
        return Decimal(value)
    if type(value) is float:
        # A float parsed elsewhere: its shortest repr is the text it was read from.
        result = Decimal(repr(value))
        if result.is_finite():
            return result
        raise ValueError(f"expected a finite number, got {value!r}")
    raise _expected("a number", value)


def _structure_date(value: object, _: object) -> datetime.date:
    if type(value) is not str:
        raise _expected("a date string YYYY-MM-DD", value)
    if not _DATE.fullmatch(value):
        raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}")
    return datetime.date.fromisoformat(value)


def _structure_text(value: object, _: object) -> Text:
    if type(value) is str:
        if value:
            return Text(value)
        raise ValueError("expected a non-empty string")
    if type(value) is dict and value:
        for tag, string in value.items():
            if type(string) is not str or not string:
                raise ValueError(f"expected a non-empty string for language {tag!r}")
        return Text(value)
    raise _expected("a string or an object of language tags to strings", value)


def _structure_enum(value: object, enum: type[StrEnum]) -> StrEnum:
    if type(value) is not str:
        raise _expected("a string", value)
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in enum)
        raise ValueError(f"expected one of {allowed}, got {value!r}") from None


def _unstructure_text(text: Text) -> str | dict[str, str]:
    value = text.value
    return value if isinstance(value, str) else dict(value)


def _is_homogeneous_tuple(type_: Any) -> bool:
    return getattr(type_, "__origin__", None) is tuple and (
        len(type_.__args__) == 2 and type_.__args__[1] is Ellipsis
    )


def _tuple_hook_factory(type_: Any, converter: cattrs.Converter) -> Callable[[Any, Any], Any]:
    item_type = type_.__args__[0]
    structure_item = converter.get_structure_hook(item_type)
    detailed = converter.detailed_validation

    def structure_tuple(value: Any, _: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _expected("an array", value)
        if not detailed:
            return tuple([structure_item(item, item_type) for item in value])
        errors: list[Exception] = []
        items = []
        for index, item in enumerate(value):
            try:
                items.append(structure_item(item, item_type))
            except Exception as error:  # noqa: BLE001 - collected and re-raised as a group
                error.__notes__ = [
                    *getattr(error, "__notes__", []),
                    cattrs.IterableValidationNote(f"@ index {index}", index, item_type),
                ]
                errors.append(error)
        if errors:
            raise IterableValidationError(f"while structuring {type_!r}", errors, type_)
        return tuple(items)

    return structure_tuple


def _refuse_unknown_keys(
    value: dict[str, Any],
    unknown: set[str],
    known: frozenset[str],
    structure_fields: Callable[[Any, Any], Any],
    cls: type,
) -> None:
    """Raise for unknown keys, together with any error among the known ones."""
    refusal = ForbiddenExtraKeysError(
        f"unknown key(s) {', '.join(sorted(map(repr, unknown)))}", cls, unknown
    )
    try:
        structure_fields({key: item for key, item in value.items() if key in known}, cls)
    except ClassValidationError as error:
        raise ClassValidationError(error.message, [refusal, *error.exceptions], cls) from None
    raise refusal


def _model_hooks(
    cls: type[Any], converter: cattrs.Converter
) -> tuple[Callable[[Any, Any], Any], Callable[[Any], dict[str, Any]]]:
    """Build the structure and unstructure hooks of one model class.

    Every model class has an ``extensions`` field holding its ``x-`` keys; the
    generated cattrs functions handle the other fields.
    """
    known = frozenset(f.name for f in attrs.fields(cls) if not is_extensions_field(f))
    structure_fields = make_dict_structure_fn(
        cls, converter, _cattrs_forbid_extra_keys=False, extensions=override(omit=True)
    )
    unstructure_fields = make_dict_unstructure_fn(
        cls, converter, _cattrs_omit_if_default=True, extensions=override(omit=True)
    )

    def structure(value: Any, _: Any) -> Any:
        if type(value) is not dict:
            raise _expected("an object", value)
        extra = value.keys() - known
        if not extra:
            return structure_fields(value, cls)
        unknown = {key for key in extra if not key.startswith("x-")}
        if unknown:
            _refuse_unknown_keys(value, unknown, known, structure_fields, cls)
        own = {key: item for key, item in value.items() if key not in extra}
        extensions = MappingProxyType({key: value[key] for key in value if key in extra})
        return attrs.evolve(structure_fields(own, cls), extensions=extensions)

    def unstructure(obj: Any) -> dict[str, Any]:
        result = unstructure_fields(obj)
        extensions = getattr(obj, "extensions", None)
        if extensions:
            result.update(extensions)
        return result

    return structure, unstructure


def configure_converter(converter: cattrs.Converter) -> None:
    """Install the hooks of format 1.0 on a converter.

    Args:
        converter: A :class:`cattrs.Converter`; use :func:`make_converter` unless
            you are combining these hooks with your own.

    """
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(datetime.date, _structure_date)
    converter.register_structure_hook(Text, _structure_text)
    for enum in (Direction, MetricKind, Status):
        converter.register_structure_hook(enum, _structure_enum)
        converter.register_unstructure_hook(enum, str)
    converter.register_unstructure_hook(Decimal, lambda value: value)
    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_unstructure_hook(Text, _unstructure_text)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook_factory)
    for cls in MODEL_CLASSES:
        structure, unstructure = _model_hooks(cls, converter)
        converter.register_structure_hook(cls, structure)
        converter.register_unstructure_hook(cls, unstructure)


def make_converter(*, detailed_validation: bool = True) -> cattrs.Converter:
    """Return a new converter for the model of format 1.0.

    Args:
        detailed_validation: Collect every structuring error with its path (the
            default). Turn it off only for data that has already passed
            :func:`commitments.validate`, where it saves time.

    Returns:
        A converter whose ``structure(value, Plan)`` and ``unstructure(plan)`` map
        between JSON values and the model.

    """
    converter = cattrs.Converter(
        detailed_validation=detailed_validation,
        unstruct_collection_overrides={Sequence: list},
    )
    configure_converter(converter)
    return converter


def structure_error_details(error: BaseException) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Walk a (possibly grouped) structuring error into ``(path parts, message)`` pairs.

    Args:
        error: What ``converter.structure`` raised.

    Yields:
        For each underlying problem, the keys and indexes leading to the offending
        value and a one-line message.

    """
    yield from _walk(error, ())


def _walk(
    error: BaseException, path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(error, ClassValidationError | IterableValidationError):
        with_notes, without = error.group_exceptions()
        for inner, note in with_notes:
            step: str | int = (
                note.index if isinstance(note, cattrs.IterableValidationNote) else (note.name)
            )
            yield from _walk(inner, (*path, step))
        for inner in without:
            yield from _walk(inner, path)
    elif isinstance(error, ForbiddenExtraKeysError):
        for key in sorted(error.extra_fields):
            yield (*path, key), f"unknown key {key!r}"
    elif isinstance(error, KeyError):
        yield path, f"missing required key {error.args[0]!r}"
    else:
        yield path, str(error)
