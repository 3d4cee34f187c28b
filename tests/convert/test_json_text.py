import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.convert._json_text import write_json
from strategies import json_values


@given(json_values, st.sampled_from([None, 0, 2, 4]))
def test_written_json_reads_back_as_the_same_value(value: object, indent: int | None) -> None:
    text = write_json(value, indent=indent)
    assert json.loads(text, parse_float=Decimal) == value


@given(json_values)
def test_indented_output_matches_the_standard_library_layout(value: object) -> None:
    # The standard library writes the same layout for everything but Decimals.
    plain = json.loads(json.dumps(value, default=str))
    assert write_json(plain) == json.dumps(plain, indent=2, ensure_ascii=False)


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (Decimal("95.0"), "95.0"),
        (Decimal("95"), "95"),
        (Decimal("2.5E+6"), "2.5E+6"),
        (Decimal("0.001"), "0.001"),
        (Decimal("-0"), "-0"),
        (Decimal("1E-7"), "0.0000001"),
        (Decimal("1.50E-3"), "0.00150"),
        (Decimal("-0.0"), "-0.0"),
        (Decimal("1E+3"), "1E+3"),
        (10**30, "1000000000000000000000000000000"),
    ],
)
def test_numbers_are_written_digit_for_digit(number: object, text: str) -> None:
    assert write_json(number) == text


def test_non_ascii_is_kept_and_lone_surrogates_are_escaped() -> None:
    assert write_json("吉林") == '"吉林"'
    assert write_json("a\ud800b") == '"a\\ud800b"'
    write_json({"k": "a\udfffb"}).encode("utf-8")


@pytest.mark.parametrize("bad", [Decimal("NaN"), Decimal("Infinity"), float("nan"), float("inf")])
def test_non_finite_numbers_are_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="not a JSON number"):
        write_json([bad])


def test_non_json_values_are_refused() -> None:
    with pytest.raises(TypeError, match="cannot write set"):
        write_json({1, 2})
    with pytest.raises(TypeError, match="keys must be strings"):
        write_json({1: 2})


def test_compact_and_empty_containers() -> None:
    assert write_json({"a": [], "b": {}, "c": [1, True, None]}, indent=None) == (
        '{"a":[],"b":{},"c":[1,true,null]}'
    )
    assert write_json({"a": [], "b": {}}) == '{\n  "a": [],\n  "b": {}\n}'
