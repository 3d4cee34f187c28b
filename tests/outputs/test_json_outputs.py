import datetime
import functools
import json
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments import __version__
from commitments.analysis.diff import diff
from commitments.analysis.history import History, Trend
from commitments.analysis.summary import summarize
from commitments.convert import object_value, write_json
from commitments.model import Jurisdiction, Plan, Text
from commitments.model.vocab import Status
from commitments.outputs._json_value import json_value
from commitments.outputs._progress_json import progress_report, report_json
from commitments.outputs.diff import DIFF_SCHEMA_ID, DiffOutput, diff_json
from commitments.outputs.history import HISTORY_SCHEMA_ID, HistoryOutput, history_json
from commitments.outputs.progress import PROGRESS_SCHEMA_ID, ProgressReport
from commitments.outputs.provenance import Provenance, provenance, with_provenance
from commitments.outputs.validate import VALIDATE_SCHEMA_ID, ValidateOutput
from commitments.schema import PLAN_SCHEMA_ID
from conftest import SCHEMAS
from strategies import plans

OUTPUT_RECORDS = (ProgressReport, DiffOutput, HistoryOutput, ValidateOutput)
PROVENANCE = [field.name for field in attrs.fields(Provenance)]


@functools.cache
def shipped(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def written(value: Any) -> Any:
    """The value as a reader of the output gets it back."""
    return json.loads(write_json(value), parse_float=Decimal)


# -- the walker ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        (True, True),
        (7, 7),
        ("x", "x"),
        (Status.COMPLETED, "completed"),
        (Trend.RISING, "rising"),
        (Decimal("95.0"), Decimal("95")),
        (Decimal("2.5E+6"), Decimal("2500000")),
        (Fraction(1, 8), Decimal("0.125")),
        (Fraction(2, 3), Decimal("0.666666666667")),
        (datetime.date(2021, 1, 5), "2021-01-05"),
        (Text("吉林省"), "吉林省"),
        (Text({"zh": "吉林省", "en": "Jilin"}), {"zh": "吉林省", "en": "Jilin"}),
        ((1, [Fraction(1, 2)]), [1, [Decimal("0.5")]]),
        ({"value": Decimal("1.50"), "as_of": "2020"}, {"value": Decimal("1.5"), "as_of": "2020"}),
    ],
)
def test_each_kind_of_value(value: Any, expected: Any) -> None:
    result = json_value(value)
    assert result == expected
    assert type(result) is type(expected)
    assert str(result) == str(expected)


def test_an_object_of_the_model_is_written_as_a_document_writes_it() -> None:
    jurisdiction = Jurisdiction(name=Text({"zh": "吉林省", "en": "Jilin"}), code="CN-JL")
    assert json_value(jurisdiction) == object_value(jurisdiction)
    assert list(json_value(Jurisdiction(name=Text("某市")))) == ["name"]  # absent stays absent


def test_a_record_is_every_field_in_order_none_included() -> None:
    @attrs.frozen
    class Row:
        b: int
        a: Fraction | None
        c: tuple[datetime.date, ...]

    assert json_value(Row(1, None, (datetime.date(2020, 1, 1),))) == {
        "b": 1,
        "a": None,
        "c": ["2020-01-01"],
    }


@pytest.mark.parametrize("value", [object(), {1, 2}, 0.5, Decimal("NaN")])
def test_what_has_no_json_value_is_refused(value: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        json_value(value)


# -- provenance, declared once -----------------------------------------------------------


@pytest.mark.parametrize("record", OUTPUT_RECORDS)
def test_every_output_record_ends_with_the_provenance(record: type) -> None:
    fields = attrs.fields(record)
    assert [f.name for f in fields][-3:] == PROVENANCE
    assert list(fields)[-3:] == [
        attrs.fields_dict(Provenance)[name].evolve(inherited=True) for name in PROVENANCE
    ]


@pytest.mark.parametrize(
    ("name", "schema_id"),
    [
        ("progress-output-1.schema.json", PROGRESS_SCHEMA_ID),
        ("diff-output-1.schema.json", DIFF_SCHEMA_ID),
        ("history-output-1.schema.json", HISTORY_SCHEMA_ID),
        ("validate-output-1.schema.json", VALIDATE_SCHEMA_ID),
    ],
)
def test_every_shipped_output_schema_describes_the_provenance_alike(
    name: str, schema_id: str
) -> None:
    schema = shipped(name).schema
    assert schema["$id"] == schema_id
    root = schema["$defs"][schema["$ref"].rsplit("/", 1)[1]]
    assert list(root["properties"])[-3:] == PROVENANCE
    assert set(PROVENANCE) <= set(root["required"])
    first = shipped("progress-output-1.schema.json").schema
    first_root = first["$defs"][first["$ref"].rsplit("/", 1)[1]]
    for key in PROVENANCE:
        assert root["properties"][key] == first_root["properties"][key]


def test_provenance_values() -> None:
    assert with_provenance({"ok": True}, VALIDATE_SCHEMA_ID) == {
        "ok": True,
        "commitments_version": __version__,
        "schema": PLAN_SCHEMA_ID,
        "output_schema": VALIDATE_SCHEMA_ID,
    }
    assert list(provenance(DIFF_SCHEMA_ID)) == PROVENANCE


# -- every JSON output of generated plans follows its shipped schema ------------------------


@given(st.lists(plans(max_commitments=3), min_size=1, max_size=2), st.dates())
def test_the_json_outputs_of_any_plans_follow_their_schemas(
    many: list[Plan], day: datetime.date
) -> None:
    for by in (None, "category"):
        report = progress_report(summarize(many, by=by, as_of=day), as_of=day)
        shipped("progress-output-1.schema.json").validate(written(report_json(report)))
    history = with_provenance(history_json(History(many)), HISTORY_SCHEMA_ID)
    shipped("history-output-1.schema.json").validate(written(history))
    changes = with_provenance(diff_json(diff(many[0], many[-1])), DIFF_SCHEMA_ID)
    shipped("diff-output-1.schema.json").validate(written(changes))


# --- numbers beyond the range of a double ---------------------------------------------------


def _huge_plan() -> Plan:
    """A plan built without validation, its figures beyond a 64-bit float's range."""
    from commitments.convert._builders import build_plan

    return build_plan(
        {
            "schema_version": "1.0",
            "jurisdiction": {"name": "Nowhere"},
            "year": 2021,
            "commitments": [
                {
                    "id": "huge",
                    "title": "Huge",
                    "category": "x",
                    "owner": "x",
                    "metric": {"kind": "quantity", "unit": "item"},
                    "target": {"value": Decimal("2E+400")},
                    "status": "in_progress",
                    "progress": [{"as_of": "2021-06-30", "value": Decimal("1E+400")}],
                }
            ],
        }
    )


def test_a_figure_beyond_a_double_is_written_as_a_string_the_schema_allows() -> None:
    summary = summarize([_huge_plan()], as_of=datetime.date(2021, 12, 31))
    value = report_json(progress_report(summary, as_of=datetime.date(2021, 12, 31)))
    shipped("progress-output-1.schema.json").validate(json.loads(write_json(value)))
    commitment = value["commitments"][0]
    assert commitment["target"] == "2" + "0" * 400
    assert commitment["remaining"] == "1" + "0" * 400
    assert commitment["fraction"] == Decimal("0.5")
    assert value["total"]["amounts"][0]["target"] == "2" + "0" * 400
    text = write_json(value)
    assert json.loads(text, parse_float=float) == json.loads(text)  # no float is infinite


@given(st.integers() | st.fractions() | st.decimals(allow_nan=False, allow_infinity=False))
def test_no_output_number_is_beyond_a_double(number: int | Fraction | Decimal) -> None:
    written = json_value(number)
    if not isinstance(written, str):
        assert abs(float(written)) != float("inf")
