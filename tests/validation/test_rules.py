"""The rules layer (docs/rules.rst): every code fires where it should, and only there."""

import copy
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.convert import plan_value
from commitments.model.findings import Finding
from commitments.model.vocab import Severity
from commitments.reading.document import read_document
from commitments.reading.pointers import split_pointer
from commitments.schema import build_schema
from commitments.validation.rules import RULES, check_rules
from conftest import EXAMPLES, ROOT
from mutations import MUTATIONS, NEAR_MISSES, Edit, Mutation, append, delete, put
from strategies import decimals, json_values, plans

E, W = Severity.ERROR, Severity.WARNING
C = "/commitments"

#: A small plan that breaks no rule: a quantity, an increasing level, a decreasing
#: level and a milestone, with categories and agencies declared.
BASE: dict[str, Any] = {
    "schema_version": "1.0",
    "jurisdiction": {"name": "Example City"},
    "year": 2021,
    "categories": [{"id": "health", "name": "Health"}, {"id": "jobs", "name": "Jobs"}],
    "agencies": [{"id": "hrss", "name": "Labour"}, {"id": "health-com", "name": "Health"}],
    "commitments": [
        {
            "id": "urban-jobs",
            "title": "New urban jobs",
            "category": "jobs",
            "owner": "hrss",
            "co_owners": ["health-com"],
            "metric": {"kind": "quantity", "unit": "person"},
            "target": {"value": 230000},
            "status": "in_progress",
            "progress": [
                {"as_of": "2021-06-30", "value": 120000},
                {"as_of": "2021-09-30", "value": 180000},
            ],
        },
        {
            "id": "tap-water",
            "title": "Rural tap-water coverage",
            "category": "health",
            "owner": "health-com",
            "metric": {"kind": "level", "unit": "percent"},
            "baseline": {"value": Decimal("93.5"), "as_of": "2020-12-31"},
            "target": {"value": 95, "due": "2021-12-31"},
            "status": "completed",
            "progress": [{"as_of": "2021-12-31", "value": Decimal("95.0")}],
        },
        {
            "id": "waiting-time",
            "title": "Average waiting time",
            "category": "health",
            "owner": "health-com",
            "metric": {"kind": "level", "unit": "x-minute", "direction": "decrease"},
            "baseline": {"value": 40},
            "target": {"value": 30},
            "status": "in_progress",
            "progress": [{"as_of": "2021-06-30", "value": 35}],
        },
        {
            "id": "railway",
            "title": "Railway speed-up",
            "category": "jobs",
            "owner": "hrss",
            "metric": {"kind": "milestone", "stages": ["designed", "tendered", "completed"]},
            "target": {"due": "2021-12-31"},
            "status": "in_progress",
            "progress": [{"as_of": "2021-03-01", "stage": "designed"}],
        },
    ],
}


def edited(*edits: Edit) -> Any:
    document = copy.deepcopy(BASE)
    for edit in edits:
        edit(document)
    return document


def test_the_base_document_is_schema_valid_and_breaks_no_rule() -> None:
    jsonschema.Draft202012Validator(build_schema()).validate(BASE)
    assert check_rules(BASE) == []


# fmt: off
#: (edits, code, severity, pointer, message): the edits give exactly this one finding.
FIRES: list[tuple[tuple[Edit, ...], str, Severity, str, str]] = [
    ((put(f"{C}/3/id", "urban-jobs"),),
     "duplicate-id", E, f"{C}/3/id", 'id "urban-jobs" is already the id of /commitments/0'),
    ((put(f"{C}/0/category", "transit"),),
     "unknown-category", E, f"{C}/0/category",
     'category "transit" is not declared in categories (health, jobs)'),
    ((put(f"{C}/0/owner", "transport"),),
     "unknown-owner", E, f"{C}/0/owner",
     'owner "transport" is not declared in agencies (hrss, health-com)'),
    ((append(f"{C}/0/co_owners", "parks"),),
     "unknown-owner", E, f"{C}/0/co_owners/1",
     'co-owner "parks" is not declared in agencies (hrss, health-com)'),
    ((put(f"{C}/0/metric/unit", "kg"),),
     "unknown-unit", E, f"{C}/0/metric/unit",
     'unit "kg" is neither a unit code (item, person, person_time, household, m, km, m2, km2, '
     "ha, mu, t, yuan, percent) nor an x-… code"),
    ((put(f"{C}/0/metric/unit", "人"),),
     "unknown-unit", E, f"{C}/0/metric/unit", 'unit "人" is not a unit code: write "person"'),
    ((put(f"{C}/1/metric/unit", "Percent"),),
     "unknown-unit", E, f"{C}/1/metric/unit", 'unit "Percent" is not a unit code: write "percent"'),
    ((put(f"{C}/2/metric/unit", "x-"),),
     "unknown-unit", E, f"{C}/2/metric/unit",
     'unit "x-" is neither a unit code (item, person, person_time, household, m, km, m2, km2, '
     "ha, mu, t, yuan, percent) nor an x-… code"),
    ((delete(f"{C}/1/baseline"),),
     "missing-baseline", E, f"{C}/1",
     "a level metric needs a baseline: the level the count starts from"),
    ((delete(f"{C}/1/target/value"),),
     "missing-target-value", E, f"{C}/1/target", "the target of a level metric needs a value"),
    ((delete(f"{C}/0/progress/1/value"),),
     "missing-observation-value", E, f"{C}/0/progress/1",
     "an observation of a quantity needs a value or a status"),
    ((delete(f"{C}/3/progress/0/stage"),),
     "missing-observation-value", E, f"{C}/3/progress/0",
     "an observation of a milestone needs a stage or a status"),
    ((put(f"{C}/3/baseline", {"value": 0}),),
     "unexpected-value", E, f"{C}/3/baseline",
     "a milestone has no baseline: it counts stages, not values"),
    ((put(f"{C}/3/target/value", 1),),
     "unexpected-value", E, f"{C}/3/target/value",
     "a milestone target has no value: give a stage"),
    ((put(f"{C}/3/progress/0/value", 1),),
     "unexpected-value", E, f"{C}/3/progress/0/value",
     "an observation of a milestone has no value: give a stage"),
    ((put(f"{C}/0/target/stage", "completed"),),
     "unexpected-value", E, f"{C}/0/target/stage", "a quantity target has no stage: give a value"),
    ((put(f"{C}/1/progress/0/stage", "started"),),
     "unexpected-value", E, f"{C}/1/progress/0/stage",
     "an observation of a level has no stage: give a value"),
    ((put(f"{C}/3/target/stage", "built"),),
     "unknown-stage", E, f"{C}/3/target/stage",
     "stage \"built\" is not one of the metric's stages (designed, tendered, completed)"),
    ((put(f"{C}/3/progress/0/stage", "started"),),
     "unknown-stage", E, f"{C}/3/progress/0/stage",
     "stage \"started\" is not one of the metric's stages (designed, tendered, completed)"),
    ((delete(f"{C}/3/metric/stages"),),
     "unknown-stage", E, f"{C}/3/progress/0/stage",
     "stage \"designed\" is not one of the metric's stages (started, completed)"),
    ((put(f"{C}/1/target/value", 93),),
     "direction-mismatch", E, f"{C}/1/target/value",
     "target 93 is below the baseline 93.5, but the metric's direction is increase"),
    ((put(f"{C}/2/target/value", Decimal("40.01")),),
     "direction-mismatch", E, f"{C}/2/target/value",
     "target 40.01 is above the baseline 40, but the metric's direction is decrease"),
    ((put(f"{C}/0/target/value", -1),),
     "direction-mismatch", E, f"{C}/0/target/value",
     "target -1 is below the baseline 0, but the metric's direction is increase"),
    ((put(f"{C}/0/progress/1/as_of", "2021-06-30"),),
     "progress-order", E, f"{C}/0/progress/1/as_of",
     "observation of 2021-06-30 is not after the one before it "
     "(2021-06-30, /commitments/0/progress/0)"),
    ((put(f"{C}/0/progress/1/as_of", "2021-01-31"),),
     "progress-order", E, f"{C}/0/progress/1/as_of",
     "observation of 2021-01-31 is not after the one before it "
     "(2021-06-30, /commitments/0/progress/0)"),
    ((put(f"{C}/1/progress/0/as_of", "2020-12-30"),),
     "progress-before-baseline", E, f"{C}/1/progress/0/as_of",
     "observation of 2020-12-30 is before the baseline date 2020-12-31"),
    ((put(f"{C}/1/baseline/as_of", "2021-07-01"), put(f"{C}/1/target/due", "2021-06-30")),
     "due-before-baseline", E, f"{C}/1/target/due",
     "due date 2021-06-30 is before the baseline date 2021-07-01"),
    ((put(f"{C}/0/baseline", {"value": 0, "as_of": "2022-01-01"}),
      put(f"{C}/0/progress", [])),
     "due-before-baseline", E, f"{C}/0/target",
     "the default due date 2021-12-31 (the end of the plan year) "
     "is before the baseline date 2022-01-01"),
    ((put(f"{C}/1/target/due", "2022-01-01"),),
     "due-outside-year", W, f"{C}/1/target/due",
     "due date 2022-01-01 is not in the plan year 2021"),
    ((put(f"{C}/1/progress/0/value", Decimal("94.9")),),
     "status-contradicts-progress", W, f"{C}/1/status",
     'status is "completed" but the latest observation of 2021-12-31 is 94.9, '
     "short of the target 95"),
    ((put(f"{C}/2/status", "completed"),),
     "status-contradicts-progress", W, f"{C}/2/status",
     'status is "completed" but the latest observation of 2021-06-30 is 35, '
     "short of the target 30"),
    ((put(f"{C}/3/status", "completed"),),
     "status-contradicts-progress", W, f"{C}/3/status",
     'status is "completed" but the latest observation of 2021-03-01 is at stage "designed", '
     'before the target stage "completed"'),
    ((put(f"{C}/0/status", "planned"),),
     "status-contradicts-progress", W, f"{C}/0/status",
     'status is "planned" but the observation of 2021-06-30 shows progress '
     "(120000 from the baseline 0)"),
    ((put(f"{C}/3/status", "planned"),),
     "status-contradicts-progress", W, f"{C}/3/status",
     'status is "planned" but the observation of 2021-03-01 reached stage "designed"'),
    ((append("/categories", {"id": "jobs", "name": "Employment"}),),
     "duplicate-category-id", E, "/categories/2/id",
     'category id "jobs" is already declared at /categories/1'),
    ((append("/agencies", {"id": "hrss", "name": "Labour bureau"}),),
     "duplicate-agency-id", E, "/agencies/2/id",
     'agency id "hrss" is already declared at /agencies/0'),
    ((put(f"{C}/0/progress/0/value", Decimal("1E-100000")),),
     "number-out-of-range", E, f"{C}/0/progress/0/value",
     "1E-100000 is out of range: its magnitude is below 1E-30 (a number has at most 34 "
     "significant digits and, unless 0, a magnitude from 1E-30 to 1E+30)"),
    ((put(f"{C}/1/baseline/value", Decimal("93." + "5" * 4400)),),
     "number-out-of-range", E, f"{C}/1/baseline/value",
     "93.55555555555555555…555555555555 is out of range: it has 4,402 significant digits, "
     "more than 34 (a number has at most 34 significant digits and, unless 0, a magnitude "
     "from 1E-30 to 1E+30)"),
    ((put(f"{C}/2/target/value", -(10**31)),),
     "number-out-of-range", E, f"{C}/2/target/value",
     "-10000000000000000000000000000000 is out of range: its magnitude is above 1E+30 (a "
     "number has at most 34 significant digits and, unless 0, a magnitude from 1E-30 to 1E+30)"),
    ((put("/year", Decimal("2021.0")),),
     "integer-spelling", W, "/year",
     "the year 2021.0 is the integer 2021, and is written back as 2021: write 2021"),
]

#: Edits that come close to breaking a rule and must give no finding at all.
NEAR: list[tuple[str, tuple[Edit, ...]]] = [
    ("previous-id-of-another", (put(f"{C}/3/previous_id", "urban-jobs"),)),
    ("numbers-at-the-edges-of-the-range", (put(f"{C}/0/target/value", Decimal("1E+30")),
                                           put(f"{C}/0/progress/0/value", 10**30),
                                           put(f"{C}/1/baseline/value", Decimal("1E-30")),
                                           put(f"{C}/1/progress/0/value",
                                               Decimal("95." + "0" * 32)),
                                           put(f"{C}/2/progress/0/value", Decimal("0E-99999")))),
    ("categories-undeclared", (delete("/categories"), put(f"{C}/0/category", "transit"))),
    ("agencies-undeclared", (delete("/agencies"), append(f"{C}/0/co_owners", "parks"))),
    ("custom-unit", (put(f"{C}/0/metric/unit", "x-lane-km"),)),
    ("known-unit-of-area", (put(f"{C}/0/metric/unit", "mu"),)),
    ("level-baseline-without-date", (delete(f"{C}/1/baseline/as_of"),)),
    ("milestone-with-empty-target", (put(f"{C}/3/target", {}),)),
    ("explicit-target-stage", (put(f"{C}/3/target/stage", "tendered"),)),
    ("default-stages", (delete(f"{C}/3/metric/stages"), put(f"{C}/3/progress/0/stage", "started"),
                        put(f"{C}/3/target/stage", "completed"))),
    ("target-equals-baseline", (put(f"{C}/1/target/value", Decimal("93.50")),)),
    ("decrease-target-equals-baseline", (put(f"{C}/2/target/value", 40),)),
    ("quantity-zero-target", (put(f"{C}/0/target/value", 0),)),
    ("decrease-quantity-below-zero", (put(f"{C}/0/metric/direction", "decrease"),
                                      put(f"{C}/0/target/value", -5),
                                      put(f"{C}/0/progress", []))),
    ("observation-on-baseline-date", (put(f"{C}/1/progress/0/as_of", "2020-12-31"),)),
    ("due-on-baseline-date", (put(f"{C}/1/baseline/as_of", "2021-12-31"),)),
    ("default-due-on-baseline-date", (put(f"{C}/0/baseline", {"value": 0,
                                                              "as_of": "2021-12-31"}),
                                      put(f"{C}/0/progress", []))),
    ("due-on-1-january", (put(f"{C}/1/target/due", "2021-01-01"),
                          put(f"{C}/1/baseline/as_of", "2021-01-01"))),
    ("invalid-due-is-left-to-the-schema", (put(f"{C}/1/target/due", "2022-02-30"),)),
    ("invalid-as-of-is-left-to-the-schema", (put(f"{C}/0/progress/1/as_of", "2021-06-31"),)),
    ("completed-exactly-on-target", (put(f"{C}/1/progress/0/value", Decimal("95.00")),)),
    ("completed-beyond-decrease-target", (put(f"{C}/2/status", "completed"),
                                          put(f"{C}/2/progress/0/value", 29))),
    ("completed-without-observations", (put(f"{C}/1/progress", []),)),
    ("completed-latest-by-date", (put(f"{C}/1/progress/0/as_of", "2021-12-31"),
                                  append(f"{C}/1/progress", {"as_of": "2022-01-31",
                                                             "value": 96}))),
    ("completed-milestone-at-target", (put(f"{C}/3/status", "completed"),
                                       put(f"{C}/3/target/stage", "designed"))),
    ("completed-milestone-past-target", (put(f"{C}/3/status", "completed"),
                                         put(f"{C}/3/target/stage", "designed"),
                                         put(f"{C}/3/progress/0/stage", "tendered"))),
    ("planned-observed-at-baseline", (put(f"{C}/0/status", "planned"),
                                      put(f"{C}/0/progress", [{"as_of": "2021-03-31",
                                                              "value": 0}]))),
    ("planned-observed-on-wrong-side", (put(f"{C}/2/status", "planned"),
                                        put(f"{C}/2/progress/0/value", 41))),
    ("planned-without-observations", (put(f"{C}/3/status", "planned"), put(f"{C}/3/progress", []))),
]
# fmt: on


@pytest.mark.parametrize(
    ("edits", "code", "severity", "path", "message"),
    FIRES,
    ids=[f"{case[1]}@{case[3]}" for case in FIRES],
)
def test_a_rule_fires_once_with_its_code_severity_pointer_and_message(
    edits: tuple[Edit, ...], code: str, severity: Severity, path: str, message: str
) -> None:
    assert check_rules(edited(*edits)) == [
        Finding(code=code, severity=severity, path=path, message=message)
    ]


@pytest.mark.parametrize("edits", [edits for _, edits in NEAR], ids=[name for name, _ in NEAR])
def test_a_near_miss_gives_no_finding(edits: tuple[Edit, ...]) -> None:
    assert check_rules(edited(*edits)) == []


def test_every_rule_has_a_firing_example() -> None:
    assert {code for _, code, *_ in FIRES} == {rule.code for rule in RULES}
    assert {m.code for m in MUTATIONS} == {rule.code for rule in RULES}


def test_the_registry_has_every_code_of_the_spec_with_its_severity() -> None:
    severities = {rule.code: rule.severity for rule in RULES}
    warnings = {"due-outside-year", "status-contradicts-progress"}
    spec = [
        "duplicate-id",
        "unknown-category",
        "unknown-owner",
        "unknown-unit",
        "missing-baseline",
        "missing-target-value",
        "missing-observation-value",
        "unexpected-value",
        "unknown-stage",
        "direction-mismatch",
        "progress-order",
        "progress-before-baseline",
        "due-before-baseline",
        "due-outside-year",
        "status-contradicts-progress",
    ]
    assert list(severities)[: len(spec)] == spec
    assert all(severities[code] is (W if code in warnings else E) for code in spec)
    assert len(severities) == len(RULES)


def test_findings_come_in_document_order() -> None:
    document = edited(
        put(f"{C}/2/status", "completed"),
        put(f"{C}/0/category", "transit"),
        delete(f"{C}/1/baseline"),
        put(f"{C}/0/metric/unit", "kg"),
        put(f"{C}/0/target/value", -1),
    )
    assert [(f.code, f.path) for f in check_rules(document)] == [
        ("unknown-category", f"{C}/0/category"),
        ("unknown-unit", f"{C}/0/metric/unit"),
        ("direction-mismatch", f"{C}/0/target/value"),
        ("missing-baseline", f"{C}/1"),
        ("status-contradicts-progress", f"{C}/2/status"),
    ]


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.name)
def test_an_edited_example_gives_its_one_finding(mutation: Mutation) -> None:
    findings = check_rules(mutation.document())
    assert [(f.code, f.path) for f in findings] == [(mutation.code, mutation.path)]
    assert findings[0].message


@pytest.mark.parametrize("mutation", NEAR_MISSES, ids=lambda m: m.name)
def test_a_near_miss_of_an_example_gives_no_finding(mutation: Mutation) -> None:
    assert check_rules(mutation.document()) == []


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_the_shipped_examples_break_no_rule(path: Path) -> None:
    reading = read_document(path.read_bytes(), file=path.name)
    assert reading.findings == ()
    assert check_rules(reading.value) == []


@pytest.mark.parametrize(
    "document",
    [
        None,
        [],
        "plan",
        Decimal("NaN"),
        Decimal("sNaN"),
        {"commitments": "none"},
        {"commitments": [1, None, [], "x", {"metric": [], "target": 5, "progress": {}}]},
        {"categories": "health", "agencies": [None, {"id": 5}], "commitments": [{"owner": 1}]},
        {"commitments": [{"metric": {"kind": "level", "direction": "up"}, "baseline": 1}]},
        {
            "commitments": [
                {
                    "metric": {"kind": "milestone", "stages": [1]},
                    "status": "completed",
                    "progress": [{"stage": "completed", "as_of": "2021-13-01"}],
                }
            ]
        },
        {
            "year": True,
            "commitments": [
                {
                    "target": {"due": "2021-06-30", "value": Decimal("sNaN")},
                    "metric": {"kind": "quantity"},
                    "status": "completed",
                    "progress": [{"as_of": "2021-01-01", "value": "9"}],
                }
            ],
        },
    ],
)
def test_a_broken_document_gives_readable_findings_and_no_exception(document: Any) -> None:
    assert all(isinstance(f, Finding) for f in check_rules(document))


def test_an_item_that_is_not_an_object_is_skipped_and_the_indexes_stay_the_documents() -> None:
    document = {
        "year": 2021,
        "commitments": [
            "not a commitment",
            {
                "metric": {"kind": "quantity", "unit": "km"},
                "status": "planned",
                "progress": [7, {"as_of": "2021-06-30", "value": 5}],
            },
        ],
    }
    assert check_rules(document) == [
        Finding(
            code="status-contradicts-progress",
            severity=W,
            path="/commitments/1/status",
            message='status is "planned" but the observation of 2021-06-30 shows progress '
            "(5 from the baseline 0)",
        )
    ]


def test_a_message_escapes_what_utf8_cannot_write() -> None:
    document = {
        "categories": [{"id": "\ud800"}],
        "commitments": [{"category": "\udc00", "metric": {"unit": "\ud801"}}],
    }
    messages = [finding.message for finding in check_rules(document)]
    assert messages == [
        'category "\\udc00" is not declared in categories (\\ud800)',
        'unit "\\ud801" is neither a unit code (item, person, person_time, household, m, km, '
        "m2, km2, ha, mu, t, yuan, percent) nor an x-… code",
    ]
    assert all(message.encode("utf-8") for message in messages)


def test_what_cannot_be_read_is_skipped_while_the_rest_is_checked() -> None:
    document = edited(
        put(f"{C}/1", "not a commitment"),
        put(f"{C}/2/metric", None),
        put(f"{C}/3/id", "urban-jobs"),
    )
    assert [(f.code, f.path) for f in check_rules(document)] == [("duplicate-id", f"{C}/3/id")]


def _documented_examples() -> dict[str, list[tuple[str, str]]]:
    """Read docs/rules.rst: each section's code, and its blocks by language, in order."""
    sections: dict[str, list[tuple[str, str]]] = {}
    lines = (ROOT / "docs" / "rules.rst").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if i + 1 < len(lines) and re.fullmatch(r"-+", lines[i + 1]) and line != "API":
            code = line
            sections[code] = []
        elif block := re.fullmatch(r"\.\. code-block:: (\w+)", line):
            body = []
            for text in lines[i + 1 :]:
                if text and not text.startswith(" "):
                    break
                body.append(text)
            sections[code].append((block[1], "\n".join(body).strip()))
    return sections


def test_the_reference_page_has_a_section_for_every_rule_in_registry_order() -> None:
    assert list(_documented_examples()) == [rule.code for rule in RULES]


@pytest.mark.parametrize(("code", "blocks"), _documented_examples().items())
def test_a_documented_example_gives_the_documented_finding(
    code: str, blocks: list[tuple[str, str]]
) -> None:
    assert [language for language, _ in blocks] == ["json", "text"]
    document = json.loads(blocks[0][1], parse_float=Decimal)
    heading, message = blocks[1][1].splitlines()
    severity, shown_code, path = heading.split()
    assert shown_code == code
    assert check_rules(document) == [
        Finding(code=code, severity=Severity(severity), path=path, message=message.strip())
    ]


# --- properties -------------------------------------------------------------------------


def _resolve(document: Any, path: str) -> bool:
    node = document
    for part in split_pointer(path):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    return True


def _assert_well_formed(document: Any, findings: list[Finding]) -> None:
    version = document.get("schema_version") if isinstance(document, dict) else None
    later = isinstance(version, str) and re.fullmatch(r"1\.[1-9][0-9]*", version) is not None
    severities = {
        rule.code: rule.severity_since_1_1 if later and rule.severity_since_1_1 else rule.severity
        for rule in RULES
    }
    for finding in findings:
        assert severities[finding.code] is finding.severity
        assert _resolve(document, finding.path), finding
        assert (finding.file, finding.line, finding.column) == (None, None, None)
        assert finding.message.encode("utf-8")


@given(plans())
def test_a_plan_that_abides_by_the_rules_gives_no_finding(plan: Any) -> None:
    assert check_rules(plan_value(plan)) == []


#: Keys and strings the rules read, so that random values often look like a plan.
_WORDS = [
    "commitments",
    "categories",
    "agencies",
    "year",
    "id",
    "category",
    "owner",
    "co_owners",
    "metric",
    "kind",
    "unit",
    "direction",
    "stages",
    "baseline",
    "value",
    "as_of",
    "target",
    "stage",
    "due",
    "status",
    "progress",
    "quantity",
    "level",
    "milestone",
    "increase",
    "decrease",
    "started",
    "completed",
    "planned",
    "x-km",
    "km",
    "公里",
    "2021",
    "2021-06-30",
    "2021-12-31",
    "2022-01-01",
    "2021-02-30",
]
_plan_like_values = st.recursive(
    st.one_of(
        st.sampled_from(_WORDS),
        st.integers(-3, 2025),
        st.sampled_from([Decimal("95.0"), Decimal("-0.5"), Decimal("NaN"), Decimal("sNaN")]),
        st.none(),
        st.booleans(),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(_WORDS), inner, max_size=6)
    ),
    max_leaves=30,
)


_plan_like_documents = st.builds(
    lambda top, items: {**top, "commitments": items},
    st.dictionaries(st.sampled_from(_WORDS), _plan_like_values, max_size=4),
    st.lists(st.dictionaries(st.sampled_from(_WORDS), _plan_like_values, max_size=10), max_size=3),
)


@given(st.one_of(json_values, _plan_like_values, _plan_like_documents))
def test_any_json_value_gives_well_formed_findings(document: Any) -> None:
    _assert_well_formed(document, check_rules(document))


def _members(node: Any, at: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [at]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _members(value, (*at, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _members(value, (*at, index))
    return found


@st.composite
def mangled_plans(draw: st.DrawFn) -> Any:
    """A rule-abiding plan document with some members replaced by any JSON or removed."""
    document = plan_value(draw(plans()))
    for _ in range(draw(st.integers(1, 4))):
        *parents, last = draw(st.sampled_from(_members(document)[1:] or [("year",)]))
        node: Any = document
        for part in parents:
            node = node[part]
        if draw(st.booleans()):
            node[last] = draw(st.one_of(json_values, _plan_like_values))
        elif isinstance(node, dict):
            del node[last]
        else:
            node.pop(last)
    return document


@given(mangled_plans())
def test_a_mangled_plan_gives_well_formed_findings(document: Any) -> None:
    _assert_well_formed(document, check_rules(document))


def _level(direction: str, baseline: Decimal, target: Decimal) -> dict[str, Any]:
    return {
        "id": "c",
        "metric": {"kind": "level", "unit": "percent", "direction": direction},
        "baseline": {"value": baseline},
        "target": {"value": target},
    }


def _codes(*commitments: dict[str, Any]) -> list[str]:
    return [f.code for f in check_rules({"year": 2021, "commitments": list(commitments)})]


@given(st.sampled_from(["increase", "decrease"]), decimals(), decimals())
def test_direction_mismatch_is_exactly_a_target_on_the_wrong_side(
    direction: str, baseline: Decimal, target: Decimal
) -> None:
    wrong_side = target < baseline if direction == "increase" else target > baseline
    codes = _codes(_level(direction, baseline, target))
    assert codes == (["direction-mismatch"] if wrong_side else [])


@given(st.sampled_from(["increase", "decrease"]), decimals(), decimals(), decimals())
def test_completed_contradicts_exactly_a_latest_value_short_of_the_target(
    direction: str, baseline: Decimal, target: Decimal, latest: Decimal
) -> None:
    commitment = _level(direction, baseline, target) | {
        "status": "completed",
        "progress": [
            {"as_of": "2021-01-01", "value": target},
            {"as_of": "2021-06-30", "value": latest},
        ],
    }
    short = latest < target if direction == "increase" else latest > target
    assert ("status-contradicts-progress" in _codes(commitment)) is short


@given(st.sampled_from(["increase", "decrease"]), decimals(), decimals())
def test_planned_contradicts_exactly_an_observation_past_the_baseline(
    direction: str, baseline: Decimal, observed: Decimal
) -> None:
    commitment = _level(direction, baseline, baseline) | {
        "status": "planned",
        "progress": [{"as_of": "2021-06-30", "value": observed}],
    }
    progressed = observed > baseline if direction == "increase" else observed < baseline
    assert ("status-contradicts-progress" in _codes(commitment)) is progressed
