"""A history as text a person reads.

The text form gives, per jurisdiction, the fulfilment rate of each year and of each
category in each year, then every recurring commitment with its trend and one
line per year (target, latest value observed, achieved or not, status). Figures
are exact, with thousands separators. (The CSV form is the history table's:
:func:`commitments.tables.history_table`.)
"""

from collections.abc import Sequence
from fractions import Fraction

from commitments.analysis.history import (
    CommitmentHistory,
    History,
    JurisdictionHistory,
    YearEntry,
    YearRate,
)
from commitments.model._visible import visible
from commitments.render._table import display_width, figure, pad, percent, plural

__all__ = ["render_text"]


def _rate(rate: YearRate) -> str:
    reported = rate.counted - rate.unreported
    shown = f"{rate.achieved} of {reported} reported achieved" if reported else "none reported"
    if rate.fulfilment_rate is not None:
        shown += f" ({percent(Fraction(rate.fulfilment_rate))})"
    if rate.unreported:
        shown += f"; {rate.unreported} unreported"
    return shown


def _entry(e: YearEntry) -> str:
    target = figure(e.target) + (f" {e.unit}" if e.unit else "")
    latest = figure(e.latest) + (f" ({e.latest_as_of.isoformat()})" if e.latest_as_of else "")
    verdict = "achieved" if e.achieved else "not achieved"
    return (
        f"{e.year}  target {target}, latest {latest}, {verdict} by {e.due.isoformat()}, {e.status}"
    )


def _series(c: CommitmentHistory, languages: Sequence[str]) -> list[str]:
    title = c.years[-1].title.best(*languages)
    trend = f", target {c.trend}" if c.trend is not None else ""
    return [f"  {title} ({c.id}){trend}", *(f"    {_entry(e)}" for e in c.years)]


def _jurisdiction(j: JurisdictionHistory, languages: Sequence[str]) -> list[str]:
    name = j.jurisdiction.name.best(*languages)
    code = f" ({j.jurisdiction.code})" if j.jurisdiction.code else ""
    span = f"{j.years[0]}–{j.years[-1]}" if len(j.years) > 1 else str(j.years[0])
    plans = plural(sum(r.plans for r in j.by_year), "plan")
    lines = [f"{name}{code}: {span}, {plans}"]
    if j.years_without_code:
        years = ", ".join(str(y) for y in j.years_without_code)
        lines.append(f"  no jurisdiction code in the plans of {years}: matched by name")
    lines.append("")
    lines.append("Fulfilment by year (achieved by the due date; cancelled not counted)")
    lines += [
        f"  {r.year}  {plural(r.plans, 'plan')}, {r.count} commitments: {_rate(r)}"
        for r in j.by_year
    ]
    lines += ["", "Fulfilment by category and year"]
    width = max((display_width(r.category or "") for r in j.by_category), default=0)
    lines += [f"  {pad(r.category or '', width)}  {r.year}: {_rate(r)}" for r in j.by_category]
    recurring = j.recurring
    lines += ["", f"Recurring commitments ({len(recurring)})"]
    for c in recurring:
        lines += _series(c, languages)
    lines += ["", f"Commitments in one year only: {len(j.commitments) - len(recurring)}"]
    return lines


def _overlaps(history: History) -> list[str]:
    return [
        f"counted once: {o.jurisdiction} {o.year} {o.id}, read from "
        f"{', '.join('(plan in hand)' if f is None else f for f in o.files)}; "
        f"used {'(plan in hand)' if o.used is None else o.used}"
        for o in history.overlaps
    ]


def render_text(history: History, *, languages: Sequence[str] = ()) -> str:
    """Return the history as text, one block per jurisdiction."""
    blocks = ["\n".join(_jurisdiction(j, languages)) for j in history.jurisdictions]
    if history.overlaps:
        blocks.append("\n".join(_overlaps(history)))
    return visible("\n\n".join(blocks), keep="\n") + "\n" if blocks else "no plans\n"
