import datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import attrs
import pytest
from hypothesis import given

from commitments import iter_plans
from commitments.analysis.history import History, JurisdictionHistory, Trend
from commitments.model.parts import Jurisdiction, Metric, Observation, Target
from commitments.model.plan import Commitment, Plan
from commitments.model.text import Text
from commitments.model.vocab import MetricKind, Status
from strategies import plans

EXAMPLES = Path(__file__).parent.parent.parent / "examples"
JILIN = Jurisdiction(name=Text("吉林省"), code="CN-JL")

JOBS = Commitment(
    id="jobs",
    title=Text("城镇新增就业"),
    category="employment",
    owner="hrss",
    metric=Metric(kind=MetricKind.QUANTITY, unit="person"),
    target=Target(value=Decimal(200000)),
    status=Status.COMPLETED,
)


def plan(year: int, *items: Commitment, jurisdiction: Jurisdiction = JILIN) -> Plan:
    return Plan(schema_version="1.0", jurisdiction=jurisdiction, year=year, commitments=items)


def jobs(target: int, **changes: object) -> Commitment:
    return attrs.evolve(JOBS, target=Target(value=Decimal(target)), **changes)


@pytest.fixture(scope="module")
def examples() -> History:
    return History(iter_plans(EXAMPLES))


def jilin_of(history: History) -> JurisdictionHistory:
    return history.jurisdiction("CN-JL")


def test_examples_keep_jurisdictions_apart(examples: History) -> None:
    assert [j.jurisdiction.code for j in examples] == ["CN-SC-CD", "XX-EC", "CN-JL"]
    assert examples.jurisdiction("Example City").years == (2022,)
    assert jilin_of(examples).years == (2020, 2021)
    with pytest.raises(KeyError):
        examples.jurisdiction("CN-XX")


def test_examples_recurring_commitments_and_trends(examples: History) -> None:
    jilin = jilin_of(examples)
    trends = {c.id: c.trend for c in jilin.recurring}
    assert trends == {
        "old-community-renovation": Trend.FALLING,
        "old-community-renovation-households": Trend.FALLING,
        "rural-roads": Trend.FALLING,  # 2,500,000 m then 2,000 km
        "urban-new-jobs": Trend.RISING,
    }
    roads = jilin.commitment("rural-roads")
    assert roads is not None
    first, second = roads.years
    assert (first.target, first.unit, first.latest, first.achieved) == (
        Decimal(2500000),
        "m",
        Decimal(2350000),
        False,
    )
    assert first.fraction == Fraction(47, 50)
    assert (second.year, second.status, second.latest, second.latest_as_of) == (
        2021,
        Status.PLANNED,
        None,
        None,
    )


def test_two_plans_of_one_year_merge_by_id_the_later_superseding(examples: History) -> None:
    jilin = jilin_of(examples)
    (year_2020, _) = jilin.by_year
    assert (year_2020.year, year_2020.plans, year_2020.count) == (2020, 3, 8)
    renovation = jilin.commitment("old-community-renovation")
    assert renovation is not None
    assert [e.year for e in renovation.years] == [2020, 2021]


def test_later_plan_of_a_year_supersedes() -> None:
    history = History([plan(2021, jobs(200000)), plan(2021, jobs(250000))])
    (jilin,) = history
    series = jilin.commitment("jobs")
    assert series is not None
    assert [e.target for e in series.years] == [Decimal(250000)]
    assert not series.recurring


def test_fulfilment_per_year_and_category_excludes_cancelled() -> None:
    missed = jobs(10, id="training", status=Status.MISSED, category="training")
    cancelled = jobs(10, id="fairs", status=Status.CANCELLED)
    observed = jobs(
        300000,
        status=Status.IN_PROGRESS,
        progress=(Observation(as_of=datetime.date(2021, 12, 31), value=Decimal(300000)),),
    )
    late = jobs(
        10,
        id="training",
        category="training",
        status=Status.IN_PROGRESS,
        progress=(Observation(as_of=datetime.date(2022, 1, 5), value=Decimal(10)),),
    )
    (jilin,) = History([plan(2020, JOBS, missed, cancelled), plan(2021, observed, late)])
    assert [(r.year, r.count, r.counted, r.achieved, r.fulfilment_rate) for r in jilin.by_year] == [
        (2020, 3, 2, 1, Fraction(1, 2)),
        (2021, 2, 2, 1, Fraction(1, 1)),  # "late" reported only after its due date
    ]
    assert [(r.category, r.year, r.fulfilment_rate) for r in jilin.by_category] == [
        ("employment", 2020, Fraction(1)),
        ("employment", 2021, Fraction(1)),
        ("training", 2020, Fraction(0)),
        ("training", 2021, None),  # reported only after the due date: unreported
    ]
    assert [r.unreported for r in jilin.by_year] == [0, 1]
    training = jilin.commitment("training")
    assert training is not None
    assert training.years[-1].latest == 10
    assert training.trend is Trend.STEADY


def test_only_cancelled_gives_no_rate() -> None:
    (jilin,) = History([plan(2020, attrs.evolve(JOBS, status=Status.CANCELLED))])
    assert jilin.by_year[0].fulfilment_rate is None


@pytest.mark.parametrize(
    ("targets", "trend"),
    [
        ((1, 2, 2), Trend.RISING),
        ((3, 2, 1), Trend.FALLING),
        ((2, 2), Trend.STEADY),
        ((1, 3, 2), Trend.MIXED),
        ((1,), None),
    ],
)
def test_trends(targets: tuple[int, ...], trend: Trend | None) -> None:
    history = History(plan(2000 + i, jobs(t)) for i, t in enumerate(targets))
    series = history.jurisdiction("CN-JL").commitment("jobs")
    assert series is not None
    assert series.trend is trend


def test_no_trend_for_milestones_or_across_dimensions() -> None:
    milestone = attrs.evolve(JOBS, metric=Metric(kind=MetricKind.MILESTONE), target=Target())
    households = attrs.evolve(JOBS, metric=Metric(kind=MetricKind.QUANTITY, unit="household"))
    for later in (milestone, households):
        (jilin,) = History([plan(2020, JOBS), plan(2021, later)])
        series = jilin.commitment("jobs")
        assert series is not None
        assert series.recurring
        assert series.trend is None


@given(plans())
def test_every_commitment_of_a_plan_has_one_entry(a: Plan) -> None:
    history = History([a])
    (only,) = history
    assert only.years == (a.year,)
    assert [c.id for c in only.commitments] == sorted(c.id for c in a.commitments)
    assert only.by_year[0].count == len(a.commitments)
    assert sum(r.count for r in only.by_category) == len(a.commitments)


def test_a_jurisdiction_is_known_by_its_code_whatever_its_name_says() -> None:
    bilingual = Jurisdiction(name=Text({"zh": "吉林省", "en": "Jilin Province"}), code="CN-JL")
    raised = attrs.evolve(JOBS, target=Target(value=Decimal(230000)), status=Status.PLANNED)
    history = History([plan(2020, JOBS), plan(2021, raised, jurisdiction=bilingual)])
    assert len(history) == 1
    jobs = history.jurisdiction("CN-JL").commitment("jobs")
    assert jobs is not None
    assert jobs.recurring
    assert jobs.trend is Trend.RISING


def test_jurisdictions_without_codes_are_told_apart_by_name() -> None:
    changchun = Jurisdiction(name=Text("长春市"))
    jilin_city = Jurisdiction(name=Text("吉林市"))
    history = History(
        [plan(2020, JOBS, jurisdiction=changchun), plan(2020, JOBS, jurisdiction=jilin_city)]
    )
    assert len(history) == 2
