"""A table's columns as pandas, polars and Arrow columns, typed from its shape.

Each function takes the shape, the exact column values and whether numbers stay
exact, and imports its library only when called. By default ``number`` columns are
floats (missing values NaN or null); exact numbers become Python objects in pandas
and ``decimal128`` (or exact text) in polars and Arrow. Integers and booleans with a
missing value take the nullable types (pandas ``Int64`` and ``boolean``); dates are
``datetime64`` in pandas and ``date32`` in Arrow.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from commitments.model.extras import require
from commitments.tables._columns import Column, Shape
from commitments.tables._numbers import decimal_column, exact_text

__all__ = ["to_arrow", "to_pandas", "to_polars"]

Columns = Mapping[str, Sequence[Any]]


def floats(values: Sequence[Any]) -> list[float | None]:
    """Return numbers as floats, ``None`` kept."""
    return [None if v is None else float(v) for v in values]


def to_pandas(shape: Shape, columns: Columns, *, exact: bool) -> Any:
    """Return a pandas DataFrame of the columns (needs the ``pandas`` extra)."""
    pd = require("pandas", "pandas")
    data = {}
    for column in shape.columns:
        values = columns[column.name]
        missing = None in values
        if column.type == "number":
            series = (
                pd.Series(values, dtype=object)
                if exact
                else pd.Series(floats(values), dtype="float64")
            )
        elif column.type == "integer":
            series = pd.Series(values, dtype="Int64" if missing else "int64")
        elif column.type == "boolean":
            series = pd.Series(values, dtype="boolean" if missing else "bool")
        elif column.type == "date":
            series = pd.Series(pd.to_datetime(list(values)))
        else:
            series = pd.Series(values, dtype=object)
        data[column.name] = series
    return pd.DataFrame(data, columns=list(shape.names))


def _arrow_numbers(pa: Any, values: Sequence[Any], exact: bool) -> Any:
    if not exact:
        return pa.array(floats(values), type=pa.float64())
    fitted = decimal_column(values)
    if fitted is None:
        return pa.array([None if v is None else exact_text(v) for v in values], pa.string())
    precision, scale, decimals = fitted
    return pa.array(decimals, type=pa.decimal128(precision, scale))


def _arrow_column(pa: Any, column: Column, values: Sequence[Any], exact: bool) -> Any:
    if column.type == "number":
        return _arrow_numbers(pa, values, exact)
    kinds = {
        "integer": pa.int64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
        "string": pa.string(),
    }
    return pa.array(list(values), type=kinds[column.type])


def to_arrow(shape: Shape, columns: Columns, *, exact: bool) -> Any:
    """Return a pyarrow Table of the columns (needs the ``arrow`` extra)."""
    pa = require("pyarrow", "arrow")
    arrays = [_arrow_column(pa, c, columns[c.name], exact) for c in shape.columns]
    return pa.table(arrays, names=list(shape.names))


def to_polars(shape: Shape, columns: Columns, *, exact: bool) -> Any:
    """Return a polars DataFrame of the columns (needs the ``polars`` extra)."""
    pl = require("polars", "polars")
    series = []
    for column in shape.columns:
        values = columns[column.name]
        if column.type == "number":
            fitted = decimal_column(values) if exact else None
            if not exact:
                series.append(pl.Series(column.name, floats(values), dtype=pl.Float64))
            elif fitted is None:
                text = [None if v is None else exact_text(v) for v in values]
                series.append(pl.Series(column.name, text, dtype=pl.String))
            else:
                precision, scale, decimals = fitted
                dtype = pl.Decimal(precision, scale)
                series.append(pl.Series(column.name, decimals, dtype=dtype))
            continue
        kinds = {
            "integer": pl.Int64,
            "boolean": pl.Boolean,
            "date": pl.Date,
            "string": pl.String,
        }
        series.append(pl.Series(column.name, list(values), dtype=kinds[column.type]))
    return pl.DataFrame(series)
