import json
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import commitments
from commitments._compiled_model import build_plan, plan_json, plan_value
from commitments._jsonwriter import write_json
from commitments.convert import make_converter
from commitments.model import Jurisdiction, Plan, Text
from strategies import plans

converter = make_converter()
EMPTY = (
    '{"schema_version": "1.0", "jurisdiction": {"name": "Jilin"}, "year": 2021, "commitments": []}'
)


@given(plans())
def test_build_plan_equals_the_converter(plan: Plan) -> None:
    value = converter.unstructure(plan)
    assert build_plan(value) == converter.structure(value, Plan) == plan


@given(plans())
def test_plan_value_equals_the_converter_key_order_included(plan: Plan) -> None:
    expected = converter.unstructure(plan)
    assert write_json(plan_value(plan)) == write_json(expected)


@given(plans(), st.sampled_from([None, 0, 2, 4]))
def test_dumps_writes_what_the_careful_writer_writes(plan: Plan, indent: int | None) -> None:
    expected = write_json(converter.unstructure(plan), indent=indent)
    assert commitments.dumps(plan, indent=indent) == expected


def test_examples_load_and_dump_as_the_converter_does(examples_dir: Path) -> None:
    for path in sorted(commitments.io.dataset_files(examples_dir)):
        for reading in commitments.io.read_dataset(path):
            plan = commitments.io.plan_from_reading(reading)
            assert plan == converter.structure(reading.value, Plan)
            assert commitments.dumps(plan) == write_json(converter.unstructure(plan))


def test_extensions_are_kept_at_the_end_with_their_numbers() -> None:
    text = EMPTY[:-1] + ', "x-n": [1.50, {"deep": 2E+3}]}'
    plan = commitments.loads(text)
    assert plan.extensions == {"x-n": [Decimal("1.50"), {"deep": Decimal("2E+3")}]}
    assert commitments.dumps(plan, indent=None).endswith(',"x-n":[1.50,{"deep":2E+3}]}')


@pytest.mark.parametrize(
    "name",
    [
        "\0" + "95.0",  # looks like a marked number
        'quote"\0' + "7",  # so does the end of this one, after an escaped quote
        "lone \ud800 surrogate",  # written escaped by the careful writer
    ],
)
def test_strings_the_c_encoder_cannot_write_go_to_the_careful_writer(name: str) -> None:
    plan = attrs.evolve(commitments.loads(EMPTY), jurisdiction=Jurisdiction(name=Text(name)))
    assert plan_json(plan) is None
    assert commitments.dumps(plan, indent=None) == write_json(
        converter.unstructure(plan), indent=None
    )
    assert json.loads(commitments.dumps(plan))["jurisdiction"]["name"] == name


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("-Infinity"), float("inf")])
def test_non_finite_numbers_are_refused_as_before(value: object) -> None:
    plan = attrs.evolve(commitments.loads(EMPTY), extensions=MappingProxyType({"x-v": value}))
    assert plan_json(plan) is None
    with pytest.raises(ValueError, match="is not a JSON number"):
        commitments.dumps(plan)
