"""The JSON output of ``commitments diff``: its shape, its schema, and the writer.

The shape is :class:`~commitments.analysis.diff.PlanDiff` itself (documented field by field
with :func:`~commitments.model._fields.doc_field`), plus the provenance every JSON output
carries; the shipped schema ``schemas/diff-output-1.schema.json`` is generated from
:class:`DiffOutput` and never written by hand. Keys a change does not have are
absent: ``ambition``, ``delta`` and ``relative`` only on a raised or lowered target
(``relative`` is ``null`` when the old value is 0), ``old_unit``/``new_unit`` only on
``target.value``.
"""

import datetime
from decimal import Decimal
from typing import Any

from attrs import frozen

from commitments.analysis._diff_fields import FieldChange
from commitments.analysis.diff import PlanDiff, PlanRef
from commitments.convert._writers import object_value, text_value
from commitments.model._fields import doc_field
from commitments.model.exact import to_decimal, to_fraction
from commitments.model.parts import Jurisdiction
from commitments.model.text import Text
from commitments.schema import PLAN_SCHEMA_ID, class_schema

__all__ = ["DIFF_SCHEMA_ID", "DiffOutput", "diff_json", "diff_output_schema"]

#: The ``$id`` of the schema of ``commitments diff --format json``.
DIFF_SCHEMA_ID = "https://commitments.dev/schemas/diff-output-1.schema.json"


@frozen(kw_only=True)
class DiffOutput(PlanDiff):
    """The JSON output of ``commitments diff``: a diff and where it comes from.

    See :doc:`/diff` and, for the provenance keys, :doc:`/cli`.
    """

    commitments_version: str = doc_field("The version of commitments that wrote this.")
    schema: str = doc_field(
        "The `$id` of the plan schema the input documents were checked against.",
        schema={"const": PLAN_SCHEMA_ID},
    )
    output_schema: str = doc_field("The `$id` of the schema of this output.")


def _json(value: Any) -> Any:
    """Turn the values a diff holds into JSON values."""
    if isinstance(value, Text):
        return text_value(value)
    if isinstance(value, Jurisdiction):
        return object_value(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return to_decimal(to_fraction(value))
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    return value


def _change_json(change: FieldChange) -> dict[str, Any]:
    out: dict[str, Any] = {
        "field": change.field,
        "old": _json(change.old),
        "new": _json(change.new),
        "kind": str(change.kind),
    }
    if change.is_comparison and change.delta is not None:
        out["ambition"] = str(change.ambition)
        out["delta"] = to_decimal(change.delta)
        out["relative"] = None if change.relative is None else to_decimal(change.relative)
    for key in ("old_unit", "new_unit"):
        if getattr(change, key) is not None:
            out[key] = getattr(change, key)
    return out


def _plan_json(ref: PlanRef) -> dict[str, Any]:
    out: dict[str, Any] = {"jurisdiction": _json(ref.jurisdiction), "year": ref.year}
    if ref.title is not None:
        out["title"] = _json(ref.title)
    if ref.file is not None:
        out["file"] = ref.file
    return out


def diff_json(result: PlanDiff) -> dict[str, Any]:
    """Return a diff as the JSON value ``commitments diff --format json`` writes.

    Numbers are exact where they terminate, else rounded to 12 significant digits;
    ``commitments_version`` and ``schema`` are added by the command line.
    """
    return {
        "old": _plan_json(result.old),
        "new": _plan_json(result.new),
        "added": list(result.added),
        "removed": list(result.removed),
        "unchanged": list(result.unchanged),
        "changed": [
            {"id": c.id, "changes": [_change_json(f) for f in c.changes]} for c in result.changed
        ],
        "carried_over": list(result.carried_over),
        "possible_renames": [
            {"old": r.old, "new": r.new, "score": to_decimal(r.score)}
            for r in result.possible_renames
        ],
    }


def diff_output_schema() -> dict[str, Any]:
    """Return the schema of ``commitments diff --format json`` (from :class:`DiffOutput`)."""
    return class_schema(
        DiffOutput,
        schema_id=DIFF_SCHEMA_ID,
        title="Output of `commitments diff --format json`",
        description="What changed from one plan to another: commitments "
        "added, removed, unchanged and changed field by field, those carried over "
        "unachieved, and possible renames "
        '(see "Diffs and histories" in the documentation).',
    )
