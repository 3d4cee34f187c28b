"""A single sheet or CSV file of commitments, the form data teams have, imports too."""

import datetime
from pathlib import Path

from commitments.sheets import read_workbook
from workbooks import FLAT_HEADER, FLAT_ROW, write_book


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_csv_file_of_commitments_with_the_year_and_jurisdiction_given(tmp_path: Path) -> None:
    csv = _csv(tmp_path / "jobs.csv", ",".join(FLAT_HEADER) + "\n" + ",".join(map(str, FLAT_ROW)))
    plan, report = read_workbook(csv, year=2021, jurisdiction="吉林省", jurisdiction_code="CN-JL")
    assert report.findings == ()
    assert plan is not None
    assert (plan.year, str(plan.jurisdiction.name), plan.jurisdiction.code) == (
        2021,
        "吉林省",
        "CN-JL",
    )
    assert plan.schema_version == "1.0"
    (jobs,) = plan.commitments
    assert (jobs.id, jobs.metric.unit, str(jobs.target.value)) == ("urban-jobs", "person", "230000")


def test_figures_fill_in_the_unit_and_each_reading_is_reported(tmp_path: Path) -> None:
    csv = _csv(
        tmp_path / "plan.csv",
        "id,title,category,owner,metric.kind,baseline.value,target.value,status\n"
        "jobs,城镇新增就业,employment,hrss,quantity,,23万人,planned\n"
        "water,农村自来水普及率,water,water,level,80%,95%,planned\n",
    )
    plan, report = read_workbook(csv, year=2021, jurisdiction="吉林省")
    assert plan is not None, [str(f) for f in report.findings]
    jobs, water = plan.commitments
    assert (str(jobs.target.value), jobs.metric.unit) == ("230000", "person")
    assert (str(water.target.value), water.metric.unit) == ("95", "percent")
    assert [(f.cell, f.message) for f in report.findings] == [
        ("plan!G2", "read '23万人' as 230000 person"),
        ("plan!G2", "metric.unit is blank: it is taken to be person, the unit of this figure"),
        ("plan!F3", "read '80%' as 80 percent"),
        ("plan!F3", "metric.unit is blank: it is taken to be percent, the unit of this figure"),
        ("plan!G3", "read '95%' as 95 percent"),
    ]
    assert all(f.severity == "warning" for f in report.findings)


def test_a_sheet_may_carry_the_year_and_jurisdiction_and_every_row_must_agree(
    tmp_path: Path,
) -> None:
    header = [*FLAT_HEADER, "year", "jurisdiction.code", "jurisdiction.name", "target.due"]
    row = [*FLAT_ROW, 2021, "CN-JL", "吉林省", datetime.date(2021, 12, 31)]
    other = ["other-jobs", *FLAT_ROW[1:], 2022, "CN-JL", "吉林省", None]
    book = write_book(tmp_path / "plan.xlsx", {"Sheet1": [header, row]})
    plan, report = read_workbook(book)
    assert plan is not None, [str(f) for f in report.findings]
    assert report.findings == ()
    assert (plan.year, plan.jurisdiction.code) == (2021, "CN-JL")
    assert plan.commitments[0].target.due == datetime.date(2021, 12, 31)

    book = write_book(tmp_path / "two.xlsx", {"Sheet1": [header, row, other]})
    plan, report = read_workbook(book)
    assert plan is None
    (disagreement,) = report.findings
    assert disagreement.cell == "Sheet1!I3"
    assert "year is 2022 here but 2021 in row 2" in disagreement.message

    plan, report = read_workbook(tmp_path / "plan.xlsx", year=2020)
    assert plan is None
    assert "year is 2021 here but 2020 in the command line" in report.findings[0].message


def test_without_a_year_the_import_says_how_to_give_one(tmp_path: Path) -> None:
    csv = _csv(tmp_path / "plan.csv", ",".join(FLAT_HEADER) + "\n" + ",".join(map(str, FLAT_ROW)))
    plan, report = read_workbook(csv)
    assert plan is None
    assert [(f.code, f.cell) for f in report.findings] == [
        ("sheet-flat", None),
        ("sheet-flat", None),
    ]
    assert "--year" in report.findings[0].message
    assert "--jurisdiction" in report.findings[1].message


def test_any_subset_of_the_columns_and_unknown_ones_refused(tmp_path: Path) -> None:
    csv = _csv(tmp_path / "plan.csv", "id,title\njobs,New jobs\n")
    plan, report = read_workbook(csv, year=2021, jurisdiction="Jilin")
    assert plan is None  # a commitment needs more than that, and the findings say what, where
    assert {(f.cell, f.message) for f in report.findings} >= {
        ("plan!A2", 'missing required key "category"'),
        ("plan!A2", 'missing required key "status"'),
    }
