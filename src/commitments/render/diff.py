"""A diff as a changelog a journalist can paste: plain text or Markdown.

Sections, each left out when empty: Added, Dropped, Not in the new document (when
it is marked incomplete), Raised, Lowered, Carried over
(not achieved by the old due date, promised again), Other changes, Possible
renames; then how many commitments are unchanged. Every line names the
commitment by its title (in the preferred language) and id, with figures and
units; numbers carry thousands separators and are exact. Control and bidi
characters of the plans' strings are escaped (:func:`~commitments.model._visible.visible`).
"""

import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from fractions import Fraction

from commitments.analysis._diff_fields import ChangeKind, FieldChange
from commitments.analysis.diff import PlanDiff
from commitments.analysis.progress import ProgressError, progress
from commitments.model._visible import visible
from commitments.model.exact import to_decimal
from commitments.model.plan import Commitment, Plan
from commitments.model.text import Text
from commitments.render._table import figure

__all__ = ["render_markdown", "render_text"]

_Style = Callable[[str], str]


def _plain(text: str) -> str:
    return text


# Marks a line that details the item above it (indented in text, nested in Markdown).
_SUB = "\x00"


def _sign(value: Fraction) -> str:
    return "+" if value > 0 else "−" if value < 0 else ""


def _signed(value: Fraction) -> str:
    return _sign(value) + figure(abs(value))


def _share(share: Fraction) -> str:
    return figure(to_decimal(share * 100, significant=3)) + "%"


def _percent(share: Fraction) -> str:
    return _sign(share) + _share(abs(share))


def _amount(value: object, unit: str | None) -> str:
    if isinstance(value, Decimal | Fraction | int) and not isinstance(value, bool):
        shown = figure(value)
        return f"{shown} {unit}" if unit else shown
    return "none" if value is None else str(value)


def _target(c: Commitment) -> str:
    if c.metric.is_numeric:
        return _amount(c.target.value, c.metric.unit)
    return f"milestone: {c.effective_target_stage}"


def _value(value: object, languages: Sequence[str]) -> str:
    """Return a field's JSON value for a reader."""
    if value is None:
        return "none"
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "none"
    if isinstance(value, dict) and set(value) == {"value", "as_of"}:
        return f"{figure(value['value'])} as of {value['as_of']}"
    if isinstance(value, dict):
        return Text(value).best(*languages)
    return _amount(value, None)


def _name(c: Commitment, languages: Sequence[str], code: _Style) -> str:
    if code is _plain:
        return f"{c.title.best(*languages)} ({c.id})"
    return f"{_escape(c.title.best(*languages))} ({code(c.id)})"


def _comparison(change: FieldChange) -> str:
    old = _amount(change.old, change.old_unit)
    new = _amount(change.new, change.new_unit)
    parts = [f"{_signed(change.delta)} {change.new_unit or ''}".rstrip()] if change.delta else []
    if change.relative is not None:
        parts.append(_percent(change.relative))
    ambition = str(change.ambition).replace("_", " ")
    return f"{old} → {new} ({', '.join(parts)}; {ambition})"


def _other(change: FieldChange, languages: Sequence[str]) -> str:
    if change.field == "id":
        return f"renamed from {change.old}"
    if change.field == "target.value":
        return (
            f"target {_amount(change.old, change.old_unit)} → "
            f"{_amount(change.new, change.new_unit)} (not comparable)"
        )
    return f"{change.field}: {_value(change.old, languages)} → {_value(change.new, languages)}"


def _shortfall(c: Commitment, year: int) -> str:
    due = c.effective_due(year)
    try:
        measured = progress(c, year=year, as_of=due)
    except ProgressError:
        return f"due {due.isoformat()}"
    reached = measured.current if measured.current is not None else "nothing"
    return f"{_amount(reached, c.metric.unit)} of {_target(c)} by {due.isoformat()} ({c.status})"


def _heading(result: PlanDiff, languages: Sequence[str]) -> str:
    old, new = result.old, result.new
    name = old.jurisdiction.name.best(*languages)
    if old.jurisdiction == new.jurisdiction:
        return f"{name}: {old.year} → {new.year}"
    return f"{name} {old.year} → {new.jurisdiction.name.best(*languages)} {new.year}"


def _files(result: PlanDiff) -> list[str]:
    if result.old.file is None or result.new.file is None:
        return []
    return [f"{result.old.file} → {result.new.file}"]


def _sections(
    result: PlanDiff, old: Plan, new: Plan, languages: Sequence[str], code: _Style
) -> list[tuple[str, list[str]]]:
    old_by_id = {c.id: c for c in old.commitments}
    new_by_id = {c.id: c for c in new.commitments}
    raised: list[str] = []
    lowered: list[str] = []
    other: list[str] = []
    for entry in result.changed:
        name = _name(new_by_id[entry.id], languages, code)
        rest = []
        for change in entry.changes:
            if change.kind is ChangeKind.RAISED:
                raised.append(f"{name}: {_comparison(change)}")
            elif change.kind is ChangeKind.LOWERED:
                lowered.append(f"{name}: {_comparison(change)}")
            else:
                rest.append(_other(change, languages))
        if rest:
            other.append(name)
            other += [f"{_SUB}{line}" for line in rest]
    return [
        ("Added", [f"{_name(new_by_id[i], languages, code)}: {_target(new_by_id[i])}"
                   for i in result.added]),
        ("Dropped", [f"{_name(old_by_id[i], languages, code)}: {_target(old_by_id[i])}"
                     for i in result.removed]),
        ("Not in the new document (it is marked incomplete)", [
            f"{_name(old_by_id[i], languages, code)}: {_target(old_by_id[i])}"
            for i in result.not_in_new_document
        ]),
        ("Raised", raised),
        ("Lowered", lowered),
        ("Carried over", [f"{_name(old_by_id[i], languages, code)}: "
                          f"{_shortfall(old_by_id[i], old.year)}" for i in result.carried_over]),
        ("Other changes", other),
        ("Possible renames", [
            f"{_name(old_by_id[r.old], languages, code)} → "
            f"{_name(new_by_id[r.new], languages, code)}, titles {_share(r.score)} alike"
            for r in result.possible_renames
        ]),
    ]  # fmt: skip


def _summary(result: PlanDiff) -> str:
    partial = (
        f", {len(result.not_in_new_document)} not in the new document"
        if result.not_in_new_document
        else ""
    )
    warnings = "".join(f"\nwarning: {w}" for w in result.warnings)
    return (
        f"{len(result.added)} added, {len(result.removed)} dropped{partial}, "
        f"{len(result.changed)} changed, {len(result.unchanged)} unchanged{warnings}"
    )


def render_text(result: PlanDiff, old: Plan, new: Plan, *, languages: Sequence[str] = ()) -> str:
    """Return the diff as plain text: a heading, then one indented line per item."""
    lines = [_heading(result, languages), *_files(result), _summary(result)]
    for heading, items in _sections(result, old, new, languages, _plain):
        if items:
            count = sum(not item.startswith(_SUB) for item in items)
            lines += ["", f"{heading} ({count})"]
            lines += [f"    {i[1:]}" if i.startswith(_SUB) else f"  {i}" for i in items]
    return visible("\n".join(lines), keep="\n") + "\n"


_MARKDOWN_METACHARACTERS = re.compile(r"([\\`*_\[\]<>|#])")


def _escape(text: str) -> str:
    return _MARKDOWN_METACHARACTERS.sub(r"\\\1", text)


def render_markdown(
    result: PlanDiff, old: Plan, new: Plan, *, languages: Sequence[str] = ()
) -> str:
    """Return the diff as Markdown: a title, a summary, one list per section."""
    lines = [f"# {_escape(_heading(result, languages))}", ""]
    lines += [f"`{f}`  " for f in _files(result)]
    lines.append(_summary(result) + ".")
    for heading, items in _sections(result, old, new, languages, lambda s: f"`{s}`"):
        if items:
            count = sum(not item.startswith(_SUB) for item in items)
            lines += ["", f"## {heading} ({count})", ""]
            lines += [f"  - {i[1:]}" if i.startswith(_SUB) else f"- {i}" for i in items]
    return visible("\n".join(lines), keep="\n") + "\n"
