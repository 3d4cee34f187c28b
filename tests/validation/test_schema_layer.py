"""The schema layer: one finding per problem, coded by keyword, pointed, briefly told."""

import copy
import functools
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.model.vocab import Severity
from commitments.reading.document import MAX_DEPTH, read_document
from commitments.reading.pointers import split_pointer
from commitments.schema import KEY_CODES
from commitments.validation._schema_layer import schema_findings
from commitments.validation._schema_messages import describe
from commitments.validation._schema_reference import first_repeat
from conftest import EXAMPLES
from mutations import delete, put

#: No message is longer than this: a message never repeats the document.
MESSAGE_LIMIT = 200


@functools.cache
def _jilin() -> Any:
    return read_document((EXAMPLES / "jilin-2021.json").read_bytes()).value


def jilin() -> Any:
    """A fresh copy of the Jilin 2021 plan, as the reading layer makes it."""
    return copy.deepcopy(_jilin())


def edited(*edits: Any) -> Any:
    document = jilin()
    for edit in edits:
        edit(document)
    return document


def found(document: Any) -> list[tuple[str, str, str]]:
    return [(f.code, f.path, f.message) for f in schema_findings(document)]


def resolves(document: Any, path: str) -> bool:
    node = document
    for part in split_pointer(path):
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    return True


C0 = "/commitments/0"  # a quantity
M1 = "/commitments/1"  # a milestone

# (edits, code, pointer, words the message must contain)
CASES: list[tuple[tuple[Any, ...], str, str, tuple[str, ...]]] = [
    ((delete(f"{C0}/owner"),), "schema.required", C0, ('"owner"',)),
    ((delete("/jurisdiction"),), "schema.required", "", ('"jurisdiction"',)),
    ((put(f"{C0}/titel", "x"),), "schema.additionalProperties", f"{C0}/titel", ('"title"', "x-")),
    ((put("/year", "2021"),), "schema.type", "/year", ("integer", "string")),
    ((put("/year", Decimal("2021.5")),), "schema.type", "/year", ("integer", "number")),
    ((put(f"{C0}/target/value", "230000"),), "schema.type", f"{C0}/target/value", ("number",)),
    ((put(f"{C0}/metric/unit", None),), "schema.type", f"{C0}/metric/unit", ("string", "null")),
    ((put(f"{C0}/status", "done"),), "schema.enum", f"{C0}/status", ('"done"', "in_progress")),
    ((put(f"{C0}/metric/kind", "count"),), "schema.enum", f"{C0}/metric/kind", ("milestone",)),
    ((put(f"{C0}/id", "abc\n"),), "schema.pattern", f"{C0}/id", (r'"abc\n"', "slug")),
    ((put(f"{C0}/id", "Urban Jobs"),), "schema.pattern", f"{C0}/id", ("slug",)),
    ((put("/schema_version", "1.0.0"),), "schema.pattern", "/schema_version", ('"1.<minor>"',)),
    ((put("/published", "２０２１-03-03"),), "schema.pattern", "/published", ("YYYY-MM-DD",)),
    ((put("/published", "2021-3-3"),), "schema.pattern", "/published", ("YYYY-MM-DD",)),
    ((put("/published", "0000-03-03"),), "schema.pattern", "/published", ("YYYY-MM-DD",)),
    ((put("/published", "2021-02-29"),), "schema.format", "/published", ("calendar date",)),
    ((put("/sources/0/url", ""),), "schema.minLength", "/sources/0/url", ("empty",)),
    ((put(f"{C0}/title", ""),), "schema.minLength", f"{C0}/title", ("empty",)),
    ((put(f"{C0}/title/zh", ""),), "schema.minLength", f"{C0}/title/zh", ("empty",)),
    ((put(f"{C0}/owner", ""),), "schema.minLength", f"{C0}/owner", ("empty",)),
    ((put(f"{C0}/id", "a" * 65),), "schema.maxLength", f"{C0}/id", ("65", "64")),
    ((put("/year", 0),), "schema.minimum", "/year", ("minimum 1",)),
    ((put("/year", 10000),), "schema.maximum", "/year", ("maximum 9999",)),
    ((put(f"{M1}/metric/stages", []),), "schema.minItems", f"{M1}/metric/stages", ("empty",)),
    (
        (put(f"{M1}/metric/stages", ["started", "done", "started"]),),
        "schema.uniqueItems",
        f"{M1}/metric/stages",
        ("item 2 repeats item 0",),
    ),
    ((put(f"{C0}/title", 5),), "schema.anyOf", f"{C0}/title", ("string", "object", "integer")),
    ((put(f"{C0}/title", ["a"]),), "schema.anyOf", f"{C0}/title", ("language tag", "array")),
    (
        (put(f"{C0}/sources/0", {"quote": "q"}),),
        "schema.anyOf",
        f"{C0}/sources/0",
        ("title", "url"),
    ),
    ((put(f"{C0}/title", {}),), "schema.minProperties", f"{C0}/title", ("empty",)),
    ((put(f"{C0}/title/zh", 5),), "schema.type", f"{C0}/title/zh", ("string", "integer")),
    (
        (put(f"{C0}/title", {"Chinese!": "城镇新增就业"}),),
        "schema.propertyNames",
        f"{C0}/title/Chinese!",
        ('"Chinese!"', "language tag"),
    ),
    # What if/then requires, told with its condition (the `const` of the `if` never reports).
    ((put(f"{M1}/metric/unit", "km"),), "schema.not", f"{M1}/metric/unit", ("kind is milestone",)),
    (
        (put(f"{C0}/metric/stages", ["a"]),),
        "schema.not",
        f"{C0}/metric/stages",
        ("kind is quantity or level",),
    ),
    (
        (delete(f"{C0}/metric/unit"),),
        "schema.required",
        f"{C0}/metric",
        ('"unit"', "kind is quantity or level"),
    ),
]


@pytest.mark.parametrize(("edits", "code", "path", "words"), CASES)
def test_each_keyword_gives_one_finding_with_its_code_pointer_and_message(
    edits: tuple[Any, ...], code: str, path: str, words: tuple[str, ...]
) -> None:
    findings = found(edited(*edits))
    assert [(c, p) for c, p, _ in findings] == [(code, path)], findings
    message = findings[0][2]
    for word in words:
        assert word in message, message
    assert len(message) <= MESSAGE_LIMIT


def test_the_examples_have_no_schema_findings() -> None:
    for path in sorted(EXAMPLES.glob("*.json")):
        assert schema_findings(read_document(path.read_bytes()).value) == [], path.name


def test_a_finding_is_an_unlocated_error() -> None:
    (finding,) = schema_findings(edited(put("/year", "2021")))
    assert finding.severity is Severity.ERROR
    assert (finding.file, finding.line, finding.column) == (None, None, None)


def test_one_finding_per_unknown_key_pointing_at_its_member() -> None:
    document = edited(put(f"{C0}/titel", "x"), put(f"{C0}/onwer", "y"), put(f"{C0}/x-ok", 1))
    assert [(c, p) for c, p, _ in found(document)] == [
        ("schema.additionalProperties", f"{C0}/titel"),
        ("schema.additionalProperties", f"{C0}/onwer"),
    ]
    assert all(code in KEY_CODES for code, _, _ in found(document))


def test_one_finding_per_missing_key_each_naming_it() -> None:
    document = edited(delete(f"{C0}/owner"), delete(f"{C0}/status"), delete(f"{C0}/category"))
    findings = found(document)
    assert {(c, p) for c, p, _ in findings} == {("schema.required", C0)}
    assert sorted(m for _, _, m in findings) == [
        'missing required key "category"',
        'missing required key "owner"',
        'missing required key "status"',
    ]


def test_every_problem_of_a_document_is_reported() -> None:
    document = edited(put("/year", "2021"), put(f"{C0}/status", "done"), delete(f"{M1}/id"))
    assert {c for c, _, _ in found(document)} == {
        "schema.type",
        "schema.enum",
        "schema.required",
    }


def test_a_value_breaking_several_keywords_is_reported_once() -> None:
    # Neither the pattern nor the calendar: the pattern says what the shape should be.
    assert [c for c, _, _ in found(edited(put("/published", "2021-02-30x")))] == ["schema.pattern"]


def test_a_wrong_type_is_not_dumped_into_the_message() -> None:
    whole = jilin()
    document = edited(put(f"{C0}/status", whole), put(f"{M1}/title", whole["commitments"]))
    for _, _, message in found(document):
        assert len(message) <= MESSAGE_LIMIT
        assert "urban-new-jobs" not in message


def test_long_strings_and_numbers_are_clipped() -> None:
    assert len(describe("字" * 10_000)) < 50
    assert len(describe(Decimal("1." + "1" * 5000))) < 50
    assert describe(10**5000) == "a very large integer"


def test_a_document_that_is_not_an_object() -> None:
    for value in ([], "plan", 1, None, True, Decimal("NaN")):
        assert [(c, p) for c, p, _ in found(value)] == [("schema.type", "")]


def _nested(depth: int) -> Any:
    value: Any = "deep"
    for _ in range(depth - 1):
        value = [value]
    return value


@pytest.mark.parametrize(
    "value",
    [
        Decimal("NaN"),
        Decimal("-Infinity"),
        Decimal("sNaN"),
        Decimal("1E+400"),
        Decimal("1E+999999999"),
        10**5000,
        -(10**5000),
        float("nan"),
        float("inf"),
        "\ud800",
        {"\udc00": 1},
        _nested(MAX_DEPTH),
        {"a": _nested(MAX_DEPTH - 1)},
    ],
    ids=lambda value: describe(value)[:20],
)
@pytest.mark.parametrize(
    "where", ["/year", f"{C0}/target/value", f"{C0}/title", f"{M1}/metric/stages", f"{C0}/x-y"]
)
def test_never_raises_on_strange_values(value: Any, where: str) -> None:
    document = jilin()
    *parents, last = split_pointer(where)
    node = document
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    node[last] = value  # not put(): a deep copy of a deep value would hit the recursion limit
    findings = schema_findings(document)
    for finding in findings:
        assert finding.code.startswith("schema.")
        assert len(finding.message) <= MESSAGE_LIMIT
    if where.endswith("/x-y"):  # an extension holds any JSON value
        assert findings == []


def test_huge_numbers_compare_exactly() -> None:
    assert found(edited(put("/year", Decimal("9999.0000000000000000000001"))))[0][0] == (
        "schema.type"
    )
    assert found(edited(put("/year", Decimal("2021.0")))) == []  # an integer, as 2020-12 says
    assert found(edited(put("/year", Decimal("1E+4"))))[0][:2] == ("schema.maximum", "/year")
    assert found(edited(put(f"{C0}/target/value", Decimal("1E+400")))) == []
    assert found(edited(put(f"{C0}/target/value", 10**5000))) == []


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.decimals(allow_nan=True, allow_infinity=True)
    | st.text(max_size=8)
    | st.sampled_from(["", "1.0", "2021-02-30", "abc\n", "planned", "milestone", "zh"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=12,
)


@given(st.data())
def test_findings_point_into_the_document_and_stay_short(data: st.DataObject) -> None:
    document = jilin()
    commitment = data.draw(st.sampled_from(document["commitments"]))
    key = data.draw(st.sampled_from([*sorted(commitment), "metric", "target", "x-new", "bogus"]))
    commitment[key] = data.draw(json_values)
    findings = schema_findings(document)
    for finding in findings:
        assert finding.code.startswith("schema."), finding
        assert len(finding.message) <= MESSAGE_LIMIT, finding
        assert resolves(document, finding.path), finding
    assert len(set(findings)) == len(findings)


@pytest.mark.parametrize(
    ("items", "repeat"),
    [
        (["started", "done", "started"], (0, 2)),
        ([1, Decimal("1.0"), Decimal("1E+0")], (0, 1)),
        ([Decimal("1.0000000000000000000000000000001"), 1], None),  # beyond 28 digits
        ([Decimal("-0.0"), 0], (0, 1)),
        ([10**5000, Decimal(10**5000)], (0, 1)),
        ([Decimal("1E+999999999"), Decimal("10E+999999998")], (0, 1)),
        ([True, 1, None, 0, False], None),
        ([{"a": 1, "b": [2]}, {"b": [Decimal("2.0")], "a": 1}], (0, 1)),
        ([{"a": 1}, {"a": 1, "b": 1}], None),
        (["]", [], "[]", [[]], [[], []]], None),
        ([{"a": "b"}, {"a:": "b"}, {"a": "b:"}], None),
        ([_nested(MAX_DEPTH), _nested(MAX_DEPTH)], (0, 1)),
    ],
)
def test_repeated_items_are_found_by_json_equality(
    items: list[Any], repeat: tuple[int, int] | None
) -> None:
    assert first_repeat(items) == repeat
