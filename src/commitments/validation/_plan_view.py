"""Defensive reading of a raw plan document, for the rules layer.

The rules run on documents that may break the schema, so nothing here trusts a
shape: each accessor returns ``None`` (or nothing) for a value it cannot read,
and :func:`read_plan` never raises. What it reads applies the format's defaults
exactly as the model's ``effective_…`` accessors do: a quantity's baseline is 0,
``direction`` is ``increase``, a milestone's stages are ``started, completed``
and its target stage the last stage.
"""

import datetime
import json
from collections.abc import Collection, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any

from attrs import define

from commitments.model._patterns import DATE_TEXT as _DATE
from commitments.model.vocab import DEFAULT_STAGES
from commitments.reading.pointers import pointer

__all__ = [
    "DIRECTIONS",
    "KINDS",
    "CommitmentView",
    "Number",
    "ObservationView",
    "PlanView",
    "Problems",
    "as_date",
    "as_list",
    "as_number",
    "as_object",
    "as_string",
    "listing",
    "quoted",
    "read_plan",
    "shown",
]

#: A number as the rules compare it: exactly.
Number = int | Decimal
#: What a rule's check yields for each problem it finds: a JSON Pointer and a message.
Problems = Iterator[tuple[str, str]]

KINDS = ("quantity", "level", "milestone")
DIRECTIONS = ("increase", "decrease")

_LONGEST_QUOTE = 60


def as_object(value: Any) -> dict[str, Any] | None:
    """Return ``value`` if it is a JSON object, else ``None``."""
    return value if isinstance(value, dict) else None


def as_list(value: Any) -> list[Any] | None:
    """Return ``value`` if it is a JSON array, else ``None``."""
    return value if isinstance(value, list) else None


def as_string(value: Any) -> str | None:
    """Return ``value`` if it is a string, else ``None``."""
    return value if isinstance(value, str) else None


def as_number(value: Any) -> Number | None:
    """Return ``value`` as an exact finite number, or ``None`` if it is not one.

    A bool is not a number; a float becomes the Decimal of its shortest repr.

    >>> as_number(95), as_number(0.1), as_number(True), as_number("5")
    (95, Decimal('0.1'), None, None)
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, Decimal) and value.is_finite():
        return value
    return None


def as_date(value: Any) -> datetime.date | None:
    """Return the date a ``YYYY-MM-DD`` string names, or ``None``.

    >>> as_date("2021-12-31"), as_date("2021-02-30"), as_date("20211231")
    (datetime.date(2021, 12, 31), None, None)
    """
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def shown(number: Number) -> str:
    """Write a number for a message, as the document writes it (any size of int)."""
    return str(Decimal(number)) if isinstance(number, int) else str(number)


def _cut(text: str) -> str:
    """Cut a string short when long; escape what UTF-8 cannot write (a lone surrogate)."""
    cut = text if len(text) <= _LONGEST_QUOTE else text[: _LONGEST_QUOTE - 1] + "…"
    return cut.encode("utf-8", "backslashreplace").decode("utf-8")


def quoted(text: str) -> str:
    r"""Quote a string for a message, escaped and cut short when long.

    >>> print(quoted("公里"), quoted("a\ud800"))
    "公里" "a\ud800"
    """
    cut = text if len(text) <= _LONGEST_QUOTE else text[: _LONGEST_QUOTE - 1] + "…"
    return _cut(json.dumps(cut, ensure_ascii=False))


def listing(names: Iterable[str], *, limit: int = 5) -> str:
    """List names for a message: the first ``limit``, then how many more.

    >>> listing(["a", "b", "c"], limit=2), listing([])
    ('a, b, … 1 more', 'none')
    """
    items = list(names)
    if not items:
        return "none"
    head = ", ".join(_cut(item) for item in items[:limit])
    return head + (f", … {len(items) - limit} more" if len(items) > limit else "")


@define
class ObservationView:
    """What can be read of one observation (an object in ``progress``)."""

    index: int
    fields: Mapping[str, Any]
    as_of: datetime.date | None
    value: Number | None
    stage: str | None


@define
class CommitmentView:
    """What can be read of one commitment (an object in ``commitments``)."""

    index: int
    fields: Mapping[str, Any]
    kind: str | None
    direction: str | None
    stages: tuple[str, ...] | None
    baseline_value: Number | None
    baseline_as_of: datetime.date | None
    target: Mapping[str, Any] | None
    target_value: Number | None
    target_due: datetime.date | None
    observations: tuple[ObservationView, ...]

    def path(self, *parts: str | int) -> str:
        """Return the JSON Pointer of this commitment, or of a member inside it."""
        return pointer("commitments", self.index, *parts)

    @property
    def is_numeric(self) -> bool:
        """Whether the metric is a quantity or a level."""
        return self.kind in ("quantity", "level")

    @property
    def target_stage(self) -> str | None:
        """A milestone's target stage, defaulting to its last stage; ``None`` if unreadable."""
        if self.kind != "milestone" or self.target is None or self.stages is None:
            return None
        if "stage" not in self.target:
            return self.stages[-1]
        return as_string(self.target["stage"])


@define
class PlanView:
    """What can be read of a plan document."""

    year: int | None
    categories: tuple[tuple[int, str], ...] | None
    agencies: tuple[tuple[int, str], ...] | None
    commitments: tuple[CommitmentView, ...]


def _declared(plan: Mapping[str, Any], key: str) -> tuple[tuple[int, str], ...] | None:
    """Read the ids of ``categories`` or ``agencies`` by index; ``None`` if not a list."""
    entries = as_list(plan.get(key))
    if entries is None:
        return None
    ids = ((k, as_string((as_object(entry) or {}).get("id"))) for k, entry in enumerate(entries))
    return tuple((k, ident) for k, ident in ids if ident is not None)


def _direction(metric: Mapping[str, Any]) -> str | None:
    direction = metric.get("direction", "increase")
    return direction if direction in DIRECTIONS else None


def _stages(metric: Mapping[str, Any]) -> tuple[str, ...] | None:
    if "stages" not in metric:
        return DEFAULT_STAGES
    stages = as_list(metric["stages"])
    if not stages or not all(isinstance(stage, str) for stage in stages):
        return None
    return tuple(stages)


def _observation(index: int, fields: dict[str, Any]) -> ObservationView:
    return ObservationView(
        index=index,
        fields=fields,
        as_of=as_date(fields.get("as_of")),
        value=as_number(fields.get("value")),
        stage=as_string(fields.get("stage")),
    )


def _commitment(index: int, fields: dict[str, Any]) -> CommitmentView:
    metric = as_object(fields.get("metric")) or {}
    kind = metric.get("kind")
    kind = kind if kind in KINDS else None
    baseline = as_object(fields.get("baseline")) or {}
    if "baseline" in fields:
        baseline_value = as_number(baseline.get("value"))
    else:
        baseline_value = 0 if kind == "quantity" else None
    target = as_object(fields.get("target"))
    progress = as_list(fields.get("progress")) or []
    return CommitmentView(
        index=index,
        fields=fields,
        kind=kind,
        direction=_direction(metric),
        stages=_stages(metric),
        baseline_value=baseline_value,
        baseline_as_of=as_date(baseline.get("as_of")),
        target=target,
        target_value=None if target is None else as_number(target.get("value")),
        target_due=None if target is None else as_date(target.get("due")),
        observations=tuple(
            _observation(j, item) for j, item in enumerate(progress) if isinstance(item, dict)
        ),
    )


def read_plan(document: Any, only: Collection[int] | None = None) -> PlanView:
    """Read what the rules need from a raw plan document, whatever its shape.

    Args:
        document: The raw JSON value (any shape).
        only: The indexes of the commitments to read (the others are left out
            of the view), or ``None`` for all of them.

    """
    plan = as_object(document) or {}
    year = plan.get("year")
    readable_year = isinstance(year, int) and not isinstance(year, bool) and 1 <= year <= 9999
    items = as_list(plan.get("commitments")) or []
    return PlanView(
        year=year if readable_year else None,
        categories=_declared(plan, "categories"),
        agencies=_declared(plan, "agencies"),
        commitments=tuple(
            _commitment(i, items[i])
            for i in (range(len(items)) if only is None else sorted(only))
            if i < len(items) and isinstance(items[i], dict)
        ),
    )
