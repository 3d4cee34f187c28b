"""Exact numbers for the progress and diff arithmetic, and their decimal output.

Values enter as :class:`decimal.Decimal` (how documents hold numbers) or
:class:`int`, are computed with as :class:`fractions.Fraction`, and leave as the
shortest :class:`~decimal.Decimal` that says them: exactly when the fraction
terminates in base ten, else rounded half-even to a number of significant
digits: the JSON outputs of the command line are "exact where they terminate, else
rounded to 12 significant digits". No binary float is ever involved, and the global
decimal context is never read or changed.

Every step is bounded, so that no number can make the arithmetic run long or raise
anything but the errors documented here: :func:`to_fraction` refuses (``ValueError``)
a decimal or integer beyond :data:`ARITHMETIC_DIGITS` digits or with a magnitude
past ``1E±``:data:`ARITHMETIC_EXPONENT` (a valid document holds none: validation
reports far smaller ones as ``number-out-of-range``), and :func:`to_decimal` rounds a
fraction too long to write out exactly, as it rounds one that does not terminate.
"""

from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, ROUND_HALF_EVEN, Context, Decimal
from fractions import Fraction

__all__ = [
    "ARITHMETIC_DIGITS",
    "ARITHMETIC_EXPONENT",
    "is_terminating",
    "to_decimal",
    "to_fraction",
]

#: The most digits a decimal or an integer may have to enter the arithmetic.
ARITHMETIC_DIGITS = 1000
#: The largest exponent (of the leading digit, either sign) a number may have to enter it.
ARITHMETIC_EXPONENT = 1000
#: A fraction whose numerator or denominator has more bits is written out rounded:
#: far more than the arithmetic of numbers it takes in ever makes.
_EXACT_BITS = 40_000
#: Exact arithmetic on decimals of any size (the scaling of an exact result).
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
_INT_BITS = int(ARITHMETIC_DIGITS * 3.33) + 1  # no int of ARITHMETIC_DIGITS digits has more


def _too_large(x: Decimal | int) -> str | None:
    """Why ``x`` cannot enter the arithmetic, or ``None`` when it can."""
    if isinstance(x, int):
        if x.bit_length() > _INT_BITS or abs(x) >= 10**ARITHMETIC_DIGITS:
            return f"an integer of more than {ARITHMETIC_DIGITS:,} digits"
        return None
    if not x:
        return None
    if len(x.as_tuple().digits) > ARITHMETIC_DIGITS:
        return f"a decimal of more than {ARITHMETIC_DIGITS:,} digits"
    if abs(x.adjusted()) > ARITHMETIC_EXPONENT:
        return f"a magnitude beyond 1E\u00b1{ARITHMETIC_EXPONENT}"
    return None


def to_fraction(x: Decimal | int | Fraction) -> Fraction:
    """Return ``x`` as an exact fraction.

    >>> from decimal import Decimal
    >>> from commitments.model.exact import to_fraction
    >>> to_fraction(Decimal("32.4"))
    Fraction(162, 5)
    >>> to_fraction(230000)
    Fraction(230000, 1)

    Args:
        x: A finite decimal, an integer or a fraction.

    Returns:
        The fraction equal to ``x``.

    Raises:
        TypeError: ``x`` is a float, a bool or another type (a float is
            already inexact, and a bool is not a number here).
        ValueError: ``x`` is a NaN or infinite decimal, or a decimal or an integer
            too large for the arithmetic (more than :data:`ARITHMETIC_DIGITS`
            digits, or a magnitude past ``1E±``:data:`ARITHMETIC_EXPONENT`).

    >>> to_fraction(Decimal("1E-999999999"))
    Traceback (most recent call last):
    ...
    ValueError: 1E-999999999 is beyond the numbers computed with: a magnitude beyond 1E±1000

    """
    if isinstance(x, bool) or not isinstance(x, Decimal | int | Fraction):
        raise TypeError(f"expected a Decimal, int or Fraction, not {type(x).__name__}: {x!r}")
    if isinstance(x, Decimal) and not x.is_finite():
        raise ValueError(f"not a finite number: {x!r}")
    if not isinstance(x, Fraction) and (why := _too_large(x)) is not None:
        text = str(x) if isinstance(x, Decimal) else f"{x.bit_length()}-bit integer"
        shown = text if len(text) <= 40 else text[:20] + "…" + text[-12:]
        raise ValueError(f"{shown} is beyond the numbers computed with: {why}")
    return Fraction(x)


def _split_denominator(denominator: int) -> tuple[int, int]:
    """Split a denominator into its part coprime to ten and the places its 2s and 5s need.

    The 2s go in one shift; the 5s by halving powers of 5, so that a denominator of
    ``k`` fives costs about ``log k`` divisions, not ``k``.
    """
    twos = (denominator & -denominator).bit_length() - 1
    rest = denominator >> twos
    fives = 0
    while rest % 5 == 0:
        power, count = 5, 1
        while rest % (power * power) == 0:
            power, count = power * power, count * 2
        rest //= power
        fives += count
    return rest, max(twos, fives)


def is_terminating(q: Fraction) -> bool:
    """Return whether ``q`` has a finite decimal expansion.

    That is, whether its denominator has no prime factors but 2 and 5.

    >>> from fractions import Fraction
    >>> from commitments.model.exact import is_terminating
    >>> is_terminating(Fraction(1, 8)), is_terminating(Fraction(13, 23))
    (True, False)
    """
    rest, _ = _split_denominator(q.denominator)
    return rest == 1


def _rounded(q: Fraction, significant: int) -> Decimal:
    """Return ``q`` rounded half-even to ``significant`` significant digits."""
    context = Context(prec=significant, rounding=ROUND_HALF_EVEN, Emax=MAX_EMAX, Emin=MIN_EMIN)
    return context.divide(Decimal(q.numerator), Decimal(q.denominator))


def to_decimal(q: Decimal | int | Fraction, *, significant: int = 12) -> Decimal:
    """Return the number ``q`` as the shortest decimal that says it, exactly when possible.

    A number that terminates in base ten comes back exact; any other is rounded
    half-even to ``significant`` significant digits. Either way the result has no
    trailing zeros after the decimal point and never a positive exponent, so an
    integer prints as an integer (``230000``, not ``2.3E+5``).

    >>> from fractions import Fraction
    >>> from commitments.model.exact import to_decimal
    >>> to_decimal(Fraction(1, 8))
    Decimal('0.125')
    >>> to_decimal(Fraction(230000))
    Decimal('230000')
    >>> to_decimal(Fraction(13, 23))
    Decimal('0.565217391304')
    >>> to_decimal(Fraction(2, 3), significant=3)
    Decimal('0.667')
    >>> to_decimal(Fraction(10**20, 3))
    Decimal('33333333333300000000')
    >>> from decimal import Decimal
    >>> to_decimal(Decimal("95.0")), to_decimal(Decimal("1E+2")), to_decimal(7)
    (Decimal('95'), Decimal('100'), Decimal('7'))

    Args:
        q: The number to write out: a fraction, a finite decimal or an integer.
        significant: How many significant digits a non-terminating fraction keeps.

    Returns:
        A finite decimal with exponent at most zero and no redundant zeros.

    Raises:
        ValueError: ``significant`` is less than 1, or ``q`` is a NaN or infinite
            decimal or too large a decimal or integer (see :func:`to_fraction`).
        TypeError: ``q`` is a float, a bool or another type (see :func:`to_fraction`).

    A fraction whose numerator or denominator has more than 40,000 bits (no
    arithmetic on numbers :func:`to_fraction` takes in makes one) is rounded too, so
    that writing any number out takes little time.

    """
    if significant < 1:
        raise ValueError(f"significant must be at least 1, not {significant}")
    if not isinstance(q, Fraction):
        q = to_fraction(q)
    huge = max(q.numerator.bit_length(), q.denominator.bit_length()) > _EXACT_BITS
    if huge or not is_terminating(q):
        q = Fraction(_rounded(q, significant))
    # With exactly `places` places the coefficient has no trailing zero, since q is
    # in lowest terms; Decimal(int) is exact whatever its length (no int-to-text limit).
    _, places = _split_denominator(q.denominator)
    coefficient = q.numerator * 10**places // q.denominator
    return Decimal(coefficient).scaleb(-places, _EXACT)
