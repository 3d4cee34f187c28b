"""A workbook edited by hand reads back with the edits, and nothing else changed."""

import json
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from commitments import load, loads
from commitments.convert import write_json
from commitments.sheets import export_workbook, read_workbook
from workbooks import spelled

EXAMPLE = Path(__file__).resolve().parent.parent.parent / "examples" / "jilin-2021.json"


def _columns(sheet: object) -> dict[str, int]:
    return {cell.value: cell.column for cell in sheet[1]}  # type: ignore[index]


def test_a_status_changed_a_row_added_and_a_chinese_figure_typed_are_all_that_changes(
    tmp_path: Path,
) -> None:
    plan = load(EXAMPLE)
    export_workbook(plan, tmp_path / "plan.xlsx")

    book = load_workbook(tmp_path / "plan.xlsx")  # as a person would, in a spreadsheet program
    sheet = book["commitments"]
    columns = _columns(sheet)
    rows = {sheet.cell(row=r, column=1).value: r for r in range(2, sheet.max_row + 1)}
    sheet.cell(row=rows["urban-new-jobs"], column=columns["status"]).value = "completed"
    sheet.cell(row=rows["rural-roads"], column=columns["target.value"]).value = "2,100公里"
    new = {
        "id": "elderly-canteens",
        "title.zh": "新建老年助餐点",
        "category": "social-security",
        "owner": "jl-drc",
        "metric.kind": "quantity",
        "metric.unit": "item",
        "target.value": 120,
        "status": "planned",
    }
    row = sheet.max_row + 1
    for header, value in new.items():
        sheet.cell(row=row, column=columns[header]).value = value
    book.save(tmp_path / "edited.xlsx")

    edited, report = read_workbook(tmp_path / "edited.xlsx")

    expected = json.loads(EXAMPLE.read_text(encoding="utf-8"), parse_float=Decimal)
    by_id = {c["id"]: c for c in expected["commitments"]}
    by_id["urban-new-jobs"]["status"] = "completed"
    assert by_id["rural-roads"]["metric"]["unit"] == "km"
    by_id["rural-roads"]["target"]["value"] = 2100
    expected["commitments"].append(
        {
            "id": "elderly-canteens",
            "title": {"zh": "新建老年助餐点"},
            "category": "social-security",
            "owner": "jl-drc",
            "metric": {"kind": "quantity", "unit": "item"},
            "target": {"value": 120},
            "status": "planned",
        }
    )
    assert edited is not None, [str(f) for f in report.findings]
    assert spelled(edited) == spelled(loads(write_json(expected)))
    (reading,) = report.findings  # the figure's reading, reported at its cell
    assert (reading.code, reading.severity) == ("cell-interpreted", "warning")
    assert reading.cell == f"commitments!P{rows['rural-roads']}"
    assert reading.path == f"/commitments/{rows['rural-roads'] - 2}/target/value"
    assert "'2,100公里' as 2100 km" in reading.message
