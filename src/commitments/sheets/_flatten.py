"""A plan's JSON value as the tables of a workbook: one row per item, one column per leaf.

:func:`plan_tables` lays a plan document out in the sheets of
:mod:`commitments.sheets.layout`: each table has its columns (the ones every
workbook has, then the languages, ``x-`` keys and empty lists this plan uses,
in the model's order) and its rows: the JSON value of each column the row has,
by the column's index. The ``plan`` table has one row: its columns are the
keys of the ``plan`` sheet. How a value is written in a cell is the writers'
business (:mod:`commitments.sheets._encode`).
"""

import functools
from collections.abc import Iterable, Mapping
from typing import Any

from attrs import frozen

from commitments.convert._codegen import MODEL_CLASSES
from commitments.model.text import Text
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
    model_fields,
    sheet_layout,
)

__all__ = ["Table", "plan_tables"]

JSONObject = Mapping[str, Any]


@frozen
class Table:
    """The content of one sheet: its columns, and each row's values by column index, in order."""

    name: str
    columns: tuple[Column, ...]
    rows: list[list[tuple[int, Any]]]


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


@functools.cache
def _fields_by_name(cls: type) -> dict[str, tuple[Any, bool, bool]]:
    return {name: (kind, optional, many) for name, kind, optional, many in model_fields(cls)}


def _cells(cls: type, value: JSONObject, prefix: str, out: dict[str, Any]) -> None:
    """Put each leaf of an object of ``cls`` in ``out``, by header."""
    fields = _fields_by_name(cls)
    for name, item in value.items():
        header = prefix + name
        field = fields.get(name)
        if field is None:  # an x- key (a valid plan has no other)
            out[header] = item
            continue
        kind, optional, many = field
        if kind in MODEL_CLASSES:
            if not many:
                _cells(kind, item, header + ".", out)
            elif optional and item == []:
                out[header] = item  # an empty list another sheet would hold
        elif kind is Text and type(item) is dict:  # a text by language
            for language, string in item.items():
                out[header + "." + language] = string
        else:
            out[header] = item


def _table(name: str, rows: Iterable[tuple[str | None, JSONObject]]) -> Table:
    """Lay out the rows of one sheet, each with its ``commitment_id`` (keyed sheets only)."""
    layout = sheet_layout(name)
    columns = _Columns(layout)
    laid: list[dict[str, Any]] = []
    for key, value in rows:
        by_header: dict[str, Any] = {KEY_HEADER: key} if layout.keyed and key else {}
        _cells(layout.row_class, value, "", by_header)
        for header in by_header:
            if header not in columns.by_header:
                columns.get(header)
        laid.append(by_header)
    ordered = columns.ordered()
    index = {column.header: number for number, column in enumerate(ordered)}
    return Table(name, ordered, [sorted((index[h], v) for h, v in row.items()) for row in laid])


def plan_tables(document: JSONObject) -> list[Table]:
    """Lay out a plan document in the sheets of a workbook, in :data:`~.layout.SHEETS` order.

    >>> tables = plan_tables({"schema_version": "1.0", "jurisdiction": {"name": "Jilin"},
    ...                       "year": 2021, "categories": [], "commitments": []})
    >>> [len(table.rows) for table in tables]
    [1, 0, 0, 0, 0, 0]
    >>> [(tables[0].columns[index].header, value) for index, value in tables[0].rows[0]]
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
