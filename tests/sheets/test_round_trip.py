"""import(export(P)) is P, for generated plans and every example, in both forms."""

import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from attrs import evolve
from hypothesis import HealthCheck, given, settings

from commitments import Plan, Text, load
from commitments.sheets import export_csv, export_workbook, read_workbook
from strategies import plans
from workbooks import EXAMPLES, spelled


def _round_trip(plan: Plan, folder: Path) -> None:
    export_workbook(plan, folder / "plan.xlsx")
    export_csv(plan, folder / "plan-csv")
    for written in (folder / "plan.xlsx", folder / "plan-csv"):
        back, report = read_workbook(written)
        assert report.findings == (), [str(f) for f in report.findings]
        assert back == plan
        assert spelled(back) == spelled(plan)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_round_trips(path: Path, tmp_path: Path) -> None:
    _round_trip(load(path), tmp_path)


TRICKY_TEXTS = [
    "_x0041_",  # Excel's escape of "A", as a literal
    "x005F_",  # what openpyxl drops from shared strings
    "a\rb",  # a carriage return, which XML reads as a line feed
    "\x00\x01\x1f",  # characters XML cannot hold
    "\ufffe",
    " leading and trailing ",
    "line\nbreak",
    "=SUM(A1)",  # a formula, to a spreadsheet program opening a CSV file
    "-5",
    "json:[]",
    "95.0",
    "2021-12-31",
]


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_text_a_cell_could_misread_round_trips(text: str, tmp_path: Path) -> None:
    plan = load(EXAMPLES[0])
    commitment = evolve(plan.commitments[0], title=Text(text), tags=(text, "b"))
    extensions = {
        "x-text": text,
        "x-list": [text],
        "x-number": Decimal(text) if text == "95.0" else 1,
    }
    _round_trip(evolve(plan, commitments=(commitment,), extensions=extensions), tmp_path)


@given(plans())
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_every_generated_plan_round_trips(plan: Plan) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _round_trip(plan, Path(folder))
