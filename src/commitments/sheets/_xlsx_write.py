"""Write an ``.xlsx`` workbook, streaming, for people to edit by hand.

Each sheet has its header row in bold and frozen, columns as wide as their
content (within limits), drop-down lists where a column takes one of a few
values, and dates as date cells shown ``yyyy-mm-dd`` (a date typed later into a
date column is shown so too). Strings are shared, so that a spreadsheet
program reads the file fast. Text that a cell cannot hold as it is never
reaches here (:mod:`commitments.sheets._cell_text` writes it as JSON).

The writer is small and streams: a 10,000-commitment plan is written in about
the time it takes to load it from JSON.
"""

import datetime
import os
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from typing import IO

from attrs import field, frozen

from commitments.model.findings import CommitmentsError
from commitments.sheets._encode import Number, XlsxCell
from commitments.sheets._xlsx_parts import (
    DATE_STYLE,
    HEADER_STYLE,
    MAIN_NAMESPACE,
    WRAP_STYLE,
    XML_DECLARATION,
    Styles,
    content_types,
    package_relationships,
    workbook,
    workbook_relationships,
)
from commitments.sheets.findings import column_letter

__all__ = ["MAX_CELL_TEXT", "MAX_ROWS", "Validation", "XlsxSheet", "write_xlsx"]

#: The most characters one cell holds, and the most rows and columns of a sheet.
MAX_CELL_TEXT, MAX_ROWS, MAX_COLUMNS = 32_767, 1_048_576, 16_384
_EPOCH = datetime.date(1899, 12, 30)  # day 0 of the 1900 date system (from 1 March 1900 on)
_XML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_WIDTH_SAMPLE = 200  # rows looked at to size the columns
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]"
)


@frozen
class Validation:
    """A drop-down list on a column: the allowed values, or a range of another sheet.

    Attributes:
        column: The column's index (0 is ``A``).
        formula: A quoted list (``"planned,completed"``) or a range
            (``categories!$A$2:$A$9``).
        strict: Refuse other values (else warn and let them in).

    """

    column: int
    formula: str
    strict: bool


@frozen
class XlsxSheet:
    """One sheet to write: a header row, rows of cells, and what makes it pleasant to edit.

    Each row lists its cells that are not blank, with their column's index (0 is ``A``).
    """

    name: str
    header: Sequence[str]
    rows: Sequence[Sequence[tuple[int, XlsxCell]]]
    validations: Sequence[Validation] = ()
    date_columns: frozenset[int] = frozenset()
    widths: Sequence[float] | None = field(default=None, kw_only=True)
    wrap: bool = field(default=False, kw_only=True)


def xml_text(text: str) -> str:
    """Write a string as XML text (cells hold only what XML and Excel read back as written).

    >>> xml_text("a & b < c")
    'a &amp; b &lt; c'
    """
    return text.translate(_XML_ESCAPES)


class _SharedStrings:
    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def xml(self) -> Iterator[str]:
        count = len(self.index)
        yield f'{XML_DECLARATION}<sst xmlns="{MAIN_NAMESPACE}" count="{count}" '
        yield f'uniqueCount="{count}">'
        for text in self.index:
            space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
            yield f"<si><t{space}>{xml_text(text)}</t></si>"
        yield "</sst>"


def _display_width(value: XlsxCell) -> int:
    if isinstance(value, str):
        line = max(value.split("\n"), key=len)
        return len(line) + len(_WIDE.findall(line))
    if isinstance(value, Number):
        return len(value.text) + 1
    return 10 if isinstance(value, datetime.date) else 5


def _widths(sheet: XlsxSheet) -> list[float]:
    if sheet.widths is not None:
        return list(sheet.widths)
    widths = [_display_width(name) + 3 for name in sheet.header]
    for row in sheet.rows[:_WIDTH_SAMPLE]:
        for index, value in row:
            widths[index] = max(widths[index], _display_width(value) + 2)
    return [min(max(width, 8), 60) for width in widths]


def _cell_writer(shared: _SharedStrings, styles: Styles) -> Callable[[str, XlsxCell, int], str]:
    strings = shared.index

    def cell(ref: str, value: XlsxCell, style: int = 0) -> str:
        if type(value) is str:
            if len(value) > MAX_CELL_TEXT:
                raise CommitmentsError(
                    f"cell {ref} would hold {len(value):,} characters; a spreadsheet cell "
                    f"holds at most {MAX_CELL_TEXT:,}"
                )
            index = strings.setdefault(value, len(strings))
            styled = f' s="{style}"' if style else ""
            return f'<c r="{ref}"{styled} t="s"><v>{index}</v></c>'
        if isinstance(value, Number):
            places = styles.number(value.places)
            return f'<c r="{ref}" s="{places}"><v>{value.text}</v></c>'
        if isinstance(value, bool):
            return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, datetime.date):
            return f'<c r="{ref}" s="{DATE_STYLE}"><v>{(value - _EPOCH).days}</v></c>'
        raise TypeError(f"not a cell: {value!r}")

    return cell


def _check_size(sheet: XlsxSheet) -> None:
    rows, columns = len(sheet.rows) + 1, len(sheet.header)
    if rows > MAX_ROWS or columns > MAX_COLUMNS:
        raise CommitmentsError(
            f"sheet {sheet.name} would have {rows:,} rows and {columns:,} columns; a "
            f"spreadsheet holds at most {MAX_ROWS:,} rows and {MAX_COLUMNS:,} columns"
        )


def _columns_xml(sheet: XlsxSheet) -> str:
    columns = []
    for index, size in enumerate(_widths(sheet), 1):
        style = DATE_STYLE if index - 1 in sheet.date_columns else WRAP_STYLE if sheet.wrap else 0
        styled = f' style="{style}"' if style else ""
        columns.append(f'<col min="{index}" max="{index}" width="{size}" customWidth="1"{styled}/>')
    return f"<cols>{''.join(columns)}</cols>" if columns else ""


def _validations_xml(sheet: XlsxSheet, letters: Sequence[str]) -> str:
    rules = []
    for rule in sheet.validations:
        letter = letters[rule.column]
        style = "" if rule.strict else ' errorStyle="warning"'
        rules.append(
            f'<dataValidation type="list"{style} allowBlank="1" showInputMessage="1" '
            f'showErrorMessage="1" sqref="{letter}2:{letter}{MAX_ROWS}">'
            f"<formula1>{xml_text(rule.formula)}</formula1></dataValidation>"
        )
    return (
        f'<dataValidations count="{len(rules)}">{"".join(rules)}</dataValidations>' if rules else ""
    )


def _sheet_xml(
    sheet: XlsxSheet, cell: Callable[[str, XlsxCell, int], str], *, selected: bool
) -> Iterator[str]:
    _check_size(sheet)
    letters = [column_letter(n) for n in range(1, max(len(sheet.header), 1) + 1)]
    tab = ' tabSelected="1"' if selected else ""
    yield (
        f'{XML_DECLARATION}<worksheet xmlns="{MAIN_NAMESPACE}">'
        f'<dimension ref="A1:{letters[-1]}{len(sheet.rows) + 1}"/><sheetViews>'
        f'<sheetView{tab} workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
        'activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" '
        f'sqref="A2"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
        f"{_columns_xml(sheet)}<sheetData>"
    )
    header = "".join(
        cell(f"{letters[n]}1", name, HEADER_STYLE) for n, name in enumerate(sheet.header)
    )
    yield f'<row r="1">{header}</row>'
    for number, row in enumerate(sheet.rows, 2):
        cells = "".join(cell(f"{letters[n]}{number}", value, 0) for n, value in row)
        yield f'<row r="{number}">{cells}</row>'
    yield (
        f"</sheetData>{_validations_xml(sheet, letters)}"
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
        'footer="0.3"/></worksheet>'
    )


def _write_part(archive: zipfile.ZipFile, name: str, chunks: Iterator[str]) -> None:
    with archive.open(name, "w") as part:
        batch: list[str] = []
        for chunk in chunks:
            batch.append(chunk)
            if len(batch) >= 1000:
                part.write("".join(batch).encode())
                batch.clear()
        part.write("".join(batch).encode())


def write_xlsx(
    target: str | os.PathLike[str] | IO[bytes], sheets: Sequence[XlsxSheet], *, active: int = 0
) -> None:
    """Write the sheets as an ``.xlsx`` workbook.

    Args:
        target: The file to write (replaced if it exists), or a binary stream.
        sheets: The sheets, in order.
        active: The index of the sheet shown when the workbook is opened.

    Raises:
        CommitmentsError: A cell, a row count or a column count is beyond what a
            spreadsheet holds.
    """
    shared, styles = _SharedStrings(), Styles()
    cell = _cell_writer(shared, styles)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", content_types(len(sheets)))
        archive.writestr("_rels/.rels", package_relationships())
        archive.writestr("xl/workbook.xml", workbook([s.name for s in sheets], active=active))
        archive.writestr("xl/_rels/workbook.xml.rels", workbook_relationships(len(sheets)))
        for number, sheet in enumerate(sheets, 1):
            chunks = _sheet_xml(sheet, cell, selected=number - 1 == active)
            _write_part(archive, f"xl/worksheets/sheet{number}.xml", chunks)
        _write_part(archive, "xl/sharedStrings.xml", shared.xml())
        archive.writestr("xl/styles.xml", styles.xml())
