"""From a summary to the records of ``commitments progress --format json``, and to JSON.

:func:`progress_report` turns a :class:`~commitments.analysis.summary.Summary` into the
documented records of :mod:`commitments.outputs.progress` (every number through
:func:`commitments.model.exact.to_decimal`: exact where it terminates, else 12
significant digits); :func:`report_json` turns those records into a JSON value for
:func:`commitments.convert._json_text.write_json`.
"""

import datetime
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import Any

import attrs

from commitments.analysis.progress import Progress
from commitments.analysis.summary import Amount, Group, Summary
from commitments.convert._writers import text_value
from commitments.model.exact import to_decimal, to_fraction
from commitments.model.text import Text
from commitments.outputs.progress import (
    PROGRESS_SCHEMA_ID,
    AmountTotal,
    AssessmentCounts,
    CommitmentProgress,
    ProgressGroup,
    ProgressReport,
)
from commitments.schema import PLAN_SCHEMA_ID

__all__ = ["progress_report", "report_json"]


def _number(value: Fraction | Decimal | None) -> Decimal | None:
    return None if value is None else to_decimal(to_fraction(value))


def _value(value: Decimal | str | None) -> Decimal | str | None:
    return value if value is None or isinstance(value, str) else _number(value)


def _commitment(p: Progress) -> CommitmentProgress:
    c, j = p.commitment, p.jurisdiction
    return CommitmentProgress(
        jurisdiction="" if j is None else j.code or j.name.best(),
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
        fraction=to_decimal(p.fraction),
        expected=to_decimal(p.expected),
        achieved=p.achieved,
        remaining=_number(p.remaining),
        exceeded_by=_number(p.exceeded_by),
        assessment=p.assessment,
    )


def _amount(a: Amount) -> AmountTotal:
    return AmountTotal(
        unit=a.unit,
        direction=a.direction,
        target=to_decimal(a.target),
        delivered=to_decimal(a.delivered),
        count=a.count,
    )


def _group(g: Group) -> ProgressGroup:
    return ProgressGroup(
        key=g.key,
        label=g.label,
        count=g.count,
        counted=g.counted,
        achieved=g.achieved,
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
        The report, carrying this library's version and the output schema's ``$id``.

    """
    from commitments import __version__

    return ProgressReport(
        as_of=as_of,
        by=summary.by,
        commitments=tuple(_commitment(p) for p in summary.total.members),
        groups=tuple(_group(g) for g in summary.groups),
        total=_group(summary.total),
        commitments_version=__version__,
        schema=PLAN_SCHEMA_ID,
        output_schema=PROGRESS_SCHEMA_ID,
    )


def report_json(value: Any) -> Any:
    """Return a report (or any record of this module) as a JSON value.

    Records become objects with every field, tuples lists, texts their string or
    object, enums their value, dates ``YYYY-MM-DD``; numbers stay Decimals.
    """
    if isinstance(value, Text):
        return text_value(value)
    if attrs.has(type(value)):
        return {f.name: report_json(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, tuple):
        return [report_json(item) for item in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value
