"""Read one cell as the value its column needs, exactly, saying when that took interpretation.

A cell comes from the file as it is there: text (``str``; all a CSV file has),
``TRUE``/``FALSE`` (``bool``), a number (``int`` or ``float``, or
:class:`Formatted` with its number format), a date or time
(:class:`Formatted`) or an error value such as ``#N/A`` (:class:`ErrorValue`).
:func:`read_cell` returns the JSON value it becomes in the plan document, or a
:class:`~commitments.sheets._numbers.Figure` when the reading is worth a
warning, or raises :class:`~commitments.sheets._cell_text.CellError`.
"""

import datetime
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from attrs import frozen

from commitments.sheets._cell_text import JSON_PREFIX, CellError, read_json_cell, split_list
from commitments.sheets._numbers import Figure, json_number, number_of_cell, number_of_text
from commitments.sheets.layout import Kind

__all__ = ["ErrorValue", "Formatted", "Raw", "read_cell"]


@frozen(slots=True)
class Formatted:
    """A number or a date of a cell whose number format matters (not ``General``)."""

    value: int | float | datetime.date | datetime.time | datetime.timedelta
    number_format: str


@frozen(slots=True)
class ErrorValue:
    """A cell holding an error value, such as ``#N/A`` or ``#VALUE!``."""

    text: str


#: A cell that is not blank, as the file holds it.
Raw = str | bool | int | float | Formatted | ErrorValue

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Dates written year first in other ways: 2022/9/30, 2022.9.30, 2022年9月30日.
_YEAR_FIRST = re.compile(r"([0-9]{4})[/.年]([0-9]{1,2})[/.月]([0-9]{1,2})日?")
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^]]*\]')
_TIME_CODES = re.compile(r"[hHsS]|AM/PM|A/P", re.IGNORECASE)


def _quoted(raw: object) -> str:
    text = str(raw)
    return repr(text if len(text) <= 40 else text[:39] + "…")


def _date_cell(value: Formatted) -> str | Figure:
    """A date (or date-time) cell as a date ``YYYY-MM-DD``."""
    moment = value.value
    if isinstance(moment, datetime.datetime):
        day = moment.date().isoformat()
        if moment.time() != datetime.time():
            raise CellError(
                f"a date-time cell ({moment:%Y-%m-%d %H:%M}) where a date is expected: "
                "a date has no time of day"
            )
        if _TIME_CODES.search(_FORMAT_LITERALS.sub("", value.number_format)):
            return Figure(
                day, f"a date-time cell ({moment:%Y-%m-%d %H:%M}): read as the date {day}"
            )
        return day
    if isinstance(moment, datetime.date):
        return moment.isoformat()
    raise CellError(f"a time cell ({moment}) where a date is expected")


def _is_moment(value: Formatted) -> bool:
    return not isinstance(value.value, int | float)


def _number(raw: Raw) -> int | Decimal | Figure:
    """A number cell, a number typed as text, or a figure."""
    if isinstance(raw, str):
        return number_of_text(raw)
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        value, note = number_of_cell(raw, "General")
    elif isinstance(raw, Formatted) and isinstance(raw.value, int | float):
        value, note = number_of_cell(raw.value, raw.number_format)
    else:
        raise CellError(f"{_describe(raw)} where a number is expected")
    return value if note is None else Figure(value, note)


def _integer(raw: Raw) -> int | Decimal | Figure:
    if isinstance(raw, str):
        value = json_number(raw.strip())
        if value is None:
            raise CellError(f"cannot read {_quoted(raw)} as a whole number")
        return value
    return _number(raw)


def _describe(raw: Raw) -> str:
    if isinstance(raw, bool):
        return f"a {'TRUE' if raw else 'FALSE'} cell"
    if isinstance(raw, ErrorValue):
        return f"an error cell ({raw.text})"
    if isinstance(raw, Formatted) and _is_moment(raw):
        return f"a date or time cell ({raw.value})"
    return f"a number cell ({raw})" if not isinstance(raw, str) else f"the text {_quoted(raw)}"


def _text(raw: Raw) -> str | Figure:
    """Text as it is; a number cell or a date cell as the text it shows, with a note."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, Formatted) and _is_moment(raw):
        day = _date_cell(raw)
        text = day.value if isinstance(day, Figure) else day
        return Figure(text, f"a date cell read as the text {text!r}")
    if isinstance(raw, bool | ErrorValue):
        raise CellError(f"{_describe(raw)} where text is expected")
    number = _number(raw)
    text = str(number.value if isinstance(number, Figure) else number)
    return Figure(text, f"a number cell read as the text {text!r}")


def _date(raw: Raw) -> str | Figure:
    if isinstance(raw, Formatted) and _is_moment(raw):
        return _date_cell(raw)
    if not isinstance(raw, str):
        raise CellError(f"{_describe(raw)} where a date is expected (a date cell or YYYY-MM-DD)")
    text = raw.strip()
    if _ISO_DATE.fullmatch(text):
        return text
    other = _YEAR_FIRST.fullmatch(text)
    if other is not None:
        try:
            day = datetime.date(int(other[1]), int(other[2]), int(other[3])).isoformat()
        except ValueError:
            raise CellError(f"{_quoted(raw)} is not a date of the calendar") from None
        return Figure(day, f"read {_quoted(raw)} as the date {day}")
    raise CellError(f"cannot read {_quoted(raw)} as a date: write YYYY-MM-DD, or use a date cell")


def _boolean(raw: Raw) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in ("true", "false"):
        return raw.strip().lower() == "true"
    raise CellError(f"{_describe(raw)} where TRUE or FALSE is expected")


def _list(raw: Raw) -> list[str] | Figure:
    text = _text(raw)
    if isinstance(text, Figure):
        return Figure([text.value], text.note)
    return split_list(text)


def _extension(raw: Raw) -> Any:
    """An ``x-`` value: text as a string, TRUE/FALSE, a number, a date cell as its text."""
    if isinstance(raw, str | bool):
        return raw
    if isinstance(raw, Formatted) and _is_moment(raw):
        return _text(raw)
    return _number(raw)


def _empty_list(raw: Raw) -> Any:
    raise CellError(
        f"{_describe(raw)}: this column only says that the list is empty ({JSON_PREFIX}[]); "
        "its items have a sheet of their own"
    )


_READERS: dict[Kind, Callable[[Raw], Any]] = {
    Kind.STRING: _text,
    Kind.CHOICE: _text,
    Kind.TEXT: _text,
    Kind.LANGUAGE: _text,
    Kind.KEY: _text,
    Kind.INTEGER: _integer,
    Kind.NUMBER: _number,
    Kind.DATE: _date,
    Kind.BOOLEAN: _boolean,
    Kind.LIST: _list,
    Kind.EXTENSION: _extension,
    Kind.EMPTY_LIST: _empty_list,
}


def read_cell(kind: Kind, raw: Raw) -> Any:
    """Read a cell that is not blank as the JSON value a column of ``kind`` needs.

    >>> read_cell(Kind.NUMBER, "23万人")
    Figure(value=230000, note="read '23万人' as 230000 person", unit='person')
    >>> read_cell(Kind.LIST, "a; b"), read_cell(Kind.EXTENSION, "json:null")
    (['a', 'b'], None)

    Returns:
        The value, or a :class:`~commitments.sheets._numbers.Figure` holding it
        with a note to report.

    Raises:
        CellError: The cell cannot be read as such a value.
    """
    if isinstance(raw, str) and raw.startswith(JSON_PREFIX):
        return read_json_cell(raw)
    if isinstance(raw, ErrorValue):
        raise CellError(f"{_describe(raw)}: the cell holds no value")
    return _READERS[kind](raw)
