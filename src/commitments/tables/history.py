"""A history as tables: one row per commitment per year, and the fulfilment rates.

:func:`history_table` gives each commitment id's series, one row per plan year;
:func:`fulfilment_table` the fulfilment rate of each year, whole and per category.
Both accept a :class:`~commitments.analysis.history.History` or what one is built
from; built from files, each row of ``history_table`` says which file its entry
came from (where a jurisdiction has several plans for one year, the copy with the
latest evidence counts, id by id, as in the history itself).

>>> from commitments.tables import fulfilment_table, history_table
>>> rates = fulfilment_table("examples")
>>> [(r["jurisdiction"], r["year"], r["achieved"], r["counted"], r["fulfilment_rate"])
...  for r in rates if r["category"] is None]
[('CN-SC-CD', 2021, 5, 8, 0.625), ('CN-SC-CD', 2022, 0, 5, None), \
('XX-EC', 2022, 2, 7, 0.2857142857142857), ('CN-JL', 2020, 5, 8, 0.625), \
('CN-JL', 2021, 0, 57, None)]
>>> jobs = [r for r in history_table("examples") if r["commitment_id"] == "urban-new-jobs"]
>>> [(r["year"], r["target"], r["achieved"], r["trend"], r["file"]) for r in jobs]
[(2021, 230000.0, False, 'steady', 'examples/chengdu-2021.json'), \
(2022, 230000.0, False, 'steady', 'examples/chengdu-2022-draft.json'), \
(2020, 200000.0, True, 'rising', 'examples/jilin-2020-illustrative.json'), \
(2021, 230000.0, False, 'rising', 'examples/jilin-2021.json')]
"""

from typing import Any

from commitments.analysis.history import History, JurisdictionHistory
from commitments.model.vocab import MetricKind
from commitments.tables._columns import Column, Shape
from commitments.tables._sources import (
    Languages,
    PlanSource,
    jurisdiction_key,
    languages,
    plans_with_files,
)
from commitments.tables.table import Table

__all__ = ["FULFILMENT", "HISTORY", "fulfilment_table", "history_table"]

_JURISDICTION = Column("jurisdiction", "string", "The jurisdiction: its code, else its name.")
_YEAR = Column("year", "integer", "The plan year.")

#: One row per commitment id per plan year.
HISTORY = Shape(
    "history",
    "One row per commitment per plan year: its target, what was observed, and the outcome.",
    (
        Column("file", "string", "The file the year's entry was read from, when known."),
        _JURISDICTION,
        Column("commitment_id", "string", "The commitment id."),
        _YEAR,
        Column("title", "string", "The title that year, in the preferred language."),
        Column("category", "string", "The category id that year."),
        Column("status", "string", "The status the publisher declared."),
        Column("kind", "string", "The kind of metric."),
        Column("unit", "string", "The unit of target and latest; empty for a milestone."),
        Column("target", "number", "The target value; empty for a milestone."),
        Column("target_stage", "string", "A milestone's target stage."),
        Column("due", "date", "The due date: target.due or 31 December."),
        Column("latest", "number", "The latest value observed, at any date; empty if none."),
        Column("latest_stage", "string", "A milestone's latest stage observed."),
        Column("latest_as_of", "date", "The date of the latest observation; empty if none."),
        Column("achieved", "boolean", "Whether the target was reached by the due date."),
        Column("fraction", "number", "How far it got by the due date, never clamped."),
        Column("recurring", "boolean", "Whether the id is found in more than one year."),
        Column("trend", "string", "How the target moved: rising, falling, steady or mixed."),
        Column(
            "assessment",
            "string",
            "The verdict at the due date (unreported when nothing was reported by then).",
        ),
    ),
)

#: One row per year, and per category per year, of each jurisdiction.
FULFILMENT = Shape(
    "fulfilment",
    "The fulfilment rate of each plan year of each jurisdiction, whole (empty category) "
    "and per category.",
    (
        _JURISDICTION,
        _YEAR,
        Column("category", "string", "The category id; empty for the whole year."),
        Column("plans", "integer", "How many plans of the year were merged."),
        Column("count", "integer", "How many commitments."),
        Column("counted", "integer", "How many are not cancelled."),
        Column("achieved", "integer", "How many of the counted were achieved by their due date."),
        Column(
            "fulfilment_rate",
            "number",
            "Achieved over reported (counted minus unreported); empty when none is reported.",
        ),
        Column("unreported", "integer", "How many of the counted had no report by their due date."),
    ),
)


def _history(source: History | PlanSource) -> History:
    """Return the history of ``source`` (built from files, it knows each entry's file)."""
    if isinstance(source, History):
        return source
    return History(plans_with_files(source))


def _rows(h: History, j: JurisdictionHistory, langs: tuple[str, ...]) -> list[tuple[Any, ...]]:
    name = jurisdiction_key(j.jurisdiction, langs)
    rows = []
    for c in j.commitments:
        trend = None if c.trend is None else str(c.trend)
        for e in c.years:
            numeric = e.kind is not MetricKind.MILESTONE
            rows.append(
                (
                    h.file_of(j, e.year, c.id),
                    name,
                    c.id,
                    e.year,
                    e.title.best(*langs),
                    e.category,
                    str(e.status),
                    str(e.kind),
                    e.unit,
                    e.target if numeric else None,
                    None if numeric else e.target,
                    e.due,
                    e.latest if numeric else None,
                    None if numeric else e.latest,
                    e.latest_as_of,
                    e.achieved,
                    e.fraction,
                    c.recurring,
                    trend,
                    None if e.assessment is None else str(e.assessment),
                )
            )
    return rows


def history_table(
    history: History | PlanSource, *, lang: Languages = None, exact: bool = False
) -> Table:
    """Tabulate a history: one row per commitment id per plan year.

    Args:
        history: A :class:`~commitments.History`, or plans to build one of (a dataset
            path, a plan, or an iterable of either), whose files are then kept.
        lang: The preferred language(s) of titles and names.
        exact: Keep numbers exact (Decimals and Fractions) rather than floats.

    Returns:
        A table of shape :data:`HISTORY`: by jurisdiction (in the order met), id, year.

    """
    langs = languages(lang)
    built = _history(history)
    rows = [row for j in built for row in _rows(built, j, langs)]
    return Table(HISTORY, rows, exact=exact)


def fulfilment_table(
    history: History | PlanSource, *, lang: Languages = None, exact: bool = False
) -> Table:
    """Tabulate the fulfilment rates of a history: per year, then per category per year.

    Args:
        history: A :class:`~commitments.History`, or plans to build one of.
        lang: The preferred language(s) of jurisdiction names (when without a code).
        exact: Keep the rates exact (Fractions) rather than floats.

    Returns:
        A table of shape :data:`FULFILMENT`: per jurisdiction, its years (``category``
        empty), then its categories by year.

    """
    langs = languages(lang)
    built = _history(history)
    rows = [
        (
            jurisdiction_key(j.jurisdiction, langs),
            r.year,
            r.category,
            r.plans,
            r.count,
            r.counted,
            r.achieved,
            r.fulfilment_rate,
            r.unreported,
        )
        for j in built
        for r in (*j.by_year, *j.by_category)
    ]
    return Table(FULFILMENT, rows, exact=exact)
