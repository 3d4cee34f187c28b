"""The JSON output of ``commitments progress``: documented records and their schema.

The records below are what ``commitments progress --format json`` writes (see
:doc:`/progress`),
declared once with :func:`~commitments.model._fields.doc_field` so that the shipped schema
``schemas/progress-output-1.schema.json`` is generated from them
(:func:`progress_output_schema`) and never written by hand; they are filled in by
:mod:`commitments.outputs._progress_json`. Every key is always present; ``null`` says that
a figure does not apply (``remaining`` of a milestone) or is unknown.
"""

import datetime
from typing import Annotated, Any

from attrs import frozen

from commitments.analysis.overlap import Overlap
from commitments.analysis.summary import GroupBy
from commitments.model._field_types import (
    Boolean,
    Figure,
    OptionalDate,
    OptionalNumber,
    OptionalString,
    Value,
)
from commitments.model._fields import SchemaType, doc_field
from commitments.model.text import Text
from commitments.model.vocab import Assessment, Direction, Evidence, MetricKind, Status
from commitments.outputs.provenance import Provenance, provenance_last
from commitments.schema import SCHEMA_BASE, class_schema

__all__ = [
    "PROGRESS_SCHEMA_ID",
    "AmountTotal",
    "AssessmentCounts",
    "CommitmentProgress",
    "ProgressGroup",
    "ProgressReport",
    "progress_output_schema",
]

#: The ``$id`` of the schema of ``commitments progress --format json``.
PROGRESS_SCHEMA_ID = SCHEMA_BASE + "progress-output-1.schema.json"

OptionalText = Annotated[
    Text | None,
    SchemaType(
        "OptionalText",
        "A Text, or null when there is none.",
        {"anyOf": [{"$ref": "#/$defs/Text"}, {"type": "null"}]},
    ),
]
Grouping = Annotated[
    GroupBy | None,
    SchemaType(
        "Grouping",
        "What the groups are keyed by; null for one group of everything.",
        {"enum": ["category", "owner", "year", "jurisdiction", None]},
    ),
]


@frozen(kw_only=True)
class CommitmentProgress:
    """One commitment measured at the as-of date.

    See :doc:`/progress`.
    """

    jurisdiction: str = doc_field("The plan's jurisdiction: its code, else its name.")
    year: int = doc_field("The plan year.")
    id: str = doc_field("The commitment's id.")
    title: Text = doc_field("The commitment's title.")
    category: str = doc_field("The commitment's category id.")
    owner: str = doc_field("The lead agency.")
    kind: MetricKind = doc_field("The kind of metric.")
    direction: Direction = doc_field("Whether a higher value is progress (default applied).")
    unit: OptionalString = doc_field("The metric's unit; null for a milestone.")
    status: Status = doc_field("The status the publisher declares.")
    baseline: Value = doc_field("`b`, the baseline value (default applied); null for a milestone.")
    target: Value = doc_field("`t`, the target value, or a milestone's target stage.")
    current: Value = doc_field(
        "`c`, from the dated evidence on or before `as_of`: the latest observation; `t` under "
        "a later `completed` status claim, or under the declared status `completed` when "
        "nothing is dated (from the plan year on); else `b` (a milestone: the stage reached, "
        "or null)."
    )
    observed_as_of: OptionalDate = doc_field(
        "The date of the observation `current` comes from; null when it is a stand-in."
    )
    start: datetime.date = doc_field("Start of the period: `baseline.as_of` or 1 January.")
    due: datetime.date = doc_field("The due date: `target.due` or 31 December.")
    fraction: OptionalNumber = doc_field(
        "(c − b) / (t − b), never clamped (a milestone: stages reached over stages to reach); "
        "null for a level without a baseline."
    )
    expected: OptionalNumber = doc_field(
        "The pace: the elapsed share of the period, in [0, 1]; null when `fraction` is."
    )
    achieved: Boolean = doc_field("Whether `c` is at least as good as `t`.")
    remaining: OptionalNumber = doc_field(
        "What is left to reach `t`, in the unit (≥ 0); null for a milestone."
    )
    exceeded_by: OptionalNumber = doc_field(
        "How far `c` lies past `t` in the direction of progress (≥ 0); null for a milestone."
    )
    assessment: Assessment = doc_field("The verdict: pace, achievement or status.")
    evidence: Evidence = doc_field(
        "What `current` rests on: `observation`, `status-claim` (a dated status with no "
        "figure), `declared-status` (the commitment's `completed`) or `none`."
    )
    evidence_date: OptionalDate = doc_field(
        "The date of that evidence; null for `declared-status` and `none`."
    )
    stand_in: Boolean = doc_field(
        "Whether `current` is the target standing in for a `completed` claim with no figure."
    )


@frozen(kw_only=True)
class AssessmentCounts:
    """How many commitments of a group have each assessment."""

    achieved: int = doc_field("Achieved.")
    ahead: int = doc_field("Ahead of pace.")
    on_track: int = doc_field("On pace, within the tolerance.")
    behind: int = doc_field("Behind pace.")
    not_started: int = doc_field("No progress yet.")
    cancelled: int = doc_field("Cancelled.")
    deferred: int = doc_field("Deferred.")
    missed: int = doc_field(
        "Missed: declared or claimed so, or short of the target after its due date."
    )
    unreported: int = doc_field("No report at all by the date: set apart from the rates.")
    pace_unknown: int = doc_field("Reported, but no fraction or pace (a level without a baseline).")


@frozen(kw_only=True)
class AmountTotal:
    """Target and delivered amounts of a group's quantity commitments, in one unit."""

    unit: str = doc_field("The unit of both sums (the largest of the dimension's units present).")
    direction: Direction = doc_field("The direction the summed commitments share.")
    name: OptionalText = doc_field(
        "What is counted: the `metric.name` the summed commitments share (null: one "
        "commitment whose metric has no name)."
    )
    target: Figure = doc_field("Sum of `t − b`.")
    delivered: Figure = doc_field("Sum of `c − b`.")
    count: int = doc_field("How many commitments were summed.")
    claimed: Figure = doc_field(
        "The part of `delivered` that is a target standing in for a `completed` claim "
        "with no figure."
    )
    claimed_count: int = doc_field("How many summed commitments stand in that way.")


@frozen(kw_only=True)
class ProgressGroup:
    """What a group of commitments adds up to.

    See "Summaries" in :doc:`/progress`.
    """

    key: OptionalString = doc_field(
        "What the members share (category id, owner, year, jurisdiction); null for everything."
    )
    label: OptionalText = doc_field("A readable name for the key, when the plans give one.")
    count: int = doc_field("How many commitments.")
    counted: int = doc_field("How many are not cancelled.")
    unreported: int = doc_field("How many of the counted have no report at all.")
    reported: int = doc_field("Counted minus unreported: the base of the rates.")
    achieved: int = doc_field("How many of the counted are achieved.")
    stand_ins: int = doc_field(
        "How many of the achieved rest on a `completed` claim with no figure."
    )
    fulfilment_rate: OptionalNumber = doc_field(
        "Achieved over reported; null when none is reported."
    )
    mean_fraction: OptionalNumber = doc_field(
        "Mean of the reported fractions, each clamped to [0, 1]; null when there is none."
    )
    assessments: AssessmentCounts = doc_field("How many of each assessment.")
    amounts: tuple[AmountTotal, ...] = doc_field(
        "Sums for quantity metrics, per dimension and direction (levels are never summed)."
    )


@frozen(kw_only=True, field_transformer=provenance_last)
class ProgressReport(Provenance):
    """Progress of every commitment of the plans read, and their summary."""

    as_of: datetime.date = doc_field("The date of the measurement.")
    by: Grouping = doc_field("What the groups are keyed by.")
    commitments: tuple[CommitmentProgress, ...] = doc_field("Every commitment, in the order read.")
    groups: tuple[ProgressGroup, ...] = doc_field(
        "The groups (one group of everything without grouping)."
    )
    total: ProgressGroup = doc_field("Everything together.")
    overlaps: tuple[Overlap, ...] = doc_field(
        "Commitments (same jurisdiction, year and id) read from several documents and counted once."
    )


def progress_output_schema() -> dict[str, Any]:
    """Build the schema of ``commitments progress --format json``, from the records above."""
    return class_schema(
        ProgressReport,
        schema_id=PROGRESS_SCHEMA_ID,
        title="Output of `commitments progress --format json`",
        description=(
            "How far along each commitment is at a date, and what groups of them add up "
            "to. Numbers are exact where they terminate, else rounded to 12 significant "
            'digits (see "Progress and summaries" in the documentation).'
        ),
    )
