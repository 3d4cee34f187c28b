import datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from commitments.analysis.pace import DEFAULT_TOLERANCE
from commitments.analysis.progress import Progress, ProgressError, plan_progress, progress
from commitments.model.parts import Baseline, Jurisdiction, Metric, Observation, Target
from commitments.model.plan import Commitment, Plan
from commitments.model.text import Text
from commitments.model.vocab import Assessment, Direction, Evidence, MetricKind, Status
from commitments.reading.document import read_document
from conftest import EXAMPLES
from reference_converter import make_converter
from strategies import decimals, plans

D = datetime.date
YEAR = 2021
END = D(2021, 12, 31)


def numeric(
    target: int | str | None,
    *,
    baseline: int | str | None = None,
    since: D | None = None,
    values: tuple[tuple[D, int | str], ...] = (),
    direction: Direction | None = None,
    status: Status = Status.IN_PROGRESS,
    due: D | None = None,
    unit: str = "item",
    kind: MetricKind = MetricKind.QUANTITY,
) -> Commitment:
    return Commitment(
        id="c",
        title=Text("c"),
        category="k",
        owner="o",
        metric=Metric(kind=kind, unit=unit, direction=direction),
        baseline=None if baseline is None else Baseline(value=Decimal(baseline), as_of=since),
        target=Target(value=None if target is None else Decimal(target), due=due),
        status=status,
        progress=tuple(Observation(as_of=d, value=Decimal(v)) for d, v in values) or None,
    )


def milestone(
    *,
    stages: tuple[str, ...] | None = None,
    target: str | None = None,
    reached: tuple[tuple[D, str], ...] = (),
    status: Status = Status.IN_PROGRESS,
) -> Commitment:
    return Commitment(
        id="m",
        title=Text("m"),
        category="k",
        owner="o",
        metric=Metric(kind=MetricKind.MILESTONE, stages=stages),
        target=Target(stage=target),
        status=status,
        progress=tuple(Observation(as_of=d, stage=s) for d, s in reached) or None,
    )


# -- fraction, achieved, remaining, exceeded_by ---------------------------------------------


def test_fraction_is_c_minus_b_over_t_minus_b() -> None:
    p = progress(numeric(2000, values=((D(2021, 6, 30), 900),)), year=YEAR, as_of=END)
    assert (p.fraction, p.achieved, p.remaining, p.exceeded_by) == (
        Fraction(9, 20),
        False,
        Fraction(1100),
        Fraction(0),
    )
    assert (p.current, p.baseline, p.target) == (Decimal(900), Decimal(0), Decimal(2000))
    assert p.delivered == 900
    assert p.target_amount == 2000


def test_a_level_counts_from_its_baseline() -> None:
    c = numeric("95", baseline="93", values=((D(2021, 9, 1), "94.5"),), kind=MetricKind.LEVEL)
    p = progress(c, year=YEAR, as_of=END)
    assert p.fraction == Fraction(3, 4)
    assert p.remaining == Fraction(1, 2)


def test_over_delivery_is_never_clamped() -> None:
    p = progress(numeric(2000, values=((D(2021, 6, 30), 2100),)), year=YEAR, as_of=END)
    assert p.fraction == Fraction(21, 20)
    assert p.achieved
    assert p.remaining == 0
    assert p.exceeded_by == 100
    assert p.assessment is Assessment.ACHIEVED


def test_going_backwards_gives_a_negative_fraction() -> None:
    c = numeric(120, baseline=100, values=((D(2021, 6, 30), 90),))
    p = progress(c, year=YEAR, as_of=END)
    assert p.fraction == Fraction(-1, 2)
    assert p.remaining == 30
    assert p.assessment is Assessment.NOT_STARTED


@pytest.mark.parametrize(
    ("direction", "value", "fraction", "achieved"),
    [
        (None, 50, Fraction(1), True),
        (None, 51, Fraction(1), True),
        (None, 49, Fraction(0), False),
        (Direction.DECREASE, 50, Fraction(1), True),
        (Direction.DECREASE, 49, Fraction(1), True),
        (Direction.DECREASE, 51, Fraction(0), False),
    ],
)
def test_target_equal_to_baseline(
    direction: Direction | None, value: int, fraction: Fraction, achieved: bool
) -> None:
    c = numeric(50, baseline=50, values=((D(2021, 6, 30), value),), direction=direction)
    p = progress(c, year=YEAR, as_of=END)
    assert (p.fraction, p.achieved) == (fraction, achieved)
    assert p.remaining == (0 if achieved else 1)
    assert p.exceeded_by == (1 if value != 50 and achieved else 0)


def test_a_decrease_uses_the_same_formula() -> None:
    def at(value: int) -> tuple[Fraction, bool, Fraction | None, Fraction | None]:
        c = numeric(
            9000, baseline=12000, values=((D(2021, 6, 30), value),), direction=Direction.DECREASE
        )
        p = progress(c, year=YEAR, as_of=END)
        return p.fraction, p.achieved, p.remaining, p.exceeded_by

    assert at(10500) == (Fraction(1, 2), False, Fraction(1500), Fraction(0))
    assert at(9000) == (Fraction(1), True, Fraction(0), Fraction(0))
    assert at(8000) == (Fraction(4, 3), True, Fraction(0), Fraction(1000))
    assert at(13000) == (Fraction(-1, 3), False, Fraction(4000), Fraction(0))


# -- which value is current ---------------------------------------------------------------


def test_current_is_the_latest_observation_on_or_before_as_of() -> None:
    c = numeric(100, values=((D(2021, 3, 31), 20), (D(2021, 6, 30), 50), (D(2021, 9, 30), 80)))
    assert progress(c, year=YEAR, as_of=D(2021, 6, 30)).current == 50  # on the day
    p = progress(c, year=YEAR, as_of=D(2021, 8, 1))
    assert p.current == 50
    assert p.observation is not None
    assert p.observation.as_of == D(2021, 6, 30)
    assert progress(c, year=YEAR, as_of=END).current == 80


def test_observations_after_as_of_are_ignored() -> None:
    c = numeric(100, values=((D(2021, 6, 30), 100),), status=Status.IN_PROGRESS)
    p = progress(c, year=YEAR, as_of=D(2021, 6, 29))
    assert p.current == 0
    assert p.observation is None
    assert p.fraction == 0
    assert not p.achieved


@pytest.mark.parametrize(
    ("status", "current"),
    [
        (Status.COMPLETED, 100),
        (Status.PLANNED, 10),
        (Status.IN_PROGRESS, 10),
        (Status.MISSED, 10),
        (Status.CANCELLED, 10),
        (Status.DEFERRED, 10),
    ],
)
def test_without_observations_completed_stands_for_the_target(status: Status, current: int) -> None:
    p = progress(numeric(100, baseline=10, status=status), year=YEAR, as_of=END)
    assert p.current == current
    assert p.observation is None
    assert p.achieved is (status is Status.COMPLETED)


def test_a_quantity_baseline_defaults_to_zero() -> None:
    p = progress(numeric(40), year=YEAR, as_of=END)
    assert p.baseline == 0
    assert p.current == 0


# -- milestones -----------------------------------------------------------------------------


def test_milestone_with_the_default_stages() -> None:
    assert progress(milestone(), year=YEAR, as_of=END).fraction == 0
    started = progress(milestone(reached=((D(2021, 5, 1), "started"),)), year=YEAR, as_of=END)
    assert (started.fraction, started.achieved, started.current) == (
        Fraction(1, 2),
        False,
        "started",
    )
    assert started.target == "completed"
    assert started.remaining is None
    assert started.exceeded_by is None
    assert started.delivered is None
    assert started.target_amount is None
    done = milestone(reached=((D(2021, 5, 1), "started"), (D(2021, 11, 1), "completed")))
    p = progress(done, year=YEAR, as_of=END)
    assert (p.fraction, p.achieved, p.assessment) == (Fraction(1), True, Assessment.ACHIEVED)


STAGES = ("design", "tender", "construction", "in_operation")


@pytest.mark.parametrize(
    ("reached", "fraction", "achieved"),
    [
        ((), Fraction(0), False),
        (("design",), Fraction(1, 3), False),
        (("design", "tender"), Fraction(2, 3), False),
        (("construction",), Fraction(1), True),
        (("tender", "in_operation"), Fraction(4, 3), True),
        (("in_operation", "tender"), Fraction(2, 3), False),  # the latest counts
    ],
)
def test_milestone_with_custom_stages_and_target(
    reached: tuple[str, ...], fraction: Fraction, achieved: bool
) -> None:
    observed = tuple((D(2021, 2 + i, 1), stage) for i, stage in enumerate(reached))
    c = milestone(stages=STAGES, target="construction", reached=observed)
    p = progress(c, year=YEAR, as_of=END)
    assert (p.fraction, p.achieved) == (fraction, achieved)


def test_milestone_completed_without_observations_reaches_its_target() -> None:
    c = milestone(stages=STAGES, target="tender", status=Status.COMPLETED)
    p = progress(c, year=YEAR, as_of=END)
    assert (p.current, p.fraction, p.achieved) == ("tender", Fraction(1), True)
    assert progress(milestone(stages=STAGES), year=YEAR, as_of=END).current is None


def test_an_unknown_stage_is_a_progress_error() -> None:
    with pytest.raises(ProgressError, match="stage 'demolished'"):
        progress(milestone(reached=((D(2021, 5, 1), "demolished"),)), year=YEAR, as_of=END)


def test_a_quantity_without_target_value_is_a_progress_error() -> None:
    with pytest.raises(ProgressError, match="target value"):
        progress(numeric(None), year=YEAR, as_of=END)


# -- pace and assessment --------------------------------------------------------------------


def test_expected_runs_from_1_january_to_31_december() -> None:
    c = numeric(2000, values=((D(2021, 6, 30), 900),))
    p = progress(c, year=YEAR, as_of=D(2021, 7, 1))
    assert (p.start, p.due) == (D(2021, 1, 1), END)
    assert p.expected == Fraction(181, 364)
    assert p.assessment is Assessment.ON_TRACK
    assert progress(c, year=YEAR, as_of=D(2021, 10, 1)).assessment is Assessment.BEHIND
    early = numeric(2000, values=((D(2021, 2, 1), 800),))
    assert progress(early, year=YEAR, as_of=D(2021, 3, 1)).assessment is Assessment.AHEAD
    # Nothing reported by 31 January: unreported, not "not started".
    assert progress(early, year=YEAR, as_of=D(2021, 1, 31)).assessment is Assessment.UNREPORTED


def test_a_baseline_dated_in_the_previous_year_starts_the_period() -> None:
    c = numeric(2776, baseline=0, since=D(2019, 1, 1), values=((D(2020, 12, 31), 1204),))
    p = progress(c, year=2020, as_of=D(2020, 1, 1))
    assert p.start == D(2019, 1, 1)
    assert p.expected == Fraction(1, 2)


def test_a_due_date_inside_the_year_ends_the_period() -> None:
    c = numeric(12, due=D(2021, 6, 30), values=((D(2021, 3, 31), 3),))
    p = progress(c, year=YEAR, as_of=D(2021, 3, 31))
    assert p.expected == Fraction(89, 180)
    assert p.assessment is Assessment.BEHIND
    assert progress(c, year=YEAR, as_of=D(2021, 7, 1)).expected == 1


def test_an_empty_period_is_expected_from_its_due_day() -> None:
    c = numeric(10, baseline=0, since=D(2021, 5, 1), due=D(2021, 5, 1))
    assert progress(c, year=YEAR, as_of=D(2021, 4, 30)).expected == 0
    assert progress(c, year=YEAR, as_of=D(2021, 5, 1)).expected == 1


@pytest.mark.parametrize("status", [Status.CANCELLED, Status.DEFERRED])
def test_cancelled_and_deferred_keep_their_figures(status: Status) -> None:
    c = numeric(10, values=((D(2021, 5, 1), 12),), status=status)
    p = progress(c, year=YEAR, as_of=END)
    assert p.assessment == Assessment(status.value)
    assert (p.fraction, p.achieved) == (Fraction(6, 5), True)


def test_the_tolerance_is_a_parameter() -> None:
    c = numeric(100, values=((D(2021, 7, 2), 45),))
    assert progress(c, year=YEAR, as_of=D(2021, 7, 2)).assessment is Assessment.ON_TRACK
    strict = progress(c, year=YEAR, as_of=D(2021, 7, 2), tolerance=Fraction(1, 50))
    assert strict.assessment is Assessment.BEHIND


def test_as_of_defaults_to_today() -> None:
    before = D.today()
    p = progress(numeric(10), year=YEAR)
    assert before <= p.as_of <= D.today()


# -- whole plans and the real figures ------------------------------------------------------


def test_plan_progress_measures_every_commitment_in_order() -> None:
    jurisdiction = Jurisdiction(name=Text({"zh": "吉林省"}), code="CN-JL")
    items = (numeric(10), milestone())
    plan = Plan(schema_version="1.0", jurisdiction=jurisdiction, year=YEAR, commitments=items)
    measured = plan_progress(plan, as_of=END)
    assert [p.commitment_id for p in measured] == ["c", "m"]
    assert all(p.jurisdiction == jurisdiction and p.year == YEAR for p in measured)


def example(name: str) -> Plan:
    """Read a shipped example without the validator (tested on its own elsewhere)."""
    value = read_document((EXAMPLES / name).read_bytes(), file=name).value
    plan: Plan = make_converter().structure(value, Plan)
    return plan


def test_old_communities_at_the_end_of_2020() -> None:
    plan = example("jilin-old-communities-2019-2020.json")
    by_id = {p.commitment_id: p for p in plan_progress(plan, as_of=D(2020, 12, 31))}
    communities = by_id["old-community-renovation"]
    assert (communities.current, communities.target) == (1204, 2776)
    assert communities.fraction == Fraction(1204, 2776) == Fraction(301, 694)
    assert communities.remaining == 1572
    assert communities.expected == 1
    assert not communities.achieved
    assert communities.assessment is Assessment.BEHIND
    households = by_id["old-community-renovation-households"]
    assert households.fraction == Fraction(4, 7)
    assert households.remaining == 210000
    assert households.assessment is Assessment.BEHIND
    started = by_id["old-community-2019-2020-batch-started"]
    assert (started.fraction, started.assessment) == (Fraction(1), Assessment.ACHIEVED)


def test_old_communities_half_way_through_the_task() -> None:
    plan = example("jilin-old-communities-2019-2020.json")
    (communities, *_) = plan_progress(plan, as_of=D(2020, 1, 1))
    # Nothing is observed before 2020-12-31: in progress, so c is the baseline, and
    # with no report at all the verdict is unreported.
    assert (communities.fraction, communities.expected) == (0, Fraction(1, 2))
    assert communities.assessment is Assessment.UNREPORTED
    assert (communities.evidence, communities.evidence_date) == (Evidence.NONE, None)


def test_all_184_projects_of_the_13th_five_year_plan_were_completed() -> None:
    plan = example("jilin-2016-2020-livelihood-projects.json")
    (p,) = plan_progress(plan, as_of=D(2020, 12, 31))
    assert (p.fraction, p.achieved, p.remaining, p.exceeded_by) == (1, True, 0, 0)
    assert p.start == D(2016, 1, 1)
    assert p.assessment is Assessment.ACHIEVED
    (midway,) = plan_progress(plan, as_of=D(2018, 7, 2))
    assert midway.expected == Fraction(913, 1826)  # 2016-01-01 → 2018-07-02 of 1826 days


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_every_example_can_be_measured(path: Path) -> None:
    for p in plan_progress(example(path.name), as_of=D(2021, 12, 31)):
        assert p.expected is not None
        assert 0 <= p.expected <= 1
        assert p.remaining is None or p.remaining >= 0


# -- properties -----------------------------------------------------------------------------


def measured(
    b: Decimal, t: Decimal, c: Decimal, direction: Direction, unit: str = "item"
) -> tuple[Fraction, bool, Fraction | None, Fraction | None, Fraction | None]:
    commitment = Commitment(
        id="c",
        title=Text("c"),
        category="k",
        owner="o",
        metric=Metric(kind=MetricKind.QUANTITY, unit=unit, direction=direction),
        baseline=Baseline(value=b),
        target=Target(value=t),
        status=Status.IN_PROGRESS,
        progress=(Observation(as_of=D(2021, 6, 30), value=c),),
    )
    p = progress(commitment, year=YEAR, as_of=END)
    return p.fraction, p.achieved, p.remaining, p.exceeded_by, p.delivered


@st.composite
def baseline_and_target(draw: st.DrawFn) -> tuple[Decimal, Decimal, Direction]:
    """A baseline, and a target on the side of it that ``direction`` calls progress."""
    direction = draw(st.sampled_from(Direction))
    b, distance = draw(decimals()), draw(decimals(min_value=0))
    return b, b + distance if direction is Direction.INCREASE else b - distance, direction


@given(baseline_and_target(), decimals(), decimals())
def test_fraction_is_monotone_in_the_direction_of_progress(
    bt: tuple[Decimal, Decimal, Direction], c1: Decimal, c2: Decimal
) -> None:
    b, t, direction = bt
    worse, better = sorted((c1, c2), reverse=direction is Direction.DECREASE)
    assert measured(b, t, worse, direction)[0] <= measured(b, t, better, direction)[0]


@given(baseline_and_target(), decimals())
def test_increase_and_decrease_are_mirror_images(
    bt: tuple[Decimal, Decimal, Direction], c: Decimal
) -> None:
    b, t, direction = bt
    flipped = Direction.DECREASE if direction is Direction.INCREASE else Direction.INCREASE
    here = measured(b, t, c, direction)
    there = measured(-b, -t, -c, flipped)
    assert here[:4] == there[:4]
    assert here[4] == -(there[4] or 0)


@given(baseline_and_target(), decimals(), st.sampled_from([("km", "m", 3), ("m", "km", -3)]))
def test_a_unit_conversion_leaves_the_fraction_unchanged(
    bt: tuple[Decimal, Decimal, Direction], c: Decimal, conversion: tuple[str, str, int]
) -> None:
    b, t, direction = bt
    unit, other, shift = conversion
    here = measured(b, t, c, direction, unit)
    there = measured(b.scaleb(shift), t.scaleb(shift), c.scaleb(shift), direction, other)
    assert here[:2] == there[:2]


@given(baseline_and_target(), decimals())
def test_achieved_iff_fraction_reaches_one(
    bt: tuple[Decimal, Decimal, Direction], c: Decimal
) -> None:
    b, t, direction = bt
    assume(t != b)
    fraction, achieved, *_ = measured(b, t, c, direction)
    assert achieved is (fraction >= 1)


@given(baseline_and_target(), decimals())
def test_remaining_and_delivered_make_up_the_distance(
    bt: tuple[Decimal, Decimal, Direction], c: Decimal
) -> None:
    b, t, direction = bt
    _, _, remaining, exceeded_by, delivered = measured(b, t, c, direction)
    assert remaining is not None
    assert exceeded_by is not None
    assert delivered is not None
    sign = 1 if direction is Direction.INCREASE else -1
    distance = sign * (Fraction(t) - Fraction(b))
    assert remaining >= 0
    assert exceeded_by >= 0
    assert min(remaining, exceeded_by) == 0
    if not exceeded_by:
        assert remaining + sign * delivered == distance
    else:
        assert sign * delivered - exceeded_by == distance


def _pace_verdict(p: Progress) -> Assessment:
    """The assessment the arithmetic's order gives, written out once more for the test."""
    c, status = p.commitment, p.commitment.status
    reported = any(o.as_of <= p.as_of for o in c.progress or ())
    if status in (Status.CANCELLED, Status.DEFERRED):
        return Assessment(status.value)
    if p.achieved:
        return Assessment.ACHIEVED
    if Status.MISSED in (status, p.claimed):
        return Assessment.MISSED
    if not reported and status in (Status.PLANNED, Status.IN_PROGRESS):
        return Assessment.UNREPORTED
    if p.as_of > p.due:
        return Assessment.MISSED
    if p.fraction is None or p.expected is None:
        return Assessment.PACE_UNKNOWN
    if p.fraction <= 0:
        return Assessment.NOT_STARTED
    if abs(p.fraction - p.expected) <= DEFAULT_TOLERANCE:
        return Assessment.ON_TRACK
    return Assessment.AHEAD if p.fraction > p.expected else Assessment.BEHIND


@given(plans(), st.dates(D(1990, 1, 1), D(2060, 12, 31)))
def test_every_valid_plan_can_be_measured(plan: Plan, day: D) -> None:
    for p in plan_progress(plan, as_of=day):
        c = p.commitment
        assert p.expected is None or 0 <= p.expected <= 1
        assert p.as_of == day
        if c.metric.kind is MetricKind.MILESTONE:
            assert p.remaining is None
            assert p.fraction is not None
            assert p.fraction >= 0
        dated = [o for o in c.progress or () if o.as_of <= day]
        # Dated evidence: the latest figure on or before the date, or a stand-in.
        if p.evidence is Evidence.OBSERVATION:
            assert p.observation is not None
            assert p.observation in dated
            assert p.evidence_date == p.observation.as_of
            assert not p.stand_in or p.current == p.target
        elif p.evidence is Evidence.STATUS_CLAIM:
            assert p.evidence_date is not None
            assert dated
        elif p.evidence is Evidence.DECLARED_STATUS:
            assert not dated
            assert c.status is Status.COMPLETED
            assert day.year >= plan.year
            assert p.achieved
            assert p.stand_in
            assert p.evidence_date is None
        else:
            assert p.evidence_date is None
            assert p.observation is None
            assert not (c.status is Status.COMPLETED and not dated and day.year >= plan.year)
        figures = [o for o in dated if o.value is not None or o.stage is not None]
        if figures and p.evidence is Evidence.OBSERVATION:
            assert p.observation == max(figures, key=lambda o: o.as_of)
        assert p.assessment is _pace_verdict(p)
