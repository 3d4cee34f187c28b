"""CSV text for spreadsheets: a header, then one row per record.

Cells are written as the JSON outputs write their values: numbers exact where they
terminate, else 12 significant digits (never with thousands separators), ``true`` and
``false``, dates ``YYYY-MM-DD``, enums by value; an empty cell stands for ``null``.

>>> from fractions import Fraction
>>> rows = [("a", Fraction(1, 3), True), ("b", None, False)]
>>> print(csv_text(("id", "fraction", "achieved"), rows))
id,fraction,achieved
a,0.333333333333,true
b,,false
<BLANKLINE>
"""

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal
from fractions import Fraction

from commitments.model.exact import to_decimal

__all__ = ["csv_text"]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal | Fraction):
        return str(to_decimal(value))
    return str(value)


def csv_text(header: Sequence[str], rows: Iterable[Iterable[object]]) -> str:
    """Return CSV text, lines ending in a newline: the header, then each row's cells."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([_cell(value) for value in row] for row in rows)
    return out.getvalue()
