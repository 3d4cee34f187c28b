import datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments import load
from commitments.analysis.diff import Ambition, ChangeKind, FieldChange, PlanDiff, diff
from commitments.model.parts import Baseline, Jurisdiction, Metric, Observation, Source, Target
from commitments.model.plan import Commitment, Plan
from commitments.model.text import Text
from commitments.model.vocab import Direction, MetricKind, Status
from commitments.outputs.diff import diff_json
from strategies import commitments, plans

EXAMPLES = Path(__file__).parent.parent.parent / "examples"

JOBS = Commitment(
    id="jobs",
    title=Text({"zh": "城镇新增就业", "en": "New urban jobs"}),
    category="employment",
    owner="hrss",
    metric=Metric(kind=MetricKind.QUANTITY, unit="person"),
    target=Target(value=Decimal(200000)),
    status=Status.COMPLETED,
)
ROADS = Commitment(
    id="roads",
    title=Text("新改建农村公路"),
    category="transport",
    owner="jt",
    metric=Metric(kind=MetricKind.QUANTITY, unit="m"),
    target=Target(value=Decimal(2500000)),
    status=Status.MISSED,
    progress=(Observation(as_of=datetime.date(2020, 12, 31), value=Decimal(2350000)),),
)
RAILWAY = Commitment(
    id="railway",
    title=Text("长白铁路提速"),
    category="transport",
    owner="jt",
    metric=Metric(kind=MetricKind.MILESTONE),
    target=Target(),
    status=Status.PLANNED,
)


def plan(year: int, *items: Commitment) -> Plan:
    return Plan(
        schema_version="1.0",
        jurisdiction=Jurisdiction(name=Text("吉林省"), code="CN-JL"),
        year=year,
        commitments=items,
    )


def changes_of(old: Commitment, new: Commitment, *, old_year=2020, new_year=2021):
    result = diff(plan(old_year, old), plan(new_year, new))
    entry = result.change(new.id)
    return () if entry is None else entry.changes


def only_change(old: Commitment, new: Commitment, **years: int) -> FieldChange:
    (change,) = changes_of(old, new, **years)
    return change


# --- the examples --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def jilin() -> PlanDiff:
    return diff(load(EXAMPLES / "jilin-2020-illustrative.json"), load(EXAMPLES / "jilin-2021.json"))


def test_rural_roads_metres_to_kilometres_is_a_lowered_target(jilin: PlanDiff) -> None:
    entry = jilin.change("rural-roads")
    assert entry is not None
    (target,) = [c for c in entry.changes if c.field == "target.value"]
    assert target.kind is ChangeKind.LOWERED
    assert target.ambition is Ambition.LESS_AMBITIOUS
    assert target.delta == -500
    assert target.relative == Fraction(-1, 5)
    assert (target.old, target.new, target.old_unit, target.new_unit) == (
        Decimal(2500000),
        Decimal(2000),
        "m",
        "km",
    )
    # The unit's code changed (m → km): reported, even though the values convert.
    (unit,) = [c for c in entry.changes if c.field == "metric.unit"]
    assert (unit.old, unit.new, unit.kind) == ("m", "km", ChangeKind.CHANGED)


def test_urban_jobs_raised(jilin: PlanDiff) -> None:
    entry = jilin.change("urban-new-jobs")
    assert entry is not None
    (target,) = [c for c in entry.changes if c.field == "target.value"]
    assert (target.kind, target.ambition, target.delta, target.relative) == (
        ChangeKind.RAISED,
        Ambition.MORE_AMBITIOUS,
        30000,
        Fraction(3, 20),
    )


def test_jilin_buckets(jilin: PlanDiff) -> None:
    assert jilin.removed == ("rural-dilapidated-housing-renovation",)
    assert jilin.carried_over == ("old-community-renovation", "rural-roads")
    assert [c.id for c in jilin.changed] == [
        "old-community-renovation",
        "rural-household-toilets",
        "rural-roads",
        "urban-new-jobs",
    ]
    assert len(jilin.added) == 53
    assert "rural-household-toilets" not in jilin.added
    assert "rural-toilet-renovation" not in jilin.removed
    assert jilin.unchanged == ()
    assert jilin.possible_renames == ()


def test_previous_id_rename_is_a_changed_pair_led_by_an_id_change(jilin: PlanDiff) -> None:
    entry = jilin.change("rural-household-toilets")
    assert entry is not None
    assert entry.changes[0] == FieldChange(
        field="id",
        old="rural-toilet-renovation",
        new="rural-household-toilets",
        kind=ChangeKind.CHANGED,
    )
    assert entry.previous_id == "rural-toilet-renovation"


def test_a_plan_against_itself_is_empty() -> None:
    jilin = load(EXAMPLES / "jilin-2021.json")
    result = diff(jilin, jilin)
    assert result.is_empty
    assert result.carried_over == ()
    assert len(result.unchanged) == len(jilin.commitments)


# --- one field at a time -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "new", "old_value", "new_value"),
    [
        ("title", attrs.evolve(JOBS, title=Text("就业")), JOBS.title.value, "就业"),
        ("category", attrs.evolve(JOBS, category="jobs"), "employment", "jobs"),
        ("owner", attrs.evolve(JOBS, owner="gov"), "hrss", "gov"),
        ("co_owners", attrs.evolve(JOBS, co_owners=("a", "b")), [], ["a", "b"]),
        ("tags", attrs.evolve(JOBS, tags=("qa",)), [], ["qa"]),
        (
            "metric.kind",
            attrs.evolve(
                JOBS,
                metric=Metric(kind=MetricKind.LEVEL, unit="person"),
                baseline=Baseline(value=Decimal(0)),
            ),
            "quantity",
            "level",
        ),
        (
            "metric.name",
            attrs.evolve(JOBS, metric=attrs.evolve(JOBS.metric, name=Text("jobs"))),
            None,
            "jobs",
        ),
        (
            "baseline",
            attrs.evolve(JOBS, baseline=Baseline(value=Decimal(5))),
            {"value": 0, "as_of": "2020-01-01"},
            {"value": 5, "as_of": "2021-01-01"},
        ),
        ("status", attrs.evolve(JOBS, status=Status.MISSED), "completed", "missed"),
    ],
)
def test_each_field_change_is_reported_alone(
    field: str, new: Commitment, old_value: object, new_value: object
) -> None:
    change = only_change(JOBS, new)
    assert (change.field, change.old, change.new, change.kind) == (
        field,
        old_value,
        new_value,
        ChangeKind.CHANGED,
    )
    assert change.ambition is None
    assert change.delta is None


def test_direction_change_and_ambition_follow_the_new_direction() -> None:
    new = attrs.evolve(
        JOBS,
        metric=attrs.evolve(JOBS.metric, direction=Direction.DECREASE),
        baseline=Baseline(value=Decimal(0)),
    )
    assert [c.field for c in changes_of(JOBS, new)] == ["metric.direction"]


def test_for_a_decrease_a_lower_target_is_more_ambitious() -> None:
    old = attrs.evolve(
        JOBS,
        metric=attrs.evolve(JOBS.metric, direction=Direction.DECREASE),
        baseline=Baseline(value=Decimal(500000)),
    )
    new = attrs.evolve(old, target=Target(value=Decimal(150000)))
    change = only_change(old, new, old_year=2021)
    assert (change.kind, change.ambition, change.delta) == (
        ChangeKind.LOWERED,
        Ambition.MORE_AMBITIOUS,
        -50000,
    )
    higher = attrs.evolve(old, target=Target(value=Decimal(250000)))
    assert only_change(old, higher, old_year=2021).ambition is Ambition.LESS_AMBITIOUS


def test_relative_is_none_when_the_old_target_is_zero() -> None:
    old = attrs.evolve(
        JOBS,
        baseline=Baseline(value=Decimal(-5)),
        target=Target(value=Decimal(0)),
    )
    new = attrs.evolve(old, target=Target(value=Decimal(10)))
    change = only_change(old, new, old_year=2021)
    assert (change.kind, change.delta, change.relative) == (ChangeKind.RAISED, 10, None)
    assert (
        diff_json(diff(plan(2021, old), plan(2021, new)))["changed"][0]["changes"][0]["relative"]
        is None
    )


def test_unit_change_across_dimensions_is_not_comparable() -> None:
    new = attrs.evolve(JOBS, metric=Metric(kind=MetricKind.QUANTITY, unit="household"))
    fields = {c.field: c for c in changes_of(JOBS, new)}
    assert set(fields) == {"metric.unit", "target.value"}
    assert (fields["metric.unit"].old, fields["metric.unit"].new) == ("person", "household")
    target = fields["target.value"]
    assert (target.kind, target.ambition, target.delta, target.relative) == (
        ChangeKind.CHANGED,
        None,
        None,
        None,
    )
    assert set(diff_json(diff(plan(2020, JOBS), plan(2021, new)))["changed"][0]["changes"][1]) == {
        "field",
        "old",
        "new",
        "kind",
        "old_unit",
        "new_unit",
    }


def test_equal_after_conversion_changes_only_the_unit() -> None:
    km = attrs.evolve(
        ROADS,
        metric=Metric(kind=MetricKind.QUANTITY, unit="km"),
        target=Target(value=Decimal("2500.000")),
    )
    (unit,) = changes_of(ROADS, km, new_year=2020)
    assert (unit.field, unit.old, unit.new) == ("metric.unit", "m", "km")


def test_milestone_stages_and_target_stage() -> None:
    staged = attrs.evolve(
        RAILWAY,
        metric=Metric(kind=MetricKind.MILESTONE, stages=("started", "tested", "completed")),
        target=Target(stage="tested"),
    )
    assert [(c.field, c.old, c.new) for c in changes_of(RAILWAY, staged)] == [
        ("metric.stages", ["started", "completed"], ["started", "tested", "completed"]),
        ("target.stage", "completed", "tested"),
    ]


def test_due_is_compared_by_its_place_in_the_plan_year() -> None:
    # 31 December of a leap year is the 366th day, and still the same place.
    explicit = attrs.evolve(
        JOBS, target=Target(value=Decimal(200000), due=datetime.date(2021, 12, 31))
    )
    assert changes_of(JOBS, explicit) == ()
    later = attrs.evolve(JOBS, target=Target(value=Decimal(200000), due=datetime.date(2022, 6, 30)))
    change = only_change(JOBS, later)
    assert (change.field, change.old, change.new) == ("target.due", "2020-12-31", "2022-06-30")


def test_same_year_versions_compare_dates_directly() -> None:
    midyear = attrs.evolve(
        JOBS, target=Target(value=Decimal(200000), due=datetime.date(2020, 6, 30))
    )
    assert only_change(JOBS, midyear, new_year=2020).field == "target.due"


def test_provenance_notes_and_measurement_are_not_changes() -> None:
    new = attrs.evolve(
        JOBS,
        notes=Text("revised"),
        sources=(Source(url="https://example.org/"),),
        progress=(Observation(as_of=datetime.date(2021, 6, 30), value=Decimal(1)),),
        co_owners=(),
        extensions={"x-note": 1},
    )
    assert changes_of(JOBS, new) == ()


def test_co_owners_and_tags_are_sets() -> None:
    old = attrs.evolve(JOBS, co_owners=("a", "b"), tags=("x", "y"))
    new = attrs.evolve(JOBS, co_owners=("b", "a"), tags=("y", "x"))
    assert changes_of(old, new) == ()


def test_carried_over_only_when_unachieved_by_the_old_due_date_and_matched() -> None:
    late = attrs.evolve(
        ROADS,
        progress=(Observation(as_of=datetime.date(2021, 3, 1), value=Decimal(2500000)),),
    )
    result = diff(plan(2020, ROADS, JOBS, RAILWAY), plan(2021, ROADS, JOBS))
    assert result.carried_over == ("roads",)  # jobs completed; railway removed
    assert diff(plan(2020, late), plan(2021, late)).carried_over == ("roads",)
    assert diff(plan(2020, ROADS), plan(2021, JOBS)).carried_over == ()


def test_a_later_version_of_the_same_plan_carries_over_only_what_it_pushes_back() -> None:
    pushed = attrs.evolve(ROADS, target=attrs.evolve(ROADS.target, due=datetime.date(2021, 6, 30)))
    assert diff(plan(2020, ROADS), plan(2020, ROADS)).carried_over == ()
    assert diff(plan(2020, ROADS), plan(2020, pushed)).carried_over == ("roads",)


def test_added_and_removed() -> None:
    result = diff(plan(2020, JOBS, ROADS), plan(2021, JOBS, RAILWAY))
    assert (result.added, result.removed, result.unchanged) == (("railway",), ("roads",), ("jobs",))


def test_possible_renames_are_offered_never_matched() -> None:
    renamed = attrs.evolve(JOBS, id="urban-jobs", title=Text({"en": "New urban jobs!"}))
    result = diff(plan(2020, JOBS), plan(2021, renamed))
    assert (result.added, result.removed) == (("urban-jobs",), ("jobs",))
    (offer,) = result.possible_renames
    assert (offer.old, offer.new, offer.score) == ("jobs", "urban-jobs", 1)
    unlike = attrs.evolve(JOBS, id="roads2", title=Text({"en": "Rural roads"}))
    assert diff(plan(2020, JOBS), plan(2021, unlike)).possible_renames == ()


def test_possible_renames_compare_languages_by_primary_subtag() -> None:
    old = attrs.evolve(JOBS, title=Text({"en-US": "Renovate rural toilets", "zh": "改厕"}))
    new = attrs.evolve(JOBS, id="toilets", title=Text({"en": "Renovate rural toilets"}))
    (offer,) = diff(plan(2020, old), plan(2021, new)).possible_renames
    assert (offer.old, offer.new, offer.score) == ("jobs", "toilets", 1)
    other_language = attrs.evolve(new, title=Text({"fr": "Renovate rural toilets"}))
    assert diff(plan(2020, old), plan(2021, other_language)).possible_renames == ()


def test_previous_id_links_both_ways() -> None:
    renamed = attrs.evolve(JOBS, id="urban-jobs", previous_id="jobs")
    forward = diff(plan(2020, JOBS), plan(2021, renamed))
    backward = diff(plan(2021, renamed), plan(2020, JOBS))
    assert [c.id for c in forward.changed] == ["urban-jobs"]
    assert [c.id for c in backward.changed] == ["jobs"]
    assert forward.added == forward.removed == backward.added == backward.removed == ()


def test_json_numbers_are_exact_or_twelve_digits() -> None:
    new = attrs.evolve(ROADS, target=Target(value=Decimal(2400000)))
    old = attrs.evolve(ROADS, target=Target(value=Decimal(2300000)))
    (change,) = diff_json(diff(plan(2020, old), plan(2021, new)))["changed"][0]["changes"]
    assert change["delta"] == Decimal(100000)
    assert change["relative"] == Decimal("0.0434782608696")


# --- properties ----------------------------------------------------------------------------


def buckets(result: PlanDiff) -> list[str]:
    renamed_from = [
        str(c.old) for entry in result.changed for c in entry.changes if c.field == "id"
    ]
    return [
        *result.added,
        *result.removed,
        *result.not_in_new_document,
        *result.unchanged,
        *(c.id for c in result.changed),
        *renamed_from,
    ]


@st.composite
def related_plans(draw: st.DrawFn) -> tuple[Plan, Plan]:
    """Two plans sharing some commitments, some of them altered."""
    a = draw(plans(max_commitments=5))
    year = a.year + draw(st.integers(0, 1))
    kept = []
    for c in a.commitments:
        if not draw(st.booleans()):
            continue
        if c.target.value is not None and draw(st.booleans()):
            c = attrs.evolve(c, target=attrs.evolve(c.target, value=c.target.value * 2 + 1))
        if draw(st.booleans()):
            c = attrs.evolve(c, status=draw(st.sampled_from(Status)))
        kept.append(c)
    extra = draw(st.lists(commitments(year=year), max_size=3, unique_by=lambda c: c.id))
    ids = {c.id for c in kept}
    fresh = tuple(c for c in extra if c.id not in ids)
    return a, attrs.evolve(a, year=year, commitments=(*kept, *fresh))


@given(plans())
def test_a_plan_against_itself_has_no_changes(a: Plan) -> None:
    result = diff(a, a)
    assert result.is_empty
    assert result.carried_over == ()
    assert sorted(result.unchanged) == sorted(c.id for c in a.commitments)


@given(related_plans())
def test_added_and_removed_mirror_each_other(pair: tuple[Plan, Plan]) -> None:
    a, b = pair
    forward, backward = diff(a, b), diff(b, a)
    # An incomplete new plan's missing ids are not_in_new_document, never removed.
    assert forward.added == tuple(sorted((*backward.removed, *backward.not_in_new_document)))
    assert tuple(sorted((*forward.removed, *forward.not_in_new_document))) == backward.added
    for result, new in ((forward, b), (backward, a)):
        assert not (result.removed and result.not_in_new_document)
        if new.complete is False:
            assert result.removed == ()
        else:
            assert result.not_in_new_document == ()


@given(related_plans())
def test_every_id_lands_in_exactly_one_bucket(pair: tuple[Plan, Plan]) -> None:
    a, b = pair
    result = diff(a, b)
    placed = buckets(result)
    assert len(placed) == len(set(placed))
    assert set(placed) == {c.id for c in a.commitments} | {c.id for c in b.commitments}
    for ids in (result.added, result.removed, result.unchanged, result.carried_over):
        assert list(ids) == sorted(ids)
    for offer in result.possible_renames:  # offered, never matched
        assert offer.old in (*result.removed, *result.not_in_new_document)
        assert offer.new in result.added
    matched_old = {c.previous_id for c in result.changed} | set(result.unchanged)
    assert set(result.carried_over) <= matched_old


@given(plans(), st.data())
def test_renaming_with_previous_id_matches_the_pair(a: Plan, data: st.DataObject) -> None:
    if not a.commitments:
        return
    old = data.draw(st.sampled_from(a.commitments))
    new_id = "renamed-" + old.id
    if new_id in {c.id for c in a.commitments}:
        return
    renamed = attrs.evolve(old, id=new_id, previous_id=None)
    others = tuple(c for c in a.commitments if c is not old)
    unlinked = diff(a, attrs.evolve(a, commitments=(*others, renamed)))
    assert new_id in unlinked.added
    # An incomplete new plan (complete: false) lacks the old id rather than drops it.
    assert old.id in (unlinked.not_in_new_document if a.complete is False else unlinked.removed)
    linked_plan = attrs.evolve(a, commitments=(*others, attrs.evolve(renamed, previous_id=old.id)))
    linked = diff(a, linked_plan)
    assert new_id not in linked.added
    assert old.id not in linked.removed
    entry = linked.change(new_id)
    assert entry is not None
    assert entry.previous_id == old.id


_CONVERSIONS = {"m": ("km", -3), "km": ("m", 3), "m2": ("ha", -4), "ha": ("m2", 4)}


def _reexpressed(c: Commitment) -> Commitment:
    """The same commitment in another unit of the same dimension, values converted."""
    if c.metric.unit not in _CONVERSIONS:
        return c
    unit, shift = _CONVERSIONS[c.metric.unit]

    def scaled(value: Decimal | None) -> Decimal | None:
        return None if value is None else value.scaleb(shift)

    return attrs.evolve(
        c,
        metric=attrs.evolve(c.metric, unit=unit),
        baseline=None
        if c.baseline is None
        else attrs.evolve(c.baseline, value=scaled(c.baseline.value)),
        target=attrs.evolve(c.target, value=scaled(c.target.value)),
        progress=None
        if c.progress is None
        else tuple(attrs.evolve(o, value=scaled(o.value)) for o in c.progress),
    )


def _unit_free(result: PlanDiff) -> object:
    """A diff with its ``metric.unit`` changes left out (the code is reported when it differs)."""
    changed = [
        (e.id, [(c.field, c.kind, c.ambition, c.relative) for c in e.changes])
        for e in result.changed
    ]
    kept = [(i, [c for c in cs if c[0] != "metric.unit"]) for i, cs in changed]
    return (
        result.added,
        result.removed,
        tuple(sorted([*result.unchanged, *(i for i, cs in kept if not cs)])),
        result.carried_over,
        result.possible_renames,
        [(i, cs) for i, cs in kept if cs],
    )


@given(related_plans(), st.booleans())
def test_converting_a_target_within_its_dimension_changes_nothing(
    pair: tuple[Plan, Plan], convert_old: bool
) -> None:
    a, b = pair
    if convert_old:
        converted = diff(attrs.evolve(a, commitments=tuple(map(_reexpressed, a.commitments))), b)
    else:
        converted = diff(a, attrs.evolve(b, commitments=tuple(map(_reexpressed, b.commitments))))
    assert _unit_free(converted) == _unit_free(diff(a, b))


def test_an_incomplete_new_plan_lacks_commitments_rather_than_drops_them() -> None:
    old = load(EXAMPLES / "jilin-2020-illustrative.json")
    new = attrs.evolve(load(EXAMPLES / "jilin-2021.json"), schema_version="1.1", complete=False)
    result = diff(old, new)
    assert result.removed == ()
    assert result.not_in_new_document == ("rural-dilapidated-housing-renovation",)
    assert result.warnings == ()


def test_warnings_for_two_jurisdictions_and_the_newer_plan_first() -> None:
    jilin = load(EXAMPLES / "jilin-2021.json")
    city = load(EXAMPLES / "example-city-2022.json")
    (other,) = diff(jilin, attrs.evolve(city, year=2022)).warnings[:1]
    assert other == "the plans are of different jurisdictions: CN-JL and XX-EC"
    earlier = load(EXAMPLES / "jilin-2020-illustrative.json")
    (backwards,) = diff(jilin, earlier).warnings
    assert backwards == "the old plan is newer than the new one (2021 after 2020): swap them?"
    lower = attrs.evolve(earlier, jurisdiction=attrs.evolve(earlier.jurisdiction, code="cn-jl"))
    assert diff(lower, jilin).warnings == ()
