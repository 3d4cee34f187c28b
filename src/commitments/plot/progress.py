"""Progress per commitment: one bar each, coloured by assessment, with the pace marked."""

import datetime
from typing import Any

from commitments.model.extras import require
from commitments.plot._axes import assessment_legend, axes, short
from commitments.plot._fonts import text_fonts
from commitments.render.palette import colour
from commitments.tables import Table, progress_table
from commitments.tables._sources import Languages, PlanSource

__all__ = ["progress_bars"]


def progress_bars(
    source: PlanSource | Table,
    *,
    as_of: datetime.date | str | None = None,
    lang: Languages = None,
    limit: int = 40,
    ax: Any = None,
) -> Any:
    """Draw each commitment's progress as a bar coloured by its assessment.

    A bar is the fraction done (clamped to [0, 1]; the label says the real
    percentage, over-delivery included); a black tick marks the pace, where the
    commitment should be by now.

    Args:
        source: Plans (a dataset path, a plan, or an iterable of them), or a table
            made by :func:`commitments.tables.progress_table`.
        as_of: The date to measure plans at (default today).
        lang: The preferred language(s) of the titles.
        limit: Draw at most this many commitments (the first ones).
        ax: The Matplotlib Axes to draw on (default: a new figure's).

    Returns:
        The Axes.

    Raises:
        ValueError: ``source`` is a table of another shape.
        commitments.MissingExtra: Matplotlib is not installed (``commitments[plot]``).

    """
    table = source if isinstance(source, Table) else progress_table(source, as_of=as_of, lang=lang)
    if table.shape.name != "progress":
        raise ValueError(f"progress_bars draws a progress table, not a {table.shape.name} table")
    rows = list(table)[:limit]
    ax = axes(ax, (8, 0.9 + 0.32 * max(len(rows), 1)))
    lines = require("matplotlib.lines", "plot")
    ticker = require("matplotlib.ticker", "plot")
    labels = [short(str(r["title"])) for r in rows]
    positions = list(range(len(rows)))[::-1]
    # A level without a baseline has no fraction and no pace: an empty bar marked "?".
    done = [0.0 if r["fraction"] is None else min(1.0, max(0.0, r["fraction"])) for r in rows]
    ax.barh(positions, done, color=[colour(r["assessment"]) for r in rows], height=0.7)
    paced = [
        (r["expected"], y)
        for y, r in zip(positions, rows, strict=True)
        if r["expected"] is not None
    ]
    ax.scatter(
        [x for x, _ in paced], [y for _, y in paced], marker="|", s=180, color="black", zorder=3
    )
    for y, r in zip(positions, rows, strict=True):
        shown = "?" if r["fraction"] is None else f"{r['fraction']:.0%}"
        ax.annotate(shown, (1.02, y), va="center", fontsize="small")
    ax.set_yticks(positions, labels, **text_fonts(labels))
    ax.set_xlim(0, 1.15)
    ax.xaxis.set_major_formatter(ticker.PercentFormatter(1.0))
    ax.set_xlabel("done")
    pace = lines.Line2D(
        [], [], color="black", marker="|", linestyle="none", markersize=12, label="pace"
    )
    assessment_legend(ax, (r["assessment"] for r in rows), [pace])
    return ax
