"""How far along a commitment is, and whether it is on pace, exactly.

The arithmetic is explained in :doc:`/progress`.

For a quantity or level with baseline ``b``, target ``t`` and current value ``c``
(the latest observation on or before the as-of date; with none, ``t`` when the
status is ``completed``, else ``b``)::

    fraction = (c − b) / (t − b)      (when t == b: 1 if c is as good as t, else 0)

in either direction, never clamped. A milestone's fraction is
``(index reached + 1) / (index of target + 1)``, 0 with no stage reached. The pace
``expected`` and the ``assessment`` are those of :mod:`commitments.analysis.pace`.

Every number is a :class:`~fractions.Fraction` or a document's
:class:`~decimal.Decimal`; no float is involved.

>>> from datetime import date
>>> from decimal import Decimal
>>> from commitments.model import Commitment, Metric, Observation, Target, Text
>>> from commitments.analysis.progress import progress
>>> from commitments.model.vocab import MetricKind, Status
>>> roads = Commitment(
...     id="rural-roads", title=Text("新改建农村公路"), category="transport", owner="jt",
...     metric=Metric(kind=MetricKind.QUANTITY, unit="km"), target=Target(value=Decimal(2000)),
...     status=Status.IN_PROGRESS,
...     progress=(Observation(as_of=date(2021, 6, 30), value=Decimal(900)),),
... )
>>> p = progress(roads, year=2021, as_of=date(2021, 7, 1))
>>> p.fraction, p.expected, p.remaining, p.assessment
(Fraction(9, 20), Fraction(181, 364), Fraction(1100, 1), <Assessment.ON_TRACK: 'on_track'>)
"""

import datetime
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

import attrs
from attrs import frozen

from commitments.analysis._lines import progress_line
from commitments.analysis.pace import DEFAULT_TOLERANCE, assess, elapsed_share
from commitments.model._display import displayed
from commitments.model.arguments import expect
from commitments.model.exact import to_fraction
from commitments.model.findings import CommitmentsError
from commitments.model.parts import Jurisdiction, Observation
from commitments.model.plan import Commitment, Plan
from commitments.model.vocab import Assessment, Direction, MetricKind, Status

__all__ = ["Progress", "ProgressError", "plan_progress", "progress"]


class ProgressError(CommitmentsError, ValueError):
    """A commitment lacks what the arithmetic needs (only possible for invalid data)."""


@displayed(progress_line)
@frozen(kw_only=True)
class Progress:
    """Where one commitment stands at a date (see :doc:`/progress`).

    Attributes:
        commitment: The commitment measured.
        year: The plan year, which gives the default start and due dates.
        jurisdiction: The plan's jurisdiction, when measured through a plan.
        as_of: The date of the measurement.
        fraction: ``(c − b) / (t − b)`` (milestones: stages reached over stages to
            reach), never clamped: over-delivery shows as more than 1.
        achieved: Whether ``c`` is at least as good as ``t`` in the metric's direction
            (milestones: whether the target stage has been reached or passed).
        remaining: How much is left to reach ``t`` (≥ 0), in the metric's unit;
            ``None`` for milestones.
        exceeded_by: How far ``c`` lies past ``t`` in the direction of progress (≥ 0);
            ``None`` for milestones.
        expected: The pace: the elapsed share of the period, in [0, 1].
        assessment: The verdict: cancelled, deferred, achieved, not_started, ahead,
            on_track or behind.
        current: ``c``, the value used (or the stage reached, ``None`` for none).
        observation: The observation ``current`` comes from; ``None`` when nothing
            was observed by ``as_of`` (then ``current`` is the stand-in).
        baseline: ``b`` (``None`` for milestones).
        target: ``t``, the target value or stage.
        start: Where the period starts: ``baseline.as_of`` or 1 January.
        due: The due date: ``target.due`` or 31 December.

    """

    commitment: Commitment = attrs.field(repr=False)
    year: int
    jurisdiction: Jurisdiction | None = attrs.field(repr=False)
    as_of: datetime.date
    fraction: Fraction
    achieved: bool
    remaining: Fraction | None
    exceeded_by: Fraction | None
    expected: Fraction
    assessment: Assessment
    current: Decimal | str | None
    observation: Observation | None = attrs.field(repr=False)
    baseline: Decimal | None
    target: Decimal | str
    start: datetime.date
    due: datetime.date

    @property
    def commitment_id(self) -> str:
        """The commitment's ``id``."""
        return self.commitment.id

    @property
    def delivered(self) -> Fraction | None:
        """``c − b`` in the metric's unit (negative for a decrease); ``None`` for milestones."""
        if self.baseline is None or not isinstance(self.current, Decimal):
            return None
        return to_fraction(self.current) - to_fraction(self.baseline)

    @property
    def target_amount(self) -> Fraction | None:
        """``t − b`` in the metric's unit (negative for a decrease); ``None`` for milestones."""
        if self.baseline is None or not isinstance(self.target, Decimal):
            return None
        return to_fraction(self.target) - to_fraction(self.baseline)


class _Figures(NamedTuple):
    """What the observations say, before the pace is considered."""

    fraction: Fraction
    achieved: bool
    remaining: Fraction | None
    exceeded_by: Fraction | None
    current: Decimal | str | None
    observation: Observation | None
    baseline: Decimal | None
    target: Decimal | str


def _latest(
    commitment: Commitment, as_of: datetime.date, has: Callable[[Observation], bool]
) -> Observation | None:
    """Return the latest observation on or before ``as_of`` that carries what is measured."""
    usable = [o for o in commitment.progress or () if o.as_of <= as_of and has(o)]
    return max(usable, key=lambda o: o.as_of, default=None)


def _stage_index(stages: tuple[str, ...], stage: str, commitment: Commitment) -> int:
    if stage not in stages:
        raise ProgressError(f"{commitment.id}: stage {stage!r} is not one of {list(stages)}")
    return stages.index(stage)


def _milestone(commitment: Commitment, as_of: datetime.date) -> _Figures:
    stages = commitment.metric.effective_stages
    target = commitment.effective_target_stage or stages[-1]
    goal = _stage_index(stages, target, commitment)
    observation = _latest(commitment, as_of, lambda o: o.stage is not None)
    reached = observation.stage if observation is not None else None
    if observation is None and commitment.status is Status.COMPLETED:
        reached = target
    index = -1 if reached is None else _stage_index(stages, reached, commitment)
    return _Figures(
        fraction=Fraction(index + 1, goal + 1),
        achieved=index >= goal,
        remaining=None,
        exceeded_by=None,
        current=reached,
        observation=observation,
        baseline=None,
        target=target,
    )


def _numeric(commitment: Commitment, as_of: datetime.date) -> _Figures:
    b, t = commitment.effective_baseline_value, commitment.target.value
    if b is None or t is None:
        kind = commitment.metric.kind
        raise ProgressError(f"{commitment.id}: a {kind} needs a baseline and a target value")
    observation = _latest(commitment, as_of, lambda o: o.value is not None)
    if observation is not None and observation.value is not None:
        c = observation.value
    else:
        c = t if commitment.status is Status.COMPLETED else b
    sign = 1 if commitment.metric.effective_direction is Direction.INCREASE else -1
    # Everything measured in the direction of progress: positive is good.
    ahead_of_target = sign * (to_fraction(c) - to_fraction(t))
    distance = to_fraction(t) - to_fraction(b)
    if distance:
        fraction = (to_fraction(c) - to_fraction(b)) / distance
    else:
        fraction = Fraction(1 if ahead_of_target >= 0 else 0)
    return _Figures(
        fraction=fraction,
        achieved=ahead_of_target >= 0,
        remaining=max(Fraction(0), -ahead_of_target),
        exceeded_by=max(Fraction(0), ahead_of_target),
        current=c,
        observation=observation,
        baseline=b,
        target=t,
    )


def progress(
    commitment: Commitment,
    *,
    year: int,
    as_of: datetime.date | None = None,
    tolerance: Fraction = DEFAULT_TOLERANCE,
    jurisdiction: Jurisdiction | None = None,
) -> Progress:
    """Measure one commitment of the plan ``year`` at a date (see :doc:`/progress`).

    A cancelled or deferred commitment is measured like any other (``fraction``,
    ``achieved`` and the rest say what the figures say); only its ``assessment``
    comes from the status.

    Args:
        commitment: The commitment.
        year: The year of its plan (for the default start and due dates).
        as_of: The date to measure at (default: today). Observations after it are
            ignored.
        tolerance: How far ``fraction`` may stray from ``expected`` and be
            ``on_track`` (default 1/10, ten percentage points).
        jurisdiction: The plan's jurisdiction, recorded for summaries.

    Returns:
        The measurement.

    Raises:
        ProgressError: The commitment is invalid in a way that defeats the
            arithmetic (no target value, an unknown stage …).
        ValueError: A value is beyond the numbers the arithmetic takes (a plan
            built without validation; see :func:`commitments.model.exact.to_fraction`).
        TypeError: ``commitment`` is not a Commitment, or ``year`` not an int.

    """
    expect("progress()", "commitment", commitment, Commitment, "a Commitment")
    expect("progress()", "year", year, int, "an int")
    day = as_of if as_of is not None else datetime.date.today()
    if commitment.metric.kind is MetricKind.MILESTONE:
        figures = _milestone(commitment, day)
    else:
        figures = _numeric(commitment, day)
    start, due = commitment.effective_start(year), commitment.effective_due(year)
    expected = elapsed_share(start, due, day)
    verdict = assess(
        commitment.status,
        achieved=figures.achieved,
        fraction=figures.fraction,
        expected=expected,
        tolerance=tolerance,
    )
    return Progress(
        commitment=commitment,
        year=year,
        jurisdiction=jurisdiction,
        as_of=day,
        expected=expected,
        assessment=verdict,
        start=start,
        due=due,
        fraction=figures.fraction,
        achieved=figures.achieved,
        remaining=figures.remaining,
        exceeded_by=figures.exceeded_by,
        current=figures.current,
        observation=figures.observation,
        baseline=figures.baseline,
        target=figures.target,
    )


def plan_progress(
    plan: Plan, *, as_of: datetime.date | None = None, tolerance: Fraction = DEFAULT_TOLERANCE
) -> tuple[Progress, ...]:
    """Measure every commitment of a plan, in document order (see :func:`progress`).

    >>> from datetime import date
    >>> from decimal import Decimal
    >>> from commitments.model import Commitment, Jurisdiction, Metric, Plan, Target, Text
    >>> from commitments.analysis.progress import plan_progress
    >>> from commitments.model.vocab import MetricKind, Status
    >>> jobs = Commitment(
    ...     id="jobs", title=Text("城镇新增就业"), category="employment", owner="hrss",
    ...     metric=Metric(kind=MetricKind.QUANTITY, unit="person"),
    ...     target=Target(value=Decimal(230000)), status=Status.COMPLETED)
    >>> plan = Plan(schema_version="1.0", jurisdiction=Jurisdiction(name=Text("吉林省")),
    ...             year=2021, commitments=(jobs,))
    >>> [(p.commitment_id, p.fraction, p.assessment) for p in plan_progress(plan)]
    [('jobs', Fraction(1, 1), <Assessment.ACHIEVED: 'achieved'>)]
    """
    expect("plan_progress()", "plan", plan, Plan, "a Plan")
    day = as_of if as_of is not None else datetime.date.today()
    return tuple(
        progress(c, year=plan.year, as_of=day, tolerance=tolerance, jurisdiction=plan.jurisdiction)
        for c in plan.commitments
    )
