"""The forms an exact number takes in a table: float, exact text, or a fixed-point decimal.

Tables hold the library's exact numbers (document Decimals, computed Fractions).
They give them out as floats by default; as they are when asked to be exact; in CSV
as the shortest decimal that says them (12 significant digits where a fraction does
not terminate, as every output of the library does); and in Arrow as a
``decimal128`` column when every value of the column terminates and fits in 38
digits, else as exact text such as ``"301/694"``.

>>> from decimal import Decimal
>>> from fractions import Fraction
>>> from commitments.tables._numbers import csv_number, decimal_column, exact_text
>>> csv_number(Fraction(301, 694)), exact_text(Fraction(301, 694)), exact_text(Decimal("95.0"))
('0.433717579251', '301/694', '95')
>>> decimal_column([Decimal("95.0"), Fraction(1, 8), None])
(5, 3, [Decimal('95.000'), Decimal('0.125'), None])
>>> decimal_column([Fraction(1, 3)]) is None
True
"""

from collections.abc import Sequence
from decimal import Context, Decimal
from fractions import Fraction

from commitments.model.exact import is_terminating, to_decimal, to_fraction

__all__ = ["MAX_DIGITS", "Exact", "csv_number", "decimal_column", "exact_text"]

#: The most digits an Arrow ``decimal128`` holds.
MAX_DIGITS = 38

# Quantizing needs room for every digit; the global context is never read.
_CONTEXT = Context(prec=MAX_DIGITS)

#: A number as tables hold it.
Exact = Decimal | Fraction | int


def csv_number(value: Exact) -> str:
    """Return a number as CSV writes it: exact where it terminates, else 12 significant digits."""
    return str(to_decimal(to_fraction(value)))


def exact_text(value: Exact) -> str:
    """Return a number as exact text: a decimal where it terminates, else ``n/d``."""
    q = to_fraction(value)
    return str(to_decimal(q)) if is_terminating(q) else f"{q.numerator}/{q.denominator}"


def _digits(q: Fraction) -> tuple[int, int]:
    """Return (digits before the point, digits after it) of a terminating fraction."""
    _, digits, exponent = to_decimal(q).as_tuple()
    assert isinstance(exponent, int)  # a finite decimal
    after = max(0, -exponent)
    return max(1, len(digits) - after), after


def decimal_column(
    values: Sequence[Exact | None],
) -> tuple[int, int, list[Decimal | None]] | None:
    """Fit a column of numbers to one fixed-point decimal type, if one holds them all exactly.

    Args:
        values: The column's numbers (``None`` for a missing value).

    Returns:
        ``(precision, scale, decimals)`` with every decimal quantized to ``scale``
        places, or ``None`` when a value does not terminate or the column would need
        more than :data:`MAX_DIGITS` digits.

    """
    fractions = [None if v is None else to_fraction(v) for v in values]
    if not all(q is None or is_terminating(q) for q in fractions):
        return None
    shapes = [_digits(q) for q in fractions if q is not None]
    before = max((b for b, _ in shapes), default=1)
    scale = max((a for _, a in shapes), default=0)
    if before + scale > MAX_DIGITS:
        return None
    unit = Decimal(1).scaleb(-scale)
    decimals = [None if q is None else _CONTEXT.quantize(to_decimal(q), unit) for q in fractions]
    return before + scale, scale, decimals
