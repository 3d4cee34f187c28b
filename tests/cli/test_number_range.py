"""Numbers beyond the format's range: refused at validation, bounded in the arithmetic.

Version 0.1.0 validated these documents and then ran ``progress`` for minutes
(``1E-100000``), for ever (``1E-999999999``) or died with a traceback (a decimal of
4,400 digits, beyond Python's int-to-text limit). Now every command reports the
``number-out-of-range`` finding, and the arithmetic on a plan built without
validation refuses such a number at once with a ``ValueError``.
"""

import datetime
import io
import json

import pytest

from commitments import Plan, diff, progress
from commitments.cli.shell import main
from commitments.convert._builders import build_plan
from commitments.reading.document import read_document
from conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"
VALID = str(CORPUS / "valid-minimal.json")
OUT_OF_RANGE = ["number-too-small.json", "number-exponent-huge.json", "number-too-long.json"]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("name", OUT_OF_RANGE)
@pytest.mark.parametrize("form", [[], ["--format", "json"]], ids=["text", "json"])
def test_progress_reports_the_number_and_stops(name: str, form: list[str]) -> None:
    code, out, err = run("progress", *form, str(CORPUS / name))
    assert code == 1
    assert "number-out-of-range" in out + err
    assert "/commitments/0/target/value" in out + err
    assert "Traceback" not in out + err


@pytest.mark.parametrize("name", OUT_OF_RANGE)
@pytest.mark.parametrize("order", ["old", "new"])
def test_diff_reports_the_number_and_stops(name: str, order: str) -> None:
    paths = [VALID, str(CORPUS / name)]
    code, out, err = run("diff", "--format", "json", *(paths if order == "new" else paths[::-1]))
    assert code == 1
    assert "number-out-of-range" in out + err


@pytest.mark.parametrize("name", OUT_OF_RANGE)
def test_validate_json_names_the_rule(name: str) -> None:
    code, out, _ = run("validate", "--format", "json", str(CORPUS / name))
    assert code == 1
    assert [f["code"] for f in json.loads(out)["files"][0]["findings"]] == ["number-out-of-range"]


def _unvalidated(name: str) -> Plan:
    """The plan of a corpus file, built from its value without validation."""
    return build_plan(read_document((CORPUS / name).read_bytes()).value)


@pytest.mark.parametrize("name", OUT_OF_RANGE)
def test_arithmetic_on_an_unvalidated_plan_refuses_the_number(name: str) -> None:
    plan = _unvalidated(name)
    with pytest.raises(ValueError, match="beyond the numbers computed with"):
        progress(plan.commitments[0], year=plan.year, as_of=datetime.date(2021, 6, 30))
    if name == "number-too-long.json":
        # 230000.000… (4,400 digits) equals the old 230000: an equal commitment is not
        # compared field by field, so the diff finishes at once, with no change.
        assert diff(_unvalidated("valid-minimal.json"), plan).is_empty
    else:
        with pytest.raises(ValueError, match="beyond the numbers computed with"):
            diff(_unvalidated("valid-minimal.json"), plan)
