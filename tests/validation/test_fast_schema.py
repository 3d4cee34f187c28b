"""Two implementations judge alike: our reference (jsonschema) and jsonschema-rs.

jsonschema-rs is used here through its own API, as any user of the shipped
schema would use it, and through :mod:`commitments.validation._fast_schema`, the fast path
that validation trusts with valid documents.
"""

import copy
import functools
import json
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.convert import plan_value
from commitments.model.plan import Plan
from commitments.reading.document import read_document
from commitments.reading.pointers import split_pointer
from commitments.schema import build_schema
from commitments.validation import _fast_schema
from commitments.validation._schema_layer import schema_findings
from conftest import EXAMPLES, SCHEMAS
from mutations import delete, put
from strategies import plans

SHIPPED = json.loads((SCHEMAS / "plan-1.schema.json").read_text(encoding="utf-8"))
RUST = jsonschema_rs.validator_for(SHIPPED, validate_formats=True)
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))


def verdicts(document: Any) -> tuple[bool, bool, bool]:
    """Reference, jsonschema-rs, fast path: whether each finds the document valid."""
    return schema_findings(document) == [], RUST.is_valid(document), _fast_schema.is_valid(document)


@functools.cache
def _read(path: Path) -> Any:
    return read_document(path.read_bytes()).value


def example(name: str = "jilin-2021.json") -> Any:
    return copy.deepcopy(_read(EXAMPLES / name))


def test_the_shipped_schema_is_what_the_code_generates_and_passes_the_meta_schema() -> None:
    assert build_schema() == SHIPPED
    assert jsonschema_rs.meta.is_valid(SHIPPED)
    jsonschema.Draft202012Validator.check_schema(SHIPPED)


def _patterns(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                yield value
            yield from _patterns(value)
    elif isinstance(node, list):
        for value in node:
            yield from _patterns(value)


def test_patterns_use_the_syntax_every_dialect_reads_alike() -> None:
    patterns = list(_patterns(SHIPPED))
    assert patterns
    for pattern in patterns:
        for trap in ("\\d", "\\w", "\\s", "\\b", "(?<", "(?=", "(?!", "(?i"):
            assert trap not in pattern, pattern


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda path: path.name)
def test_every_example_is_valid_for_all_three(path: Path) -> None:
    assert verdicts(_read(path)) == (True, True, True)


C0 = "/commitments/0"  # a quantity
M1 = "/commitments/1"  # a milestone

#: Documents every implementation must reject, one edit of the Jilin plan each.
BAD: dict[str, Any] = {
    "required": delete(f"{C0}/owner"),
    "required-then": delete(f"{C0}/metric/unit"),
    "additionalProperties": put(f"{C0}/titel", "x"),
    "additionalProperties-root": put("/version", "1.0"),
    "type-year-string": put("/year", "2021"),
    "type-year-fraction": put("/year", Decimal("2021.5")),
    "type-value-string": put(f"{C0}/target/value", "230000"),
    "type-value-bool": put(f"{C0}/target/value", True),
    "type-value-nan": put(f"{C0}/target/value", Decimal("NaN")),
    "type-value-infinity": put(f"{C0}/target/value", Decimal("Infinity")),
    "type-root": lambda document: document.clear(),
    "enum": put(f"{C0}/status", "done"),
    "not-then": put(f"{M1}/metric/unit", "km"),
    "not-then-stages": put(f"{C0}/metric/stages", ["a"]),
    "pattern-slug-newline": put(f"{C0}/id", "abc\n"),
    "pattern-slug-upper": put(f"{C0}/id", "Abc"),
    "pattern-slug-fullwidth": put(f"{C0}/id", "ａｂｃ"),
    "pattern-version": put("/schema_version", "1.01"),
    "pattern-version-newline": put("/schema_version", "1.0\n"),
    "pattern-date-fullwidth": put("/published", "２０２１-01-01"),
    "pattern-date-arabic-indic": put("/published", "٢٠٢١-01-01"),
    "pattern-date-newline": put("/published", "2021-01-01\n"),
    "pattern-date-year-0": put("/published", "0000-01-01"),
    "min-length-url": put("/sources/0/url", ""),
    "propertyNames": put(f"{C0}/title", {"zh_CN": "就业"}),
    "format-date-feb-30": put("/published", "2021-02-30"),
    "format-date-not-leap": put("/published", "2100-02-29"),
    "format-date-month-13": put("/published", "2021-13-01"),
    "minLength": put(f"{C0}/owner", ""),
    "minLength-text": put(f"{C0}/title", ""),
    "maxLength": put(f"{C0}/id", "a" * 65),
    "minimum": put("/year", 0),
    "maximum": put("/year", 10000),
    "maximum-huge-int": put("/year", 10**5000),
    "maximum-huge-decimal": put("/year", Decimal("1E+400")),
    "maximum-barely": put("/year", Decimal("9999.0000000000000000000000001")),
    "minItems": put(f"{M1}/metric/stages", []),
    "uniqueItems": put(f"{M1}/metric/stages", ["started", "started"]),
    "anyOf-text": put(f"{C0}/title", 5),
    "anyOf-source": put(f"{C0}/sources/0", {"quote": "q"}),
    "minProperties": put(f"{C0}/title", {}),
}

#: Traps that every implementation must accept.
GOOD: dict[str, Any] = {
    "year-2021.0": put("/year", Decimal("2021.0")),  # an integer in draft 2020-12
    "value-1e400": put(f"{C0}/target/value", Decimal("1E+400")),  # json-nonfinite's business
    "value-negative-zero": put(f"{C0}/target/value", Decimal("-0.0")),
    "leap-day": put("/published", "2020-02-29"),
    "year-1": put("/published", "0001-01-01"),
    "slug-64": put(f"{C0}/id", "a" * 64),
    "language-tags": put(f"{C0}/title", {"zh-Hant-TW": "就业", "x-pirate": "arr", "en-GB": "x"}),
    "extension-anything": put(f"{C0}/x-any", [None, {"deep": [1.5, "\n"]}]),
    "url-any-scheme": put("/sources/0/url", "urn:isbn:0451450523"),
    "url-without-scheme": put("/sources/0/url", "www.jl.gov.cn/zw/1.html"),
    "astral-text": put(f"{C0}/title", "😀"),
}


@pytest.mark.parametrize("edit", BAD.values(), ids=BAD.keys())
def test_bad_documents_are_rejected_by_all_three(edit: Any) -> None:
    document = example()
    edit(document)
    assert verdicts(document) == (False, False, False)


@pytest.mark.parametrize("edit", GOOD.values(), ids=GOOD.keys())
def test_trap_documents_are_accepted_by_all_three(edit: Any) -> None:
    document = example()
    edit(document)
    assert verdicts(document) == (True, True, True)


def test_the_fast_path_falls_back_to_the_reference_where_rust_cannot_go() -> None:
    with pytest.raises(ValueError, match="surrogate"):
        RUST.is_valid("\ud800")  # a lone surrogate: no Rust string holds it
    assert _fast_schema.is_valid("\ud800") is False
    assert schema_findings("\ud800") != []


@pytest.mark.parametrize("where", ["/year", f"{C0}/target/value", f"{C0}/x-number"])
@pytest.mark.parametrize("value", [10**5000, -(10**5000), 10**4300], ids=["big", "-big", "4301"])
def test_ints_too_long_to_print_are_judged_as_the_reference_does(where: str, value: int) -> None:
    # jsonschema-rs reads a Python int through its text, which Python refuses past 4300
    # digits: on its own it rejects such a number; the fast path asks again with a Decimal.
    document = example()
    put(where, value)(document)
    assert _fast_schema.is_valid(document) is (schema_findings(document) == [])
    assert _fast_schema.is_valid(document) is (where != "/year")


def test_the_fast_path_works_without_jsonschema_rs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema_rs", None)  # import fails
    _fast_schema.compiled_validator.cache_clear()
    try:
        assert _fast_schema.compiled_validator() is None
        assert _fast_schema.is_valid(example())
        assert not _fast_schema.is_valid({"schema_version": "1.0"})
    finally:
        _fast_schema.compiled_validator.cache_clear()


# Mutations of the examples ---------------------------------------------------------------

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**20, max_value=10**400)
    | st.decimals(allow_nan=True, allow_infinity=True)
    | st.text(st.characters(exclude_categories=("Cs",)), max_size=10)
    | st.sampled_from(
        [
            "",
            "1.0",
            "2021-02-30",
            "0000-01-01",
            "2021-01-01",
            "abc\n",
            "zh",
            "x-y",
            "km",
            "planned",
            "milestone",
            "quantity",
            "level",
            "increase",
            "started",
            "a" * 65,
        ]
    )
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["value", "stage", "zh", "title", "x-a", "bad"]), inner)
    ),
    max_leaves=8,
)


def _pointers(node: Any, path: str = "") -> Iterator[str]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _pointers(value, f"{path}/{key.replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _pointers(value, f"{path}/{index}")


def _different_type(value: Any) -> list[Any]:
    options: list[Any] = [None, 1, Decimal("1.5"), "1", [value], {"value": value}, True]
    return [o for o in options if type(o) is not type(value)]


@st.composite
def mutated_examples(draw: st.DrawFn) -> Any:
    document = example(draw(st.sampled_from([path.name for path in EXAMPLE_FILES])))
    path = draw(st.sampled_from(list(_pointers(document))[1:]))
    *parents, last = split_pointer(path)
    parent = document
    for part in parents:
        parent = parent[int(part)] if isinstance(parent, list) else parent[part]
    key: Any = int(last) if isinstance(parent, list) else last
    how = draw(st.sampled_from(["delete", "replace", "retype", "rename", "add"]))
    if how == "delete":
        del parent[key]
    elif how == "replace":
        parent[key] = draw(json_values)
    elif how == "retype":
        parent[key] = draw(st.sampled_from(_different_type(parent[key])))
    elif how == "rename" and isinstance(parent, dict):
        parent[draw(st.sampled_from(["x-" + last, last + "s", last.upper(), "id"]))] = parent.pop(
            key
        )
    elif isinstance(parent, dict):
        parent[draw(st.sampled_from(["x-new", "new", "value", "stage", "unit"]))] = draw(
            json_values
        )
    else:
        parent.insert(key, draw(json_values))
    return document


@given(mutated_examples())
def test_mutated_examples_are_judged_alike(document: Any) -> None:
    reference, rust, fast = verdicts(document)
    assert rust == reference
    assert fast == reference


@given(plans())
def test_generated_plans_pass_all_three(plan: Plan) -> None:
    assert verdicts(plan_value(plan)) == (True, True, True)


@pytest.mark.parametrize(
    ("date", "valid"),
    [
        ("2021-13-01", False),
        ("2021-00-10", False),
        ("2021-04-31", False),
        ("2021-02-30", False),
        ("2021-01-32", False),
        ("2020-02-29", True),
        ("2021-12-31", True),
    ],
)
def test_a_validator_that_ignores_format_still_rejects_impossible_dates(
    date: str, valid: bool
) -> None:
    # Draft 2020-12 makes `format` an annotation by default; the Date pattern carries
    # the months and days itself (only 29 February of common years needs `format`).
    annotation_only = jsonschema_rs.validator_for(SHIPPED)
    document = {"schema_version": "1.0", "jurisdiction": {"name": "X"}, "year": 2021}
    document |= {"commitments": [], "published": date}
    assert annotation_only.is_valid(document) is valid
