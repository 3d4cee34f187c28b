"""The validation pipeline and ``validate(source)``: every source kind, order, and properties."""

import io
import json
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from commitments import InvalidDocument, Plan, Report, Severity, dumps, load, loads, validate
from commitments.cli.shell import main
from commitments.convert import plan_value
from commitments.convert._json_text import write_json
from commitments.reading.document import read_document
from commitments.reading.pointers import split_pointer
from commitments.validation._schema_layer import schema_findings
from commitments.validation.pipeline import FileReport, validate_files, validate_reading
from commitments.validation.rules import RULES
from strategies import KNOWN_UNITS, dates, decimals, json_scalars, plans, slugs

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))
SMALL_EXAMPLES = [p for p in EXAMPLE_FILES if p.stat().st_size < 10_000]
RULE_CODES = {rule.code for rule in RULES}
MINIMAL = '{"schema_version": "1.0", "jurisdiction": {"name": "Jilin"}, "year": 2021, '
MINIMAL_PLAN = MINIMAL + '"commitments": []}'


def _codes(report: Report) -> list[tuple[str, str]]:
    return [(f.code, f.path) for f in report.findings]


# --- every kind of source -------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_examples_are_valid_from_every_kind_of_source(path: Path) -> None:
    data = path.read_bytes()
    value = json.loads(data, parse_float=Decimal)
    for source in (path, data, data.decode(), value, load(path)):
        report = validate(source)
        assert report.findings == (), source.__class__
        assert report.ok


def test_a_folder_gives_the_findings_of_every_file_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text(MINIMAL + '"commitments": 1}')
    (tmp_path / "a.json").write_text('{"year": 2021')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.jsonl").write_text(f"{MINIMAL_PLAN}\n\n{MINIMAL.rstrip(', ')}}}\n")
    (tmp_path / "notes.txt").write_text("not a plan")
    report = validate(tmp_path)
    assert [(f.file, f.code, f.line) for f in report.findings] == [
        (str(tmp_path / "a.json"), "json-syntax", 1),
        (str(tmp_path / "b.json"), "schema.type", 1),
        (str(tmp_path / "sub" / "c.jsonl"), "schema.required", 3),
    ]
    assert not report.ok


def test_the_examples_folder_is_valid() -> None:
    assert validate(EXAMPLES).findings == ()


def test_a_str_is_json_text_never_a_file_name() -> None:
    report = validate(str(EXAMPLE_FILES[0]))
    assert [f.code for f in report.findings] == ["json-syntax"]


def test_bytes_and_str_take_a_file_name() -> None:
    report = validate(b'{"year": 2021}', file="plan.json")
    assert {f.file for f in report.findings} == {"plan.json"}
    assert validate(b"{").findings[0].file is None


def test_a_missing_path_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        validate(tmp_path / "missing.json")


def test_something_that_is_not_a_source_raises_typeerror() -> None:
    with pytest.raises(TypeError, match="cannot validate"):
        validate(2021)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not a JSON value"):
        validate({"year": {2021}})
    with pytest.raises(TypeError, match="no string"):
        validate({1: 2})


def test_a_parsed_value_with_floats_is_read_as_decimals() -> None:
    value = json.loads(EXAMPLE_FILES[0].read_text())
    assert validate(value).findings == ()
    value["year"] = float("nan")
    assert _codes(validate(value)) == [("json-nonfinite", "/year")]
    value["year"] = 2021.0  # a whole number is an integer, as the schema says
    assert _codes(validate(value)) == [("integer-spelling", "/year")]  # written back as 2021


def test_a_parsed_value_of_another_version_gives_only_that_finding() -> None:
    report = validate({"schema_version": "2.0", "year": "later"})
    assert _codes(report) == [("unsupported-version", "/schema_version")]
    assert validate({"schema_version": "01.3", "year": 1}).findings[0].code == "schema.required"


def test_a_parsed_value_that_is_not_an_object_is_a_schema_finding() -> None:
    assert _codes(validate([1, 2])) == [("schema.type", "")]


def test_a_plan_built_in_python_is_checked_again() -> None:
    plan = load(EXAMPLES / "jilin-2021.json")
    first, second, *rest = plan.commitments
    broken = attrs.evolve(plan, commitments=(first, attrs.evolve(second, id=first.id), *rest))
    assert _codes(validate(broken)) == [("duplicate-id", "/commitments/1/id")]


# --- the pipeline ---------------------------------------------------------------------


def test_an_unreadable_document_stops_at_the_reading_layer() -> None:
    report = validate(b'{"schema_version": "1.0", "year": ')
    assert [f.code for f in report.findings] == ["json-syntax"]


def test_an_unsupported_version_stops_before_schema_and_rules() -> None:
    report = validate(b'{"schema_version": "2.1", "commitments": [{"id": "a"}, {"id": "a"}]}')
    assert _codes(report) == [("unsupported-version", "/schema_version")]


def test_rules_run_even_when_the_schema_fails() -> None:
    text = (
        MINIMAL + '"colour": "red", "commitments": [{"id": "a", "title": "A", "category": "c",'
        ' "owner": "o", "metric": {"kind": "level", "unit": "percent"},'
        ' "target": {"value": 95}, "status": "planned"}]}'
    )
    report = validate(text)
    assert _codes(report) == [
        ("schema.additionalProperties", "/colour"),
        ("missing-baseline", "/commitments/0"),
    ]
    # an unknown key is placed at the key, not at its value
    assert report.findings[0].column == text.index('"colour"') + 1


def test_a_non_finite_number_is_reported_once_and_rules_do_not_raise() -> None:
    text = MINIMAL + (
        '"commitments": [{"id": "a", "title": "A", "category": "c", "owner": "o",'
        ' "metric": {"kind": "level", "unit": "percent"}, "baseline": {"value": NaN},'
        ' "target": {"value": Infinity}, "status": "completed",'
        ' "progress": [{"as_of": "2021-05-01", "value": -Infinity}]}]}'
    )
    report = validate(text)
    assert {f.code for f in report.findings} == {"json-nonfinite"}
    assert len(report.findings) == 3


def test_an_unknown_key_is_reported_even_when_its_value_is_not_a_number() -> None:
    text = '{"schema_version": "1.0", "jurisdiction": {"name": "X"}, "year": 2021,'
    report = validate(text + ' "commitments": [], "bogus": NaN}')
    assert [(f.code, f.path) for f in report.findings] == [
        ("schema.additionalProperties", "/bogus"),
        ("json-nonfinite", "/bogus"),
    ]


def test_findings_are_in_document_order_with_earlier_layers_first() -> None:
    text = (
        '{"schema_version": "1.0", "year": 2021, "year": 2021.5, "jurisdiction": {"name": ""},'
        ' "commitments": [{"id": "a", "title": "A", "category": "c", "owner": "o",'
        ' "metric": {"kind": "level", "unit": "furlong"}, "target": {"value": 1},'
        ' "status": "planned"}]}'
    )
    report = validate(text)
    assert _codes(report) == [
        ("json-duplicate-key", "/year"),
        ("schema.type", "/year"),
        ("schema.minLength", "/jurisdiction/name"),
        ("missing-baseline", "/commitments/0"),
        ("unknown-unit", "/commitments/0/metric/unit"),
    ]
    columns = [f.column or 0 for f in report.findings]
    assert columns == sorted(columns)


def test_unlocated_findings_follow_document_order_not_pointer_text() -> None:
    value = json.loads((EXAMPLES / "jilin-2021.json").read_text(), parse_float=Decimal)
    value["commitments"][10]["status"] = "done"
    value["commitments"][2]["status"] = "done"
    assert [f.path for f in validate(value).findings] == [
        "/commitments/2/status",
        "/commitments/10/status",
    ]


def test_validate_reading_keeps_the_jsonl_line() -> None:
    reading = read_document(MINIMAL + '"commitments": 1}', file="plans.jsonl")
    report = validate_reading(reading)
    assert report.file == "plans.jsonl"
    assert (report.findings[0].line, report.findings[0].column) == (1, len(MINIMAL) + 16)


# --- validate_files -------------------------------------------------------------------


def test_validate_files_reports_each_file_and_each_unreadable_path(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "jilin-2021.json", tmp_path / "a.json")
    (tmp_path / "b.json").write_text("{")
    (tmp_path / "empty").mkdir()
    results = validate_files([tmp_path, tmp_path / "missing.json", tmp_path / "empty"])
    assert [(Path(r.path).name, r.ok, r.error) for r in results] == [
        ("a.json", True, None),
        ("b.json", False, None),
        ("missing.json", False, "no such file or folder"),
        ("empty", False, "no .json or .jsonl files in this folder"),
    ]


def test_file_report_passes_under_strict_only_without_warnings() -> None:
    warned = FileReport(path="p", report=validate(b"\xef\xbb\xbf" + MINIMAL_PLAN.encode()))
    assert warned.ok
    assert warned.passes()
    assert not warned.passes(strict=True)
    assert [f.severity for f in warned.report.findings] == [Severity.WARNING]


# --- load and loads raise with the same findings ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        b"",
        b'{"a": 1, "a": 2}',
        (MINIMAL + '"commitments": [{"id": "A"}]}').encode(),
        b'{"schema_version": "9.0"}',
    ],
)
def test_loads_raises_invalid_document_with_the_findings_of_validate(text: bytes) -> None:
    with pytest.raises(InvalidDocument) as raised:
        loads(text, file="doc.json")
    assert raised.value.findings == validate(text, file="doc.json").findings
    assert all(f.file == "doc.json" and f.line is not None for f in raised.value.findings)


# --- properties -----------------------------------------------------------------------


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_generated_plans_have_no_findings_and_pass_the_reference_schema(plan: Plan) -> None:
    assert validate(plan).findings == ()
    text = dumps(plan)
    assert validate(text).findings == ()
    assert schema_findings(read_document(text).value) == []


def _pointers(value: Any, parts: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [parts]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _pointers(item, (*parts, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _pointers(item, (*parts, str(index)))
    return found


def _parent(document: Any, parts: tuple[str, ...]) -> tuple[Any, Any]:
    node = document
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node, int(parts[-1]) if isinstance(node, list) else parts[-1]


@st.composite
def corrupted_documents(draw: st.DrawFn) -> bytes:
    """An example, edited: keys deleted, values replaced or swapped, bytes cut or flipped."""
    path = draw(st.sampled_from(SMALL_EXAMPLES))
    document = read_document(path.read_bytes()).value
    for _ in range(draw(st.integers(1, 4))):
        members = [p for p in _pointers(document) if p]
        if not members:
            break
        parts = draw(st.sampled_from(members))
        node, key = _parent(document, parts)
        action = draw(st.sampled_from(["delete", "replace", "swap"]))
        if action == "delete":
            del node[key]
        elif action == "replace":
            node[key] = draw(st.one_of(json_scalars, st.just([]), st.just({})))
        else:
            other_parts = draw(st.sampled_from(members))
            if other_parts[: len(parts)] == parts or parts[: len(other_parts)] == other_parts:
                continue
            other, other_key = _parent(document, other_parts)
            node[key], other[other_key] = other[other_key], node[key]
    data = bytearray(write_json(document).encode())
    if draw(st.booleans()):
        del data[draw(st.integers(0, len(data))) :]
    for _ in range(draw(st.integers(0, 3))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(corrupted_documents())
def test_corrupted_documents_give_a_report_never_an_exception(data: bytes) -> None:
    report = validate(data, file="corrupt.json")
    assert all(f.line is not None and f.column is not None for f in report.findings)
    assert all(f.file == "corrupt.json" for f in report.findings)
    if report.ok:
        assert loads(data).schema_version.startswith("1.")
    else:
        with pytest.raises(InvalidDocument):
            loads(data)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(corrupted_documents())
def test_corrupted_documents_never_give_a_traceback_from_the_cli(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("corrupt") / "plan.json"
    path.write_bytes(data)
    # Real streams: UTF-8, strict, as a terminal or a pipe would be.
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    for format_ in ("text", "json", "github"):
        code = main(["validate", "--format", format_, str(path)], stdout=out, stderr=err)
        assert code == (0 if validate(path).ok else 1)
    err.flush()
    assert err.buffer.getvalue() == b""  # type: ignore[attr-defined]


_EDITS = {
    "category": slugs,
    "owner": slugs,
    "id": slugs,
    "status": st.sampled_from(
        ["planned", "in_progress", "completed", "missed", "cancelled", "deferred"]
    ),
    "unit": st.one_of(st.sampled_from(KNOWN_UNITS), slugs),
    "direction": st.sampled_from(["increase", "decrease"]),
    "kind": st.sampled_from(["quantity", "level", "milestone"]),
    "value": decimals(),
    "as_of": dates.map(str),
    "due": dates.map(str),
    "stage": st.sampled_from(["started", "completed", "tendered", "x"]),
}


@st.composite
def schema_valid_documents(draw: st.DrawFn) -> Any:
    """A generated plan's JSON value with leaf values changed to others of the same shape."""
    document = plan_value(draw(plans(max_commitments=3)))
    leaves = [p for p in _pointers(document) if p and p[-1] in _EDITS]
    for parts in draw(st.lists(st.sampled_from(leaves), max_size=6) if leaves else st.just([])):
        node, key = _parent(document, parts)
        node[key] = draw(_EDITS[parts[-1]])
    for parts in draw(st.lists(st.sampled_from(leaves), max_size=2) if leaves else st.just([])):
        node, key = _parent(document, parts)
        if key in node:
            del node[key]
    return document


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(schema_valid_documents())
def test_documents_the_schema_accepts_load_or_give_rule_findings(document: Any) -> None:
    assume(schema_findings(document) == [])
    text = write_json(document)
    report = validate(text)
    assert {f.code for f in report.findings} <= RULE_CODES
    if report.ok:
        assert validate(loads(text)).ok
        return
    with pytest.raises(InvalidDocument) as raised:
        loads(text)
    assert raised.value.findings == report.findings


def test_pointers_in_findings_are_json_pointers() -> None:
    for name in ("jilin-2021.json",):
        report = validate((EXAMPLES / name).read_bytes().replace(b'"planned"', b'"open"'))
        assert report.findings
        for finding in report.findings:
            assert split_pointer(finding.path)[-1] == "status"
