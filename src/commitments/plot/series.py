"""One commitment over time: what was observed, against the pace line to its target."""

import datetime
from typing import Any

from commitments.model.plan import Commitment, Plan
from commitments.plot._axes import axes
from commitments.plot._fonts import text_fonts
from commitments.tables._sources import Languages, PlanSource, languages, plans_with_files

__all__ = ["commitment_chart"]


def _find(source: PlanSource, commitment_id: str, year: int | None) -> tuple[Plan, Commitment]:
    for _, plan in plans_with_files(source):
        if year is not None and plan.year != year:
            continue
        for c in plan.commitments:
            if c.id == commitment_id:
                return plan, c
    where = "" if year is None else f" of {year}"
    raise KeyError(f"no commitment {commitment_id!r} in the plans{where}")


def commitment_chart(
    source: PlanSource,
    commitment_id: str,
    *,
    year: int | None = None,
    lang: Languages = None,
    ax: Any = None,
) -> Any:
    """Draw one commitment's observations against its pace line.

    The pace line runs from the baseline at the start of the period to the target
    at the due date: an observation above it (below it, for a ``decrease``) is ahead
    of pace. A milestone is drawn by stage, from none to its target stage.

    Args:
        source: Plans (a dataset path, a plan, or an iterable of them).
        commitment_id: The commitment's id.
        year: The plan year, when several plans hold the id (default: the first).
        lang: The preferred language(s) of the title.
        ax: The Matplotlib Axes to draw on (default: a new figure's).

    Returns:
        The Axes.

    Raises:
        KeyError: No plan (of that year) holds the id.

    """
    plan, c = _find(source, commitment_id, year)
    start, due = c.effective_start(plan.year), c.effective_due(plan.year)
    ax = axes(ax, (6, 3.5))
    observed = c.progress or ()
    if c.metric.is_numeric:
        base, goal = c.effective_baseline_value, c.target.value
        begin = None if base is None else float(base)
        end = None if goal is None else float(goal)
        points = [(o.as_of, float(o.value)) for o in observed if o.value is not None]
        ax.set_ylabel(c.metric.unit or "")
    else:
        stages = ("none", *c.metric.effective_stages)
        begin, end = 0.0, float(stages.index(c.effective_target_stage or stages[-1]))
        points = [(o.as_of, float(stages.index(o.stage))) for o in observed if o.stage in stages]
        ax.set_yticks(range(len(stages)), stages)
    if begin is not None and end is not None:
        ax.plot(
            [start, due], [float(begin), float(end)], linestyle="--", color="grey", label="pace"
        )
        ax.axhline(float(end), linestyle=":", color="black", linewidth=1, label="target")
    if points:
        days = [day for day, _ in points]
        ax.plot(days, [v for _, v in points], marker="o", color="#1f78b4", label="observed")
    ax.set_xlim(
        min([start, *(d for d, _ in points)]) - datetime.timedelta(days=15),
        max([due, *(d for d, _ in points)]) + datetime.timedelta(days=15),
    )
    title = c.title.best(*languages(lang))
    ax.set_title(title, fontsize="medium", **text_fonts([title]))
    ax.legend(fontsize="small")
    ax.figure.autofmt_xdate()
    return ax
