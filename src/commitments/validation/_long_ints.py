"""Ints too long for every validator to read, as equal Decimals.

A validator that reads an ``int`` through its decimal text fails on one longer than
Python's int-to-text limit (4300 digits); the same number as a
:class:`~decimal.Decimal` is printed and compared exactly everywhere.
"""

from decimal import Decimal
from typing import Any

__all__ = ["decimal_long_ints", "decimal_long_ints_changed"]


def decimal_long_ints_changed(value: Any) -> tuple[Any, bool]:
    """Return :func:`decimal_long_ints` of the value, and whether anything was changed."""
    if isinstance(value, dict):
        out: dict[Any, Any] = {}
        changed = False
        for key, item in value.items():
            out[key], changed_item = decimal_long_ints_changed(item)
            changed = changed or changed_item
        return (out, True) if changed else (value, False)
    if isinstance(value, list):
        items: list[Any] = []
        changed = False
        for item in value:
            new, changed_item = decimal_long_ints_changed(item)
            items.append(new)
            changed = changed or changed_item
        return (items, True) if changed else (value, False)
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        return Decimal(value), True
    return value, False


def decimal_long_ints(value: Any) -> Any:
    """Return the same JSON value with each int of more than 128 bits as an equal Decimal.

    Every library prints and compares such a Decimal exactly, whatever Python's
    int-to-text limit; the value is returned as is when it holds no such int.

    >>> decimal_long_ints({"year": [2021, 10**5000]})["year"][1] == 10**5000
    True
    """
    return decimal_long_ints_changed(value)[0]
