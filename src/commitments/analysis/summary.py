"""Summaries of progress over plans, whole or grouped (see :doc:`/progress`).

A :class:`Group` counts its commitments and says how many were achieved. Cancelled
commitments are set aside: they appear in ``count`` and in the assessment counts but
not among the ``counted`` that the fulfilment rate, the mean fraction and the
amounts are taken over. Deferred commitments are counted (a promise put off is not
a promise kept in its year).

Amounts are summed for ``quantity`` metrics only (a level is never summed), per
dimension and direction: ``m`` and ``km`` add up, into the larger unit present
(``km``); ``person`` and ``household`` never do; and an increase never offsets a
decrease. Each sum is of ``t − b`` (target) and ``c − b`` (delivered), as the
progress arithmetic writes them, so a decrease sums to negative amounts.
"""

import datetime
from collections.abc import Callable, Iterable, Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import Literal, get_args

import attrs
from attrs import frozen

from commitments.analysis._lines import summary_line
from commitments.analysis.overlap import (
    Overlap,
    jurisdiction_key,
    one_per_commitment,
    same_jurisdiction,
)
from commitments.analysis.pace import DEFAULT_TOLERANCE
from commitments.analysis.progress import Progress, plan_progress
from commitments.model._display import displayed, picklable
from commitments.model.arguments import each
from commitments.model.plan import Plan
from commitments.model.text import Text
from commitments.model.units import convert, get_unit
from commitments.model.vocab import Assessment, Direction, MetricKind, Status

__all__ = [
    "GROUP_BY",
    "Amount",
    "Group",
    "GroupBy",
    "Overlap",
    "Summary",
    "fulfilment_rate",
    "group",
    "jurisdiction_key",
    "summarize",
]

#: What a summary can be grouped by.
GroupBy = Literal["category", "owner", "year", "jurisdiction"]
#: Every value of :data:`GroupBy`, in the order the command line offers them.
GROUP_BY: tuple[GroupBy, ...] = get_args(GroupBy)


def fulfilment_rate(achieved: int, counted: int) -> Fraction | None:
    """Return the share of the counted commitments achieved; ``None`` when none is counted.

    Cancelled commitments are not counted (see the module's description).

    >>> from commitments.analysis.summary import fulfilment_rate
    >>> fulfilment_rate(3, 4), fulfilment_rate(0, 0)
    (Fraction(3, 4), None)
    """
    return Fraction(achieved, counted) if counted else None


@frozen(kw_only=True)
class Amount:
    """The sum of the target and delivered amounts of quantity commitments of one kind.

    Attributes:
        unit: The unit of the sums: of the commitments' units in one dimension, the
            largest.
        direction: The direction the commitments share.
        name: What is counted (the ``metric.name`` they share); ``None`` for one
            commitment whose metric has no name (never summed with another).
        target: Sum of ``t − b``, converted to ``unit``.
        delivered: Sum of ``c − b``, converted to ``unit``.
        count: How many commitments were summed.
        claimed: The part of ``delivered`` that is a target standing in for a
            ``completed`` claim with no figure.
        claimed_count: How many of the commitments summed stand in that way.

    """

    unit: str
    direction: Direction
    name: Text | None
    target: Fraction
    delivered: Fraction
    count: int
    claimed: Fraction = Fraction(0)
    claimed_count: int = 0


@picklable
@frozen(kw_only=True)
class Group:
    """What a set of measured commitments adds up to.

    Attributes:
        key: What the members share (a category id, an owner, a year, a
            jurisdiction's code or name); ``None`` for a summary without grouping.
        label: A readable name for the key, when the plans give one.
        members: The measurements summarised, in order.
        count: How many commitments.
        counted: How many are not cancelled.
        unreported: How many of the counted have no report at all (assessed
            ``unreported``): set apart from the rates.
        achieved: How many of the counted are achieved.
        mean_fraction: The mean of the reported fractions, each clamped to [0, 1];
            ``None`` when none is reported (or none has a fraction).
        assessments: How many of each assessment, every assessment present.
        amounts: Sums for quantity metrics, per metric name, dimension and direction.
        stand_ins: How many of the achieved rest on a ``completed`` claim with no
            figure (the target standing in).

    """

    key: str | None
    label: Text | None
    members: tuple[Progress, ...] = attrs.field(repr=False)
    count: int
    counted: int
    achieved: int
    mean_fraction: Fraction | None
    assessments: Mapping[Assessment, int]
    amounts: tuple[Amount, ...]
    unreported: int = 0
    stand_ins: int = 0

    @property
    def reported(self) -> int:
        """How many of the counted were reported on: the base of the fulfilment rate."""
        return self.counted - self.unreported

    @property
    def fulfilment_rate(self) -> Fraction | None:
        """Achieved over reported (cancelled and unreported excluded); ``None`` when none."""
        return fulfilment_rate(self.achieved, self.reported)


@displayed(summary_line)
@frozen(kw_only=True)
class Summary:
    """Groups of measured commitments and their total.

    Attributes:
        by: What the groups are keyed by; ``None`` for one group of everything.
        groups: The groups, in order of first appearance (years in ascending order).
        total: Everything together (key ``None``).
        overlaps: Commitments read from several documents and counted once.

    """

    by: GroupBy | None
    groups: tuple[Group, ...]
    total: Group
    overlaps: tuple[Overlap, ...] = ()


def _name_key(name: Text | None) -> object:
    if name is None:
        return None
    value = name.value
    return value if isinstance(value, str) else tuple(sorted(value.items()))


def _amounts(members: Iterable[Progress]) -> tuple[Amount, ...]:
    # (name, dimension, direction) -> [(unit, t − b, c − b, stand-in)], in order of first
    # appearance; a quantity without a metric name is summed with nothing else.
    buckets: dict[tuple[object, str, Direction], list[tuple[str, Fraction, Fraction, bool]]] = {}
    names: dict[tuple[object, str, Direction], Text | None] = {}
    for p in members:
        metric = p.commitment.metric
        unit, target, delivered = metric.unit, p.target_amount, p.delivered
        if metric.kind is not MetricKind.QUANTITY:
            continue  # levels are never summed; milestones have no amount
        if unit is None or target is None or delivered is None:
            continue  # an invalid quantity (no unit): nothing to add up
        what = _name_key(metric.name) if metric.name is not None else ("", id(p))
        key = (what, get_unit(unit).dimension, metric.effective_direction)
        names.setdefault(key, metric.name)
        buckets.setdefault(key, []).append((unit, target, delivered, p.stand_in))
    amounts = []
    for key, items in buckets.items():
        into = max((item[0] for item in items), key=lambda code: get_unit(code).factor)
        amounts.append(
            Amount(
                unit=into,
                direction=key[2],
                name=names[key],
                target=sum((convert(t, code, into) for code, t, _, _ in items), Fraction(0)),
                delivered=sum((convert(c, code, into) for code, _, c, _ in items), Fraction(0)),
                count=len(items),
                claimed=sum(
                    (convert(c, code, into) for code, _, c, claim in items if claim), Fraction(0)
                ),
                claimed_count=sum(1 for item in items if item[3]),
            )
        )
    return tuple(amounts)


def group(
    members: Iterable[Progress], *, key: str | None = None, label: Text | None = None
) -> Group:
    """Summarise measured commitments as one group.

    Args:
        members: The measurements (see :func:`commitments.analysis.progress.progress`).
        key: What they share, if anything.
        label: A readable name for the key.

    Returns:
        The group.

    """
    items = tuple(members)
    counted = [p for p in items if p.commitment.status is not Status.CANCELLED]
    reported = [p for p in counted if p.assessment is not Assessment.UNREPORTED]
    clamped = [
        min(Fraction(1), max(Fraction(0), p.fraction)) for p in reported if p.fraction is not None
    ]
    tally = dict.fromkeys(Assessment, 0)
    for p in items:
        tally[p.assessment] += 1
    return Group(
        key=key,
        label=label,
        members=items,
        count=len(items),
        counted=len(counted),
        unreported=len(counted) - len(reported),
        achieved=sum(1 for p in counted if p.achieved),
        stand_ins=sum(1 for p in counted if p.achieved and p.stand_in),
        mean_fraction=sum(clamped, Fraction(0)) / len(clamped) if clamped else None,
        assessments=MappingProxyType(tally),
        amounts=_amounts(counted),
    )


def _jurisdiction_key(p: Progress) -> str | None:
    return None if p.jurisdiction is None else same_jurisdiction(p.jurisdiction)


_KEYS: Mapping[GroupBy, Callable[[Progress], str | None]] = {
    "category": lambda p: p.commitment.category,
    "owner": lambda p: p.commitment.owner,
    "year": lambda p: str(p.year),
    "jurisdiction": _jurisdiction_key,
}


def _named(plan: Plan, by: GroupBy) -> list[tuple[str, Text]]:
    if by == "category":
        return [(c.id, c.name) for c in plan.categories or ()]
    if by == "owner":
        return [(a.id, a.name) for a in plan.agencies or ()]
    if by == "jurisdiction":
        return [(same_jurisdiction(plan.jurisdiction), plan.jurisdiction.name)]
    return []


def summarize(
    items: Iterable[Plan | Progress | tuple[str | None, Plan]],
    *,
    by: GroupBy | None = None,
    as_of: datetime.date | None = None,
    tolerance: Fraction = DEFAULT_TOLERANCE,
) -> Summary:
    """Summarise plans (measured at ``as_of``) or measurements, grouped by ``by``.

    The jurisdiction key is the jurisdiction's ``code``, or its name when it has no
    code; the year key is the plan year as a string. Labels come from the plans'
    ``categories``, ``agencies`` and jurisdiction names. One commitment counts once:
    the same (jurisdiction, year, id) read from several documents is kept once (see
    :mod:`commitments.analysis.overlap`) and reported in ``overlaps``. The plans are
    iterated once.

    Args:
        items: Plans, ``(file, plan)`` pairs (the file names the copies of a
            commitment read twice), or measurements from
            :func:`commitments.analysis.progress.progress`, or any mix.
        by: ``category``, ``owner``, ``year``, ``jurisdiction``, or ``None`` for a
            single group of everything.
        as_of: The date to measure plans at (default: today); measurements keep
            their own.
        tolerance: The ``on_track`` tolerance for plans measured here.

    Returns:
        The summary.

    Raises:
        ValueError: ``by`` is not one of :data:`GROUP_BY`.
        TypeError: ``items`` is not an iterable of plans and measurements (a
            folder's name, say: load the plans first).

    """
    items = list(
        each("summarize()", "items", items, Plan | Progress | tuple, "Plans or Progress results")
    )
    if by is not None and by not in GROUP_BY:
        raise ValueError(f"cannot group by {by!r}: use one of {', '.join(GROUP_BY)}")
    day = as_of if as_of is not None else datetime.date.today()
    labels: dict[str, Text] = {}
    measured: list[Progress] = []
    for item in items:
        if isinstance(item, Progress):
            measured.append(item)
            continue
        file, plan = (None, item) if isinstance(item, Plan) else item
        measured.extend(plan_progress(plan, as_of=day, tolerance=tolerance, file=file))
        for key, name in _named(plan, by) if by is not None else ():
            labels.setdefault(key, name)
    kept, overlaps = one_per_commitment(measured)
    total = group(kept)
    if by is None:
        return Summary(by=None, groups=(total,), total=total, overlaps=overlaps)
    keyed: dict[str | None, list[Progress]] = {}
    for p in kept:
        keyed.setdefault(_KEYS[by](p), []).append(p)
    keys = list(keyed)
    if by == "year":
        keys.sort(key=lambda k: int(k or 0))
    groups = tuple(
        group(keyed[k], key=k, label=labels.get(k) if k is not None else None) for k in keys
    )
    return Summary(by=by, groups=groups, total=total, overlaps=overlaps)
