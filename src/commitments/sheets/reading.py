"""Import a plan from a workbook, a folder of CSV files or a single sheet: :func:`read_workbook`.

The import never raises on bad data and never returns a plan that has errors:
it returns the plan (or ``None``) and a :class:`~commitments.model.findings.Report`
whose findings are :class:`~commitments.sheets.findings.SheetFinding` — each says
its sheet, row and column and the JSON Pointer of the value it is about. The
findings are those of the sheets (a cell that cannot be read, a column that
does not exist …) and those of validating the plan document the sheets make
(``schema.enum``, ``duplicate-id`` …), placed at the cells their values came from.
"""

import contextlib
import json
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from commitments.convert import build_plan
from commitments.model.findings import Finding, Report
from commitments.model.plan import Plan
from commitments.model.vocab import Severity
from commitments.reading.document import Reading
from commitments.reading.pointers import pointer
from commitments.sheets._assemble import Assembled, assemble
from commitments.sheets._csv_files import read_csv
from commitments.sheets._sources import SheetSource, Unreadable
from commitments.sheets._xlsx_read import open_xlsx
from commitments.sheets.findings import UNREADABLE, SheetFinding, sheet_finding
from commitments.sheets.layout import COMMITMENTS, PLAN, README, SHEETS
from commitments.validation.pipeline import validate_reading

__all__ = ["MAX_ROWS", "read_workbook"]

# The message of a schema.required finding names the key (the pointer is its object's).
_MISSING_KEY = re.compile(r'missing required key ("(?:[^"\\]|\\.)*")')

#: The most rows an import reads of one sheet (the header row counts).
MAX_ROWS = 200_000
#: The format version of a plan read from a single sheet of commitments.
FLAT_VERSION = "1.0"

StrPath = str | os.PathLike[str]


def _csv_sheets(paths: Sequence[Path]) -> list[SheetSource]:
    sheets: dict[str, SheetSource] = {}
    for path in paths:
        sheet = read_csv(path)
        if sheet.name in sheets:
            raise Unreadable(f"and {sheets[sheet.name].file} are both the sheet {sheet.name!r}")
        sheets[sheet.name] = sheet
    return list(sheets.values())


@contextlib.contextmanager
def _open(paths: Sequence[Path]) -> Iterator[list[SheetSource]]:
    """The sheets of a workbook, of a folder of CSV files, or of CSV files."""
    if len(paths) == 1 and paths[0].is_dir():
        files = sorted(p for p in paths[0].iterdir() if p.suffix.lower() == ".csv")
        if not files:
            raise Unreadable("is a folder without .csv files")
        yield _csv_sheets(files)
    elif all(path.suffix.lower() == ".csv" for path in paths):
        yield _csv_sheets(paths)
    elif len(paths) == 1:
        with open_xlsx(paths[0]) as sheets:
            yield sheets
    else:
        raise Unreadable("are not one workbook: give one .xlsx file, one folder, or CSV files")


def _roles(
    sheets: Sequence[SheetSource], findings: list[SheetFinding]
) -> tuple[dict[str, SheetSource], bool]:
    """Which sheet is which, and whether the sheets are a single sheet of commitments (flat)."""
    read = [sheet for sheet in sheets if sheet.name != README]
    if len(read) == 1:  # one sheet, whatever its name, is a sheet of commitments
        return {COMMITMENTS: read[0]}, True
    known = {sheet.name: sheet for sheet in read if sheet.name in SHEETS}
    others = [sheet for sheet in read if sheet.name not in SHEETS]
    flat = PLAN not in known
    if COMMITMENTS not in known:
        names = ", ".join(repr(sheet.name) for sheet in sheets) or "none"
        message = (
            f"no sheet named {COMMITMENTS!r} (the sheets are: {names}); a plan workbook "
            "has one, and a single sheet of commitments may have any name"
        )
        file = sheets[0].file if sheets else None
        findings.append(sheet_finding("sheet-missing", message, file=file))
    findings.extend(
        sheet_finding(
            "sheet-ignored",
            "this sheet is not part of a plan workbook; it is not read",
            file=sheet.file,
            sheet=sheet.name,
            severity=Severity.WARNING,
        )
        for sheet in others
    )
    return known, flat


def _flat_plan(
    jurisdiction: str | None, jurisdiction_code: str | None, year: int | None
) -> dict[str, Any]:
    plan: dict[str, Any] = {"schema_version": FLAT_VERSION}
    if jurisdiction is not None or jurisdiction_code is not None:
        plan["jurisdiction"] = {
            key: value
            for key, value in (("name", jurisdiction), ("code", jurisdiction_code))
            if value is not None
        }
    if year is not None:
        plan["year"] = year
    return plan


def _flat_findings(document: Mapping[str, Any], file: str | None) -> list[SheetFinding]:
    """What a single sheet of commitments lacks of the plan's own keys."""
    missing = []
    if "year" not in document:
        missing.append(
            "the plan's year: give it (--year on the command line), or add a year column"
        )
    if not isinstance(document.get("jurisdiction"), dict) or "name" not in document["jurisdiction"]:
        missing.append(
            "the jurisdiction's name: give it (--jurisdiction on the command line), or add a "
            "jurisdiction.name column"
        )
    return [
        sheet_finding("sheet-flat", f"a single sheet of commitments lacks {what}", file=file)
        for what in missing
    ]


def _missing_key_path(finding: Finding) -> str:
    """Where a missing key would be: the cell to fill in (its column, or its row on ``plan``)."""
    missing = _MISSING_KEY.match(finding.message) if finding.code == "schema.required" else None
    if missing is None:
        return finding.path
    return finding.path + pointer(json.loads(missing[1]))


def _validated(
    assembled: Assembled, *, flat: bool, file: str | None
) -> tuple[list[SheetFinding], bool]:
    """Validate the document: its findings, placed at their cells; and whether it is valid."""
    # The document is already as the reading layer makes one (no floats, no NaN): no copy.
    report = validate_reading(Reading(value=assembled.document))
    failed = assembled.failed
    placed = []
    for finding in report.findings:
        if finding.path in failed or any(finding.path.startswith(f + "/") for f in failed):
            continue  # the cell's own finding says it
        if flat and finding.code == "schema.required" and not finding.path:
            continue  # said by _flat_findings, which names the option
        cell = assembled.places.locate(_missing_key_path(finding))
        where, sheet, row, column = cell if cell is not None else (file, None, None, None)
        placed.append(
            SheetFinding(
                code=finding.code,
                severity=finding.severity,
                path=finding.path,
                message=finding.message,
                file=where,
                line=row,
                column=column,
                sheet=sheet,
            )
        )
    return placed, report.ok


def _in_order(findings: list[SheetFinding], sheets: Sequence[str]) -> tuple[SheetFinding, ...]:
    order = {name: index for index, name in enumerate(sheets)}

    def key(finding: SheetFinding) -> tuple[int, int, int, int]:
        if finding.sheet is None:
            return (0, 0, 0, 0)
        return (1, order.get(finding.sheet, len(order)), finding.line or 0, finding.column or 0)

    return tuple(sorted(findings, key=key))


def read_workbook(
    source: StrPath | Sequence[StrPath],
    *,
    jurisdiction: str | None = None,
    jurisdiction_code: str | None = None,
    year: int | None = None,
    max_rows: int = MAX_ROWS,
) -> tuple[Plan | None, Report]:
    """Read a plan from an ``.xlsx`` workbook, a folder of CSV files, or CSV files.

    A workbook of the layout :func:`~commitments.sheets.export_workbook` writes
    is read back as the same plan. A workbook without a ``plan`` sheet, or a
    single sheet or CSV file of commitments (one row each, the columns of the
    ``commitments`` sheet, any of them), is read too: the plan's year and
    jurisdiction come from the arguments, or from ``year`` and ``jurisdiction…``
    columns, and its format version is 1.0.

    Args:
        source: An ``.xlsx`` file, a folder of CSV files, a CSV file, or several
            CSV files (each a sheet named after the file).
        jurisdiction: The jurisdiction's name, for a sheet of commitments alone.
        jurisdiction_code: The jurisdiction's code (such as ``CN-JL``), likewise.
        year: The plan year, likewise.
        max_rows: The most rows read of one sheet.

    Returns:
        The plan, or ``None`` when there is any error; and the report of every
        finding, each located at its cell (``commitments!F14``).

    Raises:
        commitments.MissingExtra: Reading an ``.xlsx`` file needs openpyxl (not
            installed).
    """
    paths = [Path(source)] if isinstance(source, str | os.PathLike) else [Path(p) for p in source]
    name = os.fspath(paths[0]) if len(paths) == 1 else None
    findings: list[SheetFinding] = []
    try:
        with _open(paths) as sheets:
            roles, flat = _roles(sheets, findings)
            assembled = assemble(
                roles,
                flat=flat,
                plan=_flat_plan(jurisdiction, jurisdiction_code, year),
                max_rows=max_rows,
                findings=findings,
            )
            order = [sheet.name for sheet in sheets]
    except Unreadable as problem:
        message = f"the {'file' if len(paths) == 1 else 'files'} {problem}"
        return None, Report(findings=(sheet_finding(UNREADABLE, message, file=name),), file=name)
    except OSError as error:
        message = f"cannot read {error.filename or 'the files'}: {error.strerror or error}"
        return None, Report(findings=(sheet_finding(UNREADABLE, message, file=name),), file=name)
    if flat:
        findings.extend(_flat_findings(assembled.document, name))
    placed, valid = _validated(assembled, flat=flat, file=name)
    findings.extend(placed)
    report = Report(findings=_in_order(findings, order), file=name)
    if not valid or not report.ok:
        return None, report
    return build_plan(assembled.document, fresh=True), report
