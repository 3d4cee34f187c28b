"""Read one sheet of items — categories, agencies, commitments, observations, sources.

The header row names the columns (:mod:`commitments.sheets.layout`); each
other row that is not blank becomes one JSON object, each cell read by
:func:`~commitments.sheets._read_cells.read_cell` and put at its column's path.
What a row's cells said that is worth a finding is kept with the row as
:class:`CellNote` (the row's place in the plan, and so the JSON Pointer, is
known only when the rows are put together); what is wrong with the sheet itself
is a finding at once.
"""

import difflib
from collections.abc import Sequence
from typing import Any

from attrs import define, frozen

from commitments.model.vocab import Severity
from commitments.sheets._cell_text import JSON_PREFIX, CellError, read_json_cell
from commitments.sheets._numbers import Figure
from commitments.sheets._objects import put, put_object, required_objects
from commitments.sheets._read_cells import Raw, read_cell
from commitments.sheets._sources import SheetSource, Unreadable
from commitments.sheets.findings import SheetFinding, cell_name, sheet_finding
from commitments.sheets.layout import Column, Kind, SheetLayout, flat_plan_column

__all__ = [
    "MAX_COLUMNS",
    "CellNote",
    "Row",
    "SheetColumns",
    "read_sheet",
]

#: The most columns a sheet may have.
MAX_COLUMNS = 1024
# Kinds whose text cells are read as they are.
_TEXTS = frozenset({Kind.STRING, Kind.CHOICE, Kind.TEXT, Kind.LANGUAGE, Kind.KEY})


@frozen
class CellNote:
    """Something to report about a cell of a row: a reading, a problem, a figure's unit."""

    column: int
    path: tuple[str, ...]
    code: str
    message: str
    severity: Severity = Severity.WARNING
    unit: str | None = None


@define
class Row:
    """One row of items: its number, its object, its ``commitment_id``, and its notes.

    ``plan`` holds the plan's own values a single sheet of commitments carries
    (``year``, ``jurisdiction.code`` …), with their columns.
    """

    number: int
    value: dict[str, Any]
    key: str | None = None
    plan: list[tuple[Column, int, Any]] | None = None
    notes: list[CellNote] | None = None


@frozen
class SheetColumns:
    """The columns of a read sheet: which column (from 1) holds each path, for locating."""

    sheet: str
    file: str
    by_prefix: dict[tuple[str, ...], int]

    def column_of(self, path: Sequence[str]) -> int:
        """The column of the longest part of ``path`` that one has (the first column else)."""
        for size in range(len(path), -1, -1):
            column = self.by_prefix.get(tuple(path[:size]))
            if column is not None:
                return column
        return 1


def _is_blank(raw: Raw | None) -> bool:
    return raw is None or raw == ""


class _Reader:
    """Reads one sheet, collecting its findings."""

    def __init__(
        self, source: SheetSource, layout: SheetLayout, *, flat: bool, findings: list[SheetFinding]
    ) -> None:
        self.source, self.layout, self.flat = source, layout, flat
        self.findings = findings
        self.columns: list[tuple[int, Column]] = []
        self.plan_columns: set[int] = set()  # a single sheet's plan columns, by index
        self.headed: set[int] = set()  # columns with a header cell, or under a merged one
        self.reported: set[int] = set()  # columns without a header reported to hold a value
        self.width = 0
        self.unheaded: list[int] = []
        self.plain: list[tuple[int, Column, bool]] = []
        self.required: list[tuple[str, ...]] = []

    def error(
        self, code: str, message: str, row: int | None = None, column: int | None = None
    ) -> None:
        self.findings.append(
            sheet_finding(
                code, message, file=self.source.file, sheet=self.source.name, row=row, column=column
            )
        )

    def _header_name(self, raw: Raw, column: int) -> str | None:
        if isinstance(raw, str) and raw.startswith(JSON_PREFIX):
            try:
                raw = read_json_cell(raw)
            except CellError as problem:
                self.error("sheet-column", str(problem), 1, column)
                return None
        if not isinstance(raw, str):
            self.error("sheet-column", f"a header cell must be text, not {raw!r}", 1, column)
            return None
        return raw.strip()

    def _resolve(self, name: str, index: int) -> None:
        found = self.layout.resolve(name)
        plan = found is None and self.flat and flat_plan_column(name)
        if plan:
            self.plan_columns.add(index)
            found = plan
        if found is not None:
            self.columns.append((index, found))
            return
        close = difflib.get_close_matches(name, self.layout.known_headers(), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        self.error(
            "sheet-column",
            f"{name!r} is no column of the {self.layout.name} sheet{hint}; a text's languages "
            "are columns such as title.zh, and extensions columns such as x-note",
            1,
            index + 1,
        )

    def _merged_header(self) -> None:
        for merge in self.source.merged:
            if merge.first_row != 1 or merge.last_column == merge.first_column:
                continue
            self.headed.update(range(merge.first_column - 1, merge.last_column))
            first = cell_name(self.source.name, 1, merge.first_column)
            last = cell_name(self.source.name, 1, merge.last_column).partition("!")[2]
            self.error(
                "sheet-column",
                f"header cells {first}:{last} are merged: give each column a header cell",
                1,
                merge.first_column,
            )

    def header(self, cells: Sequence[Raw | None]) -> None:
        self._merged_header()
        seen: dict[str, int] = {}
        for index, raw in enumerate(cells):
            if index in self.headed or _is_blank(raw):
                continue  # merged header cells are reported, and not read
            self.headed.add(index)
            name = self._header_name(raw, index + 1)  # type: ignore[arg-type]
            if name is None:
                continue
            if name in seen:
                message = f"column {name!r} appears twice (first in column {seen[name]})"
                self.error("sheet-column", message, 1, index + 1)
                continue
            seen[name] = index + 1
            self._resolve(name, index)

    def row(self, number: int, cells: Sequence[Raw | None]) -> Row:
        row = Row(number, {})
        value: Any
        width = len(cells)
        for index, column, text in self.plain:
            raw = cells[index] if index < width else None
            if raw is None or raw == "":
                continue
            if text and type(raw) is str and not raw.startswith(JSON_PREFIX):
                value = raw  # the common case, made fast: text where text is wanted
            else:
                value = self._read(row, index, column, raw)
            if column.kind is Kind.KEY:
                row.key = value if isinstance(value, str) else str(value)
            elif index in self.plan_columns:
                row.plan = [*(row.plan or []), (column, index + 1, value)]
            elif not put(row.value, column.path, value):
                message = f"{column.header} gives a value that another column of this row gives too"
                note = CellNote(index + 1, column.path, "cell-value", message, Severity.ERROR)
                self._note(row, note)
        if width > self.width or self.unheaded:
            self._unheaded(number, cells)
        for path in self.required:
            put_object(row.value, path)
        return row

    def _unheaded(self, number: int, cells: Sequence[Raw | None]) -> None:
        """Report, once per column, a value in a column without a header."""
        for index in [*self.unheaded, *range(self.width, len(cells))]:
            if index < len(cells) and not _is_blank(cells[index]) and index not in self.reported:
                self.reported.add(index)
                message = "a value in a column without a header"
                self.error("sheet-column", message, number, index + 1)

    def finish_header(self, width: int) -> None:
        """Prepare to read rows: which columns are simple, which have no header."""
        self.width = width
        self.unheaded = [index for index in range(width) if index not in self.headed]
        self.plain = [(index, column, column.kind in _TEXTS) for index, column in self.columns]
        self.required = required_objects(self.layout.row_class)

    def _note(self, row: Row, note: CellNote) -> None:
        if row.notes is None:
            row.notes = []
        row.notes.append(note)

    def _read(self, row: Row, index: int, column: Column, raw: Raw) -> Any:
        """Read a cell, noting a reading worth a warning and a cell that cannot be read."""
        try:
            value = read_cell(column.kind, raw)
        except CellError as problem:
            note = CellNote(index + 1, column.path, "cell-value", str(problem), Severity.ERROR)
            self._note(row, note)
            return raw if isinstance(raw, str) else str(raw)
        if isinstance(value, Figure):
            note = CellNote(index + 1, column.path, "cell-interpreted", value.note, unit=value.unit)
            self._note(row, note)
            return value.value
        return value


def read_sheet(
    source: SheetSource,
    layout: SheetLayout,
    *,
    flat: bool,
    max_rows: int,
    findings: list[SheetFinding],
) -> tuple[SheetColumns, list[Row]]:
    """Read the rows of a sheet of items; every problem with the sheet becomes a finding.

    Args:
        source: The sheet.
        layout: What its rows are.
        flat: The sheet is a single sheet of commitments, which may carry the
            plan's ``year`` and ``jurisdiction`` as columns.
        max_rows: The most rows read (the header counts).
        findings: Where the sheet's findings go.

    Returns:
        Its columns, and its rows that are not blank, in order.
    """
    reader = _Reader(source, layout, flat=flat, findings=findings)
    too_large = _too_large(source, max_rows)
    if too_large:
        reader.error("sheet-too-large", too_large)
        return SheetColumns(source.name, source.file, {}), []
    rows: list[Row] = []
    try:
        lines = source.rows()
        header = next(lines, ())
        reader.header(header)
        reader.finish_header(len(header))
        for number, cells in enumerate(lines, 2):
            if number > max_rows or len(cells) > MAX_COLUMNS:
                reader.error("sheet-too-large", _too_many(number, len(cells), max_rows), number)
                break
            if cells.count(None) + cells.count("") < len(cells):  # not a blank row
                rows.append(reader.row(number, cells))
    except Unreadable as problem:
        reader.error("sheet-unreadable", f"the sheet {problem}")
    _merged_data(source, reader)
    return SheetColumns(source.name, source.file, _by_prefix(reader.columns)), rows


def _by_prefix(columns: Sequence[tuple[int, Column]]) -> dict[tuple[str, ...], int]:
    by_prefix: dict[tuple[str, ...], int] = {}
    for index, column in columns:
        for size in range(len(column.path) + 1):
            by_prefix.setdefault(column.path[:size], index + 1)
    return by_prefix


def _too_large(source: SheetSource, max_rows: int) -> str | None:
    rows, columns = source.declared_rows or 0, source.declared_columns or 0
    if rows > max_rows or columns > MAX_COLUMNS:
        return (
            f"the sheet says it has {rows:,} rows and {columns:,} columns; an import reads at "
            f"most {max_rows:,} rows and {MAX_COLUMNS:,} columns (if the rows after the data "
            "are empty, delete them)"
        )
    return None


def _too_many(number: int, width: int, max_rows: int) -> str:
    if width > MAX_COLUMNS:
        return f"row {number} has {width:,} columns; an import reads at most {MAX_COLUMNS:,}"
    return f"the sheet has more than {max_rows:,} rows; an import reads at most {max_rows:,}"


def _merged_data(source: SheetSource, reader: _Reader) -> None:
    for merge in source.merged:
        if merge.first_row == 1:
            continue
        first = cell_name(source.name, merge.first_row, merge.first_column)
        last = cell_name(source.name, merge.last_row, merge.last_column).partition("!")[2]
        reader.findings.append(
            sheet_finding(
                "sheet-merged",
                f"cells {first}:{last} are merged: only {first.partition('!')[2]} holds a value, "
                "and it is read for its own row only",
                file=source.file,
                sheet=source.name,
                row=merge.first_row,
                column=merge.first_column,
                severity=Severity.WARNING,
            )
        )
