"""Columns and table shapes: each column defined once, with its type and meaning.

A :class:`Shape` is the fixed list of columns of one kind of table (``progress``,
``history`` …). Everything else is derived from it: the order of a table's columns,
the dtypes of its pandas, polars and Arrow forms, and its Table Schema descriptor
(:func:`table_schema`, the frictionless format for describing a CSV file).

>>> from commitments.tables._columns import Column, Shape, table_schema
>>> shape = Shape("tiny", "A tiny table.", (Column("year", "integer", "The plan year."),))
>>> table_schema(shape)["description"][:13], table_schema(shape)["fields"]
('A tiny table.', [{'name': 'year', 'type': 'integer', 'description': 'The plan year.'}])
"""

from typing import Any, Literal

from attrs import frozen

__all__ = ["Column", "ColumnType", "Shape", "table_schema"]

#: The Table Schema types a column can have.
ColumnType = Literal["string", "integer", "number", "boolean", "date"]


@frozen
class Column:
    """One column of a table.

    Attributes:
        name: The column's name, fixed for format 1.x.
        type: Its Table Schema type: ``number`` columns hold exact Decimals or
            Fractions, given out as floats unless a table is ``exact``.
        description: What a cell says, for a person reading the descriptor.

    """

    name: str
    type: ColumnType
    description: str


@frozen
class Shape:
    """The columns of one kind of table, in order.

    Attributes:
        name: The shape's name (``progress``, ``history`` …).
        description: What one row is.
        columns: The columns, in order.

    """

    name: str
    description: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The column names, in order."""
        return tuple(c.name for c in self.columns)


def table_schema(shape: Shape) -> dict[str, Any]:
    """Return the Table Schema (frictionless) descriptor of a shape's CSV form.

    Empty cells stand for missing values; booleans are written ``true`` and
    ``false``; numbers as exact decimals (12 significant digits where they do not
    terminate); dates ``YYYY-MM-DD``. The descriptor's ``description`` says what a
    row is, and that a text cell a spreadsheet would run as a formula starts with
    a ``'`` unless written raw.

    Args:
        shape: The shape.

    Returns:
        The descriptor, a JSON object.

    """
    fields = []
    for column in shape.columns:
        field: dict[str, Any] = {
            "name": column.name,
            "type": column.type,
            "description": column.description,
        }
        if column.type == "boolean":
            field["trueValues"] = ["true"]
            field["falseValues"] = ["false"]
        fields.append(field)
    return {
        "description": f"{shape.description} {_SAFE_TEXT}",
        "fields": fields,
        "missingValues": [""],
    }


# What every CSV of a table says about its text cells (see commitments.tables._csv).
_SAFE_TEXT = (
    "A text cell that a spreadsheet would run as a formula (one starting with =, +, -, @, "
    "a tab or a carriage return, and not a plain number) is written with a ' in front, "
    "unless the file was written raw (--raw, to_csv(raw=True))."
)
