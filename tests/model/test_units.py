"""The unit registry of the format: codes, dimensions, labels and exact conversion."""

import doctest
import unicodedata
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.model import units
from commitments.model.findings import CommitmentsError
from commitments.model.units import (
    LABELS,
    UNITS,
    IncompatibleUnitsError,
    Unit,
    UnknownUnitError,
    conversion_factor,
    convert,
    dimension_of,
    get_unit,
    is_custom_unit,
    is_known_unit,
    same_dimension,
)

# The table of units in docs/format.rst: every code and the dimension it belongs to.
DIMENSIONS = {
    "item": "item",
    "person": "person",
    "person_time": "person_time",
    "household": "household",
    "m": "length",
    "km": "length",
    "m2": "area",
    "km2": "area",
    "ha": "area",
    "mu": "area",
    "t": "mass",
    "yuan": "currency",
    "percent": "percent",
}
CUSTOM = ["x-station", "x-电商服务站", "x-a", "x-b"]
ALL_CODES = sorted(DIMENSIONS) + CUSTOM
GROUPS = [
    [code for code in ALL_CODES if dimension_of(code) == dimension]
    for dimension in sorted({dimension_of(code) for code in ALL_CODES})
]

codes = st.sampled_from(ALL_CODES)
same_dimension_codes = st.sampled_from(GROUPS).flatmap(
    lambda group: st.tuples(*[st.sampled_from(group)] * 3)
)
exact_values = st.one_of(
    st.integers(min_value=-(10**15), max_value=10**15),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.fractions(),
)


def test_the_registry_holds_exactly_the_spec_codes() -> None:
    assert set(UNITS) == set(DIMENSIONS)
    assert all(code == unit.code for code, unit in UNITS.items())


@pytest.mark.parametrize(("code", "dimension"), sorted(DIMENSIONS.items()))
def test_dimensions(code: str, dimension: str) -> None:
    assert dimension_of(code) == dimension
    assert get_unit(code).dimension == dimension


@pytest.mark.parametrize(
    ("code", "factor"),
    [
        ("m", Fraction(1)),
        ("km", Fraction(1000)),
        ("m2", Fraction(1)),
        ("ha", Fraction(10_000)),
        ("km2", Fraction(1_000_000)),
        ("mu", Fraction(10_000, 15)),
    ],
)
def test_factors_are_exact(code: str, factor: Fraction) -> None:
    assert get_unit(code).factor == factor
    assert type(get_unit(code).factor) is Fraction


def test_spec_equalities_hold_exactly() -> None:
    assert convert(1, "km2", "ha") == 100
    assert convert(1, "km2", "m2") == 1_000_000
    assert convert(100, "ha", "m2") == 1_000_000
    assert convert(15, "mu", "ha") == 1
    assert convert(1, "mu", "m2") * 15 == 10_000
    assert convert(1, "mu", "m2") == Fraction(2000, 3)
    assert convert(1, "km", "m") == 1000
    assert convert(Decimal("2.5"), "m", "km") == Fraction(1, 400)
    assert convert(1500, "km2", "mu") == 2_250_000
    assert conversion_factor("ha", "mu") == 15


@pytest.mark.parametrize(
    ("label", "code"),
    [
        *[(label, "item") for label in "个所家台条场处座项套辆间"],
        ("人", "person"),
        ("名", "person"),
        ("人次", "person_time"),
        ("人(次)", "person_time"),
        ("户", "household"),
        ("米", "m"),
        ("公里", "km"),
        ("千米", "km"),
        ("平方米", "m2"),
        ("平方公里", "km2"),
        ("公顷", "ha"),
        ("亩", "mu"),
        ("吨", "t"),
        ("元", "yuan"),
        ("%", "percent"),
    ],
)
def test_chinese_labels(label: str, code: str) -> None:
    assert LABELS[label] == code
    assert label in get_unit(code).labels


def test_every_label_names_one_unit_and_is_nfkc() -> None:
    all_labels = [label for unit in UNITS.values() for label in unit.labels]
    assert len(all_labels) == len(set(all_labels)) == len(LABELS)
    assert all(unicodedata.normalize("NFKC", label) == label for label in all_labels)


def test_every_unit_has_an_english_name() -> None:
    assert all(unit.name for unit in UNITS.values())


def test_units_and_registry_are_read_only() -> None:
    unit = get_unit("km")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        unit.factor = Fraction(1)  # type: ignore[misc]
    with pytest.raises(TypeError):
        UNITS["kg"] = unit  # type: ignore[index]
    with pytest.raises(TypeError):
        LABELS["千克"] = "kg"  # type: ignore[index]


@pytest.mark.parametrize(
    ("code", "known", "custom"),
    [
        ("km", True, False),
        ("percent", True, False),
        ("x-station", True, True),
        ("x-1", True, True),
        ("x-", False, False),
        ("x", False, False),
        ("", False, False),
        ("KM", False, False),
        ("kg", False, False),
        ("公里", False, False),
        ("X-station", False, False),
    ],
)
def test_known_and_custom_codes(code: str, known: bool, custom: bool) -> None:
    assert is_known_unit(code) is known
    assert is_custom_unit(code) is custom


def test_custom_units_are_made_up_as_their_own_dimension() -> None:
    assert get_unit("x-station") == Unit(
        code="x-station", dimension="x-station", factor=Fraction(1), labels=(), name="x-station"
    )
    assert not same_dimension("x-station", "item")
    assert not same_dimension("x-a", "x-b")


@pytest.mark.parametrize("code", ["kg", "x-", "", "KM"])
def test_unknown_units_raise_naming_the_code(code: str) -> None:
    for call in (get_unit, dimension_of):
        with pytest.raises(UnknownUnitError) as caught:
            call(code)
        assert caught.value.code == code
        assert repr(code) in str(caught.value)
    with pytest.raises(UnknownUnitError, match=repr(code)):
        convert(1, code, "km")
    with pytest.raises(UnknownUnitError, match=repr(code)):
        same_dimension("km", code)


def test_errors_are_commitments_errors_and_value_errors() -> None:
    for error in (UnknownUnitError, IncompatibleUnitsError):
        assert issubclass(error, CommitmentsError)
        assert issubclass(error, ValueError)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("km", "ha"),
        ("person", "person_time"),
        ("person", "household"),
        ("item", "person"),
        ("item", "x-station"),
        ("x-a", "x-b"),
        ("yuan", "percent"),
        ("t", "m"),
    ],
)
def test_incompatible_units_raise_naming_both(a: str, b: str) -> None:
    with pytest.raises(IncompatibleUnitsError) as caught:
        convert(1, a, b)
    assert (caught.value.from_code, caught.value.to_code) == (a, b)
    assert repr(a) in str(caught.value)
    assert repr(b) in str(caught.value)
    assert not same_dimension(a, b)


@pytest.mark.parametrize("value", [1.5, True])
def test_convert_rejects_floats_and_bools(value: object) -> None:
    with pytest.raises(TypeError):
        convert(value, "km", "m")  # type: ignore[arg-type]


def test_convert_rejects_non_finite_decimals() -> None:
    with pytest.raises(ValueError, match="finite"):
        convert(Decimal("NaN"), "km", "m")


@given(codes)
def test_a_unit_converts_to_itself_with_factor_one(code: str) -> None:
    assert conversion_factor(code, code) == 1
    assert same_dimension(code, code)


@given(same_dimension_codes, exact_values)
def test_conversion_round_trips_exactly(
    abc: tuple[str, str, str], value: Decimal | int | Fraction
) -> None:
    a, b, _ = abc
    assert convert(convert(value, a, b), b, a) == Fraction(value)


@given(same_dimension_codes, exact_values)
def test_conversion_is_transitive(
    abc: tuple[str, str, str], value: Decimal | int | Fraction
) -> None:
    a, b, c = abc
    assert convert(convert(value, a, b), b, c) == convert(value, a, c)
    assert conversion_factor(a, b) * conversion_factor(b, c) == conversion_factor(a, c)


@given(codes, codes)
def test_units_convert_exactly_when_they_share_a_dimension(a: str, b: str) -> None:
    if dimension_of(a) == dimension_of(b):
        assert convert(1, a, b) == get_unit(a).factor / get_unit(b).factor
    else:
        with pytest.raises(IncompatibleUnitsError):
            conversion_factor(a, b)


def test_only_length_and_area_hold_more_than_one_unit() -> None:
    groups = {tuple(group) for group in GROUPS if len(group) > 1}
    assert groups == {("km", "m"), ("ha", "km2", "m2", "mu")}


def test_docstring_examples_hold() -> None:
    assert doctest.testmod(units).failed == 0
