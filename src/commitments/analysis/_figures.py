"""The figures of one commitment at a date, from its dated evidence (see :doc:`/progress`).

For a quantity or level with baseline ``b`` and target ``t``, ``c`` is, first that
applies: the target under the latest status claim ``completed`` (unless the latest
figure is better than the target: then that figure); the latest figure; the
baseline when only other claims were made; the target when nothing is dated and
the declared status is ``completed`` from the plan year on; else the baseline. A
milestone's stage reached follows the same order. A level published without a
baseline (format 1.1) has no fraction: ``None``.
"""

import datetime
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

from commitments.analysis._evidence import Found, dated_evidence
from commitments.model.exact import to_fraction
from commitments.model.findings import CommitmentsError
from commitments.model.parts import Observation
from commitments.model.plan import Commitment
from commitments.model.vocab import Direction, Evidence, Status

__all__ = ["Figures", "ProgressError", "milestone_figures", "numeric_figures"]


class ProgressError(CommitmentsError, ValueError):
    """A commitment lacks what the arithmetic needs (only possible for invalid data)."""


class Figures(NamedTuple):
    """What the evidence says, before the pace is considered."""

    fraction: Fraction | None
    achieved: bool
    remaining: Fraction | None
    exceeded_by: Fraction | None
    current: Decimal | str | None
    observation: Observation | None
    baseline: Decimal | None
    target: Decimal | str
    evidence: Evidence
    evidence_date: datetime.date | None
    found: Found


def _fallback(
    commitment: Commitment, found: Found, year: int, as_of: datetime.date
) -> tuple[Evidence, datetime.date | None, bool]:
    """Return the evidence when no figure is used, and whether the target stands in."""
    if found.claim is not None:
        return Evidence.STATUS_CLAIM, found.claim.as_of, found.claimed is Status.COMPLETED
    if found.reported:  # an observation without figure or status: invalid data
        return Evidence.NONE, None, False
    if commitment.status is Status.COMPLETED and as_of.year >= year:
        return Evidence.DECLARED_STATUS, None, True
    return Evidence.NONE, None, False


def _stage_index(stages: tuple[str, ...], stage: str, commitment: Commitment) -> int:
    if stage not in stages:
        raise ProgressError(f"{commitment.id}: stage {stage!r} is not one of {list(stages)}")
    return stages.index(stage)


def milestone_figures(commitment: Commitment, year: int, as_of: datetime.date) -> Figures:
    """Measure a milestone: the stage reached over the stages to reach."""
    stages = commitment.metric.effective_stages
    target = commitment.effective_target_stage or stages[-1]
    goal = _stage_index(stages, target, commitment)
    found = dated_evidence(commitment.progress or (), as_of, lambda o: o.stage is not None)
    figure = found.figure
    day: datetime.date | None
    observed = -1 if figure is None else _stage_index(stages, str(figure.stage), commitment)
    if figure is not None and not (found.claimed is Status.COMPLETED and observed < goal):
        index, evidence, day, used = observed, Evidence.OBSERVATION, figure.as_of, figure
    else:
        # Here any figure is overruled by a later-or-equal "completed" claim.
        evidence, day, stands_in = _fallback(commitment, found, year, as_of)
        index, used = (goal if stands_in else -1), None
    return Figures(
        fraction=Fraction(index + 1, goal + 1),
        achieved=index >= goal,
        remaining=None,
        exceeded_by=None,
        current=None if index < 0 else stages[index],
        observation=used,
        baseline=None,
        target=target,
        evidence=evidence,
        evidence_date=day,
        found=found,
    )


def numeric_figures(commitment: Commitment, year: int, as_of: datetime.date) -> Figures:
    """Measure a quantity or level: ``c`` against ``b`` and ``t``."""
    b, t = commitment.effective_baseline_value, commitment.target.value
    if t is None:
        kind = commitment.metric.kind
        raise ProgressError(f"{commitment.id}: a {kind} needs a target value")
    sign = 1 if commitment.metric.effective_direction is Direction.INCREASE else -1
    found = dated_evidence(commitment.progress or (), as_of, lambda o: o.value is not None)
    figure = found.figure
    day: datetime.date | None
    c: Decimal | None
    if (
        figure is not None
        and figure.value is not None
        and (
            found.claimed is not Status.COMPLETED
            or sign * (to_fraction(figure.value) - to_fraction(t)) > 0
        )
    ):
        c, evidence, day, used = figure.value, Evidence.OBSERVATION, figure.as_of, figure
    else:
        # Here any figure is overruled by the latest claim, "completed".
        evidence, day, stands_in = _fallback(commitment, found, year, as_of)
        c, used = (t if stands_in else b), None
    if c is None:  # a level without a baseline, and no figure: nothing to measure against
        return Figures(None, False, None, None, None, None, b, t, evidence, day, found)
    # Everything measured in the direction of progress: positive is good.
    ahead_of_target = sign * (to_fraction(c) - to_fraction(t))
    fraction: Fraction | None = None
    if b is not None:
        distance = to_fraction(t) - to_fraction(b)
        if distance:
            fraction = (to_fraction(c) - to_fraction(b)) / distance
        else:
            fraction = Fraction(1 if ahead_of_target >= 0 else 0)
    return Figures(
        fraction=fraction,
        achieved=ahead_of_target >= 0,
        remaining=max(Fraction(0), -ahead_of_target),
        exceeded_by=max(Fraction(0), ahead_of_target),
        current=c,
        observation=used,
        baseline=b,
        target=t,
        evidence=evidence,
        evidence_date=day,
        found=found,
    )
