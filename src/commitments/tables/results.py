"""Any result of the library as a table: ``table_of(result)``.

The result types live in lower layers (:mod:`commitments.analysis`, :mod:`commitments.model`),
which cannot know about tables; this function is their ``.table()``.

>>> from datetime import date
>>> from commitments import History, iter_plans, summarize
>>> from commitments.tables import table_of
>>> table_of(summarize(iter_plans("examples"), by="year", as_of=date(2022, 12, 31)))
<Table summary: 4 rows x 21 columns>
>>> table_of(History(iter_plans("examples"))).to_pandas().shape
(86, 20)
"""

from collections.abc import Sequence
from typing import Any

from commitments.analysis.diff import PlanDiff
from commitments.analysis.history import History
from commitments.analysis.progress import Progress
from commitments.analysis.summary import Summary
from commitments.model.plan import Plan
from commitments.tables.diff import diff_table
from commitments.tables.history import history_table
from commitments.tables.plans import commitments_table
from commitments.tables.progress import progress_table
from commitments.tables.summary import summary_table
from commitments.tables.table import Table

__all__ = ["table_of"]

Result = Summary | PlanDiff | History | Plan | Progress | Sequence[Progress]


def table_of(result: Result, **options: Any) -> Table:
    """Return the table of a result: the table function made for its type.

    ========================================  ==============================
    result                                    table
    ========================================  ==============================
    :class:`~commitments.Summary`             :func:`summary_table`
    :class:`~commitments.PlanDiff`            :func:`diff_table`
    :class:`~commitments.History`             :func:`history_table`
    :class:`~commitments.Plan`                :func:`commitments_table`
    a :class:`~commitments.Progress` or many  :func:`progress_table`
    ========================================  ==============================

    Args:
        result: The result.
        **options: Passed on to the table function (``lang=``, ``exact=`` …).

    Returns:
        The table.

    Raises:
        TypeError: ``result`` is none of these.

    """
    if isinstance(result, Summary):
        return summary_table(result, **options)
    if isinstance(result, PlanDiff):
        return diff_table(result, **options)
    if isinstance(result, History):
        return history_table(result, **options)
    if isinstance(result, Plan):
        return commitments_table(result, **options)
    if isinstance(result, Progress):
        return progress_table([result], **options)
    items = list(result) if isinstance(result, Sequence) else []
    if items and all(isinstance(p, Progress) for p in items):
        return progress_table(items, **options)
    raise TypeError(f"no table for {type(result).__name__}: give a result of commitments")
