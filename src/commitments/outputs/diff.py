"""The JSON output of ``commitments diff``: its shape, its schema, and the writer.

The shape is :class:`~commitments.analysis.diff.PlanDiff` itself (documented field by field
with :func:`~commitments.model._fields.doc_field`), plus the provenance every JSON output
carries; the shipped schema ``schemas/diff-output-1.schema.json`` is generated from
:class:`DiffOutput` and never written by hand. Keys a change does not have are
absent: ``ambition``, ``delta`` and ``relative`` only on a raised or lowered target
(``relative`` is ``null`` when the old value is 0), ``old_unit``/``new_unit`` only on
``target.value``.
"""

from typing import Any

from attrs import frozen

from commitments.analysis._diff_fields import FieldChange
from commitments.analysis.diff import PlanDiff, PlanRef
from commitments.outputs._json_value import json_value
from commitments.outputs.provenance import Provenance, provenance_last
from commitments.schema import class_schema

__all__ = ["DIFF_SCHEMA_ID", "DiffOutput", "diff_json", "diff_output_schema"]

#: The ``$id`` of the schema of ``commitments diff --format json``.
DIFF_SCHEMA_ID = "https://commitments.dev/schemas/diff-output-1.schema.json"


@frozen(kw_only=True, field_transformer=provenance_last)
class DiffOutput(PlanDiff, Provenance):
    """The JSON output of ``commitments diff``: a diff and where it comes from.

    See :doc:`/diff` and, for the provenance keys, :doc:`/cli`.
    """


def _change_json(change: FieldChange) -> dict[str, Any]:
    out: dict[str, Any] = {
        "field": change.field,
        "old": json_value(change.old),
        "new": json_value(change.new),
        "kind": json_value(change.kind),
    }
    if change.is_comparison and change.delta is not None:
        out["ambition"] = json_value(change.ambition)
        out["delta"] = json_value(change.delta)
        out["relative"] = json_value(change.relative)
    for key in ("old_unit", "new_unit"):
        if getattr(change, key) is not None:
            out[key] = getattr(change, key)
    return out


def _plan_json(ref: PlanRef) -> dict[str, Any]:
    out: dict[str, Any] = {"jurisdiction": json_value(ref.jurisdiction), "year": ref.year}
    if ref.title is not None:
        out["title"] = json_value(ref.title)
    if ref.file is not None:
        out["file"] = ref.file
    return out


def diff_json(result: PlanDiff) -> dict[str, Any]:
    """Return a diff as the JSON value ``commitments diff --format json`` writes.

    Numbers are exact where they terminate, else rounded to 12 significant digits;
    the provenance is added by the command line
    (:func:`~commitments.outputs.provenance.with_provenance`).
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
            {"old": r.old, "new": r.new, "score": json_value(r.score)}
            for r in result.possible_renames
        ],
        "not_in_new_document": list(result.not_in_new_document),
        "warnings": list(result.warnings),
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
