"""The workbook's layout comes from the model, and the workbook is pleasant to edit by hand."""

import datetime
from pathlib import Path

import attrs
import pytest
from openpyxl import load_workbook

from commitments import load
from commitments.convert import MODEL_CLASSES
from commitments.sheets import export_workbook
from commitments.sheets._readme import readme_rows
from commitments.sheets.layout import SHEETS, Kind, flat_plan_column, sheet_layout
from workbooks import EXAMPLES


@pytest.mark.parametrize("name", SHEETS)
def test_every_column_a_sheet_writes_is_read_back_as_itself(name: str) -> None:
    layout = sheet_layout(name)
    for column in layout.core:
        assert layout.resolve(column.header) == column


def test_every_field_of_the_model_has_a_place_in_the_workbook() -> None:
    # A list of objects has a sheet; anything else is a column (or a group of them).
    reachable = {sheet_layout(name).row_class for name in SHEETS}
    for cls in MODEL_CLASSES:
        if cls in reachable:
            headers = {c.header.split(".")[0] for c in sheet_layout(_sheet_of(cls)).core}
            lists = set(sheet_layout(_sheet_of(cls)).known_headers())
            for field in attrs.fields(cls):
                if field.name != "extensions":
                    assert field.name in headers | lists, (cls.__name__, field.name)


def _sheet_of(cls: type) -> str:
    return next(name for name in SHEETS if sheet_layout(name).row_class is cls)


@pytest.mark.parametrize(
    ("header", "path", "kind"),
    [
        ("title", ("title",), Kind.TEXT),
        ("title.zh-Hant-TW", ("title", "zh-Hant-TW"), Kind.LANGUAGE),
        ("title.x-pirate", ("title", "x-pirate"), Kind.LANGUAGE),  # a private-use language tag
        ("metric.x-method.v2", ("metric", "x-method.v2"), Kind.EXTENSION),
        ("x-a.b", ("x-a.b",), Kind.EXTENSION),
        ("progress", ("progress",), Kind.EMPTY_LIST),
        ("metric.stages", ("metric", "stages"), Kind.LIST),
        ("status", ("status",), Kind.CHOICE),
    ],
)
def test_headers_name_paths(header: str, path: tuple[str, ...], kind: Kind) -> None:
    column = sheet_layout("commitments").resolve(header)
    assert column is not None
    assert (column.path, column.kind) == (path, kind)


@pytest.mark.parametrize("header", ["metric", "title.", "Title", "metric.bogus", "year"])
def test_what_is_no_column(header: str) -> None:
    assert sheet_layout("commitments").resolve(header) is None


def test_a_single_sheet_may_carry_the_plans_year_and_jurisdiction() -> None:
    assert [flat_plan_column(h) is not None for h in ("year", "jurisdiction.name.zh", "title")] == [
        True,
        True,
        False,
    ]


def test_the_readme_explains_every_column_in_words_of_the_model() -> None:
    rows = readme_rows([(name, sheet_layout(name).core) for name in SHEETS])
    explained = {(sheet, column) for sheet, column, _ in rows if sheet}
    for name in SHEETS:
        for column in sheet_layout(name).core:
            assert (name, column.header) in explained
    meanings = {(sheet, column): meaning for sheet, column, meaning in rows}
    assert meanings[("commitments", "status")].startswith("Status as declared by the publisher.")
    assert "One of: planned, in_progress" in meanings[("commitments", "status")]
    assert "blank: a source of the plan itself" in meanings[("sources", "commitment_id")]


def test_the_workbook_is_pleasant_to_edit(tmp_path: Path) -> None:
    jilin = next(path for path in EXAMPLES if path.name == "jilin-2021.json")  # 57 commitments
    export_workbook(load(jilin), tmp_path / "plan.xlsx")
    book = load_workbook(tmp_path / "plan.xlsx")
    assert book.active.title == "commitments"
    for name in SHEETS:
        assert book[name].freeze_panes == "A2"
        assert book[name]["A1"].font.b
    sheet = book["commitments"]
    headers = {cell.value: cell.column_letter for cell in sheet[1]}
    lists = {
        str(rule.sqref).split(":")[0][:-1]: rule for rule in sheet.data_validations.dataValidation
    }
    assert (
        lists[headers["status"]].formula1
        == '"planned,in_progress,completed,missed,cancelled,deferred"'
    )
    assert lists[headers["metric.kind"]].formula1 == '"quantity,level,milestone"'
    assert lists[headers["metric.direction"]].formula1 == '"increase,decrease"'
    assert lists[headers["metric.unit"]].errorStyle == "warning"  # x- units may be typed in
    assert lists[headers["category"]].formula1 == "categories!$A$2:$A$11"
    assert lists[headers["owner"]].formula1 == "agencies!$A$2:$A$6"
    assert 10 <= sheet.column_dimensions[headers["title.zh"]].width <= 60
    dates = [c for row in sheet.iter_rows(min_row=2) for c in row if c.is_date]
    assert dates
    assert all(c.number_format == "yyyy-mm-dd" for c in dates)
    assert all(isinstance(c.value, datetime.datetime) for c in dates)
    observations = book["sources"]
    (ids,) = observations.data_validations.dataValidation
    assert ids.formula1 == "commitments!$A$2:$A$58"
    readme = book["README"]
    assert [c.value for c in readme[1]] == ["sheet", "column", "meaning"]
