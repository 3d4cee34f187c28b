"""From a summary to the records of ``commitments progress --format json``, and to JSON.

:func:`progress_report` turns a :class:`~commitments.analysis.summary.Summary` into the
documented records of :mod:`commitments.outputs.progress` (every number through
:func:`commitments.model.exact.to_decimal`: exact where it terminates, else 12
significant digits, as the JSON and the CSV output both write it); :func:`report_json`
turns those records into a JSON value for :func:`commitments.convert._json_text.write_json`.
"""

import datetime
from decimal import Decimal
from fractions import Fraction
from typing import Any

from commitments.analysis.overlap import jurisdiction_key
from commitments.analysis.progress import Progress
from commitments.analysis.summary import Amount, Group, Summary
from commitments.model.exact import to_decimal
from commitments.outputs._json_value import json_value
from commitments.outputs.progress import (
    PROGRESS_SCHEMA_ID,
    AmountTotal,
    AssessmentCounts,
    CommitmentProgress,
    ProgressGroup,
    ProgressReport,
)
from commitments.outputs.provenance import provenance

__all__ = ["progress_report", "report_json"]


def _number(value: Fraction | Decimal | None) -> Decimal | None:
    return None if value is None else to_decimal(value)


def _value(value: Decimal | str | None) -> Decimal | str | None:
    return value if value is None or isinstance(value, str) else _number(value)


def _commitment(p: Progress) -> CommitmentProgress:
    c, j = p.commitment, p.jurisdiction
    return CommitmentProgress(
        jurisdiction="" if j is None else jurisdiction_key(j),
        year=p.year,
        id=c.id,
        title=c.title,
        category=c.category,
        owner=c.owner,
        kind=c.metric.kind,
        direction=c.metric.effective_direction,
        unit=c.metric.unit,
        status=c.status,
        baseline=_value(p.baseline),
        target=_value(p.target),
        current=_value(p.current),
        observed_as_of=None if p.observation is None else p.observation.as_of,
        start=p.start,
        due=p.due,
        fraction=_number(p.fraction),
        expected=_number(p.expected),
        achieved=p.achieved,
        remaining=_number(p.remaining),
        exceeded_by=_number(p.exceeded_by),
        assessment=p.assessment,
        evidence=p.evidence,
        evidence_date=p.evidence_date,
        stand_in=p.stand_in,
    )


def _amount(a: Amount) -> AmountTotal:
    return AmountTotal(
        unit=a.unit,
        direction=a.direction,
        name=a.name,
        target=to_decimal(a.target),
        delivered=to_decimal(a.delivered),
        count=a.count,
        claimed=to_decimal(a.claimed),
        claimed_count=a.claimed_count,
    )


def _group(g: Group) -> ProgressGroup:
    return ProgressGroup(
        key=g.key,
        label=g.label,
        count=g.count,
        counted=g.counted,
        unreported=g.unreported,
        reported=g.reported,
        achieved=g.achieved,
        stand_ins=g.stand_ins,
        fulfilment_rate=_number(g.fulfilment_rate),
        mean_fraction=_number(g.mean_fraction),
        assessments=AssessmentCounts(**{str(a): n for a, n in g.assessments.items()}),
        amounts=tuple(_amount(a) for a in g.amounts),
    )


def progress_report(summary: Summary, *, as_of: datetime.date) -> ProgressReport:
    """Turn a summary into the records of the JSON output.

    Args:
        summary: What :func:`commitments.analysis.summary.summarize` gave.
        as_of: The date the commitments were measured at.

    Returns:
        The report, carrying its provenance.

    """
    return ProgressReport(
        as_of=as_of,
        by=summary.by,
        commitments=tuple(_commitment(p) for p in summary.total.members),
        groups=tuple(_group(g) for g in summary.groups),
        total=_group(summary.total),
        overlaps=summary.overlaps,
        **provenance(PROGRESS_SCHEMA_ID),
    )


def report_json(report: ProgressReport) -> dict[str, Any]:
    """Return a report as the JSON value ``commitments progress --format json`` writes.

    Every field of every record, in order (see :func:`~commitments.outputs._json_value.json_value`).
    """
    value: dict[str, Any] = json_value(report)
    return value
