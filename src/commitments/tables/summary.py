"""A summary as a table: one row per group, then the total.

The counts of each assessment are columns of their own (``n_achieved``,
``n_on_track`` …, one per assessment); ``unreported`` commitments are set apart
from the ``reported`` ones the rates are taken over (the Jilin 2021 list below was
published without outcomes: 57 unreported, not "0% achieved"). The amounts summed
for quantity metrics are not in this table (one group may have several, one per
unit and metric name): they stay on the :class:`~commitments.analysis.summary.Group`.

>>> from datetime import date
>>> from commitments import iter_plans, summarize
>>> from commitments.tables import summary_table
>>> summary = summarize(iter_plans("examples"), by="jurisdiction", as_of=date(2022, 12, 31))
>>> for row in summary_table(summary, lang="en"):
...     print(row["key"], row["count"], row["achieved"], row["unreported"], row["fulfilment_rate"])
CN-SC-CD 13 8 5 1.0
XX-EC 8 2 0 0.2857142857142857
CN-JL 65 5 57 0.625
None 86 15 62 0.6521739130434783
"""

from typing import Any

from commitments.analysis.summary import Group, Summary
from commitments.model.vocab import Assessment
from commitments.tables._columns import Column, Shape
from commitments.tables._sources import Languages, languages, text
from commitments.tables.table import Table

__all__ = ["SUMMARY", "summary_table"]

#: One row per group of a summary, then the total.
SUMMARY = Shape(
    "summary",
    "One row per group of measured commitments, then one for all of them together.",
    (
        Column("by", "string", "What the groups are keyed by; empty for one group of everything."),
        Column("key", "string", "What the group's members share; empty for the total."),
        Column("label", "string", "A readable name for the key, when the plans give one."),
        Column("count", "integer", "How many commitments."),
        Column("counted", "integer", "How many are not cancelled."),
        Column("achieved", "integer", "How many of the counted are achieved."),
        Column("fulfilment_rate", "number", "Achieved over reported; empty when none is reported."),
        Column(
            "mean_fraction", "number", "Mean of the reported fractions, each clamped to [0, 1]."
        ),
        *(
            Column(f"n_{a}", "integer", f"How many commitments are assessed {a}.")
            for a in Assessment
        ),
        Column("unreported", "integer", "How many of the counted have no report at all."),
        Column("reported", "integer", "Counted minus unreported: the base of the rates."),
        Column(
            "stand_ins",
            "integer",
            "How many of the achieved rest on a completed claim with no figure.",
        ),
    ),
)


def _row(by: str | None, g: Group, langs: tuple[str, ...]) -> tuple[Any, ...]:
    return (
        by,
        g.key,
        text(g.label, langs),
        g.count,
        g.counted,
        g.achieved,
        g.fulfilment_rate,
        g.mean_fraction,
        *(g.assessments.get(a, 0) for a in Assessment),
        g.unreported,
        g.reported,
        g.stand_ins,
    )


def summary_table(summary: Summary, *, lang: Languages = None, exact: bool = False) -> Table:
    """Tabulate a summary: its groups, in order, then the total (when grouped).

    Args:
        summary: What :func:`commitments.summarize` gave.
        lang: The preferred language(s) of the labels.
        exact: Keep the rates exact (Fractions) rather than floats.

    Returns:
        A table of shape :data:`SUMMARY`.

    """
    langs = languages(lang)
    groups = summary.groups if summary.by is None else (*summary.groups, summary.total)
    return Table(SUMMARY, [_row(summary.by, g, langs) for g in groups], exact=exact)
