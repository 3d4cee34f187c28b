"""Findings located in a workbook: the sheet, the row and the column of a cell.

An import reports every problem as a :class:`SheetFinding`: a
:class:`~commitments.model.findings.Finding` whose ``line`` is the row and whose
``column`` is the column number of the cell it is about, with the sheet's name
beside them, so that it prints as ``plan.xlsx:commitments!F14: error …``. Its
``path`` is the JSON Pointer of the value the cell became in the plan document.

The codes of the import itself (the validation of the plan it assembles adds
the codes of the format: ``schema.enum``, ``duplicate-id`` …):

* ``sheet-unreadable``: the file is not a workbook that can be read (not an
  ``.xlsx`` file, password-protected, damaged, a CSV file that is not UTF-8).
* ``sheet-missing``: a sheet the workbook needs is not there.
* ``sheet-too-large``: more rows, columns or bytes than an import reads.
* ``sheet-column``: a header cell that names no column (blank, unknown,
  repeated, merged).
* ``sheet-row``: a row that belongs nowhere (an observation of an unknown
  commitment, an unknown key on the ``plan`` sheet).
* ``sheet-flat``: a single sheet of commitments that lacks the plan's year or
  jurisdiction (give them on the command line).
* ``cell-value``: a cell that cannot be read as its column's kind of value.
* ``cell-unit``: a figure whose unit is not the unit of its metric.
* warnings ``cell-interpreted`` (a cell read by interpretation: a figure such
  as ``23万人``, a percent cell, a number cell with more digits than a
  spreadsheet shows, a date-time cell), ``sheet-merged`` (merged cells among
  the data) and ``sheet-ignored`` (a sheet that is not part of a plan workbook).
"""

import re

from attrs import evolve, frozen

from commitments.model.findings import Finding
from commitments.model.vocab import Severity

__all__ = [
    "UNREADABLE",
    "SheetFinding",
    "cell_name",
    "column_letter",
    "sheet_finding",
]

#: The code of a file that cannot be read as a workbook at all (the command exits 2).
UNREADABLE = "sheet-unreadable"

_PLAIN_SHEET_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")


def column_letter(column: int) -> str:
    """Name a column as a spreadsheet does: 1 is ``A``, 27 is ``AA``.

    >>> column_letter(1), column_letter(6), column_letter(27), column_letter(16384)
    ('A', 'F', 'AA', 'XFD')
    """
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def cell_name(sheet: str, row: int | None = None, column: int | None = None) -> str:
    """Name a cell as a spreadsheet formula would: ``commitments!F14``.

    A sheet name that is not a plain word is quoted (``'my sheet'!A1``); without
    a row the name is the sheet's, without a column the row's.

    >>> cell_name("commitments", 14, 6), cell_name("my sheet", 1, 1), cell_name("plan")
    ('commitments!F14', "'my sheet'!A1", 'plan')
    """
    quoted = sheet if _PLAIN_SHEET_NAME.fullmatch(sheet) else "'" + sheet.replace("'", "''") + "'"
    if row is None:
        return quoted
    return f"{quoted}!{column_letter(column) if column else ''}{row}"


@frozen(kw_only=True)
class SheetFinding(Finding):
    """A finding about a cell, a row or a sheet of a workbook (or of a CSV file).

    Attributes:
        sheet: The sheet's name (a CSV file's name without ``.csv``), or ``None``
            when the finding is about the whole file.

    ``line`` is the row (1 is the header) and ``column`` the column number (1 is
    ``A``); ``path`` is the JSON Pointer of the value in the plan document (``""``
    when the finding is about no value).
    """

    sheet: str | None = None

    @property
    def cell(self) -> str | None:
        """The cell, row or sheet the finding is about: ``commitments!F14``; or ``None``."""
        return None if self.sheet is None else cell_name(self.sheet, self.line, self.column)

    def to_json(self) -> dict[str, object]:
        """Return the finding as a JSON object: a finding's keys, with ``sheet`` and ``cell``."""
        out: dict[str, object] = super().to_json()
        if self.sheet is not None:
            out["sheet"] = self.sheet
            out["cell"] = self.cell
        return out

    def __str__(self) -> str:
        """One line: ``FILE:SHEET!CELL: severity code: message (pointer)``.

        >>> print(sheet_finding("cell-value", "not a number", file="plan.xlsx",
        ...                     sheet="commitments", row=14, column=6, path="/commitments/12"))
        plan.xlsx:commitments!F14: error cell-value: not a number (/commitments/12)
        """
        where = ":".join(part for part in (self.file or "<workbook>", self.cell) if part)
        # A finding's own line, with the cell in place of line and column (and its escaping).
        return Finding.__str__(evolve(self, file=where, line=None, column=None))


def sheet_finding(
    code: str,
    message: str,
    *,
    file: str | None,
    sheet: str | None = None,
    row: int | None = None,
    column: int | None = None,
    path: str = "",
    severity: Severity = Severity.ERROR,
) -> SheetFinding:
    """Make a finding about a place in a workbook (an error unless ``severity`` says otherwise)."""
    return SheetFinding(
        code=code,
        severity=severity,
        path=path,
        message=message,
        file=file,
        line=row,
        column=column,
        sheet=sheet,
    )
