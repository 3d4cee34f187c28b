"""The fast reader of plain workbooks reads what openpyxl reads, and only plain workbooks."""

import tempfile
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from hypothesis import HealthCheck, given, settings
from openpyxl import load_workbook

from commitments import Plan, load
from commitments.sheets import export_workbook, read_workbook
from commitments.sheets._xlsx_fast import fast_rows
from commitments.sheets._xlsx_read import _check_package, _rows
from strategies import plans
from workbooks import EXAMPLES, spelled


def _trimmed(rows: Any) -> list[tuple[Any, ...]]:
    out = []
    for row in rows:
        cells = list(row)
        while cells and cells[-1] is None:
            cells.pop()
        out.append(tuple(cells))
    return out


def _both_readings(path: Path) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    with path.open("rb") as data:
        parts, _ = _check_package(data)
        with zipfile.ZipFile(data) as archive:
            fast = fast_rows(archive, parts, openpyxl)
        data.seek(0)
        book = openpyxl.load_workbook(data, read_only=True, data_only=True)
        slow = {name: _trimmed(_rows(book[name])()) for name in book.sheetnames}
        book.close()
    if fast is None:
        return None, slow
    return {name: _trimmed(rows()) for name, (rows, _, _) in fast.items()}, slow


def _same_as_openpyxl(plan: Plan, folder: Path) -> None:
    export_workbook(plan, folder / "plan.xlsx")
    fast, slow = _both_readings(folder / "plan.xlsx")
    assert fast is not None  # what the writer writes is plain
    assert fast == slow


def test_the_examples_read_the_same_both_ways(tmp_path: Path) -> None:
    for example in EXAMPLES:
        _same_as_openpyxl(load(example), tmp_path)


@given(plans())
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_generated_plans_read_the_same_both_ways(plan: Plan) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _same_as_openpyxl(plan, Path(folder))


def test_a_workbook_a_program_saved_is_left_to_openpyxl(tmp_path: Path) -> None:
    export_workbook(load(EXAMPLES[0]), tmp_path / "plan.xlsx")
    book = load_workbook(tmp_path / "plan.xlsx")
    book.save(tmp_path / "saved.xlsx")  # inline strings, other attributes: not plain
    fast, slow = _both_readings(tmp_path / "saved.xlsx")
    assert fast is None
    assert slow["commitments"][0][0] == "id"


@given(plans())
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_a_workbook_saved_again_by_openpyxl_reads_back_the_same(plan: Plan) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        export_workbook(plan, folder / "plan.xlsx")
        load_workbook(folder / "plan.xlsx").save(folder / "saved.xlsx")  # openpyxl reads this
        back, report = read_workbook(folder / "saved.xlsx")
        assert report.findings == ()
        assert back is not None
        assert spelled(back) == spelled(plan)
