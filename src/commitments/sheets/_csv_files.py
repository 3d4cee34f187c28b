"""A plan as a folder of CSV files, one per sheet, and CSV files read as sheets.

Each file is UTF-8 with a byte order mark (so that a spreadsheet program reads
its Chinese as Chinese), comma-separated, every cell text; ``plan.csv`` holds
the plan's keys in two columns, ``key`` and ``value``. Reading, a file is a
sheet named after the file (``commitments.csv`` is the sheet ``commitments``),
its records the rows; the byte order mark is optional.
"""

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

from commitments.sheets._read_cells import Raw
from commitments.sheets._sources import SheetSource, Unreadable

__all__ = ["MAX_CSV_BYTES", "read_csv", "write_csv"]

#: The largest CSV file an import reads.
MAX_CSV_BYTES = 1 << 30


def write_csv(path: Path, rows: Sequence[Sequence[str]]) -> None:
    """Write rows of cell texts as a CSV file (UTF-8 with a byte order mark, CRLF line ends)."""
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream).writerows(rows)


def read_csv(path: Path) -> SheetSource:
    """Read a CSV file as a sheet.

    Raises:
        Unreadable: The file is too large, or not UTF-8 text.
        OSError: The file cannot be read.
    """
    size = path.stat().st_size
    if size > MAX_CSV_BYTES:
        raise Unreadable(f"has {size:,} bytes, more than an import reads ({MAX_CSV_BYTES:,})")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Unreadable(
            f"is not UTF-8 text (byte {error.start + 1}): save it as CSV UTF-8"
        ) from None

    def rows() -> Iterator[tuple[Raw | None, ...]]:
        try:
            for record in csv.reader(io.StringIO(text, newline="")):
                yield tuple(record)
        except csv.Error as error:
            raise Unreadable(f"is not a CSV file that can be read: {error}") from None

    return SheetSource(name=path.stem, file=str(path), rows=rows)
