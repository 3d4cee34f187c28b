"""The JSON output of ``commitments history``: its shape, its schema, and the writer.

The shape is :class:`~commitments.analysis.history.JurisdictionHistory` and the records it
holds, documented with :func:`~commitments.model._fields.doc_field`, plus the provenance
every JSON output carries; ``schemas/history-output-1.schema.json`` is generated
from :class:`HistoryOutput` and never written by hand. Every key is always
present; ``null`` says that a figure does not apply or is unknown. Numbers are
exact where they terminate, else rounded to 12 significant digits.
"""

from typing import Any

from attrs import frozen

from commitments.analysis.history import History, JurisdictionHistory
from commitments.model._fields import doc_field
from commitments.outputs._json_value import json_value
from commitments.outputs.provenance import Provenance, provenance_last
from commitments.schema import class_schema

__all__ = ["HISTORY_SCHEMA_ID", "HistoryOutput", "history_json", "history_output_schema"]

#: The ``$id`` of the schema of ``commitments history --format json``.
HISTORY_SCHEMA_ID = "https://commitments.dev/schemas/history-output-1.schema.json"


@frozen(kw_only=True, field_transformer=provenance_last)
class HistoryOutput(Provenance):
    """The JSON output of ``commitments history``: plans over the years, per jurisdiction."""

    jurisdictions: tuple[JurisdictionHistory, ...] = doc_field(
        "One history per jurisdiction (name and code), never mixed, in the order first read."
    )


def history_json(history: History) -> dict[str, Any]:
    """Return a history as the JSON value ``commitments history --format json`` writes.

    The provenance is added by the command line
    (:func:`~commitments.outputs.provenance.with_provenance`).
    """
    return {"jurisdictions": json_value(history.jurisdictions)}


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
