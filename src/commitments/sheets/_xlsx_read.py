"""Open an ``.xlsx`` workbook with openpyxl (read-only, streaming) and hand out its rows.

Before openpyxl sees the file, its first bytes say what it is: a zip package
(an ``.xlsx`` workbook, or an OpenDocument ``.ods``), an OLE compound file (a
password-protected workbook, or an old ``.xls`` one), text (a CSV file by
another name) or something else; each that is not a readable workbook gets a
finding that says what it is and what to do. The sizes the zip declares are
checked too, so that a small file that unpacks to gigabytes is refused at once.

The rows of each sheet are read lazily, cell values as the file holds them
(:mod:`commitments.sheets._read_cells`): text as openpyxl reads it, numbers
and dates with their number formats, formulas as their last computed values,
error values as such. Merged cells, which a streaming read does not
report, are found in the sheet's XML.
"""

import codecs
import contextlib
import datetime
import re
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree

from commitments.model.extras import require
from commitments.sheets._read_cells import ErrorValue, Formatted, Raw
from commitments.sheets._sources import CellRange, Rows, SheetSource, Unreadable
from commitments.sheets._xlsx_fast import fast_rows

__all__ = ["MAX_UNPACKED_BYTES", "open_xlsx"]

#: The most bytes the parts of a workbook may unpack to.
MAX_UNPACKED_BYTES = 1 << 30
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+)([0-9]+)(?::([A-Z]+)([0-9]+))?"')
_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _raw(cell: Any) -> Raw | None:
    value = cell.value
    if value is None:
        return None
    kind = type(value)
    if kind is str:
        if cell.data_type == "e":
            return ErrorValue(value)
        return value  # type: ignore[no-any-return]
    if kind is bool:
        return value  # type: ignore[no-any-return]
    if kind is int or kind is float:
        number_format = cell.number_format
        return value if number_format == "General" else Formatted(value, number_format)
    if isinstance(value, datetime.date | datetime.time | datetime.timedelta):
        return Formatted(value, cell.number_format)
    return str(value)


def _what_it_is(head: bytes, data: IO[bytes]) -> str | None:
    """Say what a file that is not a zip package is; ``None`` for a zip package."""
    if head.startswith(b"PK"):
        return None
    if head.startswith(_OLE_MAGIC):
        if _ENCRYPTED_MARK in data.read():
            return (
                "is a password-protected (encrypted) workbook: open it, remove the password "
                "(File > Info > Protect Workbook > Encrypt with Password) and save it as .xlsx"
            )
        return "is an old Excel 97-2003 workbook (.xls) or another OLE file: save it as .xlsx"
    if not head:
        return "is empty"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head + data.read(4096))
    except UnicodeDecodeError:
        return "is not an .xlsx workbook"
    if b"\x00" in head:
        return "is not an .xlsx workbook"
    return "is text, not an .xlsx workbook (a CSV file? give it a .csv name)"


def _package_problem(archive: zipfile.ZipFile) -> str | None:
    names = set(archive.namelist())
    if "mimetype" in names and "content.xml" in names:
        return "is an OpenDocument spreadsheet (.ods): save it as .xlsx"
    if "[Content_Types].xml" not in names:
        return "is a zip file but not an .xlsx workbook"
    unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_UNPACKED_BYTES:
        return f"unpacks to {unpacked:,} bytes, more than an import reads ({MAX_UNPACKED_BYTES:,})"
    return None


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each sheet's name and the zip member of its XML (for the merged cells)."""
    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        links = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return {}
    targets = {
        link.get("Id"): link.get("Target", "")
        for link in links
        if _local(link.tag) == "Relationship"
    }
    parts = {}
    for sheet in book.iter():
        target = targets.get(sheet.get(_RELATIONSHIP_ID)) if _local(sheet.tag) == "sheet" else None
        if target:
            parts[sheet.get("name", "")] = (
                target.lstrip("/") if target.startswith("/") else "xl/" + target
            )
    return parts


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _merged(archive: zipfile.ZipFile, part: str | None) -> tuple[CellRange, ...]:
    if part is None:
        return ()
    try:
        data = archive.read(part)
    except KeyError:
        return ()
    tail = data[data.rfind(b"sheetData>") :]
    return tuple(
        CellRange(
            int(first_row),
            _column_number(first),
            int(last_row or first_row),
            _column_number(last or first),
        )
        for first, first_row, last, last_row in _MERGE.findall(tail)
    )


def _rows(sheet: Any) -> Rows:
    def rows() -> Iterator[tuple[Raw | None, ...]]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl's remarks on parts it drops
            for row in sheet.iter_rows():
                yield tuple(map(_raw, row))

    return rows


def _no_rows() -> Iterator[tuple[Raw | None, ...]]:
    return iter(())


def _check_package(data: IO[bytes]) -> tuple[dict[str, str], dict[str, tuple[CellRange, ...]]]:
    """Say what a file is unless it is a workbook; return its sheets' parts and merged cells."""
    what = _what_it_is(data.read(8), data)
    if what is not None:
        raise Unreadable(what)
    data.seek(0)
    try:
        with zipfile.ZipFile(data) as archive:
            problem = _package_problem(archive)
            parts = _sheet_parts(archive) if problem is None else {}
            merges = {name: _merged(archive, part) for name, part in parts.items()}
    except (zipfile.BadZipFile, EOFError, OSError) as error:
        raise Unreadable(f"is a damaged zip file, not a readable workbook ({error})") from None
    if problem is not None:
        raise Unreadable(problem)
    data.seek(0)
    return parts, merges


def _plain(data: IO[bytes], parts: dict[str, str], openpyxl: Any) -> dict[str, Any] | None:
    with zipfile.ZipFile(data) as archive:
        read = fast_rows(archive, parts, openpyxl)
    data.seek(0)
    return read


@contextlib.contextmanager
def open_xlsx(path: Path) -> Iterator[list[SheetSource]]:
    """Open a workbook: its sheets, in order, each ready to be read row by row while open.

    Args:
        path: The file.

    Yields:
        The sheets.

    Raises:
        Unreadable: The file is no workbook that can be read; the message says why.
        OSError: The file cannot be opened.
        commitments.MissingExtra: openpyxl is not installed.
    """
    openpyxl = require("openpyxl", "sheets")
    with path.open("rb") as data:
        parts, merges = _check_package(data)
        plain = _plain(data, parts, openpyxl)
        if plain is not None:
            yield [
                SheetSource(
                    name=name,
                    file=str(path),
                    rows=rows,
                    merged=merges.get(name, ()),
                    declared_rows=declared_rows,
                    declared_columns=declared_columns,
                )
                for name, (rows, declared_rows, declared_columns) in plain.items()
            ]
            return
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                book = openpyxl.load_workbook(data, read_only=True, data_only=True)
        except Exception as error:  # noqa: BLE001 - a damaged package raises anything: say so
            raise Unreadable(
                f"cannot be read as a workbook: {error or type(error).__name__}"
            ) from None
        try:
            yield [
                SheetSource(
                    name=name,
                    file=str(path),
                    rows=_rows(sheet) if hasattr(sheet, "iter_rows") else _no_rows,
                    merged=merges.get(name, ()),
                    declared_rows=getattr(sheet, "max_row", None),
                    declared_columns=getattr(sheet, "max_column", None),
                )
                for name, sheet in ((name, book[name]) for name in book.sheetnames)
            ]
        finally:
            book.close()
