"""Tidy tables of plans and results, and their pandas, polars, Arrow and CSV forms.

One row per thing, one column per fact, fixed column names; numbers are floats
unless ``exact=True``. Nothing here needs pandas: :class:`Table` converts itself
when asked (:meth:`~Table.to_pandas`, :meth:`~Table.to_polars`,
:meth:`~Table.to_arrow`, :meth:`~Table.to_csv`).
"""

from commitments.model.extras import MissingExtra
from commitments.tables._sources import FiledPlan
from commitments.tables.descriptors import SHAPES, table_schemas, write_table_schemas
from commitments.tables.diff import diff_table
from commitments.tables.history import fulfilment_table, history_table
from commitments.tables.plans import commitments_table, observations_table
from commitments.tables.progress import progress_table
from commitments.tables.results import table_of
from commitments.tables.summary import summary_table
from commitments.tables.table import Table

__all__ = [
    "SHAPES",
    "FiledPlan",
    "MissingExtra",
    "Table",
    "commitments_table",
    "diff_table",
    "fulfilment_table",
    "history_table",
    "observations_table",
    "progress_table",
    "summary_table",
    "table_of",
    "table_schemas",
    "write_table_schemas",
]
