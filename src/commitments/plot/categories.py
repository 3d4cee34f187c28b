"""Commitments per category, split by assessment: one stacked bar per category."""

import datetime
from typing import Any

from commitments.plot._axes import assessment_legend, axes
from commitments.plot._fonts import text_fonts
from commitments.render.palette import ASSESSMENT_ORDER, colour
from commitments.tables import progress_table
from commitments.tables._sources import Languages, PlanSource, languages, plans_with_files

__all__ = ["category_breakdown"]


def category_breakdown(
    source: PlanSource,
    *,
    as_of: datetime.date | str | None = None,
    lang: Languages = None,
    ax: Any = None,
) -> Any:
    """Draw how many commitments of each category have each assessment, as stacked bars.

    Args:
        source: Plans (a dataset path, a plan, or an iterable of them).
        as_of: The date to measure them at (default today).
        lang: The preferred language(s) of category names, where the plans give them.
        ax: The Matplotlib Axes to draw on (default: a new figure's).

    Returns:
        The Axes.

    """
    plans = [plan for _, plan in plans_with_files(source)]
    rows = list(progress_table(plans, as_of=as_of))
    langs = languages(lang)
    names = {c.id: c.name.best(*langs) for p in plans for c in p.categories or ()}
    categories = list(dict.fromkeys(r["category"] for r in rows))
    present = {r["assessment"] for r in rows}
    order = [a for a in ASSESSMENT_ORDER if a in present] + sorted(present - set(ASSESSMENT_ORDER))
    ax = axes(ax, (7, 0.9 + 0.35 * max(len(categories), 1)))
    positions = list(range(len(categories)))[::-1]
    left = [0] * len(categories)
    for assessment in order:
        counts = [
            sum(1 for r in rows if r["category"] == c and r["assessment"] == assessment)
            for c in categories
        ]
        ax.barh(positions, counts, left=left, color=colour(assessment), height=0.7)
        left = [a + b for a, b in zip(left, counts, strict=True)]
    labels = [str(names.get(c, c)) for c in categories]
    ax.set_yticks(positions, labels, **text_fonts(labels))
    ax.set_xlabel("commitments")
    assessment_legend(ax, present)
    return ax
