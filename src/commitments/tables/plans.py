"""Plans as tables: one row per commitment, or one row per observation.

>>> from commitments.tables import commitments_table, observations_table
>>> table = commitments_table("examples/jilin-old-communities-2019-2020.json", lang="en")
>>> [(r["commitment_id"], r["kind"], r["target"], r["unit"]) for r in table][:2]
[('old-community-renovation', 'quantity', 2776.0, 'item'), \
('old-community-renovation-households', 'quantity', 490000.0, 'household')]
>>> observed = observations_table("examples/jilin-old-communities-2019-2020.json")
>>> [(r["commitment_id"], str(r["as_of"]), r["value"], r["stage"]) for r in observed][2]
('old-community-2019-2020-batch-started', '2020-12-31', None, 'started')
"""

from typing import Any

from commitments.model.plan import Commitment, Plan
from commitments.tables._columns import Column, Shape
from commitments.tables._sources import (
    Languages,
    PlanSource,
    jurisdiction_key,
    languages,
    plans_with_files,
    text,
)
from commitments.tables.table import Table

__all__ = ["COMMITMENTS", "OBSERVATIONS", "commitments_table", "observations_table"]

_FILE = Column("file", "string", "The file the plan was read from; empty for a plan in hand.")
_JURISDICTION = Column(
    "jurisdiction", "string", "The plan's jurisdiction: its code, else its name."
)
_YEAR = Column("year", "integer", "The plan year.")
_ID = Column("commitment_id", "string", "The commitment's id.")
_TITLE = Column("title", "string", "The commitment's title, in the preferred language.")
_KIND = Column("kind", "string", "The kind of metric: quantity, level or milestone.")
_UNIT = Column("unit", "string", "The metric's unit; empty for a milestone.")

#: One row per commitment: what each plan promises.
COMMITMENTS = Shape(
    "commitments",
    "One row per commitment of each plan: what is promised, by whom, by when.",
    (
        _FILE,
        _JURISDICTION,
        Column(
            "jurisdiction_name", "string", "The jurisdiction's name, in the preferred language."
        ),
        _YEAR,
        Column("plan_title", "string", "The plan's title; empty when it has none."),
        _ID,
        Column("previous_id", "string", "The id the commitment had the year before, if renamed."),
        _TITLE,
        Column("category", "string", "The category id."),
        Column("category_name", "string", "The category's name, when the plan declares it."),
        Column("owner", "string", "The lead agency."),
        Column("co_owners", "string", "Other agencies, joined by `;`."),
        _KIND,
        _UNIT,
        Column("metric_name", "string", "What is counted, in the preferred language."),
        Column("direction", "string", "increase or decrease (the default applied)."),
        Column(
            "baseline", "number", "The baseline value (default applied); empty for a milestone."
        ),
        Column("start", "date", "When the period starts: baseline.as_of or 1 January."),
        Column("target", "number", "The target value; empty for a milestone."),
        Column("target_stage", "string", "A milestone's target stage (default applied)."),
        Column("due", "date", "The due date: target.due or 31 December."),
        Column("status", "string", "The status the publisher declares."),
        Column("observations", "integer", "How many observations the commitment has."),
        Column("tags", "string", "Keywords, joined by `;`."),
    ),
)

#: One row per observation: the time series of what was reported.
OBSERVATIONS = Shape(
    "observations",
    "One row per observation of each commitment: the reported values and stages over time.",
    (
        _FILE,
        _JURISDICTION,
        _YEAR,
        _ID,
        _TITLE,
        _KIND,
        _UNIT,
        Column("as_of", "date", "The date the observation describes."),
        Column("value", "number", "The cumulative value reached (quantity and level)."),
        Column("stage", "string", "The stage reached (milestone)."),
        Column("note", "string", "Remarks on the observation, in the preferred language."),
        Column("source_title", "string", "The title of the observation's source."),
        Column("source_url", "string", "The address of the observation's source."),
    ),
)


def _joined(values: tuple[str, ...] | None) -> str | None:
    return None if values is None else ";".join(values)


def _commitment_row(
    file: str | None, plan: Plan, c: Commitment, names: dict[str, str], langs: tuple[str, ...]
) -> tuple[Any, ...]:
    metric = c.metric
    return (
        file,
        jurisdiction_key(plan.jurisdiction, langs),
        plan.jurisdiction.name.best(*langs),
        plan.year,
        text(plan.title, langs),
        c.id,
        c.previous_id,
        c.title.best(*langs),
        c.category,
        names.get(c.category),
        c.owner,
        _joined(c.co_owners),
        str(metric.kind),
        metric.unit,
        text(metric.name, langs),
        str(metric.effective_direction),
        c.effective_baseline_value,
        c.effective_start(plan.year),
        c.target.value,
        c.effective_target_stage,
        c.effective_due(plan.year),
        str(c.status),
        len(c.progress or ()),
        _joined(c.tags),
    )


def commitments_table(plans: PlanSource, *, lang: Languages = None, exact: bool = False) -> Table:
    """Tabulate every commitment of some plans, one row each.

    Args:
        plans: A dataset path (file or folder), a plan, or an iterable of either.
        lang: The preferred language(s) of text columns; a text without one gives
            its first string.
        exact: Keep numbers exact (Decimals) rather than floats.

    Returns:
        A table of shape :data:`COMMITMENTS`.

    Raises:
        InvalidDocument: A document read from a path is invalid.

    """
    langs = languages(lang)
    rows: list[tuple[Any, ...]] = []
    for file, plan in plans_with_files(plans):
        names = {c.id: c.name.best(*langs) for c in plan.categories or ()}
        rows.extend(_commitment_row(file, plan, c, names, langs) for c in plan.commitments)
    return Table(COMMITMENTS, rows, exact=exact)


def observations_table(plans: PlanSource, *, lang: Languages = None, exact: bool = False) -> Table:
    """Tabulate every observation of some plans, one row each, in document order.

    Args:
        plans: A dataset path (file or folder), a plan, or an iterable of either.
        lang: The preferred language(s) of text columns.
        exact: Keep numbers exact (Decimals) rather than floats.

    Returns:
        A table of shape :data:`OBSERVATIONS`.

    Raises:
        InvalidDocument: A document read from a path is invalid.

    """
    langs = languages(lang)
    rows: list[tuple[Any, ...]] = []
    for file, plan in plans_with_files(plans):
        where = (file, jurisdiction_key(plan.jurisdiction, langs), plan.year)
        for c in plan.commitments:
            about = (c.id, c.title.best(*langs), str(c.metric.kind), c.metric.unit)
            rows.extend(
                (
                    *where,
                    *about,
                    o.as_of,
                    o.value,
                    o.stage,
                    text(o.note, langs),
                    None if o.source is None else text(o.source.title, langs),
                    None if o.source is None else o.source.url,
                )
                for o in c.progress or ()
            )
    return Table(OBSERVATIONS, rows, exact=exact)
