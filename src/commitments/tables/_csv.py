"""A table as CSV text: a header, then one line per row, exact numbers written out.

Cells follow the table's Table Schema descriptor: empty for a missing value,
``true`` / ``false``, dates ``YYYY-MM-DD``, numbers as the shortest decimal that says
them (12 significant digits where a fraction does not terminate).
"""

import csv
import datetime
from collections.abc import Iterable, Sequence
from typing import IO, Any

from commitments.tables._numbers import csv_number

__all__ = ["csv_cell", "write_csv"]


def csv_cell(value: Any) -> str:
    """Return one cell's text."""
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


def write_csv(names: Sequence[str], rows: Iterable[Sequence[Any]], out: IO[str]) -> None:
    """Write a header and rows of exact values to a text stream."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(names)
    writer.writerows([csv_cell(v) for v in row] for row in rows)
