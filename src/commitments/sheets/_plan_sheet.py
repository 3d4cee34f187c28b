"""Read the ``plan`` sheet: the plan's own keys, one per row, in columns ``key`` and ``value``."""

import difflib
from collections.abc import Sequence
from typing import Any

from attrs import frozen

from commitments.model.plan import Plan
from commitments.model.vocab import Severity
from commitments.reading.pointers import pointer
from commitments.sheets._cell_text import JSON_PREFIX, CellError, read_json_cell
from commitments.sheets._numbers import Figure
from commitments.sheets._objects import put, with_required_objects
from commitments.sheets._read_cells import Raw, read_cell
from commitments.sheets._sources import SheetSource, Unreadable
from commitments.sheets.findings import SheetFinding, sheet_finding
from commitments.sheets.layout import PLAN, sheet_layout

__all__ = ["HEADER", "PlanSheet", "read_plan_sheet"]

#: The header row of the ``plan`` sheet.
HEADER = ("key", "value")


@frozen
class PlanSheet:
    """What the ``plan`` sheet says: the plan's keys, each key's row, and the values that failed."""

    value: dict[str, Any]
    rows: dict[tuple[str, ...], int]
    failed: frozenset[str]


def _blank(raw: Raw | None) -> bool:
    return raw is None or raw == ""


class _Reader:
    def __init__(self, source: SheetSource, findings: list[SheetFinding]) -> None:
        self.source, self.findings = source, findings
        self.value: dict[str, Any] = {}
        self.rows: dict[tuple[str, ...], int] = {}
        self.failed: set[str] = set()
        self.wide = False

    def report(
        self,
        code: str,
        message: str,
        row: int,
        column: int,
        *,
        path: str = "",
        warning: bool = False,
    ) -> None:
        severity = Severity.WARNING if warning else Severity.ERROR
        self.findings.append(
            sheet_finding(
                code,
                message,
                file=self.source.file,
                sheet=self.source.name,
                row=row,
                column=column,
                path=path,
                severity=severity,
            )
        )

    def key(self, raw: Raw, row: int) -> str | None:
        try:
            key = (
                read_json_cell(raw) if isinstance(raw, str) and raw.startswith(JSON_PREFIX) else raw
            )
        except CellError as problem:
            key = problem
        if not isinstance(key, str):
            self.report("sheet-row", f"a key must be text, not {key}", row, 1)
            return None
        return key.strip()

    def line(self, row: int, cells: Sequence[Raw | None]) -> None:
        if any(not _blank(raw) for raw in cells[2:]) and not self.wide:
            self.wide = True
            self.report("sheet-column", "the plan sheet has two columns, key and value", row, 3)
        raw_key, raw_value = [*cells[:2], None, None][:2]
        if _blank(raw_key):
            if not _blank(raw_value):
                self.report("sheet-row", "a value without a key", row, 2)
            return
        name = self.key(raw_key, row)  # type: ignore[arg-type]
        if name is None:
            return
        column = sheet_layout(PLAN).resolve(name)
        if column is None:
            close = difflib.get_close_matches(name, sheet_layout(PLAN).known_headers(), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            self.report("sheet-row", f"{name!r} is no key of a plan{hint}", row, 1)
            return
        if column.path in self.rows:
            first = self.rows[column.path]
            self.report(
                "sheet-row", f"the key {name!r} appears twice (first in row {first})", row, 1
            )
            return
        self.rows[column.path] = row
        if not _blank(raw_value):
            self.cell(row, column.path, column.kind, raw_value)  # type: ignore[arg-type]

    def cell(self, row: int, path: tuple[str, ...], kind: Any, raw: Raw) -> None:
        where = pointer(*path)
        try:
            value = read_cell(kind, raw)
        except CellError as problem:
            self.report("cell-value", str(problem), row, 2, path=where)
            self.failed.add(where)
            value = raw if isinstance(raw, str) else str(raw)
        if isinstance(value, Figure):
            self.report("cell-interpreted", value.note, row, 2, path=where, warning=True)
            value = value.value
        if not put(self.value, path, value):
            message = "the value is given twice (a text both plain and by language?)"
            self.report("cell-value", message, row, 2, path=where)


def read_plan_sheet(
    source: SheetSource, *, max_rows: int, findings: list[SheetFinding]
) -> PlanSheet:
    """Read the ``plan`` sheet; every problem becomes a finding.

    Args:
        source: The sheet.
        max_rows: The most rows read.
        findings: Where its findings go.

    Returns:
        The plan's keys as a JSON object, the row of each key, and the pointers
        of values that could not be read.
    """
    reader = _Reader(source, findings)
    try:
        lines = source.rows()
        header = tuple(raw.strip() if isinstance(raw, str) else raw for raw in next(lines, ())[:2])
        if header != HEADER:
            reader.report("sheet-column", "the plan sheet's header row is: key, value", 1, 1)
        for number, cells in enumerate(lines, 2):
            if number > max_rows:
                reader.report("sheet-too-large", f"more than {max_rows:,} rows", number, 1)
                break
            reader.line(number, cells)
    except Unreadable as problem:
        findings.append(
            sheet_finding(
                "sheet-unreadable", f"the sheet {problem}", file=source.file, sheet=source.name
            )
        )
    with_required_objects(Plan, reader.value)
    return PlanSheet(reader.value, reader.rows, frozenset(reader.failed))
