"""Many plans of one government over the years: ``History(plans)``.

Plans are grouped by jurisdiction — by its ``code`` when it has one (the name may be
written differently from year to year: ``"吉林省"``, then ``{"zh": "吉林省", "en":
"Jilin Province"}``), else by its name, as ``progress --by jurisdiction`` groups — and
jurisdictions are never mixed. Within
one, each commitment id has a series: per plan year its target, the latest value
observed, whether it was achieved and how far it got (the progress arithmetic of
:doc:`/progress`, measured at its own due date, so a plan year that has not ended
counts what was done so far), and its status. An id found in two or more years is
**recurring**; its ``trend`` says how its target moved. Fulfilment rates (achieved
over counted, cancelled excluded) are given per year and per category per year.

When one jurisdiction has several plans for the same year (a list and its mid-year
update, or a multi-year task filed as that year's plan), they are merged by id:
each id appears once per year, and where two plans of a year hold the same id the
later plan, in the order given, supersedes the earlier one (a folder is read in
name order). ``YearRate.plans`` says how many plans a year merged.

>>> import json
>>> from decimal import Decimal
>>> from commitments import loads
>>> from commitments.analysis.history import History
>>> def plan(year, jobs):
...     item = {"id": "urban-new-jobs", "title": "城镇新增就业", "category": "employment",
...             "owner": "hrss", "metric": {"kind": "quantity", "unit": "person"},
...             "target": {"value": jobs}, "status": "completed"}
...     return loads(json.dumps({"schema_version": "1.0", "year": year, "commitments": [item],
...                              "jurisdiction": {"name": "吉林省", "code": "CN-JL"}}))
>>> history = History([plan(2020, 200000), plan(2021, 230000)])
>>> jilin = history.jurisdiction("CN-JL")
>>> [(p.year, p.target, p.achieved) for p in jilin.commitment("urban-new-jobs").years]
[(2020, Decimal('200000'), True), (2021, Decimal('230000'), True)]
>>> jilin.commitment("urban-new-jobs").trend
<Trend.RISING: 'rising'>
"""

import datetime
import itertools
from collections.abc import Iterable, Iterator
from decimal import Decimal

from attrs import frozen

from commitments.analysis._history_types import OptionalTrend, Trend
from commitments.analysis._lines import history_line
from commitments.analysis.progress import ProgressError, progress
from commitments.analysis.summary import fulfilment_rate
from commitments.model._display import displayed
from commitments.model._field_types import (
    Boolean,
    OptionalDate,
    OptionalNumber,
    OptionalString,
    Value,
)
from commitments.model._fields import doc_field
from commitments.model.arguments import each
from commitments.model.exact import to_fraction
from commitments.model.parts import Jurisdiction
from commitments.model.plan import Commitment, Plan
from commitments.model.text import Text
from commitments.model.units import comparable_units, convert
from commitments.model.vocab import MetricKind, Status

__all__ = [
    "CommitmentHistory",
    "History",
    "JurisdictionHistory",
    "Trend",
    "YearEntry",
    "YearRate",
]


@frozen(kw_only=True)
class YearEntry:
    """One commitment in one plan year."""

    year: int = doc_field("The plan year.")
    title: Text = doc_field("The commitment's title that year.")
    category: str = doc_field("Its category id that year.")
    status: Status = doc_field("The status the publisher declared.")
    kind: MetricKind = doc_field("The kind of metric.")
    unit: OptionalString = doc_field("The unit of `target` and `latest`; null for a milestone.")
    target: Value = doc_field("The target value, or a milestone's target stage.")
    due: datetime.date = doc_field("The due date: `target.due` or 31 December.")
    latest: Value = doc_field("The latest value (or stage) observed, at any date; null if none.")
    latest_as_of: OptionalDate = doc_field("The date of `latest`; null if nothing was observed.")
    achieved: Boolean = doc_field(
        'Whether the target was reached by the due date (see "Progress and summaries" in '
        "the documentation)."
    )
    fraction: OptionalNumber = doc_field(
        "How far it got by the due date, (c − b) / (t − b), never clamped; null when the "
        "data cannot be measured."
    )


@frozen(kw_only=True)
class CommitmentHistory:
    """One commitment id of a jurisdiction, year by year."""

    id: str = doc_field("The commitment id.")
    years: tuple[YearEntry, ...] = doc_field("One entry per plan year holding the id, in order.")
    recurring: Boolean = doc_field("Whether the id is found in more than one year.")
    trend: OptionalTrend = doc_field(
        "How the target moved over the years, in the latest unit: `rising`, `falling`, "
        "`steady` or `mixed`; null with fewer than two comparable numeric targets."
    )


@frozen(kw_only=True)
class YearRate:
    """The fulfilment rate of one year, or of one category in one year."""

    year: int = doc_field("The plan year.")
    category: OptionalString = doc_field("The category id; null for the whole year.")
    plans: int = doc_field("How many plans of the year were merged.")
    count: int = doc_field("How many commitments.")
    counted: int = doc_field("How many are not cancelled: the base of the rate.")
    achieved: int = doc_field("How many of the counted were achieved by their due date.")
    fulfilment_rate: OptionalNumber = doc_field("Achieved over counted; null when none is counted.")


@frozen(kw_only=True)
class JurisdictionHistory:
    """Every plan of one jurisdiction, commitment by commitment and year by year."""

    jurisdiction: Jurisdiction = doc_field("Who committed.")
    years: tuple[int, ...] = doc_field("The plan years, in order.")
    commitments: tuple[CommitmentHistory, ...] = doc_field("Every commitment id, sorted.")
    by_year: tuple[YearRate, ...] = doc_field("Fulfilment per year.")
    by_category: tuple[YearRate, ...] = doc_field(
        "Fulfilment per category per year (by category, then year)."
    )

    def commitment(self, commitment_id: str) -> CommitmentHistory | None:
        """Return the series of one commitment id, if the jurisdiction has it."""
        return next((c for c in self.commitments if c.id == commitment_id), None)

    @property
    def recurring(self) -> tuple[CommitmentHistory, ...]:
        """The commitments found in more than one year."""
        return tuple(c for c in self.commitments if c.recurring)


def _entry(commitment: Commitment, year: int) -> YearEntry:
    due = commitment.effective_due(year)
    try:
        measured = progress(commitment, year=year, as_of=due)
    except ProgressError:  # invalid data the arithmetic cannot measure
        achieved, fraction = False, None
    else:
        achieved, fraction = measured.achieved, measured.fraction
    last = (commitment.progress or ())[-1:]
    latest = last[0] if last else None
    return YearEntry(
        year=year,
        title=commitment.title,
        category=commitment.category,
        status=commitment.status,
        kind=commitment.metric.kind,
        unit=commitment.metric.unit,
        target=commitment.target.value
        if commitment.metric.is_numeric
        else commitment.effective_target_stage,
        due=due,
        latest=None
        if latest is None
        else (latest.value if latest.value is not None else latest.stage),
        latest_as_of=None if latest is None else latest.as_of,
        achieved=achieved,
        fraction=fraction,
    )


def _trend(entries: tuple[YearEntry, ...]) -> Trend | None:
    numeric = [e for e in entries if isinstance(e.target, Decimal)]
    if len(numeric) < 2 or len(numeric) != len(entries):
        return None
    unit = numeric[-1].unit
    if not all(comparable_units(e.unit, unit) for e in numeric):
        return None
    values = [
        to_fraction(e.target)
        if e.unit == unit or e.unit is None or unit is None
        else convert(e.target, e.unit, unit)
        for e in numeric
        if isinstance(e.target, Decimal)
    ]
    rises = any(b > a for a, b in itertools.pairwise(values))
    falls = any(b < a for a, b in itertools.pairwise(values))
    if rises and falls:
        return Trend.MIXED
    return Trend.RISING if rises else Trend.FALLING if falls else Trend.STEADY


def _rate(year: int, category: str | None, plans: int, entries: list[YearEntry]) -> YearRate:
    counted = [e for e in entries if e.status is not Status.CANCELLED]
    achieved = sum(e.achieved for e in counted)
    return YearRate(
        year=year,
        category=category,
        plans=plans,
        count=len(entries),
        counted=len(counted),
        achieved=achieved,
        fulfilment_rate=fulfilment_rate(achieved, len(counted)),
    )


def _jurisdiction_history(jurisdiction: Jurisdiction, plans: list[Plan]) -> JurisdictionHistory:
    by_year: dict[int, dict[str, Commitment]] = {}
    plan_count: dict[int, int] = {}
    for plan in plans:  # later plans of a year supersede earlier ones, id by id
        by_year.setdefault(plan.year, {}).update((c.id, c) for c in plan.commitments)
        plan_count[plan.year] = plan_count.get(plan.year, 0) + 1
    years = tuple(sorted(by_year))
    entries = {y: {i: _entry(c, y) for i, c in by_year[y].items()} for y in years}
    ids = sorted({i for y in years for i in entries[y]})
    commitments = []
    for commitment_id in ids:
        series = tuple(entries[y][commitment_id] for y in years if commitment_id in entries[y])
        commitments.append(
            CommitmentHistory(
                id=commitment_id, years=series, recurring=len(series) > 1, trend=_trend(series)
            )
        )
    categories = sorted({e.category for y in years for e in entries[y].values()})
    return JurisdictionHistory(
        jurisdiction=jurisdiction,
        years=years,
        commitments=tuple(commitments),
        by_year=tuple(_rate(y, None, plan_count[y], list(entries[y].values())) for y in years),
        by_category=tuple(
            _rate(y, cat, plan_count[y], members)
            for cat in categories
            for y in years
            if (members := [e for e in entries[y].values() if e.category == cat])
        ),
    )


@displayed(history_line)
class History:
    """Plans over the years, per jurisdiction and commitment id (see :doc:`/diff`).

    Args:
        plans: Plans of one or more jurisdictions, any years, in the order read
            (within a year, a later plan supersedes an earlier one id by id).

    """

    def __init__(self, plans: Iterable[Plan]) -> None:
        groups: dict[str | Text, tuple[Jurisdiction, list[Plan]]] = {}
        for plan in each("History()", "plans", plans, Plan, "Plans"):
            key = plan.jurisdiction.code or plan.jurisdiction.name
            groups.setdefault(key, (plan.jurisdiction, []))[1].append(plan)
        #: One history per jurisdiction, in the order first met.
        self.jurisdictions: tuple[JurisdictionHistory, ...] = tuple(
            _jurisdiction_history(jurisdiction, members)
            for jurisdiction, members in groups.values()
        )

    def __iter__(self) -> Iterator[JurisdictionHistory]:
        return iter(self.jurisdictions)

    def __len__(self) -> int:
        return len(self.jurisdictions)

    def jurisdiction(self, code_or_name: str) -> JurisdictionHistory:
        """Return the history of the jurisdiction with this code (or name, in any language).

        Raises:
            KeyError: No plan of the history is of such a jurisdiction.

        """
        for entry in self.jurisdictions:
            j = entry.jurisdiction
            names = [j.name.value] if isinstance(j.name.value, str) else list(j.name.value.values())
            if code_or_name == j.code or code_or_name in names:
                return entry
        raise KeyError(code_or_name)
