"""A diff as a table: one row per field change, and one per added, removed or kept commitment.

``change`` says what a row is: ``added`` and ``removed`` (one row per commitment),
``changed`` (one row per field that changed: ``field``, ``old``, ``new``, ``kind`` and,
for a raised or lowered target, ``ambition``, ``delta`` and ``relative``),
``unchanged``, and ``possible_rename`` (an unmatched pair with near-identical titles,
``score`` saying how alike). ``carried_over`` marks the rows of commitments not
achieved by their due date that come back. ``old`` and ``new`` are text: a Text in
the preferred language, a list joined by ``;``, a number or a date as written.

>>> from commitments import diff, load
>>> from commitments.tables import diff_table
>>> d = diff(load("examples/jilin-2020-illustrative.json"), load("examples/jilin-2021.json"))
>>> table = diff_table(d, lang="en")
>>> [(r["commitment_id"], r["field"], r["old"], r["new"], r["kind"], r["relative"])
...  for r in table if r["field"] == "target.value"][:2]
[('old-community-renovation', 'target.value', '2776', '1623', 'lowered', -0.4153458213256484), \
('rural-household-toilets', 'target.value', '150000', '160000', 'raised', 0.06666666666666667)]
"""

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from commitments.analysis.diff import FieldChange, PlanDiff
from commitments.model.text import Text
from commitments.tables._columns import Column, Shape
from commitments.tables._numbers import csv_number
from commitments.tables._sources import Languages, jurisdiction_key, languages
from commitments.tables.table import Table

__all__ = ["DIFF", "diff_table"]

#: One row per field change, added, removed or unchanged commitment, or possible rename.
DIFF = Shape(
    "diff",
    "One row per field change between two plans, and per added, removed or unchanged "
    "commitment and possible rename.",
    (
        Column("old_file", "string", "The file the old plan was read from, when known."),
        Column("new_file", "string", "The file the new plan was read from, when known."),
        Column("jurisdiction", "string", "The new plan's jurisdiction: its code, else its name."),
        Column("old_year", "integer", "The old plan's year."),
        Column("new_year", "integer", "The new plan's year."),
        Column(
            "change",
            "string",
            "added, removed, changed, unchanged or possible_rename.",
        ),
        Column("commitment_id", "string", "The id in the new plan (the old id when removed)."),
        Column("previous_id", "string", "The id in the old plan, when the row has one."),
        Column("field", "string", "The field that changed (changed rows only)."),
        Column("old", "string", "Its value in the old plan, as text."),
        Column("new", "string", "Its value in the new plan, as text."),
        Column("kind", "string", "raised or lowered for a comparable target value, else changed."),
        Column("ambition", "string", "more_ambitious or less_ambitious (raised or lowered only)."),
        Column("delta", "number", "New minus old target value, in the new unit."),
        Column("relative", "number", "delta over the old value; empty when it is 0."),
        Column("old_unit", "string", "The unit of the old target value."),
        Column("new_unit", "string", "The unit of the new target value and of delta."),
        Column("carried_over", "boolean", "Not achieved by its due date and due again later."),
        Column("score", "number", "How alike the titles of a possible rename are, 0 to 1."),
    ),
)


def _as_text(value: object, langs: tuple[str, ...]) -> str | None:
    """Return a field's value (as the diff holds it) as one string."""
    if value is None:
        return None
    if isinstance(value, Text):
        return value.best(*langs)
    if isinstance(value, Mapping):  # a Text as JSON ({"zh": …}), or a baseline {value, as_of}
        if "value" in value and not isinstance(value["value"], str):
            number = csv_number(value["value"])
            return f"{number} as of {value['as_of']}" if value.get("as_of") else number
        return Text(value).best(*langs)
    if isinstance(value, list | tuple):
        return ";".join(str(v) for v in value)
    if isinstance(value, Decimal):
        return csv_number(value)
    return str(value)


def diff_table(plan_diff: PlanDiff, *, lang: Languages = None, exact: bool = False) -> Table:
    """Tabulate a diff: its changes, additions, removals, unchanged ids and possible renames.

    Args:
        plan_diff: What :func:`commitments.diff` gave (with files, if recorded).
        lang: The preferred language(s) of Text values.
        exact: Keep ``delta``, ``relative`` and ``score`` exact (Fractions).

    Returns:
        A table of shape :data:`DIFF`: changed rows by id then field order, then
        added, removed, unchanged and possible renames, each sorted by id.

    """
    langs = languages(lang)
    old, new = plan_diff.old, plan_diff.new
    carried = set(plan_diff.carried_over)
    head = (old.file, new.file, jurisdiction_key(new.jurisdiction, langs), old.year, new.year)
    empty_change = (None,) * 9

    def change_cells(f: FieldChange) -> tuple[Any, ...]:
        return (
            f.field,
            _as_text(f.old, langs),
            _as_text(f.new, langs),
            str(f.kind),
            None if f.ambition is None else str(f.ambition),
            f.delta,
            f.relative,
            f.old_unit,
            f.new_unit,
        )

    rows: list[tuple[Any, ...]] = []
    for c in plan_diff.changed:
        was = c.previous_id
        rows.extend(
            (*head, "changed", c.id, was, *change_cells(f), was in carried, None) for f in c.changes
        )
    rows.extend((*head, "added", i, None, *empty_change, False, None) for i in plan_diff.added)
    rows.extend((*head, "removed", i, i, *empty_change, False, None) for i in plan_diff.removed)
    rows.extend(
        (*head, "unchanged", i, i, *empty_change, i in carried, None) for i in plan_diff.unchanged
    )
    rows.extend(
        (*head, "possible_rename", r.new, r.old, *empty_change, False, r.score)
        for r in plan_diff.possible_renames
    )
    return Table(DIFF, rows, exact=exact)
