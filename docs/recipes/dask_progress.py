"""Progress of the plans of many JSONL files, on a Dask cluster (docs/scale.rst).

The workers read, validate and build the plans (the costly part) and measure each
commitment; this process gathers the results, in file and line order, and makes the
same table and summary as reading everything here would.
"""

import datetime

import dask.bag as db

from commitments import Plan, loads, plan_progress, summarize
from commitments.analysis.summary import GroupBy, Summary
from commitments.tables import Table, progress_table


def plans_bag(paths: str | list[str], *, blocksize: str = "64MiB") -> db.Bag:
    """The plans of JSONL files, one per non-blank line, read by the workers.

    ``paths`` may hold a glob (``"plans/*.jsonl"``) or URLs that Dask can read;
    ``blocksize`` cuts large files into partitions at line ends.
    """
    lines = db.read_text(paths, blocksize=blocksize)
    return lines.filter(lambda line: line.strip() != "").map(loads)


def progress_rows(plans: db.Bag, as_of: datetime.date, lang: str = "en") -> Table:
    """The progress table, each commitment measured by the worker that read its plan."""
    measured = plans.map(lambda plan: plan_progress(plan, as_of=as_of)).flatten()
    return progress_table(measured.compute(), as_of=as_of, lang=lang)


def plans_summary(plans: db.Bag, as_of: datetime.date, by: GroupBy | None = None) -> Summary:
    """The summary of the plans, gathered here (labels come from the plans)."""
    gathered: list[Plan] = plans.compute()
    return summarize(gathered, by=by, as_of=as_of)
