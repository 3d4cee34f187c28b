"""Where a chart is drawn: the caller's Axes, or a new figure's; and the assessment legend."""

from collections.abc import Iterable
from typing import Any

from commitments.model.extras import require
from commitments.render.palette import ASSESSMENT_ORDER, colour

__all__ = ["assessment_legend", "axes", "short"]


def axes(ax: Any, size: tuple[float, float]) -> Any:
    """Return ``ax``, or the Axes of a new figure of ``size`` inches (needs the plot extra)."""
    require("matplotlib", "plot")
    if ax is not None:
        return ax
    pyplot = require("matplotlib.pyplot", "plot")
    _, created = pyplot.subplots(figsize=size, layout="constrained")
    return created


def assessment_legend(ax: Any, present: Iterable[str], extra: Iterable[Any] = ()) -> None:
    """Add a legend of the assessments present, in the palette's order, then ``extra`` handles."""
    patches = require("matplotlib.patches", "plot")
    seen = set(present)
    handles = [
        patches.Patch(color=colour(a), label=a.replace("_", " "))
        for a in (*ASSESSMENT_ORDER, *sorted(seen - set(ASSESSMENT_ORDER)))
        if a in seen
    ]
    ax.legend(
        handles=[*handles, *extra], loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small"
    )


def short(text: str, width: int = 34) -> str:
    """Return ``text`` cut to ``width`` characters (ending in an ellipsis)."""
    return text if len(text) <= width else text[: width - 1] + "…"
