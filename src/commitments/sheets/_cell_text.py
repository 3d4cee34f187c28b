r"""Cells that hold text: the ``json:`` escape, and lists joined by ``;``.

A cell holds most values as themselves: a string as text, a number as a
number, a date as a date. What a cell cannot say so — an empty string, a list
that is empty or whose items hold ``;``, an ``x-`` value that is ``null``, a list
or an object — it holds as ``json:`` followed by the value's JSON text; any cell
may be written that way (``json:[]``, ``json:{"a": 1}``, ``json:""``). A string
that itself begins with ``json:`` is written as a JSON string, so that nothing is
ever read as something else.

In a workbook, so is a string that holds a character a workbook cannot (the
control characters but tab and line feed: XML cannot hold them, and a carriage
return would come back a line feed) or that Excel would read as one
(``_x0041_``, Excel's escape of ``A``); the JSON text then spells those with
``\u`` escapes. In a CSV file, which holds only text, every ``x-`` value that is
not a string is written as JSON too (``json:95.0``, ``json:true``), and so is a
string that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return: a
spreadsheet program opening the file would take it for a formula.
"""

import re
from collections.abc import Sequence
from typing import Any

from commitments.convert._json_text import write_json
from commitments.reading.document import read_document

__all__ = [
    "JSON_PREFIX",
    "CellError",
    "json_cell",
    "list_cell",
    "read_json_cell",
    "split_list",
    "string_cell",
]

#: What begins a cell that holds a JSON value.
JSON_PREFIX = "json:"
_SEPARATOR = ";"
# What a spreadsheet program reads as the start of a formula in a CSV file.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# What a workbook cannot hold as it is: characters XML cannot, a carriage return, Excel's escapes.
# (openpyxl drops every "x005F_" of a shared string, the second half of Excel's escape of "_").
_NOT_IN_A_WORKBOOK = re.compile(
    r"[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]|_x[0-9A-Fa-f]{4}_|x005F_"
)
# The same in JSON text, where only strings can hold them (control characters are escaped).
_ESCAPE_IN_JSON = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|x(?=005F_)|[\ufffe\uffff]")


class CellError(ValueError):
    """A cell that cannot be read as the value its column needs; the message says why."""


def _escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match[0]):04x}"


def json_cell(value: Any) -> str:
    r"""Write any JSON value as a ``json:`` cell.

    >>> from decimal import Decimal
    >>> json_cell([]), json_cell({"a": Decimal("95.0")}), json_cell(None)
    ('json:[]', 'json:{"a":95.0}', 'json:null')
    >>> print(json_cell("_x0041_\r"))
    json:"\u005fx0041_\r"
    """
    return JSON_PREFIX + _ESCAPE_IN_JSON.sub(_escaped, write_json(value, indent=None))


def string_cell(text: str, *, csv: bool = False) -> str:
    r"""Write a string as the text of a cell: itself, unless it would be read otherwise.

    >>> string_cell("城镇新增就业"), string_cell(""), string_cell("json:x")
    ('城镇新增就业', 'json:""', 'json:"json:x"')
    >>> string_cell("=1+1"), string_cell("=1+1", csv=True)
    ('=1+1', 'json:"=1+1"')
    >>> string_cell("a\x01"), string_cell("a\x01", csv=True)
    ('json:"a\\u0001"', 'a\x01')
    """
    if not text or text.startswith(JSON_PREFIX):
        return json_cell(text)
    if csv:
        return json_cell(text) if text.startswith(_FORMULA_STARTS) else text
    if (text.isprintable() and "x" not in text) or not _NOT_IN_A_WORKBOOK.search(text):
        return text  # (the first test, in C, spares most texts the search)
    return json_cell(text)


def _plain_item(item: str) -> bool:
    return bool(item) and item == item.strip() and _SEPARATOR not in item


def list_cell(items: Sequence[str], *, csv: bool = False) -> str:
    """Write a list of strings as one cell: joined by ``"; "``, or as JSON if that would misread.

    >>> list_cell(["jl-hrss", "jl-finance"]), list_cell([]), list_cell(["a;b"])
    ('jl-hrss; jl-finance', 'json:[]', 'json:["a;b"]')
    """
    joined = "; ".join(items)
    if (
        items
        and all(_plain_item(item) for item in items)
        and string_cell(joined, csv=csv) == joined
    ):
        return joined
    return json_cell(list(items))


def split_list(text: str) -> list[str]:
    """Read a list cell written as items joined by ``;`` (blanks around items ignored).

    >>> split_list("jl-hrss; jl-finance;"), split_list(" qa ")
    (['jl-hrss', 'jl-finance'], ['qa'])
    """
    return [item for item in (part.strip() for part in text.split(_SEPARATOR)) if item]


def read_json_cell(text: str) -> Any:
    """Read the JSON value of a ``json:`` cell (numbers exact), or raise :class:`CellError`.

    >>> read_json_cell('json:{"x": 95.0}'), read_json_cell("json:[]")
    ({'x': Decimal('95.0')}, [])
    >>> try:
    ...     read_json_cell("json:[1,")
    ... except CellError as error:
    ...     print(str(error).split(": ")[1])
    is not JSON
    """
    reading = read_document(text[len(JSON_PREFIX) :])
    errors = [finding for finding in reading.findings if finding.is_error]
    if errors or not reading.readable:
        problem = errors[0].message if errors else "it cannot be read"
        raise CellError(f"the text after {JSON_PREFIX} is not JSON: {problem}")
    return reading.value
