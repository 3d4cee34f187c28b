"""Progress as text a person reads at a glance.

The text form is one table per group: a bar and a percentage per commitment, the
pace, the verdict and the figures, then the group's totals. Titles line up in
Chinese and English alike (see :mod:`commitments.render._table`). Every figure is
printed from exact numbers; no float is involved.
"""

from collections.abc import Sequence

from commitments.analysis.progress import Progress
from commitments.analysis.summary import Amount, Group, Summary
from commitments.model._visible import visible
from commitments.model.text import Text
from commitments.model.vocab import Direction
from commitments.render._table import Column, Row, bar, figure, percent, plural, render_table

__all__ = ["render_text"]

_TITLE_WIDTH = 44
_BAR_WIDTH = 20


def _title(text: Text, languages: Sequence[str]) -> str:
    return text.best(*languages)


def _figures(p: Progress) -> str:
    unit = p.commitment.metric.unit
    shown = f"{figure(p.current)} / {figure(p.target)}"
    return f"{shown} {unit}" if unit else shown


def _row(p: Progress, languages: Sequence[str]) -> list[str]:
    return [
        str(p.year),
        _title(p.commitment.title, languages),
        bar(p.fraction, _BAR_WIDTH),
        percent(p.fraction),
        percent(p.expected),
        str(p.assessment),
        _figures(p),
    ]


def _amount(a: Amount) -> str:
    """Return an amount in the direction of progress: a decrease shows what was cut."""
    if a.direction is Direction.DECREASE:
        return f"{figure(-a.delivered)} of {figure(-a.target)} {a.unit} cut"
    return f"{figure(a.delivered)} of {figure(a.target)} {a.unit}"


def _totals(g: Group) -> str:
    parts = [plural(g.count, "commitment")]
    if g.fulfilment_rate is not None:
        parts.append(f"{g.achieved} of {g.counted} achieved ({percent(g.fulfilment_rate)})")
    if g.mean_fraction is not None:
        parts.append(f"mean progress {percent(g.mean_fraction)}")
    seen = [f"{n} {a}" for a, n in g.assessments.items() if n]
    if seen:
        parts.append(", ".join(seen))
    line = "  total: " + "; ".join(parts)
    amounts = [_amount(a) for a in g.amounts]
    if amounts:
        line += "\n  delivered: " + "; ".join(amounts)
    return line


def _heading(g: Group, languages: Sequence[str]) -> str:
    if g.key is None:
        return "All commitments"
    if g.label is None:
        return g.key
    return f"{_title(g.label, languages)} ({g.key})"


def render_text(summary: Summary, *, as_of: str, languages: Sequence[str] = ()) -> str:
    """Return the progress table: a section per group with its totals, then the total.

    Args:
        summary: The summary to show.
        as_of: The date of the measurement, as written in the heading.
        languages: Preferred languages for titles and labels (default: each text's first).

    Returns:
        The text, ending with a newline.

    """
    columns = [
        Column("year"),
        Column("commitment", max_width=_TITLE_WIDTH),
        Column("progress"),
        Column("done", align="right"),
        Column("pace", align="right"),
        Column("assessment"),
        Column("current / target"),
    ]
    rows: list[Row] = []
    for g in summary.groups:
        rows.append("")
        rows.append(_heading(g, languages))
        rows.extend(_row(p, languages) for p in g.members)
        rows.append(_totals(g))
    if summary.by is not None:
        rows.extend(["", "All commitments", _totals(summary.total)])
    heading = f"Progress as of {as_of}" + (f", by {summary.by}" if summary.by else "")
    return visible(heading + "\n" + render_table(columns, rows), keep="\n") + "\n"
