"""Export a plan as an ``.xlsx`` workbook or a folder of CSV files, and write the empty template.

The workbook is meant to be edited by hand: the header rows are frozen, the
columns sized to their content, dates are date cells, and the columns that take
one of a few values have drop-down lists (``status``, ``metric.kind``,
``metric.direction``, ``metric.unit``, and ``category``, ``owner`` and
``commitment_id`` from the ids of their sheets). A ``README`` sheet explains
every column. :func:`~commitments.sheets.reading.read_workbook` reads either
form back as the same plan.
"""

import os
from collections.abc import Sequence
from pathlib import Path

from commitments.convert import plan_value
from commitments.model.plan import Plan
from commitments.model.units import UNITS
from commitments.sheets._cell_text import string_cell
from commitments.sheets._csv_files import write_csv
from commitments.sheets._encode import XlsxCell, csv_encoder, xlsx_encoder
from commitments.sheets._flatten import Table, plan_tables
from commitments.sheets._plan_sheet import HEADER
from commitments.sheets._readme import readme_rows
from commitments.sheets._xlsx_write import Validation, XlsxSheet, write_xlsx
from commitments.sheets.findings import column_letter
from commitments.sheets.layout import (
    AGENCIES,
    CATEGORIES,
    COMMITMENTS,
    PLAN,
    README,
    Kind,
)

__all__ = ["export_csv", "export_workbook", "write_template"]

StrPath = str | os.PathLike[str]
_TEMPLATE = {"schema_version": "1.0", "jurisdiction": {}, "commitments": []}
_HEADROOM = 200  # rows of an empty id sheet that a drop-down list reaches
# Columns whose drop-down lists are the ids of another sheet.
_ID_LISTS = {"category": CATEGORIES, "owner": AGENCIES, "commitment_id": COMMITMENTS}


def _id_range(tables: dict[str, Table], sheet: str) -> str | None:
    table = tables[sheet]
    index = next((i for i, c in enumerate(table.columns) if c.header == "id"), None)
    if index is None:
        return None
    letter, last = column_letter(index + 1), len(table.rows) + 1 if table.rows else _HEADROOM
    return f"{sheet}!${letter}$2:${letter}${last}"


def _validations(table: Table, tables: dict[str, Table]) -> list[Validation]:
    rules = []
    for index, column in enumerate(table.columns):
        if column.kind is Kind.CHOICE:
            rules.append(Validation(index, f'"{",".join(column.choices)}"', strict=True))
        elif column.header == "metric.unit":
            rules.append(Validation(index, f'"{",".join(UNITS)}"', strict=False))
        elif column.header in _ID_LISTS and table.name != _ID_LISTS[column.header]:
            ids = _id_range(tables, _ID_LISTS[column.header])
            if ids is not None:
                rules.append(Validation(index, ids, strict=False))
    return rules


def _xlsx_sheet(table: Table, tables: dict[str, Table]) -> XlsxSheet:
    if table.name == PLAN:
        values = dict(table.rows[0])
        rows: list[list[tuple[int, XlsxCell]]] = [
            [(0, string_cell(column.header))]
            + ([(1, xlsx_encoder(column.kind)(values[index]))] if index in values else [])
            for index, column in enumerate(table.columns)
        ]
        return XlsxSheet(PLAN, HEADER, rows)
    encoders = [xlsx_encoder(column.kind) for column in table.columns]
    return XlsxSheet(
        table.name,
        [string_cell(column.header) for column in table.columns],
        [[(index, encoders[index](value)) for index, value in row] for row in table.rows],
        _validations(table, tables),
        frozenset(i for i, column in enumerate(table.columns) if column.kind is Kind.DATE),
    )


def _workbook(tables: Sequence[Table], target: StrPath) -> None:
    by_name = {table.name: table for table in tables}
    readme = readme_rows([(table.name, table.columns) for table in tables])
    sheets = [_xlsx_sheet(table, by_name) for table in tables]
    sheets.append(
        XlsxSheet(
            README,
            ["sheet", "column", "meaning"],
            [list(enumerate(map(string_cell, row))) for row in readme],
            widths=[14, 24, 110],
            wrap=True,
        )
    )
    write_xlsx(target, sheets, active=[table.name for table in tables].index(COMMITMENTS))


def export_workbook(plan: Plan, path: StrPath) -> None:
    """Write a plan as an ``.xlsx`` workbook that reads back as the same plan.

    Args:
        plan: The plan.
        path: The file to write (replaced if it exists).

    Raises:
        CommitmentsError: A value does not fit in a spreadsheet (a text of more
            than 32,767 characters, more than a million rows).
    """
    _workbook(plan_tables(plan_value(plan)), path)


def _csv_rows(table: Table) -> list[list[str]]:
    if table.name == PLAN:
        values = dict(table.rows[0])
        return [list(HEADER)] + [
            [
                string_cell(column.header, csv=True),
                csv_encoder(column.kind)(values[index]) if index in values else "",
            ]
            for index, column in enumerate(table.columns)
        ]
    encoders = [csv_encoder(column.kind) for column in table.columns]
    rows = [[string_cell(column.header, csv=True) for column in table.columns]]
    for row in table.rows:
        cells = [""] * len(encoders)
        for index, value in row:
            cells[index] = encoders[index](value)
        rows.append(cells)
    return rows


def _csv_folder(tables: Sequence[Table], folder: StrPath) -> None:
    directory = Path(folder)
    directory.mkdir(parents=True, exist_ok=True)
    for table in tables:
        write_csv(directory / f"{table.name}.csv", _csv_rows(table))


def export_csv(plan: Plan, folder: StrPath) -> None:
    """Write a plan as a folder of CSV files, one per sheet, that reads back as the same plan.

    Args:
        plan: The plan.
        folder: The folder (made if missing); its files of the same names are replaced.
    """
    _csv_folder(plan_tables(plan_value(plan)), folder)


def write_template(path: StrPath, *, csv: bool = False) -> None:
    """Write an empty plan workbook (or, with ``csv``, a folder of CSV files) to fill in.

    Args:
        path: The ``.xlsx`` file, or the folder.
        csv: Write CSV files rather than a workbook.
    """
    tables = plan_tables(_TEMPLATE)
    if csv:
        _csv_folder(tables, path)
    else:
        _workbook(tables, path)
