import enum
import json
import types
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


class _Word(enum.StrEnum):
    """A str subclass, as the model's vocabularies are."""

    YES = "yes"


def _other_types(value: object) -> object:
    """The same value in other types the writer takes: read-only maps, tuples, a str enum."""
    if isinstance(value, dict):
        return types.MappingProxyType({k: _other_types(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_other_types(item) for item in value)
    return _Word.YES if value == "yes" else value


@given(json_values, st.sampled_from([None, 2]))
def test_other_container_and_string_types_are_written_as_plain_ones(
    value: object, indent: int | None
) -> None:
    # The writer's fast paths are for dict, list, str …: anything else must come out the same.
    assert write_json(_other_types(value), indent=indent) == write_json(value, indent=indent)
    assert write_json(_other_types(["yes"])) == write_json(["yes"])


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


# One kind of surrogate per text: a high one before a low one is a pair, which JSON
# reads back as one character (so it cannot come back as two).
lone_surrogates = st.sampled_from(["\ud800", "\udfff"]).flatmap(
    lambda surrogate: st.text(alphabet=["a", "吉", surrogate], min_size=1)
)


@given(json_values, lone_surrogates, st.sampled_from([None, 2]))
def test_a_lone_surrogate_anywhere_is_escaped_and_reads_back(
    value: object, text: str, indent: int | None
) -> None:
    # In a key or a value, deep or not: the text is valid UTF-8 and means the same.
    for holder in ({text: value}, [value, text], {"k": [{"s": text}]}):
        written = write_json(holder, indent=indent)
        written.encode("utf-8")
        assert json.loads(written, parse_float=Decimal) == holder


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
