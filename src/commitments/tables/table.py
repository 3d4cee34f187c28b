"""A tidy table: one row per thing, one column per fact, fixed column names.

A :class:`Table` needs no third-party library. It holds the library's exact
values and gives them out as plain Python rows, or as a pandas, polars or Arrow
frame, or as CSV. Numbers come out as floats unless the table is ``exact``.

>>> from commitments.tables import progress_table
>>> table = progress_table("examples/jilin-2016-2020-livelihood-projects.json",
...                        as_of="2020-12-31", lang="en")
>>> len(table), table.columns[:4]
(1, ('file', 'jurisdiction', 'year', 'commitment_id'))
>>> row = next(iter(table))
>>> row["title"][:40], row["fraction"], row["assessment"]
('184 provincial livelihood projects over ', 1.0, 'achieved')
"""

import os
from collections.abc import Iterator, Sequence
from html import escape
from pathlib import Path
from typing import IO, Any

from commitments.tables import _frames
from commitments.tables._columns import Shape, table_schema
from commitments.tables._csv import csv_cell, csv_text, write_csv

__all__ = ["Table"]

# How many rows a notebook shows of a table.
_HTML_ROWS = 20


class Table:
    """Rows of one shape, held as exact values, column by column.

    Args:
        shape: The columns.
        rows: The rows, each a sequence of values in the shape's column order.
        exact: Whether numbers are given out exactly (Decimals and Fractions)
            rather than as floats.

    """

    def __init__(self, shape: Shape, rows: Sequence[Sequence[Any]], *, exact: bool = False):
        self.shape = shape
        self.exact = exact
        names = shape.names
        for row in rows:
            if len(row) != len(names):
                raise ValueError(f"a row of {len(row)} values for {len(names)} columns")
        transposed = list(zip(*rows, strict=True)) if rows else [() for _ in names]
        self._columns: dict[str, Sequence[Any]] = dict(zip(names, transposed, strict=True))
        self._length = len(rows)

    @property
    def columns(self) -> tuple[str, ...]:
        """The column names, in order."""
        return self.shape.names

    def __len__(self) -> int:
        return self._length

    def _given(self, name: str, values: Sequence[Any]) -> Sequence[Any]:
        """Return a column as given out: numbers as floats unless the table is exact."""
        if self.exact or self.shape.columns[self.columns.index(name)].type != "number":
            return values
        return _frames.floats(values)

    def column(self, name: str) -> list[Any]:
        """Return one column's values, in row order.

        Raises:
            KeyError: The table has no such column.

        """
        return list(self._given(name, self._columns[name]))

    def __iter__(self) -> Iterator[dict[str, Any]]:
        given = [self._given(name, self._columns[name]) for name in self.columns]
        for values in zip(*given, strict=True):
            yield dict(zip(self.columns, values, strict=True))

    def to_pandas(self) -> Any:
        """Return a pandas ``DataFrame`` (needs ``commitments[pandas]``)."""
        return _frames.to_pandas(self.shape, self._columns, exact=self.exact)

    def to_polars(self) -> Any:
        """Return a polars ``DataFrame`` (needs ``commitments[polars]``).

        Exact numbers become decimals where they fit, else exact text (see :meth:`to_arrow`).
        """
        return _frames.to_polars(self.shape, self._columns, exact=self.exact)

    def to_arrow(self) -> Any:
        """Return a pyarrow ``Table`` (needs ``commitments[arrow]``; exact numbers as decimal128).

        An exact number column is ``decimal128`` when every value terminates and fits
        in 38 digits, else text such as ``"301/694"``.
        """
        return _frames.to_arrow(self.shape, self._columns, exact=self.exact)

    def to_csv(
        self,
        target: str | os.PathLike[str] | IO[str] | None = None,
        *,
        raw: bool = False,
        bom: bool = False,
    ) -> str | None:
        """Write the table as CSV (UTF-8), described by :meth:`table_schema`.

        Numbers are written exactly whether or not the table is ``exact``: the
        shortest decimal that says them (12 significant digits where a fraction does
        not terminate), as the other outputs of the library write them.

        A text cell that a spreadsheet program would run as a formula (starting
        with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is written with
        a ``'`` in front, so that opening the file runs nothing; numbers (``-3.5``)
        are never changed.

        Args:
            target: A path, an open text stream, or ``None`` for the text.
            raw: Write every text cell as it is, formulas included (for a program
                that reads the file back, not for a spreadsheet).
            bom: Start with a UTF-8 byte order mark, which Excel and WPS on Windows
                need to read the file's Chinese as Chinese. Off by default: a
                program reading the file may take the mark as part of the first
                column's name.

        Returns:
            The text when ``target`` is ``None``, else ``None``.

        """
        rows = zip(*(self._columns[name] for name in self.columns), strict=True)
        if target is None:
            return csv_text(self.columns, rows, raw=raw, bom=bom)
        if isinstance(target, str | os.PathLike):
            with Path(target).open("w", encoding="utf-8", newline="") as stream:
                write_csv(self.columns, rows, stream, raw=raw, bom=bom)
        else:
            write_csv(self.columns, rows, target, raw=raw, bom=bom)
        return None

    def table_schema(self) -> dict[str, Any]:
        """Return the Table Schema (frictionless) descriptor of :meth:`to_csv`'s output."""
        return table_schema(self.shape)

    def __repr__(self) -> str:
        return f"<Table {self.shape.name}: {len(self)} rows x {len(self.columns)} columns>"

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{escape(name)}</th>" for name in self.columns)
        rows = zip(*(self._columns[name] for name in self.columns), strict=True)
        body = []
        for _, row in zip(range(_HTML_ROWS), rows, strict=False):
            cells = "".join(f"<td>{escape(csv_cell(value))}</td>" for value in row)
            body.append(f"<tr>{cells}</tr>")
        more = len(self) - _HTML_ROWS
        caption = escape(repr(self)) + (f" (first {_HTML_ROWS} shown)" if more > 0 else "")
        return (
            f"<table><caption>{caption}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>"
        )
