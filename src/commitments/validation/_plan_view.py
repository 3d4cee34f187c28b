"""What the rules read: a plan document in the shape the schema promises, and two readers.

Every rule of :mod:`commitments.validation.rules` is written once, against the
shape the plan schema promises: the typed dictionaries below, where a key the
schema requires is there, an optional key is there only if the document has it,
and each value has its type. A document the schema has accepted already has
that shape, so :func:`read_valid_plan` reads it as it is, at no cost.
:func:`read_plan` reads any JSON value defensively (it never raises) into a copy
of that shape in which a value it cannot read is ``None``: the rules skip it
(the schema layer reports it), and so does an item of ``commitments`` or
``progress`` that is not an object, so that indexes stay those of the document.

A date is the ``YYYY-MM-DD`` text of a real day (text order is then date order,
and a message shows it as the document writes it). A number is an ``int`` or a
finite :class:`~decimal.Decimal`; a caller's document may hold a ``float``,
which the rules compare as the decimal it prints as. The schema takes a year the
rules cannot read (``2021.0``): :func:`read_plan` reads it as ``None``, and
:func:`read_valid_plan` declines the document (:class:`NotAsPromised`).
"""

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, NotRequired, TypedDict

from attrs import define

from commitments.model._patterns import DATE_TEXT as _DATE
from commitments.validation._numbers import Number, exact

__all__ = [
    "NOT_AS_PROMISED",
    "BaselineFields",
    "CommitmentFields",
    "MetricFields",
    "NotAsPromised",
    "Number",
    "ObservationFields",
    "PlanView",
    "TargetFields",
    "read_plan",
    "read_valid_plan",
]


class NotAsPromised(Exception):
    """A document that :func:`read_valid_plan` will not trust: the defensive reader reads it."""


#: What reading (and checking) a document the schema did not in fact accept may raise.
NOT_AS_PROMISED = (
    NotAsPromised,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    ValueError,
    ArithmeticError,
)

_KINDS = ("quantity", "level", "milestone")
_DIRECTIONS = ("increase", "decrease")


class MetricFields(TypedDict):
    """What the rules read of ``metric``."""

    kind: str | None
    unit: NotRequired[str | None]
    direction: NotRequired[str | None]
    stages: NotRequired[list[str] | None]  # a non-empty list of strings


class BaselineFields(TypedDict):
    """What the rules read of ``baseline``."""

    value: Number | None
    as_of: NotRequired[str | None]


class TargetFields(TypedDict, total=False):
    """What the rules read of ``target``."""

    value: Number | None
    stage: str | None
    due: str | None


class ObservationFields(TypedDict):
    """What the rules read of an observation."""

    as_of: str | None
    value: NotRequired[Number | None]
    stage: NotRequired[str | None]
    status: NotRequired[str | None]  # since format 1.1


class CommitmentFields(TypedDict):
    """What the rules read of a commitment (``target`` is ``None`` if not an object)."""

    id: str | None
    category: str | None
    owner: str | None
    co_owners: NotRequired[list[str | None]]
    status: str | None
    metric: MetricFields
    baseline: NotRequired[BaselineFields]
    target: TargetFields | None
    progress: NotRequired[list[ObservationFields | None]]


@define
class PlanView:
    """What the rules read of a plan document.

    Attributes:
        year: The plan year, if an ``int`` from 1 to 9999.
        categories: The id of each entry of ``categories`` (``None`` where
            unreadable); ``None`` when the plan declares no categories.
        agencies: The same for ``agencies``.
        commitments: Each item of ``commitments`` (``None`` if not an object).

    """

    year: int | None
    categories: Sequence[str | None] | None
    agencies: Sequence[str | None] | None
    commitments: Sequence[CommitmentFields | None]


# --- reading any JSON value ---------------------------------------------------------------


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _number(value: Any) -> int | Decimal | None:
    """``value`` as an exact finite number, else ``None``: a bool is none, a float its repr.

    >>> _number(95), _number(0.1), _number(True), _number("5"), _number(Decimal("NaN"))
    (95, Decimal('0.1'), None, None, None)
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        value = exact(value)
    if isinstance(value, Decimal) and value.is_finite():
        return value
    return None


def _date(value: Any) -> str | None:
    """``value`` if it is the ``YYYY-MM-DD`` text of a real day, else ``None``."""
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return None
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return None
    return value


def _metric(value: Any) -> MetricFields:
    raw = _object(value)
    kind = raw.get("kind")
    metric = MetricFields(kind=kind if kind in _KINDS else None)
    if "unit" in raw:
        metric["unit"] = _string(raw["unit"])
    if "direction" in raw:
        metric["direction"] = raw["direction"] if raw["direction"] in _DIRECTIONS else None
    if "stages" in raw:
        stages = _list(raw["stages"])
        readable = stages and all(isinstance(stage, str) for stage in stages)
        metric["stages"] = stages if readable else None
    return metric


def _observation(value: Any) -> ObservationFields | None:
    if not isinstance(value, dict):
        return None
    observation = ObservationFields(as_of=_date(value.get("as_of")))
    if "value" in value:
        observation["value"] = _number(value["value"])
    if "stage" in value:
        observation["stage"] = _string(value["stage"])
    if "status" in value:
        observation["status"] = _string(value["status"])
    return observation


def _target(value: Any) -> TargetFields | None:
    if not isinstance(value, dict):
        return None
    target = TargetFields()
    if "value" in value:
        target["value"] = _number(value["value"])
    if "stage" in value:
        target["stage"] = _string(value["stage"])
    if "due" in value:
        target["due"] = _date(value["due"])
    return target


def _commitment(raw: dict[str, Any]) -> CommitmentFields:
    c = CommitmentFields(
        id=_string(raw.get("id")),
        category=_string(raw.get("category")),
        owner=_string(raw.get("owner")),
        status=_string(raw.get("status")),
        metric=_metric(raw.get("metric")),
        target=_target(raw.get("target")),
    )
    if "co_owners" in raw:
        c["co_owners"] = [_string(co_owner) for co_owner in _list(raw["co_owners"])]
    if "baseline" in raw:
        baseline = _object(raw["baseline"])
        c["baseline"] = BaselineFields(value=_number(baseline.get("value")))
        if "as_of" in baseline:
            c["baseline"]["as_of"] = _date(baseline["as_of"])
    if "progress" in raw:
        c["progress"] = [_observation(item) for item in _list(raw["progress"])]
    return c


def _declared(plan: Mapping[str, Any], key: str) -> list[str | None] | None:
    """Read the ids of ``categories`` or ``agencies``; ``None`` if not a list."""
    entries = plan.get(key)
    if not isinstance(entries, list):
        return None
    return [_string(_object(entry).get("id")) for entry in entries]


def _year(plan: Mapping[str, Any]) -> int | None:
    year = plan.get("year")
    readable = isinstance(year, int) and not isinstance(year, bool) and 1 <= year <= 9999
    return year if readable else None


def read_plan(document: Any) -> PlanView:
    """Read what the rules need from a raw plan document, whatever its shape; never raises.

    >>> plan = read_plan({"year": 2021.5, "commitments": [
    ...     {"metric": {"kind": "level", "stages": []}, "target": {"due": "2021-02-30"}}, 7]})
    >>> plan.year, plan.commitments[1]
    (None, None)
    >>> plan.commitments[0]
    {'id': None, 'category': None, 'owner': None, 'status': None, \
'metric': {'kind': 'level', 'stages': None}, 'target': {'due': None}}
    """
    plan = _object(document)
    items = _list(plan.get("commitments"))
    return PlanView(
        year=_year(plan),
        categories=_declared(plan, "categories"),
        agencies=_declared(plan, "agencies"),
        commitments=[_commitment(item) if isinstance(item, dict) else None for item in items],
    )


def read_valid_plan(document: Any) -> PlanView:
    """Read a plan document that the plan schema accepts: it has the shape already.

    The schema also takes a year such as ``2021.0``, which the rules cannot read;
    this reader then declines (:class:`NotAsPromised`) and leaves the document to
    :func:`read_plan`. Never pass a document the schema rejects: reading it, or a
    rule checking it, may then raise one of :data:`NOT_AS_PROMISED`, or miss a problem.

    >>> read_valid_plan({"year": 2021, "commitments": []}).year
    2021
    """
    year = document["year"]
    if year.__class__ is not int:
        raise NotAsPromised(f"a year the rules cannot read: {year!r}")
    categories, agencies = document.get("categories"), document.get("agencies")
    return PlanView(
        year=year,
        categories=None if categories is None else [entry["id"] for entry in categories],
        agencies=None if agencies is None else [entry["id"] for entry in agencies],
        commitments=document["commitments"],
    )
