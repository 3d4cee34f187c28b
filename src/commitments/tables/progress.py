"""Progress as a table: one row per commitment measured at a date.

Each row is one :class:`~commitments.analysis.progress.Progress`, its figures split
so that every column has one type: ``current`` and ``target`` are numbers
(quantity and level), ``current_stage`` and ``target_stage`` stage names
(milestone). ``evidence`` says what ``current`` rests on: an ``observation`` (dated
``evidence_date``), a ``status-claim`` (a dated status with no figure), the
``declared-status`` ``completed`` standing in for a figure, or ``none`` (the
baseline, or no stage); ``stand_in`` marks a target standing in for a claim. One
commitment counts once: the same (jurisdiction, year, id) read from several files
gives one row, the copy with the latest evidence.

>>> from commitments.tables import progress_table
>>> table = progress_table("examples/jilin-old-communities-2019-2020.json", as_of="2020-12-31")
>>> for row in table:
...     print(row["commitment_id"], round(row["fraction"], 3), row["evidence"], row["assessment"])
old-community-renovation 0.434 observation behind
old-community-renovation-households 0.571 observation behind
old-community-2019-2020-batch-started 1.0 observation achieved
"""

import datetime
import os
from collections.abc import Iterable
from fractions import Fraction
from typing import Any

from commitments.analysis.overlap import one_per_commitment
from commitments.analysis.pace import DEFAULT_TOLERANCE
from commitments.analysis.progress import Progress, plan_progress
from commitments.model.plan import Plan
from commitments.model.vocab import MetricKind
from commitments.reading.datasets import StrPath
from commitments.tables._columns import Column, Shape
from commitments.tables._sources import (
    FiledPlan,
    Languages,
    jurisdiction_key,
    languages,
    measured_on,
    plans_with_files,
)
from commitments.tables.table import Table

__all__ = ["PROGRESS", "evidence", "progress_table"]

#: One row per commitment measured at a date.
PROGRESS = Shape(
    "progress",
    "One row per commitment, measured at a date: how far along it is and whether on pace.",
    (
        Column("file", "string", "The file the plan was read from; empty for a plan in hand."),
        Column("jurisdiction", "string", "The plan's jurisdiction: its code, else its name."),
        Column("year", "integer", "The plan year."),
        Column("commitment_id", "string", "The commitment's id."),
        Column("title", "string", "The commitment's title, in the preferred language."),
        Column("category", "string", "The category id."),
        Column("owner", "string", "The lead agency."),
        Column("kind", "string", "The kind of metric: quantity, level or milestone."),
        Column("unit", "string", "The metric's unit; empty for a milestone."),
        Column("direction", "string", "increase or decrease (the default applied)."),
        Column("baseline", "number", "b, the baseline (default applied); empty for a milestone."),
        Column("target", "number", "t, the target value; empty for a milestone."),
        Column("target_stage", "string", "A milestone's target stage; empty otherwise."),
        Column("current", "number", "c, the value used at the date; empty for a milestone."),
        Column("current_stage", "string", "A milestone's stage reached; empty if none."),
        Column(
            "evidence",
            "string",
            "What current rests on: observation, status-claim (a dated status with no "
            "figure), declared-status (completed standing in for a figure) or none.",
        ),
        Column(
            "evidence_date",
            "date",
            "The date of that evidence; empty for declared-status and none.",
        ),
        Column("due", "date", "The due date: target.due or 31 December."),
        Column("fraction", "number", "(c - b) / (t - b), never clamped (milestone: stages)."),
        Column("expected", "number", "The pace: the elapsed share of the period, in [0, 1]."),
        Column("achieved", "boolean", "Whether c is at least as good as t."),
        Column("assessment", "string", "The verdict: pace, achievement or status."),
        Column("status", "string", "The status the publisher declares."),
        Column("as_of", "date", "The date of the measurement."),
        Column("start", "date", "Start of the period: baseline.as_of or 1 January."),
        Column("remaining", "number", "What is left to reach t (>= 0); empty for a milestone."),
        Column("exceeded_by", "number", "How far c lies past t (>= 0); empty for a milestone."),
        Column(
            "stand_in",
            "boolean",
            "Whether current is the target standing in for a completed claim with no figure.",
        ),
    ),
)


def evidence(p: Progress) -> str:
    """Return what a measurement's ``current`` rests on (its :attr:`~Progress.evidence`)."""
    return str(p.evidence)


def _row(file: str | None, p: Progress, langs: tuple[str, ...]) -> tuple[Any, ...]:
    c = p.commitment
    milestone = c.metric.kind is MetricKind.MILESTONE
    return (
        file,
        jurisdiction_key(p.jurisdiction, langs),
        p.year,
        c.id,
        c.title.best(*langs),
        c.category,
        c.owner,
        str(c.metric.kind),
        c.metric.unit,
        str(c.metric.effective_direction),
        p.baseline,
        None if milestone else p.target,
        p.target if milestone else None,
        None if milestone else p.current,
        p.current if milestone else None,
        evidence(p),
        p.evidence_date,
        p.due,
        p.fraction,
        p.expected,
        p.achieved,
        str(p.assessment),
        str(c.status),
        p.as_of,
        p.start,
        p.remaining,
        p.exceeded_by,
        p.stand_in,
    )


def progress_table(
    plans: StrPath | Plan | FiledPlan | Iterable[StrPath | Plan | FiledPlan | Progress],
    *,
    as_of: datetime.date | str | None = None,
    tolerance: Fraction = DEFAULT_TOLERANCE,
    lang: Languages = None,
    exact: bool = False,
) -> Table:
    """Measure every commitment of some plans at a date, one row each.

    Args:
        plans: A dataset path (file or folder), a plan (or a
            :class:`~commitments.tables.FiledPlan`), an iterable of these, or
            measurements already made (:func:`commitments.progress`,
            :func:`commitments.plan_progress`), which keep their own date.
        as_of: The date to measure at (a date or ``"YYYY-MM-DD"``; default today).
        tolerance: How far ``fraction`` may stray from ``expected`` and be ``on_track``.
        lang: The preferred language(s) of the title.
        exact: Keep numbers exact (Decimals and Fractions) rather than floats.

    Returns:
        A table of shape :data:`PROGRESS`, in the order the plans were read.

    Raises:
        InvalidDocument: A document read from a path is invalid.

    """
    langs = languages(lang)
    day = measured_on(as_of)
    items: list[StrPath | Plan | FiledPlan | Progress] = (
        [plans] if isinstance(plans, Plan | FiledPlan | str | os.PathLike) else list(plans)
    )
    measured: list[Progress] = []
    for item in items:
        if isinstance(item, Progress):
            measured.append(item)
            continue
        measured.extend(
            p
            for file, plan in plans_with_files(item)
            for p in plan_progress(plan, as_of=day, tolerance=tolerance, file=file)
        )
    kept, _ = one_per_commitment(measured)
    return Table(PROGRESS, [_row(p.file, p, langs) for p in kept], exact=exact)
