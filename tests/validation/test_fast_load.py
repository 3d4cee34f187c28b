"""The loader's fast path answers only for documents the full pipeline passes, with its plan.

It answers for documents with warnings too (the loader drops them), never for one
with an error.
"""

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import commitments
from commitments import InvalidDocument, validate
from commitments.convert._builders import build_plan_counting
from commitments.convert._json_text import write_json
from commitments.io import plan_from_reading
from commitments.model.plan import Plan
from commitments.reading.document import read_document
from commitments.validation._fast_load import fast_plan
from commitments.validation.rules import RULES
from conftest import ROOT
from mutations import MUTATIONS
from reference_converter import make_converter
from strategies import plans

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
MINIMAL = (
    '{"schema_version": "1.0", "jurisdiction": {"name": "Jilin"}, "year": 2021,'
    ' "title": "A plan", "commitments": []}'
)
converter = make_converter()
RULE_CODES = {rule.code for rule in RULES}

sys.path.insert(0, str(ROOT / "benchmarks"))
from _data import make_corpus  # noqa: E402  (the benchmark's own data)

#: Plans as the benchmark times them: no extension key, custom units named like one.
BENCHMARK_DOCUMENTS = make_corpus(200, per_plan=50, seed=11).documents
#: The same with 30% of commitments given a status-contradicts-progress warning.
WARNING_DOCUMENTS = make_corpus(200, per_plan=50, seed=11, warnings=30).documents


def _objects(value: Any) -> list[dict[str, Any]]:
    """Every object in a JSON value, walked without recursion."""
    found, stack = [], [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _with_repeated_key(value: Any, target: dict[str, Any], key: str, again: Any) -> str:
    """Write ``value`` as JSON text with ``key`` written a second time in ``target``."""
    if isinstance(value, dict):
        members = [
            f"{json.dumps(k)}: {_with_repeated_key(v, target, key, again)}"
            for k, v in value.items()
        ]
        if value is target:
            members.append(f"{json.dumps(key)}: {write_json(again)}")
        return "{" + ", ".join(members) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_with_repeated_key(v, target, key, again) for v in value) + "]"
    return write_json(value)


def _full_pipeline(data: str | bytes) -> Plan:
    return plan_from_reading(read_document(data))


@given(plans(), st.sampled_from([None, 2]))
def test_a_fast_plan_is_the_plan_of_the_full_pipeline(plan: Plan, indent: int | None) -> None:
    text = write_json(converter.unstructure(plan), indent=indent)
    fast = fast_plan(text)
    if fast is not None:
        assert validate(text).ok
        full = _full_pipeline(text)
        assert fast == full == plan
        assert repr(fast) == repr(full)
        assert fast_plan(text.encode()) == fast


@given(plans())
def test_the_counting_builder_counts_every_key_extensions_included(plan: Plan) -> None:
    value = converter.unstructure(plan)
    keys = sum(map(len, _objects(value)))
    built, counted = build_plan_counting(value)
    assert counted == keys
    assert built == plan


@given(plans(), st.data())
def test_a_repeated_key_never_takes_the_fast_path(plan: Plan, data: st.DataObject) -> None:
    value = converter.unstructure(plan)
    target = data.draw(st.sampled_from([obj for obj in _objects(value) if obj]))
    key = data.draw(st.sampled_from(sorted(target)))
    again = data.draw(st.sampled_from([target[key], "another value"]))
    text = _with_repeated_key(value, target, key, again)
    assert fast_plan(text) is None
    with pytest.raises(InvalidDocument) as caught:
        commitments.loads(text)
    assert "json-duplicate-key" in {finding.code for finding in caught.value.findings}


@pytest.mark.parametrize(
    "documents", [BENCHMARK_DOCUMENTS, WARNING_DOCUMENTS], ids=["clean", "warnings"]
)
def test_the_benchmark_documents_take_the_fast_path_to_the_same_plans(
    documents: list[bytes],
) -> None:
    for data in documents:
        fast = fast_plan(data)
        assert fast is not None
        assert fast == _full_pipeline(data)


def test_the_warning_documents_have_warnings_only() -> None:
    codes = [finding.code for data in WARNING_DOCUMENTS for finding in validate(data).findings]
    assert set(codes) == {"status-contradicts-progress"}
    assert len(codes) == 60  # 30% of 200


@pytest.mark.parametrize("path", sorted(CORPUS.iterdir()), ids=lambda path: path.name)
def test_a_corpus_file_with_findings_is_left_to_the_full_pipeline(path: Path) -> None:
    data = path.read_bytes()
    fast = fast_plan(data)
    if not validate(data).ok:
        assert fast is None
    elif fast is not None:
        assert fast == _full_pipeline(data)


#: Rule warnings the fast path answers with a plan. ``integer-spelling`` is not among them:
#: the fast reader sees a year of ``2021.0`` as a non-integer and leaves the document to
#: the full pipeline, which reads the spelling (rare, and still correct).
_FAST_WARNINGS = RULE_CODES - {"integer-spelling"}


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda mutation: mutation.name)
def test_a_broken_rule_is_left_to_the_full_pipeline_a_warning_is_not(mutation: Any) -> None:
    text = mutation.text()
    report = validate(text)
    fast = fast_plan(text)
    if not report.ok:
        assert fast is None
    elif report.findings and all(f.code in _FAST_WARNINGS for f in report.findings):
        assert fast is not None  # only rule warnings: the loader answers at once
        assert fast == _full_pipeline(text)


def test_the_examples_load_alike_on_both_paths(examples_dir: Path) -> None:
    answered = 0
    for path in sorted(examples_dir.glob("*.json")):
        data = path.read_bytes()
        fast = fast_plan(data)
        if fast is not None:
            answered += 1
            assert fast == _full_pipeline(data)
    assert answered  # examples without x- keys take it


@pytest.mark.parametrize(
    "change",
    [
        ('"title": "', '"title": "line\\nbreak '),  # an escape
        ('"year": 2021', '"year": 2021, "x-a": {"b": [1, {"c": 2}]}'),  # an extension
        ('"year": 2021', '"year": 2021, "\\u0078-a": 1'),  # an escaped extension key
    ],
    ids=["escape", "extension", "escaped-extension"],
)
def test_escapes_and_extensions_take_the_fast_path(change: tuple[str, str]) -> None:
    text = MINIMAL.replace(*change, 1)
    fast = fast_plan(text)
    assert fast is not None
    assert fast == _full_pipeline(text)
    assert repr(fast) == repr(_full_pipeline(text))


@pytest.mark.parametrize(
    "change",
    [
        ("{", "\ufeff{"),  # a byte order mark: a warning
        ('"A plan"', '"A plan \\ud83d\\ude00"'),  # an escape that may be a lone surrogate
        ('"year": 2021', '"year": 2021.0'),  # read, but a rule cannot read it
    ],
    ids=["bom", "surrogate-escape", "year-as-decimal"],
)
def test_what_the_fast_path_leaves_to_the_full_pipeline_still_loads(
    change: tuple[str, str],
) -> None:
    text = MINIMAL.replace(*change, 1)
    assert fast_plan(text) is None
    assert commitments.loads(text) == _full_pipeline(text)
