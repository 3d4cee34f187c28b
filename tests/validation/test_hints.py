"""Hints for common mistakes: a magnitude in a unit, a status in capitals, JSON saved as .jsonl.

Version 0.1.0 gave no hint for the first two and 300+ findings for the third.
"""

import json
from pathlib import Path

from commitments import validate
from commitments.cli.shell import main
from conftest import EXAMPLES

CITY = EXAMPLES / "example-city-2022.json"


def _edited(**changes: object) -> bytes:
    document = json.loads(CITY.read_text("utf-8"))
    document["commitments"][2]["metric"].update(changes.get("metric", {}))  # type: ignore[arg-type]
    document["commitments"][2].update(changes.get("commitment", {}))  # type: ignore[arg-type]
    return json.dumps(document, ensure_ascii=False).encode()


def test_a_magnitude_in_the_unit_is_told_to_expand_the_value() -> None:
    (finding,) = validate(_edited(metric={"unit": "万户"})).findings
    assert (finding.code, finding.path) == ("unknown-unit", "/commitments/2/metric/unit")
    assert 'stored fully expanded, so 23万户 is 230000 with unit "household"' in finding.message


def test_a_status_in_capitals_is_told_to_write_lower_case() -> None:
    (finding,) = validate(_edited(commitment={"status": "Completed"})).findings
    assert (finding.code, finding.path) == ("schema.enum", "/commitments/2/status")
    assert finding.message.endswith('(write it in lower case: "completed")')


def test_pretty_printed_json_saved_as_jsonl_gives_one_finding_with_a_hint(tmp_path: Path) -> None:
    saved = tmp_path / "plans.jsonl"
    saved.write_bytes(CITY.read_bytes())
    (finding,) = validate(saved).findings
    assert (finding.code, finding.line, finding.column) == ("json-syntax", 1, 1)
    assert "pretty-printed JSON document" in finding.message
    assert "save it as .json" in finding.message
    assert main(["validate", str(saved)]) == 1


def test_a_jsonl_file_of_one_line_documents_is_read_as_before(tmp_path: Path) -> None:
    line = json.dumps(json.loads(CITY.read_text("utf-8")), ensure_ascii=False)
    saved = tmp_path / "plans.jsonl"
    saved.write_text(f"{line}\n{line}\n", encoding="utf-8")
    assert validate(saved).ok
    broken = tmp_path / "broken.jsonl"
    broken.write_text(f"{line}\n{{\n", encoding="utf-8")  # a lone "{" after the first line
    assert [f.line for f in validate(broken).findings] == [2]
