"""Numbers keep their spelling through ``loads`` and ``dumps`` (docs/format.rst)."""

import json
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments import dumps, loads, validate

#: A number as people write it without an exponent: 7, -0.0, 95.00, 0.0000001, 12690000
#: (but the integer -0, which is the integer 0, written 0).
plain_spellings = st.builds(
    lambda sign, whole, fraction: sign + whole + fraction,
    st.sampled_from(["", "-"]),
    st.one_of(st.just("0"), st.integers(1, 10**12).map(str)),
    st.one_of(st.just(""), st.from_regex(r"\.[0-9]{1,12}", fullmatch=True)),
).filter(lambda spelt: spelt != "-0")
#: A number written with an exponent, in the normal form a plan is written back in.
exponent_spellings = st.builds(
    lambda digits, shift: str(Decimal(digits).scaleb(shift)),
    st.integers(-(10**8), 10**8).filter(lambda n: n % 10 != 0),
    st.integers(1, 12),
)
spellings = st.one_of(plain_spellings, exponent_spellings)

_NUMBER = re.compile(r"-?[0-9][0-9.]*(?:E[+-][0-9]+)?")


def _document(numbers: list[str]) -> str:
    listed = ", ".join(numbers)
    return (
        '{"schema_version": "1.1", "jurisdiction": {"name": "J"}, "year": 2021, '
        '"commitments": [{"id": "a", "title": "A", "category": "c", "owner": "o", '
        '"metric": {"kind": "quantity", "unit": "item", "direction": "decrease"}, '
        f'"baseline": {{"value": 1E+25}}, "target": {{"value": {numbers[0]}}}, '
        f'"status": "in_progress", "x-figures": [{listed}]}}]}}'
    )


def _numbers_in(text: str) -> list[str]:
    value = json.loads(text, parse_float=str, parse_int=str)
    commitment = value["commitments"][0]
    return [commitment["target"]["value"], *commitment["x-figures"]]


@given(st.lists(spellings, min_size=1, max_size=8), st.sampled_from([None, 2]))
def test_dumps_of_loads_keeps_every_number_as_spelt(numbers: list[str], indent: int | None) -> None:
    text = _document(numbers)
    assert validate(text).ok
    written = dumps(loads(text), indent=indent)
    assert _numbers_in(written) == [numbers[0], *numbers]


@pytest.mark.parametrize(
    ("spelt", "written"),
    [
        ("0.0000001", "0.0000001"),
        ("2.5e6", "2.5E+6"),
        ("25E5", "2.5E+6"),
        ("1e3", "1E+3"),
        ("1e-7", "0.0000001"),
        ("1.50E-3", "0.00150"),
        ("2.5e1", "25"),
        ("-0.0", "-0.0"),
        ("95.00", "95.00"),
        ("-0", "0"),
    ],
)
def test_what_normalises_is_what_the_format_page_says(spelt: str, written: str) -> None:
    text = _document([spelt])
    assert _numbers_in(dumps(loads(text)))[1:] == [written]
    assert _numbers_in(dumps(loads(text), indent=None))[1:] == [written]


def test_a_year_written_with_a_fraction_is_reported_not_silently_respelt() -> None:
    text = _document(["1"]).replace('"year": 2021', '"year": 2021.0')
    codes = [(f.severity.value, f.code) for f in validate(text).findings]
    assert codes == [("warning", "integer-spelling")]
    assert '"year": 2021,' in dumps(loads(text))
