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
from collections.abc import Callable
from decimal import Decimal
from typing import Any, NamedTuple

from commitments.sheets._cell_text import json_cell, list_cell, string_cell
from commitments.sheets._numbers import cell_number
from commitments.sheets.layout import Kind

__all__ = ["FIRST_DATE_CELL", "Number", "XlsxCell", "csv_encoder", "xlsx_encoder"]

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


def _date_cell(text: str) -> XlsxCell:
    try:
        day = datetime.date.fromisoformat(text)
    except ValueError:
        return string_cell(text)
    return day if day >= FIRST_DATE_CELL and len(text) == 10 else text


def _xlsx_text(value: Any) -> XlsxCell:
    return string_cell(value) if type(value) is str else json_cell(value)


def _xlsx_list(value: Any) -> XlsxCell:
    return list_cell(value) if isinstance(value, list) else json_cell(value)


def _xlsx_number(value: Any) -> XlsxCell:
    if not _is_number(value):
        return json_cell(value)
    held = cell_number(value)
    return Number(*held) if held is not None else str(value)


def _xlsx_date(value: Any) -> XlsxCell:
    return _date_cell(value) if type(value) is str else json_cell(value)


def _xlsx_extension(value: Any) -> XlsxCell:
    if type(value) is str:
        return string_cell(value)
    if isinstance(value, bool):
        return value
    if _is_number(value):
        held = cell_number(value)
        return Number(*held) if held is not None else json_cell(value)
    return json_cell(value)


def _xlsx_boolean(value: Any) -> XlsxCell:
    return value if isinstance(value, bool) else json_cell(value)


_XLSX: dict[Kind, Callable[[Any], XlsxCell]] = {
    **dict.fromkeys(_TEXTS, _xlsx_text),
    Kind.LIST: _xlsx_list,
    Kind.NUMBER: _xlsx_number,
    Kind.INTEGER: _xlsx_number,
    Kind.DATE: _xlsx_date,
    Kind.BOOLEAN: _xlsx_boolean,
    Kind.EXTENSION: _xlsx_extension,
    Kind.EMPTY_LIST: json_cell,
}


def xlsx_encoder(kind: Kind) -> Callable[[Any], XlsxCell]:
    """How to write each value of a column of ``kind`` as an ``.xlsx`` cell.

    >>> from decimal import Decimal
    >>> number = xlsx_encoder(Kind.NUMBER)
    >>> number(Decimal("95.0")), number(Decimal("2.5E+6"))
    (Number(text='95.0', places=1), '2.5E+6')
    >>> xlsx_encoder(Kind.EXTENSION)(Decimal("2.5E+6")), xlsx_encoder(Kind.DATE)("2021-12-31")
    ('json:2.5E+6', datetime.date(2021, 12, 31))
    """
    return _XLSX[kind]


def _csv_text(value: Any) -> str:
    return string_cell(value, csv=True) if type(value) is str else json_cell(value)


def _csv_list(value: Any) -> str:
    return list_cell(value, csv=True) if isinstance(value, list) else json_cell(value)


def _csv_number(value: Any) -> str:
    return str(value) if _is_number(value) else json_cell(value)


def _csv_boolean(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return json_cell(value)


_CSV: dict[Kind, Callable[[Any], str]] = {
    **dict.fromkeys(_TEXTS, _csv_text),
    Kind.LIST: _csv_list,
    Kind.NUMBER: _csv_number,
    Kind.INTEGER: _csv_number,
    Kind.DATE: _csv_text,
    Kind.BOOLEAN: _csv_boolean,
    Kind.EXTENSION: _csv_text,
    Kind.EMPTY_LIST: json_cell,
}


def csv_encoder(kind: Kind) -> Callable[[Any], str]:
    """How to write each value of a column of ``kind`` as the text of a CSV cell.

    >>> from decimal import Decimal
    >>> csv_encoder(Kind.NUMBER)(Decimal("95.0")), csv_encoder(Kind.EXTENSION)(Decimal("95.0"))
    ('95.0', 'json:95.0')
    >>> csv_encoder(Kind.EXTENSION)(True), csv_encoder(Kind.LIST)(["a", "b"])
    ('json:true', 'a; b')
    """
    return _CSV[kind]
