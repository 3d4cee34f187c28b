"""A sheet to read, from a workbook or a CSV file: its name, where it is, and its rows."""

from collections.abc import Callable, Iterator

from attrs import frozen

from commitments.sheets._read_cells import Raw

__all__ = ["CellRange", "Rows", "SheetSource", "Unreadable"]

#: Yields the sheet's rows in order, from row 1 (the header), blank rows included.
Rows = Callable[[], Iterator[tuple[Raw | None, ...]]]


class Unreadable(Exception):
    """A file that is no workbook that can be read; the message says what it is."""


@frozen
class CellRange:
    """A rectangle of cells, such as a range of merged cells (rows and columns from 1)."""

    first_row: int
    first_column: int
    last_row: int
    last_column: int

    def __contains__(self, cell: tuple[int, int]) -> bool:
        row, column = cell
        return (
            self.first_row <= row <= self.last_row
            and self.first_column <= column <= self.last_column
        )


@frozen(kw_only=True)
class SheetSource:
    """One sheet of a workbook (or one CSV file), ready to be read.

    Attributes:
        name: The sheet's name (a CSV file's name without ``.csv``).
        file: The file it is in.
        rows: Reads its rows.
        merged: Its ranges of merged cells.
        declared_rows: How many rows the file says the sheet has, if it says.
        declared_columns: How many columns, likewise.

    """

    name: str
    file: str
    rows: Rows
    merged: tuple[CellRange, ...] = ()
    declared_rows: int | None = None
    declared_columns: int | None = None
