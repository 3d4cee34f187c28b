"""One-line reprs of the analysis results, for :func:`commitments.model._display.displayed`.

>>> from datetime import date
>>> from commitments import diff, load, plan_progress, summarize
>>> plan = load("examples/jilin-old-communities-2019-2020.json")
>>> plan_progress(plan, as_of=date(2020, 12, 31))[0]
<Progress old-community-renovation 2020 at 2020-12-31: 43.4% done, pace 100.0%, behind>
>>> summarize([plan], by="owner", as_of=date(2020, 12, 31))
<Summary by owner: 1 group, 3 commitments, 1 of 3 achieved>
>>> diff(plan, load("examples/jilin-2021.json"))
<PlanDiff CN-JL 2020 -> CN-JL 2021: 55 added, 1 removed, 2 changed, 0 unchanged>
"""

from typing import Any

__all__ = ["diff_line", "history_line", "progress_line", "summary_line"]


def _percent(share: Any) -> str:
    return "unknown" if share is None else f"{float(share):.1%}"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def progress_line(p: Any) -> str:
    """Say a measurement in one line: which commitment, when, how far, the verdict."""
    return (
        f"<Progress {p.commitment.id} {p.year} at {p.as_of}: {_percent(p.fraction)} done, "
        f"pace {_percent(p.expected)}, {p.assessment}>"
    )


def summary_line(s: Any) -> str:
    """Say a summary in one line: its grouping and totals."""
    grouping = f"by {s.by}: {_plural(len(s.groups), 'group')}, " if s.by else ""
    t = s.total
    return (
        f"<Summary {grouping}{_plural(t.count, 'commitment')}, "
        f"{t.achieved} of {t.counted} achieved>"
    )


def _ref(ref: Any) -> str:
    return f"{ref.jurisdiction.code or ref.jurisdiction.name} {ref.year}"


def diff_line(d: Any) -> str:
    """Say a diff in one line: the two plans and how many commitments changed how."""
    return (
        f"<PlanDiff {_ref(d.old)} -> {_ref(d.new)}: {len(d.added)} added, "
        f"{len(d.removed)} removed, {len(d.changed)} changed, {len(d.unchanged)} unchanged>"
    )


def history_line(h: Any) -> str:
    """Say a history in one line: each jurisdiction, its years and how many ids."""
    parts = []
    for j in h.jurisdictions:
        years = f"{j.years[0]}-{j.years[-1]}" if len(j.years) > 1 else str(j.years[0])
        who = j.jurisdiction.code or j.jurisdiction.name
        parts.append(f"{who} {years} ({_plural(len(j.commitments), 'id')})")
    return f"<History {_plural(len(parts), 'jurisdiction')}: {'; '.join(parts)}>"
