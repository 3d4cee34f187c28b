"""Every rule, checked in one walk over a plan: each rule written once, in its own section.

:func:`walk` reads each commitment once, in the shape
:mod:`commitments.validation._plan_view` gives, and checks every rule of
:data:`commitments.validation.rules.RULES` on it. Each rule is a section headed by
its code; a rule about observations has its part in the one loop over them. One
walk rather than one per rule is what keeps validation fast: on a valid document,
the rules cost little more than reading each member once.

A value the defensive reader could not read is ``None``, and no rule says
anything about it (the schema layer does).
"""

from collections.abc import Sequence
from decimal import Decimal

from commitments.model.units import UNITS, is_custom_unit
from commitments.model.vocab import DEFAULT_STAGES
from commitments.reading.pointers import pointer
from commitments.validation._numbers import exact
from commitments.validation._plan_view import PlanView
from commitments.validation._rule_messages import Problem, listing, quoted, shown
from commitments.validation._rule_status import completed_short, planned_with_progress
from commitments.validation._rule_units import unknown_unit

__all__ = ["walk", "year_spelling"]

_UNIT_CODES = frozenset(UNITS)


def _report(found: list[Problem], code: str, message: str, i: int, *parts: str | int) -> None:
    """Report a problem at commitment ``i`` (or at a member inside it)."""
    found.append((code, pointer("commitments", i, *parts), message))


def _repeated(
    found: list[Problem], code: str, key: str, what: str, declared: Sequence[str | None]
) -> None:
    """Report each id in ``declared`` that an earlier entry already has."""
    first: dict[str, int] = {}
    for index, ident in enumerate(declared):
        if ident is not None and first.setdefault(ident, index) != index:
            message = (
                f"{what} id {quoted(ident)} is already declared at {pointer(key, first[ident])}"
            )
            found.append((code, pointer(key, index, "id"), message))


def _undeclared(what: str, name: str, key: str, declared: Sequence[str | None] | None) -> str:
    names = listing(dict.fromkeys(ident for ident in declared or () if ident is not None))
    return f"{what} {quoted(name)} is not declared in {key} ({names})"


def _not_a_stage(stage: str, stages: Sequence[str]) -> str:
    return f"stage {quoted(stage)} is not one of the metric's stages ({listing(stages)})"


def walk(plan: PlanView) -> list[Problem]:
    """Check every rule on a plan as read; the problems in no particular order."""
    found: list[Problem] = []
    # duplicate-category-id, duplicate-agency-id: the later holder of an id is reported
    categories = None if plan.categories is None else set(plan.categories)
    if categories is not None and len(categories) < len(plan.categories or ()):  # one is twice
        _repeated(found, "duplicate-category-id", "categories", "category", plan.categories or ())
    agencies = None if plan.agencies is None else set(plan.agencies)
    if agencies is not None and len(agencies) < len(plan.agencies or ()):
        _repeated(found, "duplicate-agency-id", "agencies", "agency", plan.agencies or ())
    first: dict[str, int] = {}
    year = plan.year
    year_text = None if year is None else f"{year:04d}"  # how a date of the year starts
    year_end = None if year_text is None else year_text + "-12-31"  # the default due date
    for i, c in enumerate(plan.commitments):
        if c is None:
            continue
        metric, target, baseline = c["metric"], c["target"], c.get("baseline")
        kind = metric["kind"]
        numeric, milestone = kind == "quantity" or kind == "level", kind == "milestone"
        # duplicate-id: the later holder of an id is reported
        ident = c["id"]
        if ident is not None and first.setdefault(ident, i) != i:
            where = pointer("commitments", first[ident])
            _report(
                found, "duplicate-id", f"id {quoted(ident)} is already the id of {where}", i, "id"
            )
        # unknown-category
        category = c["category"]
        if categories is not None and category is not None and category not in categories:
            message = _undeclared("category", category, "categories", plan.categories)
            _report(found, "unknown-category", message, i, "category")
        # unknown-owner
        if agencies is not None:
            owner, co_owners = c["owner"], c.get("co_owners")
            if owner is not None and owner not in agencies:
                message = _undeclared("owner", owner, "agencies", plan.agencies)
                _report(found, "unknown-owner", message, i, "owner")
            if co_owners and not agencies.issuperset(co_owners):
                for k, co_owner in enumerate(co_owners):
                    if co_owner is not None and co_owner not in agencies:
                        message = _undeclared("co-owner", co_owner, "agencies", plan.agencies)
                        _report(found, "unknown-owner", message, i, "co_owners", k)
        # unknown-unit: a milestone's unit is left to the schema, which forbids any there
        unit = metric.get("unit")
        if (
            unit is not None
            and unit not in _UNIT_CODES
            and not milestone
            and not is_custom_unit(unit)
        ):
            _report(found, "unknown-unit", unknown_unit(unit), i, "metric", "unit")
        # missing-baseline
        if kind == "level" and baseline is None:
            message = "a level metric needs a baseline: the level the count starts from"
            _report(found, "missing-baseline", message, i)
        # missing-target-value
        if numeric and target is not None and "value" not in target:
            message = f"the target of a {kind} metric needs a value"
            _report(found, "missing-target-value", message, i, "target")
        # unexpected-value: a quantity or level counts values, a milestone stages
        needed, wrong = ("value", "stage") if numeric else ("stage", "value")
        if milestone and baseline is not None:
            message = "a milestone has no baseline: it counts stages, not values"
            _report(found, "unexpected-value", message, i, "baseline")
        if (numeric or milestone) and target is not None and wrong in target:
            message = f"a {kind} target has no {wrong}: give a {needed}"
            _report(found, "unexpected-value", message, i, "target", wrong)
        # unknown-stage
        stages = metric.get("stages", DEFAULT_STAGES) if milestone else None
        if stages is not None and target is not None:
            goal = target.get("stage")
            if goal is not None and goal not in stages:
                _report(found, "unknown-stage", _not_a_stage(goal, stages), i, "target", "stage")
        # direction-mismatch: the target strictly on the wrong side of the baseline
        if numeric:
            direction = metric.get("direction", "increase")
            b = (0 if kind == "quantity" else None) if baseline is None else baseline["value"]
            t = None if target is None else target.get("value")
            if direction is not None and b is not None and t is not None:
                if b.__class__ is float or t.__class__ is float:
                    b, t = exact(b), exact(t)
                if b > t if direction == "increase" else b < t:
                    side = "below" if direction == "increase" else "above"
                    message = (
                        f"target {shown(t)} is {side} the baseline {shown(b)}, "
                        f"but the metric's direction is {direction}"
                    )
                    _report(found, "direction-mismatch", message, i, "target", "value")
        start = None if baseline is None else baseline.get("as_of")
        due = None if target is None else target.get("due")
        # due-before-baseline: without target.due the target is due on 31 December of the
        # plan year, and a baseline dated after that is reported at the target
        if start is not None and target is not None:
            if due is not None and due < start:
                message = f"due date {due} is before the baseline date {start}"
                _report(found, "due-before-baseline", message, i, "target", "due")
            elif "due" not in target and year_end is not None and year_end < start:
                message = (
                    f"the default due date {year_end} (the end of the plan year) "
                    f"is before the baseline date {start}"
                )
                _report(found, "due-before-baseline", message, i, "target")
        # due-outside-year
        if due is not None and year_text is not None and due[:4] != year_text:
            message = f"due date {due} is not in the plan year {year}"
            _report(found, "due-outside-year", message, i, "target", "due")
        progress = c.get("progress")
        if not progress:
            continue
        previous, previous_j, j = "", 0, -1  # "": before every date
        status = c["status"]
        completed, latest, latest_day = status == "completed", None, ""
        for observation in progress:
            j += 1
            if observation is None:
                continue
            if numeric or milestone:
                # missing-observation-value: since 1.1 the publisher's status will do
                if needed not in observation and "status" not in observation:
                    message = f"an observation of a {kind} needs a {needed} or a status"
                    _report(found, "missing-observation-value", message, i, "progress", j)
                # unexpected-value
                if wrong in observation:
                    message = f"an observation of a {kind} has no {wrong}: give a {needed}"
                    _report(found, "unexpected-value", message, i, "progress", j, wrong)
            # unknown-stage
            if (
                stages is not None
                and (stage := observation.get("stage")) is not None
                and stage not in stages
            ):
                message = _not_a_stage(stage, stages)
                _report(found, "unknown-stage", message, i, "progress", j, "stage")
            day = observation["as_of"]
            if day is None:
                continue
            # progress-order
            if day <= previous:
                where = pointer("commitments", i, "progress", previous_j)
                message = (
                    f"observation of {day} is not after the one before it ({previous}, {where})"
                )
                _report(found, "progress-order", message, i, "progress", j, "as_of")
            previous, previous_j = day, j
            # progress-before-baseline
            if start is not None and day < start:
                message = f"observation of {day} is before the baseline date {start}"
                _report(found, "progress-before-baseline", message, i, "progress", j, "as_of")
            # status-contradicts-progress, of a completed commitment: its latest observation
            # (the last of the latest date) that has a value, or a stage, or (since 1.1) a
            # status: a later claim with no figure makes an earlier figure no longer the latest
            if (
                completed
                and day >= latest_day
                and (observation.get(needed) is not None or observation.get("status") is not None)
            ):
                latest, latest_day = observation, day
        # status-contradicts-progress
        if completed and latest is not None:
            contradiction = completed_short(metric, target, latest)
        elif status == "planned":
            contradiction = planned_with_progress(c, progress)
        else:
            continue
        if contradiction is not None:
            _report(found, "status-contradicts-progress", contradiction, i, "status")
    return found


def year_spelling(document: object) -> list[Problem]:
    """The rule ``integer-spelling``: a plan year written with a fraction part (``2021.0``).

    The schema takes it as an integer, as JSON Schema does, and the plan holds the
    integer, which is written back as ``2021``: the document would not round-trip as
    written, so it is reported rather than silently respelled.
    """
    year = document.get("year") if isinstance(document, dict) else None
    if year.__class__ is not Decimal or not year.is_finite() or not 1 <= year <= 9999:
        return []  # a year out of the schema's range is the schema's to report
    if year != year.to_integral_value():
        return []
    whole = int(year)
    message = (
        f"the year {shown(year)} is the integer {whole}, and is written back as {whole}: "
        f"write {whole}"
    )
    return [("integer-spelling", "/year", message)]
