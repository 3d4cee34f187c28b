"""Format 1.1 (docs/format.rst): its keys need "1.1", and a level may lack a baseline."""

import copy
import json
from typing import Any

import attrs
import pytest
from hypothesis import given

from commitments import dumps, loads, validate
from commitments.model.vocab import Severity, Status
from commitments.validation.rules import check_rules
from strategies import plans

PLAN: dict[str, Any] = {
    "schema_version": "1.1",
    "jurisdiction": {"name": "成都市", "code": "CN-SC-01"},
    "year": 2021,
    "complete": False,
    "commitments": [
        {
            "id": "elderly-canteens",
            "title": "Community canteens for older people",
            "category": "care",
            "owner": "civil-affairs",
            "metric": {"kind": "quantity", "unit": "item"},
            "target": {"value": 100, "approximate": True},
            "status": "completed",
            "progress": [
                {"as_of": "2021-09-30", "value": 80},
                {"as_of": "2022-01-12", "status": "completed"},
            ],
        },
        {
            "id": "tap-water",
            "title": "Rural tap-water coverage",
            "category": "water",
            "owner": "water",
            "metric": {"kind": "level", "unit": "percent"},
            "target": {"value": 98},
            "status": "in_progress",
        },
    ],
}


def _as_1_0(plan: dict[str, Any]) -> dict[str, Any]:
    older = copy.deepcopy(plan)
    older["schema_version"] = "1.0"
    return older


def _found(document: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(f.severity.value, f.code, f.path) for f in validate(json.dumps(document)).findings]


def test_a_1_1_document_with_every_new_key_is_valid_with_one_warning() -> None:
    assert _found(PLAN) == [("warning", "missing-baseline", "/commitments/1")]
    plan = loads(json.dumps(PLAN))
    assert plan.complete is False
    assert plan.commitments[0].target.approximate is True
    progress = plan.commitments[0].progress or ()
    assert (progress[-1].status, progress[-1].value) == (Status.COMPLETED, None)


def test_a_1_0_document_may_not_use_the_keys_of_1_1() -> None:
    report = validate(json.dumps(_as_1_0(PLAN)))
    assert [(f.severity.value, f.code, f.path) for f in report.findings] == [
        ("error", "schema.not", "/complete"),
        ("error", "schema.not", "/commitments/0/target/approximate"),
        ("error", "schema.not", "/commitments/0/progress/1/status"),
        ("error", "missing-baseline", "/commitments/1"),
    ]
    message = report.findings[0].message
    assert message == "is not allowed when schema_version is 1.0"


@pytest.mark.parametrize(("version", "severity"), [("1.0", "error"), ("1.1", "warning")])
def test_missing_baseline_is_an_error_only_in_1_0(version: str, severity: str) -> None:
    document = copy.deepcopy(PLAN)
    document["schema_version"] = version
    del document["complete"]
    document["commitments"] = document["commitments"][1:]
    assert _found(document) == [(severity, "missing-baseline", "/commitments/0")]
    # the rules alone, on a document of any shape, say the same
    assert [f.severity.value for f in check_rules(document)] == [severity]


def test_a_version_that_cannot_be_read_keeps_missing_baseline_an_error() -> None:
    for version in (None, 11, "1.01", "one"):
        document = {**PLAN, "schema_version": version}
        found = [f for f in check_rules(document) if f.code == "missing-baseline"]
        assert [f.severity for f in found] == [Severity.ERROR]


@given(plans())
def test_a_plan_is_valid_and_means_the_same_when_it_says_1_1(plan: Any) -> None:
    """A 1.0 document stays valid 1.1 unchanged."""
    newer = dumps(attrs.evolve(plan, schema_version="1.1"))
    assert validate(newer).findings == ()
    assert attrs.evolve(loads(newer), schema_version=plan.schema_version) == plan
