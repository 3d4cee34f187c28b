"""Where a JSON output comes from: three fields every ``--format json`` output ends with.

``commitments_version`` is the version that wrote the output; ``schema`` the ``$id`` of
the plan schema its input documents were checked against; ``output_schema`` the
``$id`` of the shipped schema that describes the output itself. They are declared
once, in :class:`Provenance`, which every output record inherits (with
:func:`provenance_last`, so that they stay the last keys); :func:`with_provenance`
adds their values to an output written by hand.
"""

from typing import Any

import attrs
from attrs import frozen

from commitments.model._fields import doc_field
from commitments.schema import PLAN_SCHEMA_ID

__all__ = ["Provenance", "provenance", "provenance_last", "with_provenance"]


# Not slotted, so that a record can inherit both this and another record
# (:class:`~commitments.outputs.diff.DiffOutput` is also a diff).
@frozen(kw_only=True, slots=False)
class Provenance:
    """The fields every JSON output ends with: who wrote it, and what describes it."""

    commitments_version: str = doc_field("The version of commitments that wrote this.")
    schema: str = doc_field(
        "The `$id` of the plan schema the input documents were checked against.",
        schema={"const": PLAN_SCHEMA_ID},
    )
    output_schema: str = doc_field("The `$id` of the schema of this output.")


_NAMES = frozenset(field.name for field in attrs.fields(Provenance))


def provenance_last(
    cls: type, fields: list["attrs.Attribute[Any]"]
) -> list["attrs.Attribute[Any]"]:
    """Put the fields of :class:`Provenance` after a record's own (an attrs ``field_transformer``).

    attrs puts inherited fields first; an output ends with its provenance instead.
    """
    return [f for f in fields if f.name not in _NAMES] + [f for f in fields if f.name in _NAMES]


def provenance(output_schema_id: str) -> dict[str, str]:
    """Return the provenance of an output described by the schema ``output_schema_id``.

    >>> from commitments import __version__
    >>> values = provenance("https://example.org/out.schema.json")
    >>> values["commitments_version"] == __version__, values["output_schema"]
    (True, 'https://example.org/out.schema.json')
    """
    from commitments import __version__

    return {
        "commitments_version": __version__,
        "schema": PLAN_SCHEMA_ID,
        "output_schema": output_schema_id,
    }


def with_provenance(output: dict[str, Any], output_schema_id: str) -> dict[str, Any]:
    """Return ``output`` (a JSON object) with its provenance added as its last keys."""
    return {**output, **provenance(output_schema_id)}
