"""A table as CSV text: a header, then one line per row, exact numbers written out.

Cells follow the table's Table Schema descriptor: empty for a missing value,
``true`` / ``false``, dates ``YYYY-MM-DD``, numbers as the shortest decimal that says
them (12 significant digits where a fraction does not terminate).

Safe to open in a spreadsheet: a text cell that a spreadsheet program would run as
a formula (one starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return,
the OWASP rule against CSV injection) is written with a ``'`` in front, which the
program shows as text. Numbers, dates and booleans are never changed, and
neither is a text cell that is a plain number (``-3.5``), which cannot be a formula;
``raw`` writes every cell as it is.

>>> from decimal import Decimal
>>> print(csv_text(("id", "title", "delta"), [("a", "=HYPERLINK(1)", Decimal("-3.5"))]), end="")
id,title,delta
a,'=HYPERLINK(1),-3.5
>>> print(csv_text(("id", "title", "delta"), [("a", "=HYPERLINK(1)", None)], raw=True), end="")
id,title,delta
a,=HYPERLINK(1),
"""

import csv
import datetime
import io
import re
from collections.abc import Iterable, Sequence
from typing import IO, Any

from commitments.tables._numbers import csv_number

__all__ = ["BOM", "FORMULA_STARTS", "csv_cell", "csv_text", "neutralised", "write_csv"]

#: What a spreadsheet program reads as the start of a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The UTF-8 byte order mark, as text: the sign a spreadsheet program on Windows needs
#: to read a CSV file as UTF-8 (else its Chinese comes out garbled).
BOM = "\ufeff"

_PLAIN_NUMBER = re.compile(r"[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def neutralised(text: str) -> str:
    """Return a text cell as a spreadsheet program shows it without running it.

    >>> neutralised("@SUM(A1)"), neutralised("-2+3"), neutralised("-3.5"), neutralised("a=b")
    ("'@SUM(A1)", "'-2+3", '-3.5', 'a=b')
    """
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_cell(value: Any) -> str:
    """Return one cell's text, as it is (see :func:`neutralised` for what CSV writes)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    return csv_number(value)


def _safe_cell(value: Any) -> str:
    return neutralised(value) if isinstance(value, str) else csv_cell(value)


def write_csv(
    names: Sequence[str],
    rows: Iterable[Sequence[Any]],
    out: IO[str],
    *,
    raw: bool = False,
    bom: bool = False,
) -> None:
    """Write a header and rows of exact values to a text stream.

    Args:
        names: The header.
        rows: The rows, each value as a table holds it.
        out: The stream.
        raw: Write text cells as they are, formulas included.
        bom: Start with a byte order mark (:data:`BOM`).

    """
    if bom:
        out.write(BOM)
    cell = csv_cell if raw else _safe_cell
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        texts = [cell(v) for v in row]
        if any("\r" in text for text in texts):
            out.write(_quoting_carriage_returns(texts))
        else:
            writer.writerow(texts)


def _quoting_carriage_returns(texts: Sequence[str]) -> str:
    r"""Return a row whose cells hold a carriage return, such cells quoted, ending ``\n``.

    (A writer quotes only the characters of its own line end, and ours is ``\n``.)

    >>> _quoting_carriage_returns(["a\rb", "c"])
    '"a\rb",c\n'
    """
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(texts)
    return buffer.getvalue()[:-2] + "\n"


def csv_text(
    names: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    raw: bool = False,
    bom: bool = False,
) -> str:
    """Return what :func:`write_csv` writes, as a string."""
    out = io.StringIO()
    write_csv(names, rows, out, raw=raw, bom=bom)
    return out.getvalue()
