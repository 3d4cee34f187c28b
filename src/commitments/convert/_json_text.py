"""Write JSON values as text, numbers digit for digit.

The standard library cannot write a :class:`~decimal.Decimal` as a JSON number,
and turning it into a float would round it. This writer prints a Decimal exactly
as it was read (``95.0`` stays ``95.0``, ``2.5E+6`` stays ``2.5E+6``), keeps
non-ASCII text readable, and escapes lone surrogates so that the output is
always valid UTF-8.
"""

import math
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from json.encoder import encode_basestring, encode_basestring_ascii
from typing import Any

from commitments.model._patterns import LONE_SURROGATE

__all__ = ["write_json"]


def _string(text: str) -> str:
    # Lone surrogates cannot be encoded as UTF-8: write them as \\uXXXX escapes.
    if LONE_SURROGATE.search(text):
        return encode_basestring_ascii(text)
    return encode_basestring(text)


def _number(value: Decimal | float) -> str:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} is not a JSON number")
        return str(value)
    if not math.isfinite(value):
        raise ValueError(f"{value!r} is not a JSON number")
    return repr(value)


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return _string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, Decimal | float):
        return _number(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def write_json(value: Any, *, indent: int | None = 2) -> str:
    """Return the JSON text of a JSON value.

    Args:
        value: ``dict`` (string keys), ``list``/``tuple``, ``str``, ``int``,
            :class:`~decimal.Decimal`, ``float``, ``bool`` or ``None``, nested.
        indent: Spaces per level; ``None`` writes everything on one line.

    Returns:
        The text, without a trailing newline.

    Raises:
        TypeError: A value is not JSON.
        ValueError: A number is NaN or infinite.

    >>> print(write_json({"value": Decimal("95.0"), "tags": ["a"]}))
    {
      "value": 95.0,
      "tags": [
        "a"
      ]
    }

    """
    parts: list[str] = []
    if indent is None:
        _write_compact(value, parts.append)
    else:
        _write_indented(value, parts.append, "\n", " " * indent)
    return "".join(parts)


def _write_compact(value: Any, emit: Callable[[str], None]) -> None:
    if isinstance(value, Mapping):
        emit("{")
        first = True
        for key, item in value.items():
            if not first:
                emit(",")
            first = False
            emit(_key(key))
            emit(":")
            _write_compact(item, emit)
        emit("}")
    elif isinstance(value, Sequence) and not isinstance(value, str):
        emit("[")
        for index, item in enumerate(value):
            if index:
                emit(",")
            _write_compact(item, emit)
        emit("]")
    else:
        emit(_scalar(value))


def _write_indented(value: Any, emit: Callable[[str], None], newline: str, step: str) -> None:
    if isinstance(value, Mapping):
        if not value:
            emit("{}")
            return
        inner = newline + step
        emit("{")
        first = True
        for key, item in value.items():
            emit(inner if first else "," + inner)
            first = False
            emit(_key(key))
            emit(": ")
            _write_indented(item, emit, inner, step)
        emit(newline + "}")
    elif isinstance(value, Sequence) and not isinstance(value, str):
        if not value:
            emit("[]")
            return
        inner = newline + step
        emit("[")
        for index, item in enumerate(value):
            emit("," + inner if index else inner)
            _write_indented(item, emit, inner, step)
        emit(newline + "]")
    else:
        emit(_scalar(value))


def _key(key: object) -> str:
    if not isinstance(key, str):
        raise TypeError(f"JSON object keys must be strings, not {type(key).__name__}")
    return _string(key)
