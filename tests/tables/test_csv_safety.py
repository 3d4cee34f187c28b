"""CSV safe to open in a spreadsheet: formula cells neutralised, numbers kept, a BOM on request."""

import csv
import io
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from commitments.tables import Table
from commitments.tables._columns import Column, Shape

SHAPE = Shape(
    "sample",
    "A text and a number.",
    (Column("title", "string", "A title."), Column("delta", "number", "A change.")),
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cells(text: str, **options: bool) -> list[list[str]]:
    out = Table(SHAPE, [(text, Decimal("-3.5"))]).to_csv(**options)
    assert out is not None
    return list(csv.reader(io.StringIO(out.removeprefix("\ufeff"), newline="")))


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("http://x","y")',
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1",
        "\r=1",
    ],
)
def test_a_formula_in_a_text_cell_is_neutralised(text: str) -> None:
    header, row = cells(text)
    assert header == ["title", "delta"]
    assert row == ["'" + text, "-3.5"]
    assert cells(text, raw=True)[1] == [text, "-3.5"]


@given(st.text())
@example("-3.5")
@example("+1e5")
@example("-")
@example("=")
@example("a\rb")
def test_only_text_that_a_spreadsheet_would_run_changes(text: str) -> None:
    _, row = cells(text)
    plain_number = text.strip() == text and _is_number(text)
    if text.startswith(FORMULA_STARTS) and not plain_number:
        assert row[0] == "'" + text
    else:
        assert row[0] == text
    assert row[1] == "-3.5"  # a number is never changed
    assert cells(text, raw=True)[1][0] == text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return text.lstrip("+-")[:1].isdigit() or text.lstrip("+-")[:1] == "."


def test_negative_numbers_of_every_number_column_stay_numbers(examples_dir) -> None:
    from commitments import diff, load
    from commitments.tables import diff_table

    old = load(examples_dir / "jilin-2020-illustrative.json")
    new = load(examples_dir / "jilin-2021.json")
    table = diff_table(diff(old, new))
    rows = list(csv.DictReader(io.StringIO(table.to_csv() or "")))
    negatives = [r for r in rows if r["delta"].startswith("-")]
    assert negatives
    assert all(not r["delta"].startswith("'") and not r["relative"].startswith("'") for r in rows)
    assert all(float(r["delta"]) < 0 for r in negatives)


def test_a_bom_only_when_asked(tmp_path) -> None:
    table = Table(SHAPE, [("城镇新增就业", Decimal(1))])
    assert not (table.to_csv() or "").startswith("\ufeff")
    assert (table.to_csv(bom=True) or "") == "\ufeff" + (table.to_csv() or "")
    path = tmp_path / "t.csv"
    table.to_csv(path, bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbftitle,delta\n")
    assert path.read_text(encoding="utf-8-sig") == table.to_csv()
    stream = io.StringIO()
    table.to_csv(stream, bom=True)
    assert stream.getvalue() == table.to_csv(bom=True)
