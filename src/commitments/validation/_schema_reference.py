r"""The reference validator: :mod:`jsonschema`, judging documents as other implementations do.

:data:`ReferenceValidator` is :mod:`jsonschema`'s draft 2020-12 validator with
three differences, so that it accepts and rejects exactly what ajv and
jsonschema-rs accept and reject, and never raises on a JSON value:

* ``pattern`` has ECMA-262 semantics: ``$`` matches at the very end of the
  string only (Python's ``$`` also matches before a final ``"\n"``, which would
  let ``"abc\n"`` pass as a slug);
* a number is an ``int``, :class:`~decimal.Decimal` or ``float`` that is finite
  (``NaN`` and ``Infinity`` are not JSON numbers), and an integer is any number
  with no fractional part (``2021.0``), as draft 2020-12 says;
* ``uniqueItems`` compares JSON values by a canonical text, without recursion
  or ordering (so neither a ``NaN`` nor deep nesting can make it raise), and
  ``additionalProperties: false`` gives one error per unknown key, pointing at
  that key's member.
"""

import functools
import json
import math
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

import jsonschema
from jsonschema import Draft202012Validator, ValidationError
from jsonschema.protocols import Validator

__all__ = ["ReferenceValidator", "ecma_regex", "first_repeat"]


def _translate_ecma(pattern: str) -> str:
    r"""Rewrite each ``$`` anchor (outside classes and escapes) as Python's ``\Z``."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            out.append(r"\Z")
            continue
        out.append(char)
    return "".join(out)


@functools.cache
def ecma_regex(pattern: str) -> re.Pattern[str]:
    r"""Compile a JSON Schema pattern so that Python matches as ECMA-262 does.

    >>> bool(ecma_regex("^[a-z]+$").search("abc\n")), bool(ecma_regex("^[a-z]+$").search("abc"))
    (False, True)

    Args:
        pattern: A pattern of the schema (the ASCII subset both dialects share).

    Returns:
        The compiled regular expression; use :meth:`re.Pattern.search`.

    """
    return re.compile(_translate_ecma(pattern))


def _is_number(_: object, instance: object) -> bool:
    if isinstance(instance, bool):
        return False
    if isinstance(instance, int):
        return True
    if isinstance(instance, float):
        return math.isfinite(instance)
    return isinstance(instance, Decimal) and instance.is_finite()


def _is_integer(checker: object, instance: object) -> bool:
    if not _is_number(checker, instance):
        return False
    if isinstance(instance, Decimal):
        return instance == instance.to_integral_value()
    if isinstance(instance, float):
        return instance.is_integer()
    return True


def _pattern(
    validator: Validator, pattern: str, instance: object, _: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if isinstance(instance, str) and not ecma_regex(pattern).search(instance):
        yield ValidationError(f"does not match {pattern}")


def _additional_properties(
    validator: Validator, allowed: object, instance: object, schema: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if allowed is not False:
        yield from Draft202012Validator.VALIDATORS["additionalProperties"](
            validator, allowed, instance, schema
        )
        return
    if not isinstance(instance, dict):
        return
    known = schema.get("properties", {})
    patterns = [ecma_regex(p) for p in schema.get("patternProperties", {})]
    for key in instance:
        if key not in known and not any(p.search(key) for p in patterns):
            yield ValidationError(f"unknown key {key}", path=(key,), instance=instance[key])


class _Mark(str):
    """Text written into a key as is: a bracket, or an object's key (not a JSON string value)."""

    __slots__ = ()


def _number_key(number: Decimal) -> str:
    """Exact and equal for equal numbers: ``1``, ``1.0`` and ``1E+0`` give ``1e0``."""
    if not number.is_finite():
        return str(number)
    digits = "".join(map(str, number.as_tuple().digits)).rstrip("0")
    if not digits:
        return "0"
    sign = "-" if number.is_signed() else ""
    return f"{sign}{digits}e{number.adjusted()}"


def _json_key(value: object) -> str:
    """A text that is equal for equal JSON values (``1 == 1.0``, ``true != 1``).

    Built with a stack, not recursion, so that any nesting depth is fine.
    """
    out: list[str] = []
    stack: list[object] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, _Mark):
            out.append(item)
        elif isinstance(item, list):
            out.append("[")
            stack.append(_Mark("]"))
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            out.append("{")
            stack.append(_Mark("}"))
            for key in sorted(item, key=str, reverse=True):
                stack.extend((item[key], _Mark(json.dumps(str(key)) + ":")))
        elif isinstance(item, bool) or item is None:
            out.append(json.dumps(item))
        elif isinstance(item, int | float | Decimal):
            out.append("n" + _number_key(Decimal(item)))
        else:
            out.append("s" + json.dumps(item, default=repr))
        out.append(",")
    return "".join(out)


def first_repeat(items: list[Any]) -> tuple[int, int] | None:
    """Return the indexes of the first item equal (as JSON) to an earlier one, if any.

    >>> first_repeat(["started", "done", "started"]), first_repeat([1, True])
    ((0, 2), None)
    >>> first_repeat([{"a": [1]}, {"a": [Decimal("1.00")]}]), first_repeat(["]", []])
    ((0, 1), None)
    """
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        key = _json_key(item)
        if key in seen:
            return seen[key], index
        seen[key] = index
    return None


def _unique_items(
    validator: Validator, unique: object, instance: object, _: Mapping[str, Any]
) -> Iterator[ValidationError]:
    if unique is True and isinstance(instance, list) and first_repeat(instance) is not None:
        yield ValidationError("has repeated items")


#: Draft 2020-12 as ECMA-262 and other implementations read it (see the module doc).
ReferenceValidator: type[Validator] = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator,
    validators={
        "additionalProperties": _additional_properties,
        "pattern": _pattern,
        "uniqueItems": _unique_items,
    },
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine_many(
        {"integer": _is_integer, "number": _is_number}
    ),
)
