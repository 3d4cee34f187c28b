import random
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from commitments.reading._document_order import document_position
from commitments.reading.pointers import pointer
from strategies import json_values


def pointers_in_order(value: Any, parts: tuple[str | int, ...] = ()) -> list[str]:
    """Every pointer into ``value``, each value before its members, members in order."""
    found = [pointer(*parts)]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(pointers_in_order(item, (*parts, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(pointers_in_order(item, (*parts, index)))
    return found


@given(json_values, st.randoms())
def test_pointers_sort_into_document_order(value: Any, shuffler: random.Random) -> None:
    expected = pointers_in_order(value)
    shuffled = expected.copy()
    shuffler.shuffle(shuffled)
    assert sorted(shuffled, key=lambda path: document_position(value, path)) == expected


def test_a_missing_part_sorts_with_the_value_it_stops_at() -> None:
    document = {"commitments": [{"id": "a"}, {"id": "b"}], "year": 2021}
    assert document_position(document, "/commitments/1/title") == (0, 1)
    assert document_position(document, "/commitments/9") == (0,)
    assert document_position(document, "/year/0") == (1,)


def test_an_index_must_be_ascii_digits() -> None:
    # "²".isdigit() is true, but it is no array index.
    assert document_position({"a": [1, 2, 3]}, "/a/²") == (0,)
    assert document_position([[0], [1]], "/1/0") == (1, 0)
