"""Read the sheets of a plain workbook fast, or say that openpyxl must read it.

openpyxl reads any ``.xlsx`` file, at some cost per cell: for a plan of 10,000
commitments, several times what loading it from JSON takes. Most workbooks an
import sees were written by :mod:`commitments.sheets._xlsx_write` and are
plain: shared strings without formatting runs, cells of one of a few forms,
styles that name their number formats. This module reads exactly such a
workbook — with openpyxl's own rules for date formats and date serials — and
gives up (returns ``None``) at the first thing that is not exactly so: a rich
or inline string, a formula, an attribute it does not know, an entity, the 1904
date system. A workbook a spreadsheet program saved goes to openpyxl.
"""

import functools
import re
import zipfile
from collections.abc import Iterator
from typing import Any
from xml.etree import ElementTree

from commitments.sheets._read_cells import ErrorValue, Formatted, Raw
from commitments.sheets._sources import Rows

__all__ = ["MAX_FAST_PART", "fast_rows"]

#: The largest sheet part read at once (a larger one is streamed by openpyxl).
MAX_FAST_PART = 256 << 20

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_STRING = re.compile(r'<si><t(?: xml:space="preserve")?>([^<]*)</t></si>')
# The parts of plain sheet data: row tags, and cells of the forms the writer writes.
_TOKEN = re.compile(
    r'(<row r="[0-9]+">|</row>'
    r'|<c r="([A-Z]{1,3})([0-9]+)"(?: s="([0-9]+)")?(?: t="([sbne])")?>(?:<v>([^<]*)</v>)?</c>)'
)
_ENTITY = re.compile(r"&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_SHEET_DATA = re.compile(rb"<sheetData>(.*)</sheetData>|<sheetData/>", re.DOTALL)
_DIMENSION = re.compile(rb'<dimension ref="[A-Z]+[0-9]+(?::([A-Z]+)([0-9]+))?"')


_UNREAD: Any = object()


class _NotPlain(Exception):
    """The workbook is not plain: openpyxl reads it."""


def _entity(match: re.Match[str]) -> str:
    name = match[1]
    if name in _NAMED:
        return _NAMED[name]
    return chr(int(name[2:], 16) if name[1] in "xX" else int(name[1:]))


def _text(xml: str) -> str:
    """XML text as a parser gives it: line ends made line feeds, entities replaced."""
    if "\r" in xml:
        xml = xml.replace("\r\n", "\n").replace("\r", "\n")
    if "&" not in xml:
        return xml
    if xml.count("&") != len(_ENTITY.findall(xml)):
        raise _NotPlain
    return _ENTITY.sub(_entity, xml)


def _whole(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of ``pattern``, which must cover ``text`` end to end."""
    end = 0
    for match in pattern.finditer(text):
        if match.start() != end:
            raise _NotPlain
        end = match.end()
        yield match
    if end != len(text):
        raise _NotPlain


def _strings(archive: zipfile.ZipFile) -> list[str]:
    try:
        xml = archive.read("xl/sharedStrings.xml").decode("utf-8")
    except KeyError:
        return []
    start, end = xml.find(">", xml.find("<sst")) + 1, xml.rfind("</sst>")
    if start <= 0 or end < start:
        raise _NotPlain
    return [_text(match[1]) for match in _whole(_STRING, xml[start:end])]


def _formats(archive: zipfile.ZipFile) -> list[str]:
    """The number format of each cell style, by index."""
    styles = ElementTree.fromstring(archive.read("xl/styles.xml"))
    codes = {"0": "General"}
    for number in styles.iter(f"{_MAIN}numFmt"):
        codes[number.get("numFmtId", "")] = number.get("formatCode", "")
    cells = styles.find(f"{_MAIN}cellXfs")
    if cells is None:
        raise _NotPlain
    try:
        return [codes[xf.get("numFmtId", "0")] for xf in cells.iter(f"{_MAIN}xf")]
    except KeyError:  # a built-in format other than General
        raise _NotPlain from None


class _Book:
    """What the cells of a plain workbook need: its strings, its formats, openpyxl's date rules."""

    def __init__(self, archive: zipfile.ZipFile, openpyxl: Any) -> None:
        book = archive.read("xl/workbook.xml")
        if b"date1904" in book:
            raise _NotPlain
        self.strings = _strings(archive)
        self.formats = _formats(archive)
        is_date = openpyxl.styles.numbers.is_date_format
        self.dates = {index for index, fmt in enumerate(self.formats) if is_date(fmt)}
        self.from_excel = openpyxl.utils.datetime.from_excel
        self.columns: dict[str, int] = {}

    def cell(self, style: str, kind: str, value: str) -> Raw | None:
        if not value:
            return None
        if kind == "s":
            return self.strings[int(value)]
        if kind == "b":
            return value == "1"
        if kind == "e":
            return ErrorValue(value)
        number: int | float = (
            float(value) if "." in value or "e" in value or "E" in value else int(value)
        )
        index = int(style) if style else 0
        if index in self.dates:
            return Formatted(self.from_excel(number), self.formats[index])
        fmt = self.formats[index]
        return number if fmt == "General" else Formatted(number, fmt)

    def rows(self, xml: str) -> list[tuple[Raw | None, ...]]:
        tokens = _TOKEN.findall(xml)
        if sum(len(token[0]) for token in tokens) != len(xml):
            raise _NotPlain  # something that is no row tag and no plain cell
        found: list[tuple[int, list[Raw | None]]] = []
        cells: list[Raw | None] = []
        last = ""
        strings, columns = self.strings, self.columns
        read: dict[tuple[str, str, str], Raw | None] = {}  # a cell's value, by what it says
        for _, letters, number, style, kind, value in tokens:
            if not letters:
                continue  # a row tag: the cells say their rows
            if number != last:
                last, cells = number, []
                found.append((int(number), cells))
            column = columns.get(letters) or self.column(letters)
            if column != len(cells) + 1:
                if column <= len(cells):
                    raise _NotPlain
                cells.extend([None] * (column - 1 - len(cells)))
            # Shared strings, the most cells, read here; the others by cell(), once each.
            if kind == "s":
                cells.append(strings[int(value)])
            else:
                key = (style, kind, value)
                raw = read.get(key, _UNREAD)
                if raw is _UNREAD:
                    raw = read[key] = self.cell(style, kind, value)
                cells.append(raw)
        rows: list[tuple[Raw | None, ...]] = []
        for number, row in found:
            if number <= len(rows):
                raise _NotPlain
            rows.extend([()] * (number - 1 - len(rows)))
            rows.append(tuple(row))
        return rows

    def column(self, letters: str) -> int:
        """The number of a column (``A`` is 1), remembered."""
        number = 0
        for letter in letters:
            number = number * 26 + ord(letter) - 64
        self.columns[letters] = number
        return number


def fast_rows(
    archive: zipfile.ZipFile, parts: dict[str, str], openpyxl: Any
) -> dict[str, tuple[Rows, int | None, int | None]] | None:
    """Read every sheet of a plain workbook; ``None`` when openpyxl must read it.

    Args:
        archive: The workbook's package.
        parts: Each sheet's name and the package member of its XML, in order.
        openpyxl: The openpyxl module (for its date formats and serials).

    Returns:
        Each sheet's rows, and the rows and columns it says it has (if it says), by
        name; or ``None``.
    """
    try:
        book = _Book(archive, openpyxl)
        read: dict[str, tuple[Rows, int | None, int | None]] = {}
        for name, part in parts.items():
            if archive.getinfo(part).file_size > MAX_FAST_PART:
                return None
            xml = archive.read(part)
            data = _SHEET_DATA.search(xml)
            if data is None:
                return None
            size = _DIMENSION.search(xml, 0, data.start())
            rows, columns = None, None
            if size is not None and size[1] is not None:
                rows, columns = int(size[2]), book.column(size[1].decode())
            cells = book.rows(data[1].decode("utf-8") if data[1] is not None else "")
            read[name] = (functools.partial(iter, cells), rows, columns)
    except (_NotPlain, KeyError, ValueError, IndexError, ElementTree.ParseError):
        return None
    return read
