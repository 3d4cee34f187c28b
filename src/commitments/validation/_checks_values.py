"""Checks that values fit the metric: baselines, target values, stages and direction.

Each check reads a :class:`~commitments.validation._plan_view.PlanView` and yields the
pointer and message of every problem; :mod:`commitments.validation.rules` makes findings.
"""

from commitments.validation._plan_view import Number, PlanView, Problems, listing, quoted, shown

__all__ = [
    "beyond",
    "direction_mismatches",
    "missing_baselines",
    "missing_observation_values",
    "missing_target_values",
    "unexpected_values",
    "unknown_stages",
]


def beyond(direction: str, value: Number, reference: Number) -> bool:
    """Return whether ``value`` is strictly past ``reference`` in the direction of progress."""
    return value > reference if direction == "increase" else value < reference


def missing_baselines(plan: PlanView) -> Problems:
    """Report each level commitment without a ``baseline``."""
    for c in plan.commitments:
        if c.kind == "level" and "baseline" not in c.fields:
            yield c.path(), "a level metric needs a baseline: the level the count starts from"


def missing_target_values(plan: PlanView) -> Problems:
    """Report each quantity or level target without a ``value``."""
    for c in plan.commitments:
        if c.is_numeric and c.target is not None and "value" not in c.target:
            yield c.path("target"), f"the target of a {c.kind} metric needs a value"


def missing_observation_values(plan: PlanView) -> Problems:
    """Report each observation without the ``value`` (or milestone ``stage``) it needs."""
    for c in plan.commitments:
        needed = "value" if c.is_numeric else "stage" if c.kind == "milestone" else None
        for obs in c.observations:
            if needed is not None and needed not in obs.fields:
                message = f"an observation of a {c.kind} needs a {needed}"
                yield c.path("progress", obs.index), message


def unexpected_values(plan: PlanView) -> Problems:
    """Report a milestone's baseline and values, and a quantity's or level's stages."""
    for c in plan.commitments:
        milestone = c.kind == "milestone"
        if not (milestone or c.is_numeric):
            continue
        wrong, instead = ("value", "stage") if milestone else ("stage", "value")
        if milestone and "baseline" in c.fields:
            yield c.path("baseline"), "a milestone has no baseline: it counts stages, not values"
        if c.target is not None and wrong in c.target:
            yield c.path("target", wrong), f"a {c.kind} target has no {wrong}: give a {instead}"
        for obs in c.observations:
            if wrong in obs.fields:
                message = f"an observation of a {c.kind} has no {wrong}: give a {instead}"
                yield c.path("progress", obs.index, wrong), message


def unknown_stages(plan: PlanView) -> Problems:
    """Report each milestone target or observation stage not among the metric's stages."""
    for c in plan.commitments:
        if c.kind != "milestone" or c.stages is None:
            continue
        target_stage = None if c.target is None else c.target.get("stage")
        named: list[tuple[tuple[str | int, ...], object]] = [(("target", "stage"), target_stage)]
        named += [(("progress", obs.index, "stage"), obs.stage) for obs in c.observations]
        for parts, stage in named:
            if isinstance(stage, str) and stage not in c.stages:
                stages = listing(c.stages)
                message = f"stage {quoted(stage)} is not one of the metric's stages ({stages})"
                yield c.path(*parts), message


def direction_mismatches(plan: PlanView) -> Problems:
    """Report each target strictly on the wrong side of the baseline for the direction."""
    for c in plan.commitments:
        b, t = c.baseline_value, c.target_value
        if not c.is_numeric or c.direction is None or b is None or t is None:
            continue
        if beyond(c.direction, b, t):
            side = "below" if c.direction == "increase" else "above"
            message = (
                f"target {shown(t)} is {side} the baseline {shown(b)}, "
                f"but the metric's direction is {c.direction}"
            )
            yield c.path("target", "value"), message
