"""Numbers as the rules compare them: exactly, never as binary floats.

A document holds a number as an ``int`` or a :class:`~decimal.Decimal`; a caller's
parsed value may hold a ``float``, which the rules take as the decimal it prints
as (``0.1`` is ``Decimal("0.1")``, not the binary fraction nearest to it).
"""

from decimal import Decimal

__all__ = ["Number", "beyond", "exact"]

#: A number as a document holds it (a float only in a caller's parsed value).
Number = int | Decimal | float


def exact(number: Number) -> int | Decimal:
    """A number as the rules compare it: a float as the decimal it prints as.

    >>> exact(0.1), exact(95)
    (Decimal('0.1'), 95)
    """
    return Decimal(repr(number)) if isinstance(number, float) else number


def beyond(direction: str, value: Number, reference: Number) -> bool:
    """Whether ``value`` is strictly past ``reference`` in the direction of progress.

    >>> beyond("increase", Decimal("0.10000000000000000001"), 0.1)
    True
    """
    if value.__class__ is float or reference.__class__ is float:
        value, reference = exact(value), exact(reference)
    return value > reference if direction == "increase" else value < reference
