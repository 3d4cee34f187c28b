"""Exact numbers: Decimal/int -> Fraction, and Fraction -> the shortest Decimal."""

import doctest
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.model import exact
from commitments.model.exact import is_terminating, to_decimal, to_fraction

SIGNIFICANT = 12


def magnitude(q: Fraction) -> int:
    """The exponent e with 10**e <= |q| < 10**(e + 1), computed with integers only."""
    q = abs(q)
    e = len(str(q.numerator)) - len(str(q.denominator))
    return e - 1 if q < Fraction(10) ** e else e


def significant_digits(d: Decimal) -> int:
    """How many digits of d count, trailing zeros of an integer aside."""
    return len("".join(map(str, d.as_tuple().digits)).rstrip("0"))


def is_shortest_plain(d: Decimal) -> bool:
    """No positive exponent, and no trailing zero after the decimal point."""
    _, digits, exponent = d.as_tuple()
    assert isinstance(exponent, int)
    return exponent == 0 or (exponent < 0 and digits[-1] != 0)


terminating = st.builds(
    lambda n, twos, fives: Fraction(n, 2**twos * 5**fives),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.integers(min_value=0, max_value=40),
    st.integers(min_value=0, max_value=40),
)
non_terminating = st.fractions().filter(lambda q: not is_terminating(q))


# to_fraction


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("32.4"), Fraction(162, 5)),
        (Decimal("230000"), Fraction(230000)),
        (Decimal("2.3E+5"), Fraction(230000)),
        (Decimal("-0.125"), Fraction(-1, 8)),
        (Decimal("-0"), Fraction(0)),
        (230000, Fraction(230000)),
        (-7, Fraction(-7)),
        (Fraction(13, 23), Fraction(13, 23)),
    ],
)
def test_to_fraction_is_exact(value: Decimal | int | Fraction, expected: Fraction) -> None:
    result = to_fraction(value)
    assert result == expected
    assert type(result) is Fraction


@pytest.mark.parametrize("value", [0.5, 1.0, True, False, "1", None, [1]])
def test_to_fraction_rejects_float_bool_and_others(value: object) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        to_fraction(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["NaN", "-NaN", "sNaN", "Infinity", "-Infinity"])
def test_to_fraction_rejects_non_finite_decimals(text: str) -> None:
    with pytest.raises(ValueError, match="finite"):
        to_fraction(Decimal(text))


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_decimal_round_trips_through_fraction(d: Decimal) -> None:
    back = to_decimal(to_fraction(d))
    assert back == d
    assert is_shortest_plain(back)


# is_terminating


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        (Fraction(1, 8), True),
        (Fraction(230000), True),
        (Fraction(0), True),
        (Fraction(7, 1000), True),
        (Fraction(-3, 2**10 * 5**3), True),
        (Fraction(13, 23), False),
        (Fraction(1, 3), False),
        (Fraction(1, 30), False),
        (Fraction(10000, 15), False),
    ],
)
def test_is_terminating(q: Fraction, expected: bool) -> None:
    assert is_terminating(q) is expected


# to_decimal


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        (Fraction(1, 8), "0.125"),
        (Fraction(230000), "230000"),
        (Fraction(3240000000), "3240000000"),
        (Fraction(0), "0"),
        (Fraction(-1, 8), "-0.125"),
        (Fraction(95), "95"),
        (Fraction(1, 2**20), "9.5367431640625E-7"),
        (Fraction(13, 23), "0.565217391304"),
        (Fraction(1, 3), "0.333333333333"),
        (Fraction(-2, 3), "-0.666666666667"),
        (Fraction(10000, 15), "666.666666667"),
        (Fraction(10**20, 3), "33333333333300000000"),
        # Rounding carries into a new leading digit, and the zeros it leaves are dropped.
        (Fraction(3 * 10**13 - 1, 3 * 10**13), "1"),
    ],
)
def test_to_decimal(q: Fraction, expected: str) -> None:
    result = to_decimal(q)
    assert result == Decimal(expected)
    assert str(result) == expected


def test_to_decimal_keeps_the_significant_digits_asked_for() -> None:
    assert str(to_decimal(Fraction(2, 3), significant=3)) == "0.667"
    assert str(to_decimal(Fraction(2, 3), significant=1)) == "0.7"
    assert str(to_decimal(Fraction(1, 8), significant=1)) == "0.125"  # exact beats short


@pytest.mark.parametrize("significant", [0, -1])
def test_to_decimal_needs_a_significant_digit(significant: int) -> None:
    with pytest.raises(ValueError, match="significant"):
        to_decimal(Fraction(1, 3), significant=significant)


@given(terminating)
def test_to_decimal_is_exact_for_terminating_fractions(q: Fraction) -> None:
    d = to_decimal(q)
    assert to_fraction(d) == q
    assert is_shortest_plain(d)


@given(st.integers(min_value=-(10**40), max_value=10**40))
def test_integers_come_out_as_integers(n: int) -> None:
    d = to_decimal(Fraction(n))
    assert str(d) == str(n)


@given(non_terminating)
def test_to_decimal_rounds_to_twelve_significant_digits(q: Fraction) -> None:
    d = to_decimal(q)
    half_unit = Fraction(10) ** (magnitude(q) - SIGNIFICANT + 1) / 2
    assert abs(to_fraction(d) - q) <= half_unit
    assert significant_digits(d) <= SIGNIFICANT
    assert is_shortest_plain(d)


@given(non_terminating, st.integers(min_value=1, max_value=30))
def test_more_significant_digits_never_move_further_away(q: Fraction, significant: int) -> None:
    coarse = abs(to_fraction(to_decimal(q, significant=significant)) - q)
    fine = abs(to_fraction(to_decimal(q, significant=significant + 1)) - q)
    assert fine <= coarse


@given(st.decimals(allow_nan=False, allow_infinity=False) | st.integers() | st.fractions())
def test_any_exact_number_is_written_as_its_fraction_is(x: Decimal | int | Fraction) -> None:
    assert str(to_decimal(x)) == str(to_decimal(to_fraction(x)))


@given(st.decimals(allow_nan=False, allow_infinity=False) | st.integers() | st.fractions())
def test_writing_a_written_number_again_changes_nothing(x: Decimal | int | Fraction) -> None:
    once = to_decimal(x)
    assert str(to_decimal(once)) == str(once)


@pytest.mark.parametrize("value", [0.5, True, "1", Decimal("NaN"), Decimal("-Infinity")])
def test_to_decimal_refuses_what_is_not_an_exact_finite_number(value: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        to_decimal(value)  # type: ignore[arg-type]


def test_docstring_examples_hold() -> None:
    assert doctest.testmod(exact).failed == 0
