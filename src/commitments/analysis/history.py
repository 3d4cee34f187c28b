"""Many plans of one government over the years: ``History(plans)``.

Plans are grouped by jurisdiction — by its ``code`` when it has one, in any case
(the name may be written differently from year to year: ``"吉林省"``, then
``{"zh": "吉林省", "en": "Jilin Province"}``), else by its name — and jurisdictions are
never mixed. A plan without a code whose name is that of exactly one coded
jurisdiction joins it, and its year is listed in ``years_without_code``. Within
one, each commitment id has a series: per plan year its target, the latest value
observed, whether it was achieved and how far it got (the progress arithmetic of
:doc:`/progress`, measured at its own due date, so a plan year that has not ended
counts what was done so far), and its status. An id found in two or more years is
**recurring**; its ``trend`` says how its target moved. Fulfilment rates (achieved
over counted, cancelled excluded) are given per year and per category per year.

When one jurisdiction has several plans for the same year (a list and its mid-year
update, or a multi-year task filed as that year's plan), they are merged by id:
each id appears once per year. Where two plans of a year hold the same id, the copy
with the latest evidence (its last observation) counts, and on a tie the later plan
in the order given (a folder is read in name order); ``History.overlaps`` reports
each such commitment. ``YearRate.plans`` says how many plans a year merged.

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

from commitments.analysis._history_types import OptionalAssessment, OptionalTrend, Trend
from commitments.analysis._lines import history_line
from commitments.analysis.overlap import Overlap, jurisdiction_key, same_jurisdiction
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
from commitments.model.vocab import Assessment, MetricKind, Status

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
    assessment: OptionalAssessment = doc_field(
        "The verdict at the due date (`unreported` when nothing was reported by then); "
        "null when the data cannot be measured.",
        default=None,
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
    counted: int = doc_field("How many are not cancelled.")
    achieved: int = doc_field("How many of the counted were achieved by their due date.")
    fulfilment_rate: OptionalNumber = doc_field(
        "Achieved over reported (counted minus unreported); null when none is reported."
    )
    unreported: int = doc_field(
        "How many of the counted had no report at all by their due date: set apart.", default=0
    )


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
    years_without_code: tuple[int, ...] = doc_field(
        "Plan years with a plan that gives no jurisdiction code, matched by name.", default=()
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
    assessment: Assessment | None
    try:
        measured = progress(commitment, year=year, as_of=due)
    except ProgressError:  # invalid data the arithmetic cannot measure
        achieved, fraction, assessment = False, None, None
    else:
        achieved, fraction = measured.achieved, measured.fraction
        assessment = measured.assessment
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
        assessment=assessment,
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
    unreported = sum(e.assessment is Assessment.UNREPORTED for e in counted)
    return YearRate(
        year=year,
        category=category,
        plans=plans,
        count=len(entries),
        counted=len(counted),
        achieved=achieved,
        unreported=unreported,
        fulfilment_rate=fulfilment_rate(achieved, len(counted) - unreported),
    )


def _evidence_day(commitment: Commitment) -> datetime.date:
    """The date of a copy's latest evidence: its last observation (the earliest date if none)."""
    return max((o.as_of for o in commitment.progress or ()), default=datetime.date.min)


def _jurisdiction_history(
    jurisdiction: Jurisdiction, plans: list[tuple[str | None, Plan]], uncoded: tuple[int, ...]
) -> tuple[JurisdictionHistory, list[Overlap], dict[tuple[int, str], str | None]]:
    by_year: dict[int, dict[str, Commitment]] = {}
    plan_count: dict[int, int] = {}
    read_from: dict[tuple[int, str], list[str | None]] = {}
    used: dict[tuple[int, str], str | None] = {}
    for file, plan in plans:  # the copy with the latest evidence counts (ties: the later)
        year = by_year.setdefault(plan.year, {})
        for c in plan.commitments:
            read_from.setdefault((plan.year, c.id), []).append(file)
            if c.id not in year or _evidence_day(c) >= _evidence_day(year[c.id]):
                year[c.id] = c
                used[(plan.year, c.id)] = file
        plan_count[plan.year] = plan_count.get(plan.year, 0) + 1
    overlaps = [
        Overlap(
            jurisdiction=jurisdiction_key(jurisdiction),
            year=year_,
            id=commitment_id,
            files=tuple(files),
            used=used[(year_, commitment_id)],
        )
        for (year_, commitment_id), files in read_from.items()
        if len(files) > 1
    ]
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
    history = JurisdictionHistory(
        jurisdiction=jurisdiction,
        years_without_code=uncoded,
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
    return history, overlaps, used


def _names(jurisdiction: Jurisdiction) -> set[str]:
    value = jurisdiction.name.value
    return {value} if isinstance(value, str) else set(value.values())


def _by_jurisdiction(
    plans: Iterable[Plan | tuple[str | None, Plan]],
) -> list[tuple[Jurisdiction, list[tuple[str | None, Plan]], tuple[int, ...]]]:
    """Group plans by jurisdiction code (in any case); a plan without one joins by name."""
    groups: dict[str, tuple[Jurisdiction, list[tuple[str | None, Plan]]]] = {}
    for item in each("History()", "plans", plans, Plan | tuple, "Plans or (file, plan) pairs"):
        file, plan = (None, item) if isinstance(item, Plan) else item
        key = same_jurisdiction(plan.jurisdiction)
        groups.setdefault(key, (plan.jurisdiction, []))[1].append((file, plan))
    coded = {k: g for k, g in groups.items() if g[0].code}
    found = []
    for key, (jurisdiction, members) in groups.items():
        if jurisdiction.code:
            continue
        names = _names(jurisdiction)
        matches = [
            k for k, (_, m) in coded.items() if any(names & _names(p.jurisdiction) for _, p in m)
        ]
        if len(matches) == 1:  # one year without the code: the same jurisdiction, said so
            coded[matches[0]][1].extend(members)
            found.append(key)
    uncoded = {
        key: tuple(sorted({p.year for _, p in members if not p.jurisdiction.code}))
        for key, (_, members) in groups.items()
    }
    return [
        (jurisdiction, members, uncoded[key] if jurisdiction.code else ())
        for key, (jurisdiction, members) in groups.items()
        if key not in found
    ]


@displayed(history_line)
class History:
    """Plans over the years, per jurisdiction and commitment id (see :doc:`/diff`).

    Args:
        plans: Plans of one or more jurisdictions, any years, in the order read,
            or ``(file, plan)`` pairs (the file names the copies of a commitment
            read twice, see :attr:`overlaps`).

    """

    def __init__(self, plans: Iterable[Plan | tuple[str | None, Plan]]) -> None:
        histories = [
            _jurisdiction_history(jurisdiction, members, uncoded)
            for jurisdiction, members, uncoded in _by_jurisdiction(plans)
        ]
        #: One history per jurisdiction, in the order first met.
        self.jurisdictions: tuple[JurisdictionHistory, ...] = tuple(h for h, _, _ in histories)
        #: Commitments (same jurisdiction, year and id) read from several plans, counted once.
        self.overlaps: tuple[Overlap, ...] = tuple(o for _, found, _ in histories for o in found)
        self._files = {
            (same_jurisdiction(h.jurisdiction), year, commitment_id): file
            for h, _, used in histories
            for (year, commitment_id), file in used.items()
        }

    def file_of(self, history: JurisdictionHistory, year: int, commitment_id: str) -> str | None:
        """Return the file a year's entry of a commitment was read from (the copy counted)."""
        return self._files.get((same_jurisdiction(history.jurisdiction), year, commitment_id))

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
