"""The rule ``status-contradicts-progress``: what the observations say against the status.

A commitment declared ``completed`` whose latest observation falls short of the
target, or declared ``planned`` with an observation that shows progress from the
baseline, contradicts itself. :mod:`commitments.validation._rule_walk` asks
:func:`completed_short` of a commitment declared ``completed`` (with the latest
observation it finds on its way through them) and :func:`planned_with_progress` of
one declared ``planned``; each gives the message, or ``None``.
"""

from commitments.model.vocab import DEFAULT_STAGES
from commitments.validation._numbers import beyond
from commitments.validation._plan_view import (
    CommitmentFields,
    MetricFields,
    ObservationFields,
    TargetFields,
)
from commitments.validation._rule_messages import quoted, shown

__all__ = ["completed_short", "planned_with_progress"]


def completed_short(
    metric: MetricFields, target: TargetFields | None, latest: ObservationFields
) -> str | None:
    """Say how a completed commitment's latest observation falls short of its target, if it does.

    Args:
        metric: The commitment's metric.
        target: Its target.
        latest: Its latest observation (the last of the latest date) that has a
            value (a stage, for a milestone) or a status; the walk finds it. One with
            only a status (a claim with no figure) falls short of nothing.

    """
    if target is None:
        return None
    kind = metric["kind"]
    if kind == "quantity" or kind == "level":
        t, reached = target.get("value"), latest.get("value")
        direction = metric.get("direction", "increase")
        if t is None or reached is None or direction is None or not beyond(direction, t, reached):
            return None
        shortfall = f"is {shown(reached)}, short of the target {shown(t)}"
    else:
        stages = metric.get("stages", DEFAULT_STAGES) if kind == "milestone" else None
        if not stages:
            return None
        goal, stage = target.get("stage", stages[-1]), latest.get("stage")
        if goal is None or stage is None or goal not in stages or stage not in stages:
            return None
        if stages.index(stage) >= stages.index(goal):
            return None
        shortfall = f"is at stage {quoted(stage)}, before the target stage {quoted(goal)}"
    day = latest["as_of"]
    return f'status is "completed" but the latest observation of {day} {shortfall}'


def planned_with_progress(
    c: CommitmentFields, progress: list[ObservationFields | None]
) -> str | None:
    """Say which observation shows progress from the baseline, if one does."""
    metric, baseline = c["metric"], c.get("baseline")
    kind = metric["kind"]
    numeric = kind == "quantity" or kind == "level"
    b = (0 if kind == "quantity" else None) if baseline is None else baseline["value"]
    direction = metric.get("direction", "increase") if numeric else None
    for j, observation in enumerate(progress):
        if observation is None:
            continue
        stage, v = observation.get("stage"), observation.get("value")
        if kind == "milestone" and stage is not None:
            shown_progress = f"reached stage {quoted(stage)}"
        elif direction is not None and b is not None and v is not None and beyond(direction, v, b):
            shown_progress = f"shows progress ({shown(v)} from the baseline {shown(b)})"
        else:
            continue
        day = observation["as_of"]
        name = f"observation {j}" if day is None else f"observation of {day}"
        return f'status is "planned" but the {name} {shown_progress}'
    return None
