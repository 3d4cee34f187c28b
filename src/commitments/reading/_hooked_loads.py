"""The one :func:`json.loads` of the fast path, with hooks that note what it must not miss.

Non-integers become Decimals; the hooks count keys (or keep the objects that repeat
one), notice ``NaN``/``Infinity`` and numbers that may not fit a double, and survive
integers past the int digit limit and exponents past the Decimal range. What they
saw is a :class:`Seen`: the triggers of the slow checks.
"""

import json
from decimal import Decimal, InvalidOperation
from typing import Any

from attrs import define, field

__all__ = ["Seen", "hooked_loads"]

# A number with no more digits before its point than this, or a smaller exponent, fits a double.
_DOUBLE_DIGITS = 308


@define
class Seen:
    """What the parse hooks saw: the triggers of the slower checks."""

    value: Any = None
    keys: int = 0
    duplicates: dict[int, dict[str, Any]] = field(factory=dict)
    constants: bool = False
    large: bool = False
    out_of_range: dict[int, Decimal] = field(factory=dict)

    @property
    def odd_numbers(self) -> bool:
        """Whether some number is ``NaN``, ``Infinity`` or may not fit a double."""
        return self.constants or self.large or bool(self.out_of_range)


def hooked_loads(text: str, *, duplicates: bool = False, count_keys: bool = True) -> Seen:
    """Parse with hooks: count keys or (slower) keep the objects with duplicates.

    With ``count_keys`` false and no ``duplicates``, objects are left to the
    caller to count (see :func:`~commitments.reading._parse.parse_uncounted`).

    Every number goes through a hook, which notes one that may be too large for
    a double, and survives integers beyond the int digit limit and exponents
    beyond the Decimal range.
    """
    seen = Seen()

    def object_hook(obj: dict[str, Any]) -> dict[str, Any]:
        seen.keys += len(obj)
        return obj

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            seen.duplicates[id(obj)] = obj
        return obj

    def constant_hook(name: str) -> Decimal:
        seen.constants = True
        return Decimal(name)

    def float_hook(number: str) -> Decimal:
        try:
            value = Decimal(number)
        except InvalidOperation:
            # An exponent beyond 10**18: to every other reader an infinity or a zero.
            sign = "-" if number.startswith("-") else ""
            mantissa, _, exponent = number.lower().partition("e")
            if not mantissa.strip("-0."):
                return Decimal(sign + "0")  # zero, exactly: nothing is lost
            value = Decimal(sign + ("0" if exponent.startswith("-") else "Infinity"))
            seen.out_of_range[id(value)] = value
            return value
        if value.adjusted() >= _DOUBLE_DIGITS:
            seen.large = True
        return value

    def int_hook(number: str) -> int | Decimal:
        if len(number) <= _DOUBLE_DIGITS:
            return int(number)
        seen.large = True
        try:
            return int(number)
        except ValueError:  # longer than the int digit limit
            return Decimal(number)

    seen.value = json.loads(
        text,
        parse_float=float_hook,
        parse_int=int_hook,
        parse_constant=constant_hook,
        object_hook=None if duplicates or not count_keys else object_hook,
        object_pairs_hook=pairs_hook if duplicates else None,
    )
    return seen
