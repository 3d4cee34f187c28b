"""load, loads, dump, dumps and iter_plans: lossless round trips, datasets, located errors."""

import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from commitments import (
    CommitmentsError,
    InvalidDocument,
    Plan,
    dump,
    dumps,
    iter_plans,
    load,
    loads,
    validate,
)
from commitments.cli.shell import main
from commitments.convert import plan_value
from commitments.reading.datasets import dataset_files, read_dataset
from commitments.reading.document import MAX_DEPTH
from strategies import plans

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))


def _value(text: str | bytes) -> object:
    return json.loads(text, parse_float=Decimal)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_every_example_round_trips_losslessly(path: Path, tmp_path: Path) -> None:
    plan = load(path)
    text = dumps(plan)
    assert _value(text) == _value(path.read_bytes())
    assert loads(text) == plan
    assert loads(text.encode()) == plan
    dump(plan, tmp_path / "copy.json")
    assert (tmp_path / "copy.json").read_text(encoding="utf-8") == text + "\n"
    assert load(tmp_path / "copy.json") == plan


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_the_examples_are_written_in_canonical_form(path: Path) -> None:
    assert dumps(load(path)) + "\n" == path.read_text(encoding="utf-8")


def test_dump_to_a_stream_and_on_one_line() -> None:
    plan = load(EXAMPLE_FILES[0])
    stream = io.StringIO()
    dump(plan, stream, indent=None)
    assert stream.getvalue().count("\n") == 1
    assert loads(stream.getvalue()) == plan


def test_a_jsonl_dataset_round_trips(tmp_path: Path) -> None:
    plans_ = [load(path) for path in EXAMPLE_FILES]
    lines = tmp_path / "all.jsonl"
    lines.write_text("".join(dumps(p, indent=None) + "\n\n" for p in plans_), encoding="utf-8")
    assert list(iter_plans(lines)) == plans_
    assert [r.first_line for r in read_dataset(lines)] == list(range(1, 2 * len(plans_), 2))


def test_load_reads_a_jsonl_file_of_one_plan_only(tmp_path: Path) -> None:
    plan = load(EXAMPLE_FILES[0])
    one = tmp_path / "one.jsonl"
    one.write_text(dumps(plan, indent=None) + "\n")
    assert load(one) == plan
    one.write_text(dumps(plan, indent=None) + "\n" + dumps(plan, indent=None) + "\n")
    with pytest.raises(CommitmentsError, match="holds 2 plans"):
        load(one)


def test_a_folder_dataset_is_read_recursively_in_name_order(tmp_path: Path) -> None:
    for path in EXAMPLE_FILES:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "z.jsonl").write_text(EXAMPLE_FILES[0].read_text().replace("\n", ""))
    (tmp_path / ".hidden.json").write_text("{")
    (tmp_path / "README.md").write_text("# not a plan")
    names = [p.relative_to(tmp_path).as_posix() for p in dataset_files(tmp_path)]
    assert names == [*(p.name for p in EXAMPLE_FILES), "nested/z.jsonl"]
    loaded = list(iter_plans(tmp_path))
    assert loaded == [*(load(p) for p in EXAMPLE_FILES), load(EXAMPLE_FILES[0])]


def test_a_missing_dataset_raises_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        list(iter_plans(tmp_path / "missing"))
    with pytest.raises(FileNotFoundError):
        load(tmp_path / "missing.json")


def test_an_invalid_document_raises_with_every_finding_located(tmp_path: Path) -> None:
    text = EXAMPLE_FILES[0].read_text().replace('"2021-', '"2021/', 1)
    text = re.sub(r'("schema_version": "1\.[0-9]+",)', r'\1 "colour": 1,', text, count=1)
    path = tmp_path / "bad.json"
    path.write_text(text)
    with pytest.raises(InvalidDocument) as raised:
        load(path)
    findings = raised.value.findings
    assert len(findings) == 2
    assert [f.code for f in findings] == ["schema.additionalProperties", "schema.pattern"]
    for finding in findings:
        assert finding.file == str(path)
        assert finding.line is not None
        assert finding.column is not None
    assert findings[0].line == 2
    assert str(findings[0]) in str(raised.value)


def test_iter_plans_stops_at_the_first_invalid_line_with_its_line(tmp_path: Path) -> None:
    good = dumps(load(EXAMPLE_FILES[0]), indent=None)
    lines = tmp_path / "plans.jsonl"
    lines.write_text(f'{good}\n{good}\n{{"year": 1}}\n')
    seen: list[Plan] = []
    with pytest.raises(InvalidDocument) as raised:
        seen.extend(iter_plans(lines))
    assert len(seen) == 2
    assert {f.line for f in raised.value.findings} == {3}


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_generated_plans_round_trip(plan: Plan) -> None:
    text = dumps(plan)
    assert loads(text) == plan
    assert _value(text) == plan_value(plan)
    assert dumps(loads(dumps(plan, indent=None))) == text


def test_the_deepest_readable_extension_round_trips_and_deeper_is_a_finding() -> None:
    def nested(depth: int) -> list[object]:
        value: list[object] = []
        for _ in range(depth - 1):
            value = [value]
        return value

    head = '{"schema_version":"1.0","jurisdiction":{"name":"X"},"year":2021,"commitments":[]'
    deepest = head + ',"x-d":' + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "}"
    plan = loads(deepest)
    assert json.loads(dumps(plan)) == json.loads(deepest)
    assert json.loads(dumps(plan, indent=None)) == json.loads(deepest)
    parsed = {**json.loads(head + "}"), "x-d": nested(MAX_DEPTH * 20)}
    assert [f.code for f in validate(parsed).findings] == ["json-depth"]


def test_a_broken_link_in_a_folder_is_reported_not_skipped(tmp_path: Path) -> None:
    (tmp_path / "plan.json").write_bytes((EXAMPLES / "jilin-2021.json").read_bytes())
    (tmp_path / "broken.json").symlink_to(tmp_path / "nowhere.json")
    assert [f.name for f in dataset_files(tmp_path)] == ["broken.json", "plan.json"]
    out, err = io.StringIO(), io.StringIO()
    assert main(["validate", str(tmp_path)], stdout=out, stderr=err) == 2
    assert "broken.json" in err.getvalue()
