"""The numbers a document may hold: at most 34 significant digits, magnitude 1E-30 … 1E+30.

No real commitment needs a number beyond these bounds (those of an IEEE 754
decimal128), and every number within them is computed with, written out and
compared exactly and quickly everywhere; validation reports any other as
``number-out-of-range``. Digits count as the document writes them (``95.0`` has
three), and 0 is in range however it is written. A number too large for a 64-bit
float is left to the reading layer, which reports it as ``json-nonfinite`` (other
tools read it as infinity): :func:`beyond_double` says which.

>>> from decimal import Decimal
>>> out_of_range(Decimal("95.0")), out_of_range(0), out_of_range(Decimal("0E-999999"))
(None, None, None)
>>> out_of_range(Decimal("1E-100000"))
'its magnitude is below 1E-30'
>>> out_of_range(10**31)
'its magnitude is above 1E+30'
>>> out_of_range(Decimal("1." + "3" * 40))
'it has 41 significant digits, more than 34'
"""

import math
from decimal import Decimal

__all__ = ["LARGEST", "MAX_SIGNIFICANT_DIGITS", "SMALLEST", "beyond_double", "out_of_range"]

#: The most significant digits a number may have.
MAX_SIGNIFICANT_DIGITS = 34
#: The smallest magnitude a number other than 0 may have.
SMALLEST = Decimal("1E-30")
#: The largest magnitude a number may have.
LARGEST = Decimal("1E+30")
_LARGEST_INT = 10**30


def beyond_double(number: int | Decimal) -> bool:
    """Whether a finite number is too large for a 64-bit float (other tools read infinity).

    >>> beyond_double(Decimal("1.7976931348623157E+308")), beyond_double(Decimal("2E+308"))
    (False, True)
    """
    if isinstance(number, int):
        try:
            float(number)
        except OverflowError:
            return True
        return False
    return number.is_finite() and math.isinf(float(number))


def out_of_range(number: int | Decimal | float) -> str | None:
    """Why a number is outside the format's range, or ``None`` when it is in range.

    Args:
        number: An int or a finite Decimal, as a document holds it; a float (in a
            caller's parsed value) is taken as the decimal it prints as.

    Returns:
        ``None``, or the reason in a few words (for a finding's message); ``None``
        too for a number that is not finite or :func:`beyond_double` (the reading
        layer's to report).

    """
    # The common cases first, at once: a number well inside the bounds.
    if type(number) is int:
        if -_LARGEST_INT <= number <= _LARGEST_INT:
            return None
    elif (
        type(number) is Decimal
        and number.is_finite()
        and -30 <= number.adjusted() < 30
        and len(str(number)) <= MAX_SIGNIFICANT_DIGITS  # no more digits than characters
    ):
        return None
    if isinstance(number, float):
        number = Decimal(repr(number))
    if isinstance(number, int):
        if abs(number) <= _LARGEST_INT or beyond_double(number):
            return None
        return "its magnitude is above 1E+30"
    if not number.is_finite() or not number or beyond_double(number):
        return None
    digits = len(number.as_tuple().digits)
    if digits > MAX_SIGNIFICANT_DIGITS:
        return f"it has {digits:,} significant digits, more than {MAX_SIGNIFICANT_DIGITS}"
    exponent = number.adjusted()
    if exponent < -30:
        return "its magnitude is below 1E-30"
    if exponent > 30 or (exponent == 30 and number.copy_abs() > LARGEST):
        return "its magnitude is above 1E+30"
    return None
