"""How far along a commitment is, and whether it is on pace, exactly.

The arithmetic is explained in :doc:`/progress`.

For a quantity or level with baseline ``b``, target ``t`` and current value ``c``
(from the dated evidence on or before the as-of date, see
:mod:`commitments.analysis._evidence`: the latest observation; ``t`` under a later
``completed`` claim, or under the declared status ``completed`` when nothing is
dated, from the plan year on; else ``b``)::

    fraction = (c − b) / (t − b)      (when t == b: 1 if c is as good as t, else 0)

in either direction, never clamped (``None`` for a level published without a
baseline). A milestone's fraction is
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
from decimal import Decimal
from fractions import Fraction

import attrs
from attrs import frozen

from commitments.analysis._figures import ProgressError, milestone_figures, numeric_figures
from commitments.analysis._lines import progress_line
from commitments.analysis.pace import DEFAULT_TOLERANCE, assess, elapsed_share
from commitments.model._display import displayed
from commitments.model.arguments import expect
from commitments.model.exact import to_fraction
from commitments.model.parts import Jurisdiction, Observation
from commitments.model.plan import Commitment, Plan
from commitments.model.vocab import Assessment, Evidence, MetricKind, Status

__all__ = ["Progress", "ProgressError", "plan_progress", "progress"]


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
            reach), never clamped: over-delivery shows as more than 1; ``None`` for
            a level without a baseline.
        achieved: Whether ``c`` is at least as good as ``t`` in the metric's direction
            (milestones: whether the target stage has been reached or passed).
        remaining: How much is left to reach ``t`` (≥ 0), in the metric's unit;
            ``None`` for milestones.
        exceeded_by: How far ``c`` lies past ``t`` in the direction of progress (≥ 0);
            ``None`` for milestones.
        expected: The pace: the elapsed share of the period, in [0, 1]; ``None``
            when the fraction is unknown.
        assessment: The verdict: cancelled, deferred, achieved, missed, unreported,
            not_started, ahead, on_track, behind or pace_unknown.
        current: ``c``, the value used (or the stage reached, ``None`` for none).
        observation: The observation ``current`` comes from; ``None`` when no figure
            was used (then ``current`` is a stand-in).
        evidence: What ``current`` rests on: ``observation``, ``status-claim``,
            ``declared-status`` or ``none``.
        evidence_date: The date of that evidence; ``None`` for ``declared-status``
            and ``none``.
        claimed: The status of the latest status claim on or before ``as_of``.
        file: The file the plan was read from, when known.
        baseline: ``b`` (``None`` for milestones).
        target: ``t``, the target value or stage.
        start: Where the period starts: ``baseline.as_of`` or 1 January.
        due: The due date: ``target.due`` or 31 December.

    """

    commitment: Commitment = attrs.field(repr=False)
    year: int
    jurisdiction: Jurisdiction | None = attrs.field(repr=False)
    as_of: datetime.date
    fraction: Fraction | None
    achieved: bool
    remaining: Fraction | None
    exceeded_by: Fraction | None
    expected: Fraction | None
    assessment: Assessment
    current: Decimal | str | None
    observation: Observation | None = attrs.field(repr=False)
    evidence: Evidence = Evidence.NONE
    evidence_date: datetime.date | None = None
    claimed: Status | None = attrs.field(default=None, repr=False)
    file: str | None = attrs.field(default=None, repr=False)
    baseline: Decimal | None
    target: Decimal | str
    start: datetime.date
    due: datetime.date

    @property
    def commitment_id(self) -> str:
        """The commitment's ``id``."""
        return self.commitment.id

    @property
    def stand_in(self) -> bool:
        """Whether ``current`` is the target standing in for a claim, not a figure.

        A ``completed`` status claim or declared status with no figure makes the
        target the current value: summed or shown, it is marked as such.
        """
        return self.evidence in (Evidence.STATUS_CLAIM, Evidence.DECLARED_STATUS) and (
            self.current == self.target
        )

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
        figures = milestone_figures(commitment, year, day)
    else:
        figures = numeric_figures(commitment, year, day)
    start, due = commitment.effective_start(year), commitment.effective_due(year)
    expected = None if figures.fraction is None else elapsed_share(start, due, day)
    verdict = assess(
        commitment.status,
        achieved=figures.achieved,
        fraction=figures.fraction,
        expected=expected,
        tolerance=tolerance,
        claimed=figures.found.claimed,
        reported=figures.found.reported,
        overdue=day > due,
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
        evidence=figures.evidence,
        evidence_date=figures.evidence_date,
        claimed=figures.found.claimed,
        baseline=figures.baseline,
        target=figures.target,
    )


def plan_progress(
    plan: Plan,
    *,
    as_of: datetime.date | None = None,
    tolerance: Fraction = DEFAULT_TOLERANCE,
    file: str | None = None,
) -> tuple[Progress, ...]:
    """Measure every commitment of a plan, in document order (see :func:`progress`).

    ``file``, the file the plan was read from, is recorded on each measurement (it
    names the copies of a commitment read twice, see :mod:`commitments.analysis.overlap`).

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
    measured = (
        progress(c, year=plan.year, as_of=day, tolerance=tolerance, jurisdiction=plan.jurisdiction)
        for c in plan.commitments
    )
    return tuple(m if file is None else attrs.evolve(m, file=file) for m in measured)
