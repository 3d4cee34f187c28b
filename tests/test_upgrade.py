"""Upgrading a document from format 1.0 to 1.1 changes its version and nothing else."""

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments import dumps, loads
from commitments.model.findings import InvalidDocument
from commitments.upgrade import upgrade_text
from conftest import EXAMPLES
from strategies import plans

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))


@given(plans(), st.sampled_from([None, 2]))
def test_only_the_version_changes(plan: object, indent: int | None) -> None:
    text = dumps(plan, indent=indent)  # type: ignore[arg-type]
    result = upgrade_text(text)
    if plan.schema_version == "1.0":  # type: ignore[attr-defined]
        assert result.text == text.replace('"1.0"', '"1.1"', 1)
        assert (result.upgraded, result.kept) == (1, 0)
        assert loads(result.text) == attrs.evolve(plan, schema_version="1.1")
    else:
        assert (result.text, result.upgraded, result.kept) == (text, 0, 1)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=[p.name for p in EXAMPLE_FILES])
def test_every_example_upgrades_with_a_one_line_diff(path: object) -> None:
    data = path.read_bytes()  # type: ignore[attr-defined]
    text = data.decode("utf-8")
    result = upgrade_text(data, file=str(path))
    before, after = text.split("\n"), result.text.split("\n")
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    if '"schema_version": "1.0"' in text:
        assert changed == [('  "schema_version": "1.0",', '  "schema_version": "1.1",')]
    else:
        assert changed == []


def test_a_jsonl_file_keeps_its_line_ends_and_blank_lines() -> None:
    line = '{"schema_version": %s, "jurisdiction": {"name": "J"}, "year": 2021, "commitments": []}'
    data = "\ufeff" + line % '"1.0"' + "\r\n\n" + line % '"1.1"' + "\n" + line % '"1.0"'
    result = upgrade_text(data.encode("utf-8"), lines=True)
    assert result.text == data.replace('"1.0"', '"1.1"')
    assert (result.upgraded, result.kept) == (2, 1)


def test_a_version_spelt_with_an_escape_is_written_anew() -> None:
    data = (
        '{"schema_version": "\\u0031.0", "jurisdiction": {"name": "J"}, "year": 2021,'
        ' "commitments": [], "x-n": 1E-7}'
    )
    result = upgrade_text(data)
    assert result.upgraded == 1
    assert result.text == dumps(attrs.evolve(loads(data), schema_version="1.1")) + "\n"


def test_an_invalid_document_is_refused_with_every_finding() -> None:
    good = (
        '{"schema_version": "1.0", "jurisdiction": {"name": "J"}, "year": 2021, "commitments": []}'
    )
    with pytest.raises(InvalidDocument) as caught:
        upgrade_text(
            good + "\n" + '{"schema_version": "1.0", "year": "x"}', file="p.jsonl", lines=True
        )
    assert {(f.line, f.code) for f in caught.value.findings} == {
        (2, "schema.required"),
        (2, "schema.type"),
    }
    with pytest.raises(InvalidDocument):
        upgrade_text(b"\xff{")
