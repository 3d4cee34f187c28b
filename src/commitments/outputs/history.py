"""The JSON output of ``commitments history``: its shape, its schema, and the writer.

The shape is :class:`~commitments.analysis.history.JurisdictionHistory` and the records it
holds, documented with :func:`~commitments.model._fields.doc_field`, plus the provenance
every JSON output carries; ``schemas/history-output-1.schema.json`` is generated
from :class:`HistoryOutput` and never written by hand. Every key is always
present; ``null`` says that a figure does not apply or is unknown. Numbers are
exact where they terminate, else rounded to 12 significant digits.
"""

import datetime
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import Any

import attrs
from attrs import frozen

from commitments.analysis.history import History, JurisdictionHistory
from commitments.convert._writers import object_value, text_value
from commitments.model._fields import doc_field
from commitments.model.exact import to_decimal, to_fraction
from commitments.model.parts import Jurisdiction
from commitments.model.text import Text
from commitments.schema import PLAN_SCHEMA_ID, class_schema

__all__ = ["HISTORY_SCHEMA_ID", "HistoryOutput", "history_json", "history_output_schema"]

#: The ``$id`` of the schema of ``commitments history --format json``.
HISTORY_SCHEMA_ID = "https://commitments.dev/schemas/history-output-1.schema.json"


@frozen(kw_only=True)
class HistoryOutput:
    """The JSON output of ``commitments history``: plans over the years, per jurisdiction."""

    jurisdictions: tuple[JurisdictionHistory, ...] = doc_field(
        "One history per jurisdiction (name and code), never mixed, in the order first read."
    )
    commitments_version: str = doc_field("The version of commitments that wrote this.")
    schema: str = doc_field(
        "The `$id` of the plan schema the input documents were checked against.",
        schema={"const": PLAN_SCHEMA_ID},
    )
    output_schema: str = doc_field("The `$id` of the schema of this output.")


def _json(value: Any) -> Any:
    """Turn a history record (or any value in it) into a JSON value."""
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Fraction | Decimal):
        return to_decimal(to_fraction(value))
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Text):
        return text_value(value)
    if isinstance(value, Jurisdiction):
        return object_value(value)
    if isinstance(value, tuple | list):
        return [_json(v) for v in value]
    if attrs.has(type(value)):
        return {f.name: _json(getattr(value, f.name)) for f in attrs.fields(type(value))}
    raise TypeError(f"no JSON for {type(value).__name__}")


def history_json(history: History) -> dict[str, Any]:
    """Return a history as the JSON value ``commitments history --format json`` writes.

    ``commitments_version`` and ``schema`` are added by the command line.
    """
    return {"jurisdictions": _json(history.jurisdictions)}


def history_output_schema() -> dict[str, Any]:
    """Return the schema of ``commitments history --format json`` (from :class:`HistoryOutput`)."""
    return class_schema(
        HistoryOutput,
        schema_id=HISTORY_SCHEMA_ID,
        title="Output of `commitments history --format json`",
        description="Plans of each jurisdiction over the years: per commitment "
        "id its targets, latest values, achievement and statuses by year, recurring "
        "commitments and their target trend, and fulfilment per year and per category "
        'per year (see "Diffs and histories" in the documentation).',
    )
