"""One commitment against its match in another plan: the field changes of a diff.

Each compared field gives at most one :class:`FieldChange`, in this order:
``id`` (a rename), ``title``, ``category``, ``owner``, ``co_owners``, ``tags``,
``metric.kind``, ``metric.unit``, ``metric.name``, ``metric.direction``,
``metric.stages``, ``baseline``, ``target.value``, ``target.stage``,
``target.due``, ``status``. Defaults are applied before comparing (an absent
``direction`` is ``increase``, an absent quantity baseline is 0, an absent ``due``
is 31 December), so writing a default out is not a change.

Not compared, by design: ``sources``, ``progress`` (provenance and measurement,
not the promise), ``notes`` (editorial remarks), ``previous_id`` (it only links
the pair) and ``x-`` extensions. Lists of agencies and tags are compared as sets.

Values in one dimension are compared in the new unit (2,500,000 m is 2,500 km), so
re-expressing a commitment in another unit of the same dimension leaves the target
and baseline unchanged; ``metric.unit`` itself is reported whenever the code
differs (``m`` → ``km`` as well as ``item`` → ``household``). When the dimension
changes, ``target.value`` is ``changed``, not ``raised`` or ``lowered``: the figures
cannot be compared. ``target.due`` and
``baseline.as_of`` are compared by their place in the plan year (years after it,
month, day), so 31 December is the same in every year. Users read this in
:doc:`/diff`.
"""

import datetime
from decimal import Decimal
from fractions import Fraction

from attrs import frozen

from commitments.analysis._diff_types import Ambition, ChangeKind, ExactNumber, FieldValue, Relative
from commitments.convert._writers import text_value
from commitments.model._fields import doc_field
from commitments.model.exact import to_fraction
from commitments.model.plan import Commitment
from commitments.model.text import Text
from commitments.model.units import comparable_units, convert
from commitments.model.vocab import Direction

__all__ = [
    "Ambition",
    "ChangeKind",
    "ExactNumber",
    "FieldChange",
    "FieldValue",
    "compare_commitments",
]


@frozen(kw_only=True)
class FieldChange:
    """One field of a commitment that differs between the two plans."""

    field: str = doc_field(
        "The field: `id`, `title`, `category`, `owner`, `co_owners`, `tags`, `metric.kind`, "
        "`metric.unit`, `metric.name`, `metric.direction`, `metric.stages`, `baseline`, "
        "`target.value`, `target.stage`, `target.due` or `status`.",
        examples=("target.value",),
    )
    old: FieldValue = doc_field("The value in the old plan.")
    new: FieldValue = doc_field("The value in the new plan.")
    kind: ChangeKind = doc_field(
        "`raised` or `lowered` for a `target.value` comparable across the plans (same "
        "dimension); `changed` for everything else."
    )
    ambition: Ambition | None = doc_field(
        "Raised or lowered targets only: whether the new target asks for more "
        "(`more_ambitious`) or less, in the metric's direction (for `decrease`, a lower "
        "target is more ambitious).",
        default=None,
    )
    delta: ExactNumber | None = doc_field(
        "Raised or lowered targets only: new value minus old value, in the new unit.",
        default=None,
    )
    relative: Relative = doc_field(
        "Raised or lowered targets only: `delta` over the old value in the new unit; null "
        "when the old value is 0.",
        default=None,
    )
    old_unit: str | None = doc_field(
        "`target.value` only: the unit of `old` (absent for a milestone).", default=None
    )
    new_unit: str | None = doc_field(
        "`target.value` only: the unit of `new` and of `delta` (absent for a milestone).",
        default=None,
    )

    @property
    def is_comparison(self) -> bool:
        """Whether this is a raised or lowered target (with ambition, delta and relative)."""
        return self.kind is not ChangeKind.CHANGED


def _in_unit(value: Decimal, unit: str | None, to: str | None) -> Fraction:
    return (
        to_fraction(value) if unit == to or unit is None or to is None else convert(value, unit, to)
    )


def _text(text: Text | None) -> object:
    return None if text is None else text_value(text)


def _place(day: datetime.date, year: int) -> tuple[int, int, int]:
    """Where a date falls relative to the plan year: (years after it, month, day)."""
    return day.year - year, day.month, day.day


def _baseline(c: Commitment, year: int) -> object:
    value = c.effective_baseline_value
    if value is None:
        return None
    return {"value": value, "as_of": c.effective_start(year).isoformat()}


def _baseline_change(old: Commitment, old_year: int, new: Commitment, new_year: int) -> bool:
    before, after = old.effective_baseline_value, new.effective_baseline_value
    if before is None or after is None:
        return (before is None) != (after is None)
    old_unit, new_unit = old.metric.unit, new.metric.unit
    if comparable_units(old_unit, new_unit):
        values_differ = _in_unit(before, old_unit, new_unit) != to_fraction(after)
    else:
        values_differ = before != after
    moved = _place(old.effective_start(old_year), old_year) != _place(
        new.effective_start(new_year), new_year
    )
    return values_differ or moved


def _target_value(old: Commitment, new: Commitment) -> FieldChange | None:
    before, after = old.target.value, new.target.value
    old_unit, new_unit = old.metric.unit, new.metric.unit
    if before is None and after is None:
        return None
    if before is None or after is None or not comparable_units(old_unit, new_unit):
        return FieldChange(
            field="target.value",
            old=before,
            new=after,
            kind=ChangeKind.CHANGED,
            old_unit=old_unit,
            new_unit=new_unit,
        )
    old_value = _in_unit(before, old_unit, new_unit)
    delta = to_fraction(after) - old_value
    if not delta:
        return None
    raised = delta > 0
    more = raised == (new.metric.effective_direction is Direction.INCREASE)
    return FieldChange(
        field="target.value",
        old=before,
        new=after,
        kind=ChangeKind.RAISED if raised else ChangeKind.LOWERED,
        ambition=Ambition.MORE_AMBITIOUS if more else Ambition.LESS_AMBITIOUS,
        delta=delta,
        relative=delta / old_value if old_value else None,
        old_unit=old_unit,
        new_unit=new_unit,
    )


def _stages(c: Commitment) -> list[str] | None:
    return None if c.metric.is_numeric else list(c.metric.effective_stages)


def compare_commitments(
    old: Commitment, old_year: int, new: Commitment, new_year: int
) -> tuple[FieldChange, ...]:
    """Return every field change from ``old`` (plan ``old_year``) to ``new`` (``new_year``).

    Args:
        old: The commitment in the old plan.
        old_year: The old plan's year (for default dates and the place of dates in it).
        new: The matching commitment in the new plan.
        new_year: The new plan's year.

    Returns:
        One change per differing field, in the order of the module's list; empty
        when the two say the same.

    """
    found: list[FieldChange] = []

    def changed(field: str, before: object, after: object) -> None:
        found.append(FieldChange(field=field, old=before, new=after, kind=ChangeKind.CHANGED))

    def plain(field: str, before: object, after: object) -> None:
        if before != after:
            changed(field, before, after)

    # Each value shown in a change is only built once the field is known to differ.
    plain("id", old.id, new.id)
    if old.title != new.title:
        changed("title", _text(old.title), _text(new.title))
    plain("category", old.category, new.category)
    plain("owner", old.owner, new.owner)
    for field, before, after in (
        ("co_owners", old.co_owners, new.co_owners),
        ("tags", old.tags, new.tags),
    ):
        if before != after and set(before or ()) != set(after or ()):
            changed(field, list(before or ()), list(after or ()))
    old_metric, new_metric = old.metric, new.metric
    plain("metric.kind", str(old_metric.kind), str(new_metric.kind))
    plain("metric.unit", old_metric.unit, new_metric.unit)
    if old_metric.name != new_metric.name:
        changed("metric.name", _text(old_metric.name), _text(new_metric.name))
    plain(
        "metric.direction",
        str(old_metric.effective_direction),
        str(new_metric.effective_direction),
    )
    plain("metric.stages", _stages(old), _stages(new))
    if _baseline_change(old, old_year, new, new_year):
        changed("baseline", _baseline(old, old_year), _baseline(new, new_year))
    target = _target_value(old, new)
    if target is not None:
        found.append(target)
    plain("target.stage", old.effective_target_stage, new.effective_target_stage)
    old_due, new_due = old.effective_due(old_year), new.effective_due(new_year)
    if _place(old_due, old_year) != _place(new_due, new_year):
        changed("target.due", old_due.isoformat(), new_due.isoformat())
    plain("status", str(old.status), str(new.status))
    return tuple(found)
