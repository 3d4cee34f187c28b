"""The rules' fast path for schema-valid documents gives exactly the findings of the defensive one.

``check_rules(document, schema_valid=True)`` reads a document the schema has
accepted as it is, trusting its shape (``read_valid_plan``), where
``check_rules(document)`` reads any value with care (``read_plan``); the same walk
checks the rules on either. These tests hold the fast path to the defensive one
on rule-abiding generated plans, on the mutated examples, and on random
schema-valid edits of both that break rules (numbers, dates, stages, ids,
references, kinds, statuses close to each other so that near misses are common).
"""

import copy
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from commitments.convert import plan_value
from commitments.reading.document import read_document
from commitments.validation import pipeline as validation
from commitments.validation._fast_schema import is_valid
from commitments.validation._plan_view import NotAsPromised, read_valid_plan
from commitments.validation._rule_walk import walk
from commitments.validation.rules import check_rules
from conftest import EXAMPLES
from mutations import CITY, MUTATIONS, NEAR_MISSES, Mutation, put
from strategies import json_values, plans

#: Values close to each other, so that edits land on, just past or just short of a limit.
NUMBERS = st.sampled_from(
    [0, 1, 2, 3, -1, 35, 12000, 13000, Decimal("1.0"), Decimal("0.5"), Decimal("35.5"), 0.1, 2.0]
)
DATES = st.sampled_from(
    [
        "2020-12-31",
        "2021-01-01",
        "2021-06-30",
        "2021-12-31",
        "2022-01-01",
        "2022-03-31",
        "2022-06-30",
        "2022-12-31",
        "2023-01-01",
    ]
)
STAGES = st.sampled_from(["started", "completed", "tendered", "in_operation", "planned"])
STATUSES = st.sampled_from(["planned", "in_progress", "completed", "missed", "deferred"])
UNITS = st.sampled_from(["km", "item", "percent", "公里", "KM", "x-lane-km", "kg"])
IDS = st.sampled_from(["a", "health", "jobs", "ec-water", "jl-transport", "transit"])
YEARS = st.sampled_from([2020, 2021, 2022, 2023, Decimal("2021.0")])

Edit = Callable[[st.DataObject, dict[str, Any]], None]


def _set(
    data: st.DataObject, node: dict[str, Any], key: str, values: st.SearchStrategy[Any]
) -> None:
    """Set ``key`` to a drawn value, or remove it."""
    if data.draw(st.booleans()):
        node[key] = data.draw(values)
    else:
        node.pop(key, None)


def _edit_target(data: st.DataObject, c: dict[str, Any]) -> None:
    key, values = data.draw(
        st.sampled_from([("value", NUMBERS), ("due", DATES), ("stage", STAGES)])
    )
    _set(data, c["target"], key, values)


def _edit_baseline(data: st.DataObject, c: dict[str, Any]) -> None:
    if data.draw(st.booleans()):
        c.pop("baseline", None)
        return
    baseline = c.setdefault("baseline", {"value": data.draw(NUMBERS)})
    baseline["value"] = data.draw(NUMBERS)
    _set(data, baseline, "as_of", DATES)


def _edit_progress(data: st.DataObject, c: dict[str, Any]) -> None:
    progress = c.setdefault("progress", [])
    action = data.draw(st.sampled_from(["append", "edit", "delete", "reverse"]))
    if action == "append" or not progress:
        observation = {"as_of": data.draw(DATES)}
        _set(data, observation, "value", NUMBERS)
        _set(data, observation, "stage", STAGES)
        progress.append(observation)
    elif action == "edit":
        observation = data.draw(st.sampled_from(progress))
        key, values = data.draw(
            st.sampled_from([("as_of", DATES), ("value", NUMBERS), ("stage", STAGES)])
        )
        if key == "as_of":
            observation["as_of"] = data.draw(DATES)
        else:
            _set(data, observation, key, values)
    elif action == "delete":
        progress.remove(data.draw(st.sampled_from(progress)))
    else:
        progress.reverse()


def _edit_metric(data: st.DataObject, c: dict[str, Any]) -> None:
    metric = c["metric"]
    action = data.draw(st.sampled_from(["kind", "direction", "unit", "stages"]))
    if action == "kind":
        metric["kind"] = data.draw(st.sampled_from(["quantity", "level", "milestone"]))
        if metric["kind"] == "milestone":
            metric.pop("unit", None)
        else:
            metric.pop("stages", None)
            metric.setdefault("unit", data.draw(UNITS))
    elif action == "direction":
        _set(data, metric, "direction", st.sampled_from(["increase", "decrease"]))
    elif action == "unit" and metric["kind"] != "milestone":
        metric["unit"] = data.draw(UNITS)
    elif action == "stages" and metric["kind"] == "milestone":
        _set(data, metric, "stages", st.lists(STAGES, min_size=1, max_size=3, unique=True))


def _edit_reference(data: st.DataObject, c: dict[str, Any]) -> None:
    key = data.draw(st.sampled_from(["id", "category", "owner", "co_owners", "status"]))
    if key == "status":
        c["status"] = data.draw(STATUSES)
    elif key == "co_owners":
        _set(data, c, key, st.lists(IDS, max_size=2))
    else:
        c[key] = data.draw(IDS)


EDITS: tuple[Edit, ...] = (
    _edit_target,
    _edit_baseline,
    _edit_progress,
    _edit_metric,
    _edit_reference,
)


def _example_documents() -> list[Any]:
    return [read_document(path.read_bytes()).value for path in sorted(EXAMPLES.glob("*.json"))] + [
        mutation.document() for mutation in (*MUTATIONS, *NEAR_MISSES)
    ]


EXAMPLE_DOCUMENTS = _example_documents()

documents = st.one_of(
    plans().map(plan_value),
    st.sampled_from(EXAMPLE_DOCUMENTS).map(copy.deepcopy),
)


def _edited(data: st.DataObject, document: dict[str, Any]) -> dict[str, Any]:
    """Make a few random edits, mostly of one commitment, that may keep the schema valid.

    Few edits of one commitment often break one rule only, so that a screen that
    misses that rule is caught (a second problem would make the commitment a
    suspect anyway).
    """
    if data.draw(st.integers(0, 9)) == 0:
        document["year"] = data.draw(YEARS)
    items = document["commitments"]
    if items:
        c = data.draw(st.sampled_from(items))
        for _ in range(data.draw(st.integers(1, 3))):
            if data.draw(st.integers(0, 4)) == 0:
                c = data.draw(st.sampled_from(items))
            data.draw(st.sampled_from(EDITS))(data, c)
    return document


def _same_findings(document: Any) -> None:
    assert check_rules(document, schema_valid=True) == check_rules(document)


@given(st.data())
def test_fast_path_equals_defensive_path_on_schema_valid_edits(data: st.DataObject) -> None:
    document = _edited(data, data.draw(documents))
    assume(is_valid(document))
    _same_findings(document)


@given(plans())
def test_fast_path_finds_nothing_in_rule_abiding_plans(plan: Any) -> None:
    document = plan_value(plan)
    assert is_valid(document)
    assert walk(read_valid_plan(document)) == []
    assert check_rules(document, schema_valid=True) == []


#: Edits that break a rule in a way the shared mutations do not.
MORE_MUTATIONS = (
    Mutation(
        name="planned-milestone-with-progress",
        example=CITY,
        edits=(put("/commitments/3/status", "planned"),),
        code="status-contradicts-progress",
        path="/commitments/3/status",
    ),
)


@pytest.mark.parametrize("mutation", MUTATIONS + MORE_MUTATIONS, ids=lambda m: m.name)
def test_fast_path_finds_each_mutation(mutation: Mutation) -> None:
    document = mutation.document()
    assert is_valid(document)
    findings = check_rules(document, schema_valid=True)
    assert [(f.code, f.path) for f in findings] == [(mutation.code, mutation.path)]
    _same_findings(document)


@pytest.mark.parametrize("mutation", NEAR_MISSES, ids=lambda m: m.name)
def test_fast_path_clears_each_near_miss(mutation: Mutation) -> None:
    document = mutation.document()
    assert is_valid(document)
    assert walk(read_valid_plan(document)) == []
    assert check_rules(document, schema_valid=True) == []


def test_the_later_holder_of_a_repeated_id_is_reported_on_the_fast_path() -> None:
    document = copy.deepcopy(EXAMPLE_DOCUMENTS[0])
    items = document["commitments"]
    items[5]["id"] = items[2]["id"]
    findings = check_rules(document, schema_valid=True)
    assert ("duplicate-id", "/commitments/5/id") in [(f.code, f.path) for f in findings]
    _same_findings(document)


def test_a_year_the_schema_takes_but_the_rules_cannot_read_leaves_all_to_the_defence() -> None:
    document = copy.deepcopy(EXAMPLE_DOCUMENTS[0])
    document["year"] = Decimal("2021.0")
    assert is_valid(document)
    with pytest.raises(NotAsPromised):
        read_valid_plan(document)
    _same_findings(document)


@given(json_values)
def test_fast_path_never_raises_on_a_document_the_schema_rejects(document: Any) -> None:
    assert all(f.code for f in check_rules(document, schema_valid=True))
    assert all(
        f.code for f in check_rules({"year": 2021, "commitments": [document]}, schema_valid=True)
    )


def test_validation_tells_the_rules_when_the_schema_accepted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[bool] = []
    is_valid_, check = validation._layers()

    def spy(document: Any, *, schema_valid: bool = False) -> Any:
        told.append(schema_valid)
        return check(document, schema_valid=schema_valid)

    monkeypatch.setattr(validation, "_layers", lambda: (is_valid_, spy))
    good = (EXAMPLES / "jilin-2021.json").read_bytes()
    assert validation.validate(good).ok
    assert not validation.validate(b'{"schema_version": "1.0", "year": 2021}').ok
    assert told == [True, False]


def _quantity(**fields: Any) -> dict[str, Any]:
    return {
        "id": "q",
        "title": "Q",
        "category": "c",
        "owner": "o",
        "metric": {"kind": "quantity", "unit": "km"},
        "status": "in_progress",
        **fields,
    }


#: Just above the float 0.1 as Python prints it, just below its exact binary value.
BETWEEN = Decimal("0.10000000000000000001")


@pytest.mark.parametrize(
    "commitment",
    [
        _quantity(
            status="completed",
            target={"value": BETWEEN},
            progress=[{"as_of": "2021-06-30", "value": 0.1}],
        ),
        _quantity(
            metric={"kind": "quantity", "unit": "km", "direction": "decrease"},
            baseline={"value": 0.1},
            target={"value": BETWEEN},
        ),
        _quantity(
            status="planned",
            baseline={"value": 0.1},
            target={"value": 1},
            progress=[{"as_of": "2021-06-30", "value": BETWEEN}],
        ),
    ],
)
def test_a_float_is_compared_as_the_decimal_it_prints_as(commitment: dict[str, Any]) -> None:
    document = {
        "schema_version": "1.0",
        "jurisdiction": {"name": "J"},
        "year": 2021,
        "commitments": [commitment],
    }
    assert is_valid(document)
    assert [f.code for f in check_rules(document)] != []
    _same_findings(document)
