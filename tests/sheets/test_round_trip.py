"""import(export(P)) is P, for generated plans and every example, in both forms."""

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from commitments import Plan, load
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


@given(plans())
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_every_generated_plan_round_trips(plan: Plan) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _round_trip(plan, Path(folder))
