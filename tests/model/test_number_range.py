"""The range of numbers a document may hold, held to its definition on generated numbers."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.model.number_range import (
    LARGEST,
    MAX_SIGNIFICANT_DIGITS,
    SMALLEST,
    beyond_double,
    out_of_range,
)

pytestmark = pytest.mark.property


def _in_range_by_definition(number: int | Decimal) -> bool:
    """The format's definition, word for word: what is left to others, then the two bounds."""
    exact = Decimal(number)
    if not exact.is_finite() or not exact or beyond_double(number):
        return True  # not this rule's to report
    digits = len(exact.as_tuple().digits)
    return (
        digits <= MAX_SIGNIFICANT_DIGITS and SMALLEST <= exact.copy_abs() <= LARGEST
    )  # abs() would round


# Numbers as documents spell them: up to 40 significant digits (often about 34) after
# up to 3 zeros, either sign, and an exponent that puts the magnitude often at a bound.
def _spelled_number(sign: str, digits: str, magnitude: int) -> Decimal:
    significant = len(digits.lstrip("0")) or 1
    return Decimal(f"{sign}{digits}E{magnitude - significant + 1}")


_spelled = st.builds(
    _spelled_number,
    st.sampled_from(["", "-"]),
    st.one_of(st.sampled_from([1, 33, 34, 35, 36]), st.integers(1, 40)).flatmap(
        lambda length: st.from_regex(rf"0{{0,3}}[1-9][0-9]{{{length - 1}}}", fullmatch=True)
    ),
    st.one_of(st.sampled_from([-31, -30, 29, 30]), st.integers(-400, 400)),
)
_numbers = st.one_of(
    _spelled,
    _spelled,
    st.integers(min_value=-(10**40), max_value=10**40),
    st.sampled_from(
        [Decimal(text) for text in ("NaN", "Infinity", "-Infinity", "2E+308", "0E-999", "-0.000")]
    ),
    st.decimals(allow_nan=False, allow_infinity=False),
)


_BOUNDARIES = [
    Decimal("1E+30"),
    Decimal("1.000000000000000000000000000000001E+30"),
    Decimal("9.99E+29"),
    Decimal("-2E+30"),
    Decimal("1E-30"),
    Decimal("-9E-31"),
    Decimal("0.1" + "1" * 33),
    Decimal("0.1" + "1" * 34),
    Decimal("1" * 35 + "E-20"),
    10**30,
    -(10**30) - 1,
]


@pytest.mark.parametrize("number", _BOUNDARIES, ids=str)
def test_numbers_at_the_bounds_are_judged_as_the_format_defines(number: int | Decimal) -> None:
    assert (out_of_range(number) is None) == _in_range_by_definition(number)


@given(_numbers)
def test_a_number_is_out_of_range_exactly_as_the_format_defines(number: int | Decimal) -> None:
    assert (out_of_range(number) is None) == _in_range_by_definition(number)


@given(_numbers)
def test_a_float_is_judged_as_the_decimal_it_prints_as(number: int | Decimal) -> None:
    as_float = float(number)
    assert out_of_range(as_float) == out_of_range(Decimal(repr(as_float)))
