"""How each value of a table is written in a cell of an ``.xlsx`` sheet or of a CSV file.

Both forms write what reads back as the same JSON value (see
:mod:`commitments.sheets._read_cells`). In a workbook a number is a number cell
when one holds it exactly (:func:`~commitments.sheets._numbers.cell_number`), a
date is a date cell (from 1 March 1900 on: spreadsheets count days from 1900 and
get its first two months wrong), ``true`` and ``false`` are ``TRUE`` and ``FALSE``;
anything a cell cannot hold as itself is text, in the column's spelling or
after ``json:`` (:mod:`commitments.sheets._cell_text`). A CSV file holds text only.
"""

import datetime
from decimal import Decimal
from typing import Any, NamedTuple

from commitments.sheets._cell_text import json_cell, list_cell, string_cell
from commitments.sheets._flatten import MISSING
from commitments.sheets._numbers import cell_number
from commitments.sheets.layout import Kind

__all__ = ["FIRST_DATE_CELL", "Number", "XlsxCell", "csv_cell", "xlsx_cell"]

#: The first day a date cell holds the same in every spreadsheet program.
FIRST_DATE_CELL = datetime.date(1900, 3, 1)


class Number(NamedTuple):
    """A number cell: the number's text (a float's shortest spelling) and the places it shows."""

    text: str
    places: int


#: A cell of an ``.xlsx`` sheet: blank, text, TRUE/FALSE, a number, or a date.
XlsxCell = None | str | bool | Number | datetime.date

_TEXTS = frozenset({Kind.STRING, Kind.CHOICE, Kind.TEXT, Kind.LANGUAGE, Kind.KEY})


def _is_number(value: Any) -> bool:
    return isinstance(value, int | Decimal) and not isinstance(value, bool)


def _xlsx_number(value: int | Decimal, *, fallback: str) -> XlsxCell:
    held = cell_number(value)
    return Number(*held) if held is not None else fallback


def _date_cell(text: str) -> XlsxCell:
    try:
        day = datetime.date.fromisoformat(text)
    except ValueError:
        return string_cell(text)
    return day if day >= FIRST_DATE_CELL and len(text) == 10 else text


def xlsx_cell(kind: Kind, value: Any) -> XlsxCell:
    """Write one value of a column of ``kind`` as an ``.xlsx`` cell.

    >>> from decimal import Decimal
    >>> xlsx_cell(Kind.NUMBER, Decimal("95.0")), xlsx_cell(Kind.NUMBER, Decimal("2.5E+6"))
    (Number(text='95.0', places=1), '2.5E+6')
    >>> xlsx_cell(Kind.EXTENSION, Decimal("2.5E+6")), xlsx_cell(Kind.DATE, "2021-12-31")
    ('json:2.5E+6', datetime.date(2021, 12, 31))
    """
    if value is MISSING:
        return None
    if kind in _TEXTS and isinstance(value, str):
        return string_cell(value)
    if kind is Kind.LIST and isinstance(value, list):
        return list_cell(value)
    if kind in (Kind.NUMBER, Kind.INTEGER) and _is_number(value):
        return _xlsx_number(value, fallback=str(value))
    if kind is Kind.DATE and isinstance(value, str):
        return _date_cell(value)
    if kind is Kind.EXTENSION:
        if isinstance(value, str):
            return string_cell(value)
        if _is_number(value):
            return _xlsx_number(value, fallback=json_cell(value))
    if isinstance(value, bool) and kind in (Kind.BOOLEAN, Kind.EXTENSION):
        return value
    return json_cell(value)


def csv_cell(kind: Kind, value: Any) -> str:
    """Write one value of a column of ``kind`` as the text of a CSV cell (``""`` is blank).

    >>> from decimal import Decimal
    >>> csv_cell(Kind.NUMBER, Decimal("95.0")), csv_cell(Kind.EXTENSION, Decimal("95.0"))
    ('95.0', 'json:95.0')
    >>> csv_cell(Kind.EXTENSION, True), csv_cell(Kind.LIST, ["a", "b"]), csv_cell(Kind.EXTENSION, None)
    ('json:true', 'a; b', 'json:null')
    """
    if value is MISSING:
        return ""
    if kind in _TEXTS and isinstance(value, str):
        return string_cell(value, csv=True)
    if kind is Kind.LIST and isinstance(value, list):
        return list_cell(value, csv=True)
    if kind in (Kind.NUMBER, Kind.INTEGER) and _is_number(value):
        return str(value)
    if kind is Kind.DATE and isinstance(value, str):
        return string_cell(value, csv=True)
    if kind is Kind.EXTENSION and isinstance(value, str):
        return string_cell(value, csv=True)
    if kind is Kind.BOOLEAN and isinstance(value, bool):
        return "true" if value else "false"
    return json_cell(value)
