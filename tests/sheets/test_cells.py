"""One cell at a time: numbers exactly, figures as people write them, dates, text, lists, JSON."""

import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.sheets._cell_text import CellError, list_cell, split_list, string_cell
from commitments.sheets._numbers import (
    Figure,
    cell_number,
    json_number,
    number_format,
    number_of_cell,
    number_of_text,
)
from commitments.sheets._read_cells import ErrorValue, Formatted, read_cell
from commitments.sheets.layout import Kind
from strategies import decimals, non_empty_strings

any_decimals = st.decimals(allow_nan=False, allow_infinity=False) | decimals()


@given(any_decimals)
def test_a_number_cell_holds_a_decimal_only_when_it_reads_back_spelled_the_same(
    value: Decimal,
) -> None:
    held = cell_number(value)
    if held is None:  # written as text, which reads back exactly
        assert str(json_number(str(value))) == str(value)
        return
    text, places = held
    back, note = number_of_cell(float(text), number_format(places))
    assert note is None
    assert str(back) == str(value)


@given(st.integers(-(10**20), 10**20))
def test_integers_read_back_as_integers(value: int) -> None:
    held = cell_number(value)
    if held is not None:
        assert number_of_cell(int(held[0]), "General") == (value, None)
    else:
        assert abs(value) >= 10**15


def test_95_0_is_a_number_cell_shown_with_one_place() -> None:
    assert cell_number(Decimal("95.0")) == ("95.0", 1)
    assert number_of_cell(95.0, "0.0") == (Decimal("95.0"), None)
    assert number_of_cell(95, "0.0") == (Decimal("95.0"), None)  # a cell holding the integer 95


def test_a_float_cell_is_read_as_the_shortest_decimal_that_gives_it_back_with_a_note() -> None:
    value, note = number_of_cell(0.1 + 0.2, "General")
    assert value == Decimal("0.30000000000000004")
    assert str(value) == "0.30000000000000004"
    assert note is not None
    assert "shown as 0.3" in note
    assert number_of_cell(0.3, "General") == (Decimal("0.3"), None)  # what a person types


def test_a_percent_cell_is_read_in_percentage_points() -> None:
    value, note = number_of_cell(0.95, "0%")
    assert value == 95
    assert note is not None
    assert "percent" in note
    assert number_of_cell(0.955, "0.0%")[0] == Decimal("95.5")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("23万人", 230000, "person"),
        ("2,000公里", 2000, "km"),
        ("95%", 95, "percent"),
        ("32.4亿元", 3240000000, "yuan"),
        ("约28万户", 280000, "household"),
        ("2,000", 2000, None),
    ],
)
def test_figures_as_people_write_them_are_read_exactly_with_a_note(
    text: str, value: int, unit: str | None
) -> None:
    figure = read_cell(Kind.NUMBER, text)
    assert isinstance(figure, Figure)
    assert (figure.value, figure.unit) == (value, unit)
    assert repr(text) in figure.note


def test_an_approximate_figure_says_so() -> None:
    figure = number_of_text("约28万户")
    assert isinstance(figure, Figure)
    assert "approximate" in figure.note


@pytest.mark.parametrize("text", ["95.0", "230000", "2.5E+6", "-0", "0.30000000000000004"])
def test_a_json_number_typed_as_text_is_read_silently_digit_for_digit(text: str) -> None:
    value = read_cell(Kind.NUMBER, text)
    assert not isinstance(value, Figure)
    assert str(value) == text


@pytest.mark.parametrize("text", ["lots", "2-3人", "95%以上", ""])
def test_text_that_is_no_number_is_refused(text: str) -> None:
    with pytest.raises(CellError, match="cannot read"):
        number_of_text(text)


def test_date_cells() -> None:
    midnight = datetime.datetime(2022, 9, 30)
    assert read_cell(Kind.DATE, Formatted(midnight, "yyyy-mm-dd")) == "2022-09-30"
    assert read_cell(Kind.DATE, Formatted(midnight, "m/d/yy")) == "2022-09-30"
    shown_with_time = read_cell(Kind.DATE, Formatted(midnight, "yyyy-mm-dd h:mm:ss"))
    assert isinstance(shown_with_time, Figure)
    assert shown_with_time.value == "2022-09-30"
    with pytest.raises(CellError, match="no time of day"):
        read_cell(Kind.DATE, Formatted(datetime.datetime(2022, 9, 30, 14, 30), "yyyy-mm-dd h:mm"))
    with pytest.raises(CellError, match="time cell"):
        read_cell(Kind.DATE, Formatted(datetime.time(14, 30), "h:mm"))
    with pytest.raises(CellError, match="a number cell"):
        read_cell(Kind.DATE, 44834)


@pytest.mark.parametrize(
    ("text", "day"), [("2022/9/30", "2022-09-30"), ("2022年9月30日", "2022-09-30")]
)
def test_dates_written_year_first_are_read_with_a_note(text: str, day: str) -> None:
    figure = read_cell(Kind.DATE, text)
    assert isinstance(figure, Figure)
    assert figure.value == day


def test_iso_dates_are_read_as_they_are_and_other_orders_are_refused() -> None:
    assert read_cell(Kind.DATE, "2022-09-30") == "2022-09-30"
    with pytest.raises(CellError, match="YYYY-MM-DD"):
        read_cell(Kind.DATE, "30/9/2022")
    with pytest.raises(CellError, match="not a date of the calendar"):
        read_cell(Kind.DATE, "2022/2/30")


def test_cells_of_the_wrong_kind_are_refused_with_what_they_are() -> None:
    with pytest.raises(CellError, match="a TRUE cell where text is expected"):
        read_cell(Kind.CHOICE, True)
    with pytest.raises(CellError, match=r"an error cell \(#N/A\)"):
        read_cell(Kind.NUMBER, ErrorValue("#N/A"))
    with pytest.raises(CellError, match="only says that the list is empty"):
        read_cell(Kind.EMPTY_LIST, "x")


def test_a_number_cell_in_a_text_column_is_read_as_its_text_with_a_note() -> None:
    figure = read_cell(Kind.STRING, 2021)
    assert figure == Figure("2021", "a number cell read as the text '2021'")


def test_extension_cells_keep_their_type() -> None:
    assert read_cell(Kind.EXTENSION, True) is True
    assert read_cell(Kind.EXTENSION, 95.0) == 95
    assert read_cell(Kind.EXTENSION, Formatted(95.0, "0.0")) == Decimal("95.0")
    assert read_cell(Kind.EXTENSION, "95") == "95"
    assert read_cell(Kind.EXTENSION, 'json:{"a": [1, 2.50]}') == {"a": [1, Decimal("2.50")]}


@given(non_empty_strings | st.just(""), st.booleans())
def test_every_string_reads_back_from_its_cell(text: str, csv: bool) -> None:
    assert read_cell(Kind.TEXT, string_cell(text, csv=csv)) == text
    assert read_cell(Kind.EXTENSION, string_cell(text, csv=csv)) == text


@given(st.lists(non_empty_strings, max_size=4), st.booleans())
def test_every_list_of_strings_reads_back_from_its_cell(items: list[str], csv: bool) -> None:
    assert read_cell(Kind.LIST, list_cell(items, csv=csv)) == items


def test_lists_are_joined_by_semicolons_when_they_can_be() -> None:
    assert list_cell(["jl-hrss", "jl-finance"]) == "jl-hrss; jl-finance"
    assert split_list("jl-hrss;jl-finance; ") == ["jl-hrss", "jl-finance"]
    assert list_cell([]) == "json:[]"
    assert list_cell(["a;b"]) == 'json:["a;b"]'


def test_a_bad_json_cell_is_refused() -> None:
    with pytest.raises(CellError, match="not JSON"):
        read_cell(Kind.EXTENSION, "json:{")
