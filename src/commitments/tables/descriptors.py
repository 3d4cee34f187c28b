"""The Table Schema (frictionless) descriptors of every table shape, generated from its columns.

Each shape's descriptor says, for its CSV form (:meth:`Table.to_csv
<commitments.tables.table.Table.to_csv>`), every column's name, type and meaning.
They are shipped under ``schemas/tables/`` (one ``<shape>.tableschema.json`` each);
a test checks the shipped files against :func:`table_schemas`, and
:func:`write_table_schemas` writes them anew.

>>> from commitments.tables.descriptors import table_schemas
>>> sorted(table_schemas())
['commitments', 'diff', 'fulfilment', 'history', 'observations', 'progress', 'summary']
>>> table_schemas()["progress"]["fields"][18]
{'name': 'fraction', 'type': 'number', 'description': '(c - b) / (t - b), never clamped \
(milestone: stages).'}
"""

import json
import os
from pathlib import Path
from typing import Any

from commitments.tables._columns import Shape, table_schema
from commitments.tables.diff import DIFF
from commitments.tables.history import FULFILMENT, HISTORY
from commitments.tables.plans import COMMITMENTS, OBSERVATIONS
from commitments.tables.progress import PROGRESS
from commitments.tables.summary import SUMMARY

__all__ = ["SHAPES", "table_schemas", "write_table_schemas"]

#: Every table shape, by name.
SHAPES: dict[str, Shape] = {
    s.name: s for s in (COMMITMENTS, OBSERVATIONS, PROGRESS, SUMMARY, DIFF, HISTORY, FULFILMENT)
}


def table_schemas() -> dict[str, dict[str, Any]]:
    """Return the Table Schema descriptor of every shape, by shape name."""
    return {name: table_schema(shape) for name, shape in SHAPES.items()}


def write_table_schemas(folder: str | os.PathLike[str]) -> list[Path]:
    """Write every descriptor as ``<shape>.tableschema.json`` into ``folder`` (created if need be).

    Returns:
        The files written.

    """
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    written = []
    for name, descriptor in table_schemas().items():
        path = root / f"{name}.tableschema.json"
        path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", "utf-8")
        written.append(path)
    return written
