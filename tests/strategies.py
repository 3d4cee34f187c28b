"""Hypothesis strategies for the whole model.

``plans()`` draws plans that satisfy every rule of the format (docs/format.rst and
docs/rules.rst), so they must validate with no finding at all, with the things a
lossless round trip has to survive: plain and multilingual texts, numbers such as
``95.0`` and ``2.5E+6``, defaults written out explicitly, empty lists, and ``x-``
extensions at every level.
"""

import datetime
from collections.abc import Callable
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeVar

from hypothesis import strategies as st

from commitments.model.parts import (
    Agency,
    Baseline,
    Category,
    Jurisdiction,
    Metric,
    Observation,
    Source,
    Target,
)
from commitments.model.plan import Commitment, Plan
from commitments.model.text import Text
from commitments.model.vocab import Direction, MetricKind, Status

T = TypeVar("T")

KNOWN_UNITS = (
    "item",
    "person",
    "person_time",
    "household",
    "m",
    "km",
    "m2",
    "km2",
    "ha",
    "mu",
    "t",
    "yuan",
    "percent",
)
LANGUAGE_TAGS = ("zh", "en", "zh-Hans", "zh-Hant-TW", "en-GB", "fr", "mn-Mong", "x-pirate")

slugs = st.from_regex(r"[a-z0-9]{1,10}(?:[-_.][a-z0-9]{1,6}){0,3}", fullmatch=True)
extension_keys = st.from_regex(r"x-[a-z][a-z0-9-]{0,8}", fullmatch=True)
# Printable text without surrogates (which cannot be written as UTF-8).
non_empty_strings = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=16
)
dates = st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2060, 12, 31))
units = st.one_of(st.sampled_from(KNOWN_UNITS), st.from_regex(r"x-[a-z]{1,8}", fullmatch=True))


@st.composite
def decimals(draw: st.DrawFn, min_value: int = -(10**12), max_value: int = 10**12) -> Decimal:
    """An exact decimal written in any of the ways JSON allows: 7, 95.0, 2.5E+6, 0.001."""
    mantissa = draw(st.integers(min_value, max_value))
    exponent = draw(st.integers(-4, 3))
    return Decimal(mantissa).scaleb(exponent)


texts = st.one_of(
    non_empty_strings.map(Text),
    st.dictionaries(st.sampled_from(LANGUAGE_TAGS), non_empty_strings, min_size=1, max_size=3).map(
        Text
    ),
)

json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**20), 10**20), decimals(), non_empty_strings
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(non_empty_strings, inner, max_size=3)
    ),
    max_leaves=6,
)
extensions = st.dictionaries(extension_keys, json_values, max_size=2).map(MappingProxyType)
maybe_extensions = st.one_of(st.just(MappingProxyType({})), extensions)


def maybe(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    """Absent (``None``) or drawn from ``strategy``."""
    return st.one_of(st.none(), strategy)


def tuples_of(
    strategy: st.SearchStrategy[T],
    *,
    max_size: int = 3,
    unique_by: Callable[[T], Any] | None = None,
) -> st.SearchStrategy[tuple[T, ...]]:
    """A tuple, possibly empty (an explicit ``[]`` in the document)."""
    return st.lists(strategy, max_size=max_size, unique_by=unique_by).map(tuple)  # type: ignore[arg-type]


sources = st.builds(
    Source,
    title=texts,
    url=maybe(st.from_regex(r"https://example\.org/[a-z0-9/]{0,12}", fullmatch=True)),
    publisher=maybe(texts),
    date=maybe(dates),
    quote=maybe(non_empty_strings),
    extensions=maybe_extensions,
) | st.builds(
    Source,
    url=st.from_regex(r"https://example\.org/[a-z0-9/]{0,12}", fullmatch=True),
    extensions=maybe_extensions,
)
jurisdictions = st.builds(
    Jurisdiction,
    name=texts,
    code=maybe(st.from_regex(r"[A-Z]{2}-[A-Z0-9]{1,3}", fullmatch=True)),
    extensions=maybe_extensions,
)


def _on_side(direction: Direction, baseline: Decimal, distance: Decimal) -> Decimal:
    return baseline + distance if direction is Direction.INCREASE else baseline - distance


@st.composite
def commitments(
    draw: st.DrawFn,
    *,
    year: int,
    category_ids: tuple[str, ...] | None = None,
    agency_ids: tuple[str, ...] | None = None,
    format_1_1: bool = False,
) -> Commitment:
    """A commitment of the plan ``year`` that breaks no rule (docs/rules.rst).

    ``format_1_1``: the keys new in format 1.1 (``target.approximate``, an
    observation's ``status``) may be drawn too.
    """
    new_key: st.SearchStrategy[Any] = st.booleans() if format_1_1 else st.none()
    claims = maybe(st.sampled_from(Status)) if format_1_1 else st.none()
    kind = draw(st.sampled_from(MetricKind))
    direction = draw(maybe(st.sampled_from(Direction)))
    effective_direction = direction or Direction.INCREASE
    start = draw(maybe(st.dates(datetime.date(year - 1, 1, 1), datetime.date(year, 12, 31))))
    period_start = start or datetime.date(year, 1, 1)
    due = draw(
        maybe(st.dates(max(period_start, datetime.date(year, 1, 1)), datetime.date(year, 12, 31)))
    )
    status = draw(st.sampled_from(Status))

    if kind is MetricKind.MILESTONE:
        stages = draw(maybe(st.lists(slugs, min_size=1, max_size=4, unique=True).map(tuple)))
        metric = Metric(
            kind=kind,
            name=draw(maybe(texts)),
            direction=direction,
            stages=stages,
            extensions=draw(maybe_extensions),
        )
        effective = metric.effective_stages
        target_index = draw(st.integers(0, len(effective) - 1))
        explicit_stage = draw(st.booleans()) or target_index != len(effective) - 1
        target = Target(
            stage=effective[target_index] if explicit_stage else None,
            due=due,
            approximate=draw(maybe(new_key)),
            extensions=draw(maybe_extensions),
        )
        baseline = None
        reached = [draw(st.integers(0, len(effective) - 1)) for _ in range(draw(st.integers(0, 3)))]
        progress_values: list[dict[str, Any]] = [{"stage": effective[i]} for i in reached]
        achieved = [i >= target_index for i in reached]
        needed = "stage"
    else:
        metric = Metric(
            kind=kind,
            unit=draw(units),
            name=draw(maybe(texts)),
            direction=direction,
            extensions=draw(maybe_extensions),
        )
        if kind is MetricKind.LEVEL or draw(st.booleans()):
            baseline = Baseline(
                value=draw(decimals()), as_of=start, extensions=draw(maybe_extensions)
            )
        else:
            baseline = None
        b = baseline.value if baseline is not None else Decimal(0)
        t = _on_side(effective_direction, b, draw(decimals(min_value=0)))
        target = Target(
            value=t, due=due, approximate=draw(maybe(new_key)), extensions=draw(maybe_extensions)
        )
        values = [draw(decimals()) for _ in range(draw(st.integers(0, 3)))]
        progress_values = [{"value": v} for v in values]
        achieved = [v >= t if effective_direction is Direction.INCREASE else v <= t for v in values]
        needed = "value"

    # Since 1.1 an observation may carry the publisher's status, with or instead of its
    # value or stage; one with only a status leaves the latest value or stage as it was.
    for fields in progress_values:
        claim = draw(claims)
        if claim is not None:
            fields["status"] = claim
            if draw(st.booleans()):
                del fields[needed]
    if progress_values and draw(claims) is not None:  # a year-end claim with no figure
        progress_values.append({"status": draw(st.sampled_from(Status))})
    # status-contradicts-progress reads the latest observation: one with only a status
    # (a claim with no figure) falls short of nothing.
    achieved_by_last = bool(progress_values) and (
        needed not in progress_values[-1] or achieved[len(progress_values) - 1]
    )
    # Observations: strictly increasing dates, none before the baseline's date.
    observed_dates = sorted(
        draw(
            st.sets(
                st.dates(period_start, datetime.date(year + 1, 12, 31)),
                min_size=len(progress_values),
                max_size=len(progress_values),
            )
        )
    )
    observations = tuple(
        Observation(
            as_of=day,
            source=draw(maybe(sources)),
            note=draw(maybe(texts)),
            extensions=draw(maybe_extensions),
            **fields,
        )
        for day, fields in zip(observed_dates, progress_values, strict=True)
    )
    # Keep clear of the warning status-contradicts-progress.
    if status is Status.PLANNED and observations:
        status = Status.IN_PROGRESS
    if status is Status.COMPLETED and observations and not achieved_by_last:
        status = Status.IN_PROGRESS

    owner_choices = st.sampled_from(agency_ids) if agency_ids else non_empty_strings
    return Commitment(
        id=draw(slugs),
        previous_id=draw(maybe(slugs)),
        title=draw(texts),
        category=draw(st.sampled_from(category_ids)) if category_ids else draw(slugs),
        owner=draw(owner_choices),
        co_owners=draw(maybe(tuples_of(owner_choices))),
        metric=metric,
        baseline=baseline,
        target=target,
        status=status,
        progress=observations if observations or draw(st.booleans()) else None,
        sources=draw(maybe(tuples_of(sources, max_size=2))),
        tags=draw(maybe(tuples_of(non_empty_strings))),
        notes=draw(maybe(texts)),
        extensions=draw(maybe_extensions),
    )


@st.composite
def plans(draw: st.DrawFn, *, max_commitments: int = 6) -> Plan:
    """A plan that satisfies every rule of the format (no errors, no warnings)."""
    year = draw(st.integers(1995, 2055))
    version = draw(st.sampled_from(["1.0", "1.0", "1.1", "1.12"]))
    format_1_1 = version != "1.0"
    categories = draw(
        maybe(
            st.lists(
                st.builds(Category, id=slugs, name=texts, extensions=maybe_extensions),
                min_size=1,
                max_size=4,
                unique_by=lambda c: c.id,
            ).map(tuple)
        )
    )
    agencies = draw(
        maybe(
            st.lists(
                st.builds(Agency, id=slugs, name=texts, extensions=maybe_extensions),
                min_size=1,
                max_size=4,
                unique_by=lambda a: a.id,
            ).map(tuple)
        )
    )
    items = draw(
        st.lists(
            commitments(
                year=year,
                category_ids=tuple(c.id for c in categories) if categories else None,
                agency_ids=tuple(a.id for a in agencies) if agencies else None,
                format_1_1=format_1_1,
            ),
            max_size=max_commitments,
            unique_by=lambda c: c.id,
        )
    )
    return Plan(
        schema_version=version,
        jurisdiction=draw(jurisdictions),
        year=year,
        title=draw(maybe(texts)),
        published=draw(maybe(dates)),
        sources=draw(maybe(tuples_of(sources, max_size=2))),
        categories=categories,
        agencies=agencies,
        complete=draw(maybe(st.booleans())) if format_1_1 else None,
        commitments=tuple(items),
        extensions=draw(maybe_extensions),
    )
