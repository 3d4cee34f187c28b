"""Checks of dates and progress: observation order, due dates, and the declared status.

Each check reads a :class:`~commitments.validation._plan_view.PlanView` and yields the
pointer and message of every problem; :mod:`commitments.validation.rules` makes findings.
"""

import datetime

from commitments.validation._checks_values import beyond
from commitments.validation._plan_view import (
    CommitmentView,
    ObservationView,
    PlanView,
    Problems,
    quoted,
    shown,
)

__all__ = [
    "due_before_baseline",
    "due_outside_year",
    "progress_before_baseline",
    "progress_out_of_order",
    "status_contradictions",
]


def progress_out_of_order(plan: PlanView) -> Problems:
    """Report each observation not dated strictly after the (readable) one before it."""
    for c in plan.commitments:
        previous: tuple[datetime.date, int] | None = None
        for obs in c.observations:
            if obs.as_of is None:
                continue
            if previous is not None and obs.as_of <= previous[0]:
                message = (
                    f"observation of {obs.as_of} is not after the one before it "
                    f"({previous[0]}, {c.path('progress', previous[1])})"
                )
                yield c.path("progress", obs.index, "as_of"), message
            previous = (obs.as_of, obs.index)


def progress_before_baseline(plan: PlanView) -> Problems:
    """Report each observation dated before ``baseline.as_of``."""
    for c in plan.commitments:
        start = c.baseline_as_of
        for obs in c.observations:
            if start is not None and obs.as_of is not None and obs.as_of < start:
                message = f"observation of {obs.as_of} is before the baseline date {start}"
                yield c.path("progress", obs.index, "as_of"), message


def due_before_baseline(plan: PlanView) -> Problems:
    """Report each due date before ``baseline.as_of``.

    Without ``target.due`` the target is due on 31 December of the plan year; a
    baseline dated after that is reported at the target, the object that lacks ``due``.
    """
    for c in plan.commitments:
        start = c.baseline_as_of
        if start is None or c.target is None:
            continue
        if "due" in c.target:
            due = c.target_due
            if due is not None and due < start:
                message = f"due date {due} is before the baseline date {start}"
                yield c.path("target", "due"), message
        elif plan.year is not None and (due := datetime.date(plan.year, 12, 31)) < start:
            message = (
                f"the default due date {due} (the end of the plan year) "
                f"is before the baseline date {start}"
            )
            yield c.path("target"), message


def due_outside_year(plan: PlanView) -> Problems:
    """Report each ``target.due`` outside the plan year."""
    for c in plan.commitments:
        due = c.target_due
        if due is not None and plan.year is not None and due.year != plan.year:
            yield c.path("target", "due"), f"due date {due} is not in the plan year {plan.year}"


def _latest(c: CommitmentView) -> ObservationView | None:
    """Find the latest dated observation (the last of equals) that has a value or stage."""
    dated = [
        (obs.as_of, obs)
        for obs in c.observations
        if obs.as_of is not None and (obs.value if c.is_numeric else obs.stage) is not None
    ]
    if not dated:
        return None
    last = max(day for day, _ in dated)
    return [obs for day, obs in dated if day == last][-1]


def _shortfall(c: CommitmentView) -> str | None:
    """Say how the latest observation falls short of the target, if it does."""
    latest = _latest(c)
    if latest is None:
        return None
    if c.is_numeric:
        t, reached, direction = c.target_value, latest.value, c.direction
        if t is None or reached is None or direction is None or not beyond(direction, t, reached):
            return None
        return f"of {latest.as_of} is {shown(reached)}, short of the target {shown(t)}"
    stages, goal, stage = c.stages or (), c.target_stage, latest.stage
    if stage in stages and goal in stages and stages.index(stage) < stages.index(goal):
        return (
            f"of {latest.as_of} is at stage {quoted(stage)}, before the target stage {quoted(goal)}"
        )
    return None


def _progress_shown(c: CommitmentView) -> str | None:
    """Say which observation shows progress from the baseline, if one does."""
    b, direction = c.baseline_value, c.direction if c.is_numeric else None
    for obs in c.observations:
        name = f"observation {obs.index}" if obs.as_of is None else f"observation of {obs.as_of}"
        if c.kind == "milestone" and obs.stage is not None:
            return f"{name} reached stage {quoted(obs.stage)}"
        v = obs.value
        if direction is not None and b is not None and v is not None and beyond(direction, v, b):
            return f"{name} shows progress ({shown(v)} from the baseline {shown(b)})"
    return None


def status_contradictions(plan: PlanView) -> Problems:
    """Report ``completed`` short of the target and ``planned`` with progress observed."""
    for c in plan.commitments:
        status = c.fields.get("status")
        if status == "completed" and (shortfall := _shortfall(c)) is not None:
            message = f'status is "completed" but the latest observation {shortfall}'
            yield c.path("status"), message
        elif status == "planned" and (progress := _progress_shown(c)) is not None:
            yield c.path("status"), f'status is "planned" but the {progress}'
