import datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given

from commitments.model.parts import Baseline, Metric, Observation, Source
from commitments.model.plan import Plan
from commitments.model.text import Text
from commitments.model.vocab import MetricKind
from reference_converter import make_converter, structure_error_details
from strategies import plans

converter = make_converter()


def errors_of(value: Any, cls: type) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(Exception) as caught:  # noqa: PT011 - any structuring error, inspected below
        converter.structure(value, cls)
    return list(structure_error_details(caught.value))


@given(plans())
def test_structure_of_unstructure_is_identity(plan: Plan) -> None:
    assert converter.structure(converter.unstructure(plan), Plan) == plan


@given(plans())
def test_fast_converter_agrees_with_detailed_one(plan: Plan) -> None:
    value = converter.unstructure(plan)
    assert make_converter(detailed_validation=False).structure(value, Plan) == plan


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("7", "expected a number, got a string"),
        (True, "expected a number, got a boolean"),
        (None, "expected a number, got null"),
        ([7], "expected a number, got an array"),
    ],
)
def test_numbers_are_not_coerced(value: object, message: str) -> None:
    assert errors_of({"value": value}, Baseline) == [(("value",), message)]


def test_strings_are_not_coerced() -> None:
    assert errors_of({"url": 7}, Source) == [(("url",), "expected a string, got a number")]


def test_lists_must_be_arrays() -> None:
    assert errors_of({"kind": "milestone", "stages": "ab"}, Metric) == [
        (("stages",), "expected an array, got a string")
    ]


def test_enum_values_are_checked_and_named() -> None:
    [(path, message)] = errors_of({"kind": "amount"}, Metric)
    assert path == ("kind",)
    assert "'quantity', 'level', 'milestone'" in message
    assert errors_of({"kind": 1}, Metric) == [(("kind",), "expected a string, got a number")]


@pytest.mark.parametrize(
    "text", ["2021-1-1", "20210101", "2021-02-30", "2021-W01-1", " 2021-01-01"]
)
def test_dates_must_be_real_and_written_yyyy_mm_dd(text: str) -> None:
    [(path, _message)] = errors_of({"as_of": text, "value": 1}, Observation)
    assert path == ("as_of",)


def test_integers_accept_integral_numbers_only() -> None:
    document = {"schema_version": "1.0", "jurisdiction": {"name": "x"}, "commitments": []}
    assert converter.structure({**document, "year": Decimal("2021.0")}, Plan).year == 2021
    assert errors_of({**document, "year": Decimal("2021.5")}, Plan) == [
        (("year",), "expected an integer, got a number")
    ]
    assert errors_of({**document, "year": True}, Plan) == [
        (("year",), "expected an integer, got a boolean")
    ]


def test_floats_from_other_parsers_keep_their_digits() -> None:
    assert converter.structure({"value": 95.0}, Baseline).value.as_tuple() == (
        Decimal("95.0").as_tuple()
    )


def test_non_finite_numbers_are_refused() -> None:
    [(_, message)] = errors_of({"value": Decimal("NaN")}, Baseline)
    assert "finite" in message
    [(_, message)] = errors_of({"value": float("inf")}, Baseline)
    assert "finite" in message


def test_unknown_keys_are_refused_with_their_path_and_other_errors_kept() -> None:
    assert sorted(errors_of({"value": "1", "colour": "red"}, Baseline)) == [
        (("colour",), "unknown key 'colour'"),
        (("value",), "expected a number, got a string"),
    ]


def test_missing_required_keys_are_named() -> None:
    assert errors_of({}, Baseline) == [(("value",), "missing required key 'value'")]


def test_extensions_are_kept_at_every_level_and_written_back() -> None:
    value = {
        "as_of": "2021-12-31",
        "value": 3,
        "x-checked-by": {"name": "audit office", "score": Decimal("0.5")},
        "source": {"url": "https://example.org", "x-archive": "https://archive.org/x"},
    }
    observation = converter.structure(value, Observation)
    assert observation.extensions == {"x-checked-by": value["x-checked-by"]}
    assert observation.source is not None
    assert observation.source.extensions == {"x-archive": "https://archive.org/x"}
    assert converter.unstructure(observation) == value


def test_texts_plain_stay_plain_and_objects_stay_objects() -> None:
    assert converter.structure("吉林省", Text) == Text("吉林省")
    assert converter.unstructure(Text("吉林省")) == "吉林省"
    assert converter.unstructure(Text({"zh": "吉林省"})) == {"zh": "吉林省"}
    for bad in ("", {}, {"zh": ""}, {"zh": 1}, 7):
        with pytest.raises((TypeError, ValueError)):
            converter.structure(bad, Text)


def test_absent_stays_absent_and_explicit_defaults_stay_explicit() -> None:
    implicit = {"kind": "quantity", "unit": "person"}
    explicit = {**implicit, "direction": "increase"}
    assert converter.unstructure(converter.structure(implicit, Metric)) == implicit
    assert converter.unstructure(converter.structure(explicit, Metric)) == explicit
    empty = {"kind": "milestone", "stages": ["started", "completed"]}
    metric = converter.structure(empty, Metric)
    assert metric.kind is MetricKind.MILESTONE
    assert converter.unstructure(metric) == empty


def test_dates_round_trip() -> None:
    observation = converter.structure({"as_of": "2020-12-31", "value": 1}, Observation)
    assert observation.as_of == datetime.date(2020, 12, 31)
    assert converter.unstructure(observation)["as_of"] == "2020-12-31"
