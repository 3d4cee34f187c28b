"""Exact numbers for the progress and diff arithmetic, and their decimal output.

Values enter as :class:`decimal.Decimal` (how documents hold numbers) or
:class:`int`, are computed with as :class:`fractions.Fraction`, and leave as the
shortest :class:`~decimal.Decimal` that says them: exactly when the fraction
terminates in base ten, else rounded half-even to a number of significant
digits: the JSON outputs of the command line are "exact where they terminate, else
rounded to 12 significant digits". No binary float is ever involved, and the global
decimal context is never read or changed.
"""

from decimal import MAX_EMAX, MIN_EMIN, ROUND_HALF_EVEN, Context, Decimal
from fractions import Fraction

__all__ = ["is_terminating", "to_decimal", "to_fraction"]


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
        ValueError: ``x`` is a NaN or infinite decimal.

    """
    if isinstance(x, bool) or not isinstance(x, Decimal | int | Fraction):
        raise TypeError(f"expected a Decimal, int or Fraction, not {type(x).__name__}: {x!r}")
    if isinstance(x, Decimal) and not x.is_finite():
        raise ValueError(f"not a finite number: {x!r}")
    return Fraction(x)


def _without_factor(n: int, prime: int) -> tuple[int, int]:
    """Return ``n`` with every factor ``prime`` divided out, and how many there were."""
    count = 0
    while n % prime == 0:
        n //= prime
        count += 1
    return n, count


def _split_denominator(denominator: int) -> tuple[int, int]:
    """Split a denominator into its part coprime to ten and the places its 2s and 5s need."""
    rest, twos = _without_factor(denominator, 2)
    rest, fives = _without_factor(rest, 5)
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
        ValueError: ``significant`` is less than 1, or ``q`` is a NaN or infinite decimal.
        TypeError: ``q`` is a float, a bool or another type (see :func:`to_fraction`).

    """
    if significant < 1:
        raise ValueError(f"significant must be at least 1, not {significant}")
    if not isinstance(q, Fraction):
        q = to_fraction(q)
    if not is_terminating(q):
        q = Fraction(_rounded(q, significant))
    # With exactly `places` places the coefficient has no trailing zero, since q is
    # in lowest terms; the string constructor is exact whatever its length.
    _, places = _split_denominator(q.denominator)
    coefficient = q.numerator * 10**places // q.denominator
    return Decimal(f"{coefficient}E-{places}")
