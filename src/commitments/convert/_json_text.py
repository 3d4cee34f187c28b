"""Write JSON values as text, numbers digit for digit.

The standard library cannot write a :class:`~decimal.Decimal` as a JSON number,
and turning it into a float would round it. This writer prints a Decimal exactly
as it was read (:func:`number_text`: ``95.0`` stays ``95.0``, ``0.0000001`` stays
``0.0000001``, ``2.5E+6`` stays ``2.5E+6``), keeps non-ASCII text readable, and
escapes lone surrogates so that the output is always valid UTF-8.
"""

import math
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from json.encoder import encode_basestring, encode_basestring_ascii
from typing import Any

from commitments.model._patterns import LONE_SURROGATE

__all__ = ["number_text", "write_json"]

#: The most digits after the point a number is written with in plain notation.
PLAIN_DIGITS = 1000


def _string(text: str) -> str:
    # Lone surrogates cannot be encoded as UTF-8: write them as \\uXXXX escapes.
    if LONE_SURROGATE.search(text):
        return encode_basestring_ascii(text)
    return encode_basestring(text)


def number_text(value: Decimal) -> str:
    """Write a finite Decimal as a JSON number, spelled as the number it was read from.

    A number written without an exponent is read as a Decimal whose exponent is 0 or
    less (as many digits after the point as the text has), and is written back in
    plain notation, digit for digit: trailing zeros, ``-0.0`` and small numbers
    included, where :class:`str` would switch to an exponent (``1E-7``). A Decimal
    with a positive exponent can only come from a number written with one
    (``2.5e6``), and keeps one, in Decimal's form: one digit before the point and a
    signed exponent (``2.5E+6``). Past :data:`PLAIN_DIGITS` digits after the point,
    which no valid document has, a number keeps an exponent too.

    >>> [number_text(Decimal(t)) for t in ("95.0", "0.0000001", "-0.0", "12690000")]
    ['95.0', '0.0000001', '-0.0', '12690000']
    >>> [number_text(Decimal(t)) for t in ("2.5e6", "25E5", "1e-7", "1.50e-3")]
    ['2.5E+6', '2.5E+6', '0.0000001', '0.00150']

    Raises:
        ValueError: The Decimal is NaN or infinite.

    """
    exponent = value.as_tuple().exponent
    if not isinstance(exponent, int):  # NaN or infinite: a Decimal, but not a JSON number
        raise ValueError(f"{value} is not a JSON number")  # noqa: TRY004
    if -PLAIN_DIGITS <= exponent <= 0:
        return format(value, "f")
    return str(value)


def _number(value: Decimal | float) -> str:
    if isinstance(value, Decimal):
        return number_text(value)
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
        return "".join(parts)
    # Strings written as they are, and the whole text searched for a lone surrogate
    # once, rather than each string: only if there is one is it written again with
    # each string looked at (and that one escaped).
    _write_indented(value, parts.append, "\n", " " * indent, _FAST_LEAVES)
    text = "".join(parts)
    if LONE_SURROGATE.search(text) is None:
        return text
    parts.clear()
    _write_indented(value, parts.append, "\n", " " * indent, _LEAVES)
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


def _write_indented(
    value: Any,
    emit: Callable[[str], None],
    newline: str,
    step: str,
    leaves: dict[type, Callable[[Any], str]],
) -> None:
    """Write ``value`` indented; ``leaves`` says how each exact scalar type is written."""
    kind = type(value)
    if kind is dict or (kind not in leaves and isinstance(value, Mapping)):
        if not value:
            emit("{}")
            return
        inner = newline + step
        separator = "{" + inner
        string = leaves[str]
        for key, item in value.items():
            emit(separator + (string(key) if type(key) is str else _key(key)) + ": ")
            separator = "," + inner
            leaf = leaves.get(type(item))  # most values: written here, without a call down
            if leaf is None:
                _write_indented(item, emit, inner, step, leaves)
            else:
                emit(leaf(item))
        emit(newline + "}")
    elif kind is list or kind is tuple or (kind not in leaves and _is_array(value)):
        if not value:
            emit("[]")
            return
        inner = newline + step
        separator = "[" + inner
        for item in value:
            emit(separator)
            separator = "," + inner
            leaf = leaves.get(type(item))
            if leaf is None:
                _write_indented(item, emit, inner, step, leaves)
            else:
                emit(leaf(item))
        emit(newline + "]")
    else:
        emit(_scalar(value))


def _is_array(value: Any) -> bool:
    return isinstance(value, Sequence) and not isinstance(value, str)


def _null(_: None) -> str:
    return "null"


def _boolean(value: bool) -> str:
    return "true" if value else "false"


# How a value of each of these exact types is written (a subclass goes the careful way).
_LEAVES: dict[type, Callable[[Any], str]] = {
    str: _string,
    Decimal: number_text,
    int: int.__repr__,
    bool: _boolean,
    type(None): _null,
    float: _number,
}
# The same, strings written without a look for lone surrogates (the text is searched after).
_FAST_LEAVES = _LEAVES | {str: encode_basestring}


def _key(key: object) -> str:
    if not isinstance(key, str):
        raise TypeError(f"JSON object keys must be strings, not {type(key).__name__}")
    return _string(key)
