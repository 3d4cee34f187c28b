"""Helpers for the spreadsheet tests: JSON values compared digit for digit, workbooks made here."""

import json
from pathlib import Path
from typing import Any

from commitments import Plan, dumps

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.json"))


def spelled(plan: Plan) -> Any:
    """The plan's JSON value with each number as its spelling: ``95.0`` is not ``95`` here.

    Objects compare without regard to key order, as JSON values do.
    """
    mark = lambda text: ("number", text)  # noqa: E731
    return json.loads(dumps(plan), parse_float=mark, parse_int=mark)


#: A single sheet of commitments as a data team keeps one: a header and one valid row.
FLAT_HEADER = [
    "id",
    "title",
    "category",
    "owner",
    "metric.kind",
    "metric.unit",
    "target.value",
    "status",
]
FLAT_ROW = [
    "urban-jobs",
    "New urban jobs",
    "employment",
    "hrss",
    "quantity",
    "person",
    230000,
    "planned",
]


def write_book(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """Write a workbook with openpyxl, as a spreadsheet program would: sheets of rows."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path
