"""Put the sheets of a workbook together into one plan document, every value's cell kept.

The ``plan`` sheet gives the plan's own keys (a single sheet of commitments
gets them from the caller and from its ``year`` and ``jurisdiction…``
columns); ``categories``, ``agencies`` and ``commitments`` give their lists;
each observation goes to the commitment its ``commitment_id`` names, and each
source too (a source with no ``commitment_id`` is the plan's). A figure's unit
must be its metric's; a metric without a unit takes the unit of its figures.

:class:`Places` answers, for any JSON Pointer into the document, the cell the
value came from, so that the findings of the validation can say where to look.
"""

import copy
from collections.abc import Mapping, Sequence
from typing import Any

from attrs import define, evolve, field

from commitments.model.vocab import Severity
from commitments.reading.pointers import pointer, split_pointer
from commitments.sheets._objects import put
from commitments.sheets._plan_sheet import read_plan_sheet
from commitments.sheets._sheet_rows import CellNote, Row, SheetColumns, read_sheet
from commitments.sheets._sources import SheetSource
from commitments.sheets.findings import SheetFinding, sheet_finding
from commitments.sheets.layout import (
    AGENCIES,
    CATEGORIES,
    COMMITMENTS,
    OBSERVATIONS,
    PLAN,
    SOURCES,
    Column,
    sheet_layout,
)

__all__ = ["Assembled", "Places", "assemble"]

#: A cell: its file, sheet, row and column (row and column ``None`` for the whole sheet).
Cell = tuple[str, str, int | None, int | None]


@define
class Places:
    """Where each part of the assembled document came from."""

    items: dict[tuple[str, ...], tuple[SheetColumns, int]] = field(factory=dict)
    plan: dict[tuple[str, ...], Cell] = field(factory=dict)
    plan_sheet: Cell | None = None

    def add_plan_cell(self, path: Sequence[str], cell: Cell) -> None:
        """Record the cell of one of the plan's own values (and of the objects around it)."""
        for size in range(len(path), 0, -1):
            self.plan.setdefault(tuple(path[:size]), cell)

    def locate(self, path: str) -> Cell | None:
        """The cell a JSON Pointer's value came from; else the nearest one it lies within."""
        parts = split_pointer(path)
        for size in (4, 2):  # an observation or a commitment's source; any other item
            found = self.items.get(parts[:size]) if len(parts) >= size else None
            if found is not None:
                columns, row = found
                return columns.file, columns.sheet, row, columns.column_of(parts[size:])
        for size in range(len(parts), 0, -1):
            cell = self.plan.get(parts[:size])
            if cell is not None:
                return cell
        return self.plan_sheet


@define
class Assembled:
    """The plan document read from the sheets, where its values came from, and what failed."""

    document: dict[str, Any]
    places: Places
    failed: set[str]


@define
class _Assembler:
    findings: list[SheetFinding]
    max_rows: int
    flat: bool
    document: dict[str, Any] = field(factory=dict)
    places: Places = field(factory=Places)
    failed: set[str] = field(factory=set)
    figures: list[tuple[int, SheetFinding, str]] = field(factory=list)
    ids: dict[str, int] = field(factory=dict)

    def report(
        self, columns: SheetColumns, row: int, prefix: tuple[str, ...], note: CellNote
    ) -> SheetFinding:
        found = sheet_finding(
            note.code,
            note.message,
            file=columns.file,
            sheet=columns.sheet,
            row=row,
            column=note.column,
            path=pointer(*prefix, *note.path),
            severity=note.severity,
        )
        self.findings.append(found)
        if note.severity is Severity.ERROR:
            self.failed.add(found.path)
        return found

    def add(
        self,
        items: list[Any],
        prefix: tuple[str, ...],
        columns: SheetColumns,
        row: Row,
        owner: int | None,
    ) -> None:
        """Append a row's object to a list of the document, noting its place and its notes."""
        where = (*prefix, str(len(items)))
        items.append(row.value)
        self.places.items[where] = (columns, row.number)
        for note in row.notes or ():
            found = self.report(columns, row.number, where, note)
            if note.unit is not None and owner is not None:
                self.figures.append((owner, found, note.unit))

    def items_of(self, target: dict[str, Any], key: str) -> list[Any] | None:
        """The list ``key`` of an object, made if absent (``None`` if it is no list)."""
        items = target.setdefault(key, [])
        return items if isinstance(items, list) else None

    def read(self, source: SheetSource, name: str) -> tuple[SheetColumns, list[Row]]:
        return read_sheet(
            source,
            sheet_layout(name),
            flat=self.flat and name == COMMITMENTS,
            max_rows=self.max_rows,
            findings=self.findings,
        )

    def orphan(self, columns: SheetColumns, row: Row, what: str) -> None:
        message = (
            f"the {what} names no commitment (commitment_id is blank)"
            if row.key is None
            else f"the {what} names the commitment {row.key!r}, which the commitments sheet lacks"
        )
        self.findings.append(
            sheet_finding(
                "sheet-row",
                message,
                file=columns.file,
                sheet=columns.sheet,
                row=row.number,
                column=1,
            )
        )

    def listed(self, source: SheetSource | None, name: str) -> None:
        """Categories or agencies: each row an item of the plan's list."""
        if source is None:
            return
        columns, rows = self.read(source, name)
        for row in rows:
            items = self.items_of(self.document, name)
            if items is not None:
                self.add(items, (name,), columns, row, None)

    def commitments(self, source: SheetSource | None) -> None:
        items = self.items_of(self.document, "commitments")
        if source is None or items is None:
            return
        columns, rows = self.read(source, COMMITMENTS)
        for row in rows:
            index = len(items)
            identifier = row.value.get("id")
            if isinstance(identifier, str):
                self.ids.setdefault(identifier, index)
            self.add(items, ("commitments",), columns, row, index)
            for column, number, value in row.plan or ():
                self.plan_value(columns, (row.number, number), column, value)

    def plan_value(
        self, columns: SheetColumns, cell: tuple[int, int], column: Column, value: Any
    ) -> None:
        """A single sheet's plan value (``year`` …): the same in every row that gives one."""
        target: Any = self.document
        for part in column.path[:-1]:
            target = target.get(part) if isinstance(target, dict) else None
        given = target.get(column.path[-1]) if isinstance(target, dict) else None
        row, number = cell
        if given is None:
            put(self.document, column.path, value)
            self.places.add_plan_cell(column.path, (columns.file, columns.sheet, row, number))
        elif given != value:
            first = self.places.plan.get(column.path)
            said = f"row {first[2]}" if first is not None else "the command line"
            message = f"{column.header} is {value!r} here but {given!r} in {said}: a plan has one"
            self.findings.append(
                sheet_finding(
                    "cell-value",
                    message,
                    file=columns.file,
                    sheet=columns.sheet,
                    row=row,
                    column=number,
                    path=pointer(*column.path),
                )
            )

    def keyed(self, source: SheetSource | None, name: str, key: str, what: str) -> None:
        """Observations or sources: each row to its commitment's list (or the plan's)."""
        if source is None:
            return
        commitments = self.document.get("commitments", [])
        columns, rows = self.read(source, name)
        prefix: tuple[str, ...]
        for row in rows:
            if row.key is None and name == SOURCES:
                items, prefix, owner = self.items_of(self.document, key), (key,), None
            elif row.key in self.ids:
                owner = self.ids[row.key]
                items = self.items_of(commitments[owner], key)
                prefix = ("commitments", str(owner), key)
            else:
                self.orphan(columns, row, what)
                continue
            if items is not None:
                self.add(items, prefix, columns, row, owner)

    def units(self) -> None:
        """Each figure's unit against its metric's (a metric without one takes the figure's)."""
        for owner, found, unit in self.figures:
            metric = self.document["commitments"][owner].get("metric")
            if not isinstance(metric, dict):
                continue
            given = metric.get("unit")
            if given is None and metric.get("kind") != "milestone":
                metric["unit"] = unit
                message = f"metric.unit is blank: it is taken to be {unit}, the unit of this figure"
                where = pointer("commitments", str(owner), "metric", "unit")
                self.findings.append(evolve(found, message=message, path=where))
            elif given != unit:
                message = f"the figure is in {unit}, but metric.unit is {given}"
                error = evolve(found, code="cell-unit", message=message, severity=Severity.ERROR)
                self.findings.append(error)
                self.failed.add(found.path)


def assemble(
    sheets: Mapping[str, SheetSource],
    *,
    flat: bool,
    plan: Mapping[str, Any],
    max_rows: int,
    findings: list[SheetFinding],
) -> Assembled:
    """Read the sheets and put them together into one plan document.

    Args:
        sheets: The sheets, by their role (``plan``, ``commitments`` …).
        flat: There is no ``plan`` sheet: the plan's own keys are ``plan``,
            and the ``commitments`` sheet may add ``year`` and ``jurisdiction``.
        plan: The plan's own keys given by the caller (a single sheet only).
        max_rows: The most rows read of a sheet.
        findings: Where the findings of the sheets go.

    Returns:
        The document, its places and the pointers of the values that failed.
    """
    assembler = _Assembler(findings=findings, max_rows=max_rows, flat=flat)
    if flat:
        assembler.document = copy.deepcopy(dict(plan))
    elif PLAN in sheets:
        source = sheets[PLAN]
        read = read_plan_sheet(source, max_rows=max_rows, findings=findings)
        assembler.document, assembler.failed = read.value, set(read.failed)
        assembler.places.plan_sheet = (source.file, source.name, None, None)
        for path, row in read.rows.items():
            assembler.places.add_plan_cell(path, (source.file, source.name, row, 2))
    for name in (CATEGORIES, AGENCIES):
        assembler.listed(sheets.get(name), name)
    assembler.commitments(sheets.get(COMMITMENTS))
    assembler.keyed(sheets.get(OBSERVATIONS), OBSERVATIONS, "progress", "observation")
    assembler.keyed(sheets.get(SOURCES), SOURCES, "sources", "source")
    assembler.units()
    return Assembled(assembler.document, assembler.places, assembler.failed)
