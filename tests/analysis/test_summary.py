import datetime
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.analysis.progress import plan_progress
from commitments.analysis.summary import GROUP_BY, Amount, GroupBy, group, summarize
from commitments.model.parts import (
    Agency,
    Baseline,
    Category,
    Jurisdiction,
    Metric,
    Observation,
    Target,
)
from commitments.model.plan import Commitment, Plan
from commitments.model.text import Text
from commitments.model.vocab import Assessment, Direction, MetricKind, Status
from strategies import plans

D = datetime.date
END = D(2021, 12, 31)
JILIN = Jurisdiction(name=Text({"zh": "吉林省", "en": "Jilin"}), code="CN-JL")


def item(
    id: str,
    *,
    target: int | str | None = 100,
    value: int | str | None = None,
    unit: str | None = "item",
    kind: MetricKind = MetricKind.QUANTITY,
    status: Status = Status.IN_PROGRESS,
    category: str = "roads",
    owner: str = "transport",
    baseline: int | None = None,
    direction: Direction | None = None,
    name: str | None = "things",
) -> Commitment:
    return Commitment(
        id=id,
        title=Text(id),
        category=category,
        owner=owner,
        metric=Metric(
            kind=kind, unit=unit, direction=direction, name=None if name is None else Text(name)
        ),
        baseline=None if baseline is None else Baseline(value=Decimal(baseline)),
        target=Target(value=None if target is None else Decimal(target)),
        status=status,
        progress=None
        if value is None
        else (
            Observation(as_of=D(2021, 6, 30), value=Decimal(value))
            if kind is not MetricKind.MILESTONE
            else Observation(as_of=D(2021, 6, 30), stage=str(value)),
        ),
    )


def plan(*commitments: Commitment, year: int = 2021, jurisdiction: Jurisdiction = JILIN) -> Plan:
    return Plan(
        schema_version="1.0",
        jurisdiction=jurisdiction,
        year=year,
        categories=(
            Category(id="roads", name=Text({"zh": "交通", "en": "Roads"})),
            Category(id="jobs", name=Text("Jobs")),
        ),
        agencies=(Agency(id="transport", name=Text("Transport")),),
        commitments=commitments,
    )


def test_counts_rates_and_the_mean_clamped_fraction() -> None:
    summary = summarize(
        [
            plan(
                item("over", value=150),  # fraction 3/2, clamped to 1
                item("half", value=50),
                item("back", baseline=100, target=200, value=50),  # -1/2, clamped to 0
                item("gone", value=100, status=Status.CANCELLED),
                item("later", status=Status.DEFERRED),
            )
        ],
        as_of=END,
    )
    (total,) = summary.groups
    assert total is summary.total
    assert total.key is None
    assert (total.count, total.counted, total.achieved) == (5, 4, 1)
    assert total.fulfilment_rate == Fraction(1, 4)
    assert total.mean_fraction == Fraction(1 + Fraction(1, 2) + 0 + 0, 4)
    assert dict(total.assessments) == {
        Assessment.ACHIEVED: 1,
        Assessment.AHEAD: 0,
        Assessment.ON_TRACK: 0,
        Assessment.BEHIND: 1,
        Assessment.NOT_STARTED: 1,
        Assessment.CANCELLED: 1,
        Assessment.DEFERRED: 1,
        Assessment.MISSED: 0,
        Assessment.UNREPORTED: 0,
        Assessment.PACE_UNKNOWN: 0,
    }


def test_an_empty_or_all_cancelled_group_has_no_rates() -> None:
    empty = summarize([plan()], as_of=END).total
    assert (empty.count, empty.fulfilment_rate, empty.mean_fraction) == (0, None, None)
    cancelled = summarize([plan(item("x", status=Status.CANCELLED))], as_of=END).total
    assert (cancelled.count, cancelled.counted, cancelled.fulfilment_rate) == (1, 0, None)


def test_amounts_convert_within_a_dimension_only() -> None:
    total = summarize(
        [
            plan(
                item("roads-m", unit="m", target=500, value=250),
                item("roads-km", unit="km", target="1.5", value="0.25"),
                item("jobs", unit="person", target=230000, value=100000),
                item("homes", unit="household", target=2000, value=500),
                item("stations", unit="x-station", target=10, value=3),
                item("water", unit="percent", kind=MetricKind.LEVEL, baseline=93, target=95),
                item("rail", unit=None, kind=MetricKind.MILESTONE, target=None),
                item("cancelled-road", unit="km", target=9, status=Status.CANCELLED),
            )
        ],
        as_of=END,
    ).total
    amounts = {a.unit: a for a in total.amounts}
    assert set(amounts) == {"km", "person", "household", "x-station"}
    assert amounts["km"] == Amount(
        unit="km",
        direction=Direction.INCREASE,
        name=Text("things"),
        target=Fraction(2),
        delivered=Fraction(1, 2),
        count=2,
    )
    assert (amounts["person"].target, amounts["person"].delivered) == (230000, 100000)
    assert (amounts["household"].target, amounts["household"].delivered) == (2000, 500)
    assert amounts["x-station"].count == 1


def test_area_units_add_up_exactly() -> None:
    total = summarize(
        [plan(item("a", unit="mu", target=15, value=3), item("b", unit="m2", target=1000))],
        as_of=END,
    ).total
    (area,) = total.amounts
    assert area.unit == "mu"
    assert area.target == 15 + Fraction(1000 * 15, 10000)
    assert area.delivered == 3


def test_increases_and_decreases_are_summed_apart() -> None:
    total = summarize(
        [
            plan(
                item("more", unit="household", target=100, value=40),
                item(
                    "fewer",
                    unit="household",
                    baseline=1000,
                    target=700,
                    value=900,
                    direction=Direction.DECREASE,
                ),
            )
        ],
        as_of=END,
    ).total
    by_direction = {a.direction: a for a in total.amounts}
    assert by_direction[Direction.INCREASE].target == 100
    assert by_direction[Direction.DECREASE].target == -300
    assert by_direction[Direction.DECREASE].delivered == -100


def test_grouping_by_category_keeps_first_appearance_and_labels() -> None:
    summary = summarize(
        [plan(item("a"), item("b", category="jobs"), item("c"))], by="category", as_of=END
    )
    assert [(g.key, g.count) for g in summary.groups] == [("roads", 2), ("jobs", 1)]
    roads = summary.groups[0]
    assert roads.label == Text({"zh": "交通", "en": "Roads"})
    assert [p.commitment_id for p in roads.members] == ["a", "c"]
    assert summary.total.count == 3


def test_grouping_by_owner_year_and_jurisdiction() -> None:
    other = Jurisdiction(name=Text("Example City"))
    plans_ = [
        plan(item("a"), item("b", owner="health"), year=2022),
        plan(item("a"), year=2020, jurisdiction=other),
    ]
    by_owner = summarize(plans_, by="owner", as_of=END)
    assert [(g.key, g.label) for g in by_owner.groups] == [
        ("transport", Text("Transport")),
        ("health", None),
    ]
    by_year = summarize(plans_, by="year", as_of=END)
    assert [(g.key, g.count) for g in by_year.groups] == [("2020", 1), ("2022", 2)]
    by_place = summarize(plans_, by="jurisdiction", as_of=END)
    assert [(g.key, g.count, g.label) for g in by_place.groups] == [
        ("CN-JL", 2, JILIN.name),
        ("Example City", 1, other.name),
    ]


def test_measurements_can_be_summarised_directly() -> None:
    measured = plan_progress(plan(item("a", value=100), item("b")), as_of=END)
    from_plans = summarize([plan(item("a", value=100), item("b"))], as_of=END)
    from_measurements = summarize(measured)
    assert from_measurements.total.achieved == from_plans.total.achieved == 1
    assert group(measured, key="k").key == "k"


def test_grouping_by_something_else_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot group by 'colour'"):
        summarize([plan()], by="colour", as_of=END)  # type: ignore[arg-type]


@given(st.lists(plans(max_commitments=4), max_size=3), st.sampled_from((None, *GROUP_BY)))
def test_a_summary_adds_up_to_its_plans(plans_: list[Plan], by: GroupBy | None) -> None:
    summary = summarize(plans_, by=by, as_of=END)
    # One commitment counts once: (jurisdiction, year, id), codes in any case.
    keys = [
        (
            p.jurisdiction.code.upper() if p.jurisdiction.code else p.jurisdiction.name.best(),
            p.year,
            c.id,
        )
        for p in plans_
        for c in p.commitments
    ]
    commitments = len(set(keys))
    assert len(summary.overlaps) == len([k for k in set(keys) if keys.count(k) > 1])
    assert summary.total.count == commitments
    assert sum(g.count for g in summary.groups) == commitments
    for g in (*summary.groups, summary.total):
        assert sum(g.assessments.values()) == g.count == len(g.members)
        assert g.counted == g.count - g.assessments[Assessment.CANCELLED]
        assert g.unreported == g.assessments[Assessment.UNREPORTED]
        assert g.achieved <= g.reported == g.counted - g.unreported
        assert g.stand_ins <= g.achieved
        assert g.mean_fraction is None or 0 <= g.mean_fraction <= 1
        assert all(a.count <= g.counted for a in g.amounts)
    assert sum(g.achieved for g in summary.groups) == summary.total.achieved
