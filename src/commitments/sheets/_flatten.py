"""A plan's JSON value as the tables of a workbook: one row per item, one column per leaf.

:func:`plan_tables` lays a plan document out in the sheets of
:mod:`commitments.sheets.layout`: each table has its columns (the ones every
workbook has, then the languages, ``x-`` keys and empty lists this plan uses,
in the model's order) and its rows of JSON values, one per column (:data:`MISSING`
where the row has nothing). The ``plan`` table has one row: its columns are the
keys of the ``plan`` sheet. How a value is written in a cell is the writers'
business (:mod:`commitments.sheets._encode`).
"""

import functools
from collections.abc import Iterable, Mapping
from typing import Any

from attrs import frozen

from commitments.convert._builders import MODEL_CLASSES, field_parts
from commitments.model.plan import Text
from commitments.sheets.layout import (
    AGENCIES,
    CATEGORIES,
    COMMITMENTS,
    KEY_HEADER,
    OBSERVATIONS,
    PLAN,
    SHEETS,
    SOURCES,
    Column,
    Kind,
    SheetLayout,
    sheet_layout,
)

__all__ = ["MISSING", "Table", "plan_tables"]

JSONObject = Mapping[str, Any]


class _Missing:
    """What a row holds in a column it has no value for (``None`` is JSON's null)."""

    def __repr__(self) -> str:
        return "MISSING"


#: A row's value in a column it has nothing for: a blank cell.
MISSING: Any = _Missing()


@frozen
class Table:
    """The content of one sheet: its columns, and its rows of values in column order (:data:`MISSING` where none)."""

    name: str
    columns: tuple[Column, ...]
    rows: list[list[Any]]


_field_parts = functools.cache(field_parts)


class _Columns:
    """The columns of one sheet as its rows use them, in first use order."""

    def __init__(self, layout: SheetLayout) -> None:
        self.layout = layout
        self.by_header: dict[str, Column] = {}
        self.first_use: dict[Column, int] = {}

    def get(self, header: str) -> Column:
        column = self.by_header.get(header)
        if column is None:
            found = self.layout.resolve(header)
            if found is None:  # the model and the layout disagree: a bug, not bad data
                raise AssertionError(f"no column {header!r} in sheet {self.layout.name}")
            column = self.by_header[header] = found
            self.first_use[column] = len(self.first_use)
        return column

    def ordered(self) -> tuple[Column, ...]:
        """The core columns and every column used, in layout order (unused plain texts left out)."""
        used = set(self.first_use)
        texts_by_language = {c.path[:-1] for c in used if c.kind is Kind.LANGUAGE}
        wanted = [
            column
            for column in self.layout.core
            if column not in used
            and not (column.kind is Kind.TEXT and column.path in texts_by_language)
        ]
        for column in wanted:
            self.first_use[column] = -1
        return tuple(sorted((*used, *wanted), key=lambda c: (c.order, self.first_use[c])))


def _cells(cls: type, value: JSONObject, prefix: str, out: dict[str, Any]) -> None:
    """Put each leaf of an object of ``cls`` in ``out``, by header."""
    for name, kind, optional, many in _field_parts(cls):
        if name not in value:
            continue
        item, header = value[name], prefix + name
        if kind in MODEL_CLASSES:
            if not many:
                _cells(kind, item, header + ".", out)
            elif optional and item == []:
                out[header] = item  # an empty list another sheet would hold
        elif kind is Text and isinstance(item, dict):  # a text by language
            for language, string in item.items():
                out[header + "." + language] = string
        else:
            out[header] = item
    for key, item in value.items():
        if key.startswith("x-"):
            out[prefix + key] = item


def _table(name: str, rows: Iterable[tuple[str | None, JSONObject]]) -> Table:
    """Lay out the rows of one sheet, each with its ``commitment_id`` (keyed sheets only)."""
    layout = sheet_layout(name)
    columns = _Columns(layout)
    laid: list[dict[Column, Any]] = []
    for key, value in rows:
        by_header: dict[str, Any] = {KEY_HEADER: key} if layout.keyed and key else {}
        _cells(layout.row_class, value, "", by_header)
        laid.append({columns.get(header): item for header, item in by_header.items()})
    ordered = columns.ordered()
    return Table(name, ordered, [[row.get(column, MISSING) for column in ordered] for row in laid])


def plan_tables(document: JSONObject) -> list[Table]:
    """Lay out a plan document in the sheets of a workbook, in :data:`~.layout.SHEETS` order.

    >>> tables = plan_tables({"schema_version": "1.0", "jurisdiction": {"name": "Jilin"},
    ...                       "year": 2021, "categories": [], "commitments": []})
    >>> [len(table.rows) for table in tables]
    [1, 0, 0, 0, 0, 0]
    >>> [(column.header, value) for column, value in zip(tables[0].columns, tables[0].rows[0])
    ...  if value is not MISSING]
    [('schema_version', '1.0'), ('jurisdiction.name', 'Jilin'), ('year', 2021), ('categories', [])]

    Args:
        document: The JSON value of a plan (as :func:`~commitments.convert.plan_value` gives).

    Returns:
        One table per sheet.
    """
    commitments = document.get("commitments", [])
    rows: dict[str, list[tuple[str | None, JSONObject]]] = {
        PLAN: [(None, document)],
        CATEGORIES: [(None, item) for item in document.get("categories", [])],
        AGENCIES: [(None, item) for item in document.get("agencies", [])],
        COMMITMENTS: [(None, item) for item in commitments],
        OBSERVATIONS: [(c["id"], item) for c in commitments for item in c.get("progress", [])],
        SOURCES: [(None, item) for item in document.get("sources", [])]
        + [(c["id"], item) for c in commitments for item in c.get("sources", [])],
    }
    return [_table(name, rows[name]) for name in SHEETS]
