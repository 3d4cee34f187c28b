"""How the library's objects look in a notebook: HTML for ``_repr_html_``.

A plan shows as a compact table measured today, one row per commitment with a
progress bar coloured by assessment (:mod:`commitments.render.palette`); a report as
its findings; a summary as its groups; a diff as its changes; a history as its
fulfilment rates and recurring commitments. :func:`html` picks the drawing by type;
the package face points the lower layers' display hook at it.

>>> from commitments import load
>>> from commitments.render.notebook import html
>>> page = html(load("examples/jilin-2016-2020-livelihood-projects.json"))
>>> page.count("<tr>"), "#1a9850" in page  # a heading and one commitment, achieved
(2, True)
"""

from collections.abc import Callable
from typing import Any

from commitments.analysis.diff import PlanDiff
from commitments.analysis.history import History
from commitments.analysis.progress import Progress, ProgressError, progress
from commitments.analysis.summary import Summary
from commitments.model.findings import Report
from commitments.model.plan import Commitment, Plan
from commitments.render._html import Markup, bar, html_table, label
from commitments.render._table import figure, percent

__all__ = ["html"]

# The most rows a notebook is shown of one table.
_ROWS = 60


def _capped(rows: list[list[object]]) -> list[list[object]]:
    if len(rows) <= _ROWS:
        return rows
    more: list[object] = [f"... and {len(rows) - _ROWS} more", *([""] * (len(rows[0]) - 1))]
    return [*rows[:_ROWS], more]


def _target(c: Commitment) -> str:
    if not c.metric.is_numeric:
        return c.effective_target_stage or ""
    unit = f" {c.metric.unit}" if c.metric.unit else ""
    return f"{figure(c.target.value)}{unit}"


def _measured_row(p: Progress) -> list[object]:
    c = p.commitment
    return [
        c.id,
        c.title.best(),
        _target(c),
        bar(p.fraction, str(p.assessment)),
        percent(p.fraction),
        label(str(p.assessment)),
    ]


def _plan(plan: Plan) -> str:
    rows: list[list[object]] = []
    for c in plan.commitments:
        try:
            measured = progress(c, year=plan.year, jurisdiction=plan.jurisdiction)
        except ProgressError:  # invalid data the arithmetic cannot measure
            rows.append([c.id, c.title.best(), _target(c), "", "", "not measurable"])
        else:
            rows.append(_measured_row(measured))
    title = f" {plan.title.best()}" if plan.title else ""
    caption = f"{plan.jurisdiction.name.best()} {plan.year}{title}: measured today"
    headers = ["id", "title", "target", "progress", "done", "assessment"]
    return html_table(headers, _capped(rows), caption=caption)


def _commitment(c: Commitment) -> str:
    facts: list[list[object]] = [
        ["id", c.id],
        ["title", c.title.best()],
        ["category", c.category],
        ["owner", c.owner],
        ["metric", f"{c.metric.kind} ({c.metric.effective_direction})"],
        ["target", _target(c)],
        ["status", c.status],
    ]
    observed: list[list[object]] = [
        [o.as_of, figure(o.value) if o.value is not None else o.stage] for o in c.progress or ()
    ]
    page = html_table(["", ""], facts, caption=f"Commitment {c.id}")
    return page + (html_table(["as of", "observed"], observed) if observed else "")


def _report(report: Report) -> str:
    rows: list[list[object]] = [
        [
            label("missed" if f.is_error else "behind", str(f.severity)),
            f.code,
            ":".join(str(n) for n in (f.line, f.column) if n),
            f.path,
            f.message,
        ]
        for f in report.findings
    ]
    verdict = "valid" if report.ok else "invalid"
    caption = f"{report.file or 'document'}: {verdict}, {len(report.findings)} findings"
    headers = ["severity", "code", "line:column", "path", "message"]
    return html_table(headers, _capped(rows), caption=caption)


def _progress(p: Progress) -> str:
    headers = ["id", "title", "target", "progress", "done", "assessment"]
    caption = f"at {p.as_of}, pace {percent(p.expected)}"
    return html_table(headers, [_measured_row(p)], caption=caption)


def _summary(s: Summary) -> str:
    groups = s.groups if s.by is None else (*s.groups, s.total)
    rows = []
    for g in groups:
        name = "all" if g.key is None else g.key if g.label is None else g.label.best()
        rate = "" if g.fulfilment_rate is None else percent(g.fulfilment_rate)
        mean = "" if g.mean_fraction is None else percent(g.mean_fraction)
        seen = Markup(" ".join(label(str(a)) + f" {n}" for a, n in g.assessments.items() if n))
        achieved = f"{g.achieved} of {g.reported} reported"
        rows.append([name, g.count, achieved, g.unreported, rate, mean, seen])
    headers = [
        s.by or "group",
        "count",
        "achieved",
        "unreported",
        "fulfilment",
        "mean progress",
        "assessments",
    ]
    return html_table(headers, rows, caption=f"Summary{' by ' + s.by if s.by else ''}")


def _diff(d: PlanDiff) -> str:
    rows: list[list[object]] = [
        [c.id, f.field, f.old, f.new, f.kind] for c in d.changed for f in c.changes
    ]
    rows += [[i, "", "", "", "added"] for i in d.added]
    rows += [[i, "", "", "", "removed"] for i in d.removed]
    rows += [[i, "", "", "", "not in the new document"] for i in d.not_in_new_document]
    caption = (
        f"{d.old.year} -> {d.new.year}: {len(d.added)} added, {len(d.removed)} removed, "
        f"{len(d.changed)} changed, carried over: {', '.join(d.carried_over) or 'none'}"
    )
    return html_table(["id", "field", "old", "new", "change"], _capped(rows), caption=caption)


def _history(h: History) -> str:
    pages = []
    for j in h:
        rates = [
            [r.year, r.plans, f"{r.achieved} of {r.counted}", _rate(r.fulfilment_rate)]
            for r in j.by_year
        ]
        who = j.jurisdiction.code or j.jurisdiction.name.best()
        pages.append(
            html_table(["year", "plans", "achieved", "fulfilment"], rates, caption=str(who))
        )
        recurring: list[list[object]] = [
            [c.id, c.trend or "", "; ".join(f"{e.year}: {figure(e.target)}" for e in c.years)]
            for c in j.recurring
        ]
        if recurring:
            pages.append(html_table(["recurring id", "trend", "targets"], _capped(recurring)))
    return "".join(pages)


def _rate(rate: Any) -> str:
    return "" if rate is None else percent(rate)


_DRAWINGS: dict[type, Callable[[Any], str]] = {
    Plan: _plan,
    Commitment: _commitment,
    Report: _report,
    Progress: _progress,
    Summary: _summary,
    PlanDiff: _diff,
    History: _history,
}


def html(obj: object) -> str:
    """Return the notebook HTML of a plan, commitment, report, measurement or result.

    Raises:
        TypeError: The object is none of these.

    """
    for kind, draw in _DRAWINGS.items():
        if isinstance(obj, kind):
            return draw(obj)
    raise TypeError(f"no notebook drawing for {type(obj).__name__}")
