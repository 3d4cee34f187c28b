"""Fulfilment over the years: one line per jurisdiction, the share achieved by each plan year."""

from typing import Any

from commitments.analysis.history import History
from commitments.model.extras import require
from commitments.plot._axes import axes
from commitments.plot._fonts import text_fonts
from commitments.tables import fulfilment_table
from commitments.tables._sources import Languages, PlanSource

__all__ = ["fulfilment_over_years"]


def fulfilment_over_years(
    source: History | PlanSource, *, lang: Languages = None, ax: Any = None
) -> Any:
    """Draw each jurisdiction's fulfilment rate per plan year, labelled "achieved/reported".

    The rate of a year is its commitments achieved by their due dates over those
    reported (cancelled and unreported ones set aside), as in :class:`commitments.History`;
    a year with nothing reported has no rate and is not drawn.

    Args:
        source: A history, or plans to build one of (a dataset path, a plan, or an
            iterable of them).
        lang: The preferred language(s) of jurisdiction names (when without a code).
        ax: The Matplotlib Axes to draw on (default: a new figure's).

    Returns:
        The Axes.

    """
    rows = [r for r in fulfilment_table(source, lang=lang) if r["category"] is None]
    ax = axes(ax, (6, 3.5))
    ticker = require("matplotlib.ticker", "plot")
    names: list[str] = []
    for name in dict.fromkeys(r["jurisdiction"] for r in rows):
        mine = [r for r in rows if r["jurisdiction"] == name and r["fulfilment_rate"] is not None]
        names.append(str(name))
        years = [r["year"] for r in mine]
        ax.plot(years, [r["fulfilment_rate"] for r in mine], marker="o", label=str(name))
        for r in mine:
            ax.annotate(
                f"{r['achieved']}/{r['counted'] - r['unreported']}",
                (r["year"], r["fulfilment_rate"]),
                textcoords="offset points",
                xytext=(0, 7),
                ha="center",
                fontsize="small",
            )
    ax.set_ylim(0, 1.1)
    ax.yaxis.set_major_formatter(ticker.PercentFormatter(1.0))
    ax.xaxis.set_major_locator(ticker.MaxNLocator(integer=True))
    ax.set_xlabel("plan year")
    ax.set_ylabel("achieved by the due date")
    fonts = text_fonts(names)
    family = {"family": fonts["fontfamily"]} if fonts else {}
    ax.legend(prop={"size": "small", **family})
    return ax
