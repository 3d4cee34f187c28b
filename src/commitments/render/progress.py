"""Progress as text a person reads at a glance.

The text form is one table per group: a bar and a percentage per commitment, the
pace, the verdict and the figures, then the group's totals. Titles line up in
Chinese and English alike (see :mod:`commitments.render._table`). Every figure is
printed from exact numbers; no float is involved.
"""

from collections.abc import Sequence

from commitments.analysis.overlap import Overlap
from commitments.analysis.progress import Progress
from commitments.analysis.summary import Amount, Group, Summary
from commitments.model._visible import visible
from commitments.model.text import Text
from commitments.model.vocab import Direction
from commitments.render._table import Column, Row, bar, figure, percent, plural, render_table

__all__ = ["STAND_IN_MARK", "overlap_notes", "render_text"]

_TITLE_WIDTH = 44
_BAR_WIDTH = 20


def _title(text: Text, languages: Sequence[str]) -> str:
    return text.best(*languages)


#: The mark of a figure that stands in for a ``completed`` claim made without one.
STAND_IN_MARK = "*"
_STAND_IN_NOTE = f"{STAND_IN_MARK} claimed completed, no figure: the target stands in"


def _figures(p: Progress) -> str:
    unit = p.commitment.metric.unit
    mark = STAND_IN_MARK if p.stand_in else ""
    shown = f"{figure(p.current)}{mark} / {figure(p.target)}"
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


def _amount(a: Amount, languages: Sequence[str]) -> str:
    """Return an amount in the direction of progress: a decrease shows what was cut."""
    sign = -1 if a.direction is Direction.DECREASE else 1
    cut = " cut" if a.direction is Direction.DECREASE else ""
    what = f" {_title(a.name, languages)}" if a.name is not None else ""
    claimed = ""
    if a.claimed_count:
        claimed = f" (of which {figure(sign * a.claimed)}{STAND_IN_MARK} claimed, no figure)"
    return f"{figure(sign * a.delivered)} of {figure(sign * a.target)} {a.unit}{cut}{what}{claimed}"


def _totals(g: Group, languages: Sequence[str]) -> str:
    parts = [plural(g.count, "commitment")]
    if g.fulfilment_rate is not None:
        stand_ins = f", {g.stand_ins}{STAND_IN_MARK} on a claim" if g.stand_ins else ""
        parts.append(
            f"{g.achieved} of {g.reported} reported achieved "
            f"({percent(g.fulfilment_rate)}{stand_ins})"
        )
    if g.unreported:
        parts.append(f"{g.unreported} unreported")
    if g.mean_fraction is not None:
        parts.append(f"mean progress {percent(g.mean_fraction)}")
    seen = [f"{n} {a}" for a, n in g.assessments.items() if n]
    if seen:
        parts.append(", ".join(seen))
    line = "  total: " + "; ".join(parts)
    amounts = [_amount(a, languages) for a in g.amounts]
    if amounts:
        line += "\n  delivered: " + "\n             ".join(amounts)
    return line


def overlap_notes(overlaps: Sequence[Overlap]) -> list[str]:
    """Say which commitments were read from several files and counted once, a line per file set.

    >>> from commitments.analysis.overlap import Overlap
    >>> overlaps = [Overlap(jurisdiction="CN-JL", year=2020, id=i, files=("a.json", "b.json"),
    ...                     used="b.json") for i in ("jobs", "roads")]
    >>> overlap_notes(overlaps)
    ['counted once: 2 commitments (CN-JL 2020: jobs, roads) read from a.json, b.json; used b.json']
    """
    sets: dict[tuple[tuple[str | None, ...], str | None], list[Overlap]] = {}
    for o in overlaps:
        sets.setdefault((o.files, o.used), []).append(o)
    notes = []
    for (files, used), items in sets.items():
        ids = ", ".join(o.id for o in items[:3]) + (", …" if len(items) > 3 else "")
        places = sorted({f"{o.jurisdiction} {o.year}" for o in items})
        shown = f"{'; '.join(places)}: {ids}"
        names = ", ".join("(plan in hand)" if f is None else f for f in files)
        notes.append(
            f"counted once: {plural(len(items), 'commitment')} ({shown}) read from {names}; "
            f"used {'(plan in hand)' if used is None else used}"
        )
    return notes


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
        rows.append(_totals(g, languages))
    if summary.by is not None:
        rows.extend(["", "All commitments", _totals(summary.total, languages)])
    heading = f"Progress as of {as_of}" + (f", by {summary.by}" if summary.by else "")
    notes = [_STAND_IN_NOTE] if any(p.stand_in for p in summary.total.members) else []
    notes.extend(overlap_notes(summary.overlaps))
    ending = "".join(f"\n{note}" for note in notes)
    return visible(heading + "\n" + render_table(columns, rows) + ending, keep="\n") + "\n"
