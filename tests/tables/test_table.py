import csv
import datetime
import io
import sys
from decimal import Decimal
from fractions import Fraction

import pytest

from commitments.tables import MissingExtra, Table, progress_table
from commitments.tables._columns import Column, Shape
from commitments.tables.descriptors import SHAPES

D = datetime.date
SHAPE = Shape(
    "sample",
    "Rows of every type.",
    (
        Column("name", "string", "A name."),
        Column("count", "integer", "A count."),
        Column("share", "number", "A share."),
        Column("done", "boolean", "Done or not."),
        Column("day", "date", "A day."),
    ),
)
ROWS = [
    ("a", 1, Fraction(301, 694), True, D(2021, 1, 1)),
    ("b", None, Decimal("95.0"), None, None),
    (None, 3, None, False, D(2021, 12, 31)),
]


def test_rows_columns_and_length():
    table = Table(SHAPE, ROWS)
    assert table.columns == ("name", "count", "share", "done", "day")
    assert len(table) == 3
    assert next(iter(table)) == {
        "name": "a",
        "count": 1,
        "share": 301 / 694,
        "done": True,
        "day": D(2021, 1, 1),
    }
    assert table.column("share") == [301 / 694, 95.0, None]
    assert Table(SHAPE, ROWS, exact=True).column("share") == [
        Fraction(301, 694),
        Decimal("95.0"),
        None,
    ]
    with pytest.raises(KeyError):
        table.column("nothing")


def test_an_empty_table_has_its_columns():
    table = Table(SHAPE, [])
    assert len(table) == 0
    assert list(table) == []
    assert list(table.to_pandas().columns) == list(SHAPE.names)
    assert table.to_arrow().num_rows == 0
    assert table.to_csv() == "name,count,share,done,day\n"


def test_a_row_of_the_wrong_length_is_refused():
    with pytest.raises(ValueError, match="a row of 2 values for 5 columns"):
        Table(SHAPE, [("a", 1)])


def test_pandas_dtypes_by_default():
    frame = Table(SHAPE, ROWS).to_pandas()
    assert str(frame["share"].dtype) == "float64"
    assert str(frame["count"].dtype) == "Int64"  # a missing count: the nullable integer
    assert str(frame["done"].dtype) == "boolean"
    assert str(frame["day"].dtype).startswith("datetime64")
    assert frame["share"].isna().tolist() == [False, False, True]
    full = Table(SHAPE, ROWS[:1]).to_pandas()
    assert str(full["count"].dtype) == "int64"
    assert str(full["done"].dtype) == "bool"


def test_pandas_exact_keeps_the_numbers():
    frame = Table(SHAPE, ROWS, exact=True).to_pandas()
    assert frame["share"].tolist()[:2] == [Fraction(301, 694), Decimal("95.0")]


def test_arrow_exact_is_decimal128_where_it_fits_else_text():
    import pyarrow as pa

    exact = Table(SHAPE, ROWS, exact=True).to_arrow()
    assert exact.schema.field("share").type == pa.string()  # 301/694 does not terminate
    assert exact.column("share").to_pylist() == ["301/694", "95", None]
    fits = Table(SHAPE, ROWS[1:], exact=True).to_arrow()
    assert fits.schema.field("share").type == pa.decimal128(2, 0)
    assert fits.column("share").to_pylist() == [Decimal("95"), None]
    loose = Table(SHAPE, ROWS).to_arrow()
    assert loose.schema.field("share").type == pa.float64()
    assert loose.schema.field("day").type == pa.date32()
    too_wide = Table(
        SHAPE,
        [("x", 1, Decimal("1E+30"), True, None), ("y", 1, Decimal("1E-30"), True, None)],
        exact=True,
    )
    assert too_wide.to_arrow().schema.field("share").type == pa.string()


def test_polars_types():
    import polars as pl

    loose = Table(SHAPE, ROWS).to_polars()
    assert loose.schema["share"] == pl.Float64
    assert loose.schema["day"] == pl.Date
    assert loose.schema["count"] == pl.Int64
    assert loose.schema["done"] == pl.Boolean
    exact = Table(SHAPE, ROWS, exact=True).to_polars()
    assert exact.schema["share"] == pl.String
    fits = Table(SHAPE, ROWS[1:], exact=True).to_polars()
    assert fits.schema["share"] == pl.Decimal(2, 0)
    assert fits["share"].to_list() == [Decimal("95"), None]


def test_csv_writes_exact_numbers_and_reads_back(tmp_path):
    table = Table(SHAPE, ROWS)
    text = table.to_csv()
    assert text.splitlines() == [
        "name,count,share,done,day",
        "a,1,0.433717579251,true,2021-01-01",
        "b,,95,,",
        ",3,,false,2021-12-31",
    ]
    path = tmp_path / "t.csv"
    assert table.to_csv(path) is None
    assert path.read_text(encoding="utf-8") == text
    stream = io.StringIO()
    table.to_csv(stream)
    assert stream.getvalue() == text
    header = next(csv.reader(io.StringIO(text)))
    assert header == [f["name"] for f in table.table_schema()["fields"]]


def test_every_shape_csv_header_is_its_descriptor(examples_dir):
    table = progress_table(examples_dir, as_of=D(2021, 12, 31))
    reader = csv.DictReader(io.StringIO(table.to_csv()))
    rows = list(reader)
    assert len(rows) == len(table)
    assert reader.fieldnames == [f["name"] for f in table.table_schema()["fields"]]
    assert reader.fieldnames == list(SHAPES["progress"].names)


def test_repr_and_html():
    table = Table(SHAPE, ROWS * 10)
    assert repr(table) == "<Table sample: 30 rows x 5 columns>"
    html = table._repr_html_()
    assert html.count("<tr>") == 21  # the heading and the first twenty rows
    assert "first 20 shown" in html
    assert "0.433717579251" in html
    small = Table(SHAPE, [("<b>", 1, None, None, None)])._repr_html_()
    assert "&lt;b&gt;" in small
    assert "shown" not in small


@pytest.mark.parametrize(
    ("method", "module", "extra"),
    [
        ("to_pandas", "pandas", "pandas"),
        ("to_polars", "polars", "polars"),
        ("to_arrow", "pyarrow", "arrow"),
    ],
)
def test_a_missing_library_names_its_extra(monkeypatch, method, module, extra):
    monkeypatch.setitem(sys.modules, module, None)  # the import fails
    with pytest.raises(MissingExtra, match=rf"pip install 'commitments\[{extra}\]'") as caught:
        getattr(Table(SHAPE, ROWS), method)()
    assert caught.value.extra == extra
    assert isinstance(caught.value, ImportError)
