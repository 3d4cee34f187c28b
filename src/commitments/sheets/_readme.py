"""The ``README`` sheet of a workbook: how the workbook is laid out, column by column.

Each column's meaning is the description the model gives its field (the one
the JSON Schema shows), with what the column holds (a date, a list, one of a
few values) and, for a text's language or an extension, what that is.
"""

from collections.abc import Sequence

import attrs

from commitments.convert._codegen import MODEL_CLASSES
from commitments.model._fields import field_doc
from commitments.sheets._cell_text import JSON_PREFIX
from commitments.sheets.layout import (
    KEY_HEADER,
    SOURCES,
    Column,
    Kind,
    child_sheet,
    model_fields,
    sheet_layout,
)

__all__ = ["readme_rows"]

_ABOUT = (
    "This workbook holds one plan of public commitments (format 1.x): the commitments one "
    "jurisdiction published for one year. Edit it, then read it back with "
    "`commitments import`, which checks every cell and says where each problem is "
    "(commitments!F14).",
    "The plan sheet holds the plan's own keys, one per row; categories, agencies and "
    "commitments one row per item; observations and sources one row each, with the "
    f"{KEY_HEADER} of their commitment (a source without one is a source of the plan itself).",
    "A blank cell is a key that is absent. A date is a date cell or YYYY-MM-DD. A number is a "
    "number cell or text such as 95.0; figures as people write them (23万人, 2,000公里, 95%) "
    "are read too, and each such reading is reported.",
    "A text in several languages has a column per language: title.zh, title.en (add one for "
    "any BCP 47 tag); a plain title has the column title. Several values in one cell (tags, "
    "co_owners, stages) are separated by ;.",
    f"Any cell may hold a JSON value after {JSON_PREFIX} ({JSON_PREFIX}[] is an empty list, "
    f'{JSON_PREFIX}null is null, {JSON_PREFIX}"" an empty string). Columns whose names start '
    "with x- are extensions and hold any value: text, a number, TRUE/FALSE, or JSON.",
)

_KIND_NOTES = {
    Kind.DATE: "A date.",
    Kind.LIST: "Several values, separated by ;.",
    Kind.INTEGER: "A whole number.",
    Kind.NUMBER: "A number.",
    Kind.BOOLEAN: "TRUE or FALSE.",
}


def _description(cls: type, path: Sequence[str]) -> str:
    """The model's description of the field at ``path`` below ``cls``."""
    description = ""
    for part in path:
        fields = attrs.fields_dict(cls)
        if part not in fields:
            break
        doc = field_doc(fields[part])
        description = doc.description if doc is not None else ""
        kind = {name: kind for name, kind, _, _ in model_fields(cls)}[part]
        cls = kind if kind in MODEL_CLASSES else cls
    return description.replace("`", "")


def _meaning(sheet: str, column: Column) -> str:
    row_class = sheet_layout(sheet).row_class
    if column.kind is Kind.KEY:
        own = " (blank: a source of the plan itself)" if sheet == SOURCES else ""
        return f"The id of the commitment this row belongs to{own}."
    if column.kind is Kind.EXTENSION:
        return "An extension: any value (text, a number, TRUE/FALSE, or JSON after json:)."
    if column.kind is Kind.LANGUAGE:
        text = _description(row_class, column.path[:-1])
        return f"{text} In the language {column.path[-1]}."
    text = _description(row_class, column.path)
    if column.kind is Kind.EMPTY_LIST:
        held = child_sheet(row_class, column.path[-1])
        return (
            f"{text} Written here only when present and empty ({JSON_PREFIX}[]); "
            f"its items are in the {held} sheet."
        )
    if column.kind is Kind.CHOICE:
        return f"{text} One of: {', '.join(column.choices)}."
    note = _KIND_NOTES.get(column.kind)
    return f"{text} {note}" if note else text


def readme_rows(sheets: Sequence[tuple[str, Sequence[Column]]]) -> list[list[str]]:
    """The rows of the ``README`` sheet (``sheet``, ``column``, ``meaning``) for these columns."""
    rows = [["", "", paragraph] for paragraph in _ABOUT]
    for sheet, columns in sheets:
        rows.extend([sheet, column.header, _meaning(sheet, column)] for column in columns)
    return rows
