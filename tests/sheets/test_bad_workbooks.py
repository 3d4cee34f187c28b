"""A corpus of bad workbooks, made here: located findings and the right exit code, no traceback."""

import datetime
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from commitments import load
from commitments.cli.shell import main
from commitments.sheets import export_workbook, read_workbook
from workbooks import EXAMPLES, FLAT_HEADER, FLAT_ROW, write_book

FLAT_OPTIONS = ["--year", "2021", "--jurisdiction", "Jilin"]


def _flat(path: Path, *rows: list[object], header: list[object] = FLAT_HEADER) -> Path:
    return write_book(path / "plan.xlsx", {"commitments": [header, *rows]})


def _changed(column: str, value: object) -> list[object]:
    row = list(FLAT_ROW)
    row[FLAT_HEADER.index(column)] = value
    return row


def _exported(path: Path) -> Path:
    export_workbook(load(EXAMPLES[0]), path / "plan.xlsx")
    return path / "plan.xlsx"


def _bytes(data: bytes, name: str = "plan.xlsx") -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        (path / name).write_bytes(data)
        return path / name

    return make


def _encrypted(path: Path) -> Path:
    import msoffcrypto.format.ooxml as ooxml  # type: ignore[import-untyped]

    plain = _exported(path)
    with plain.open("rb") as source, (path / "locked.xlsx").open("wb") as target:
        ooxml.OOXMLFile(source).encrypt("secret", target)
    return path / "locked.xlsx"


def _truncated(path: Path) -> Path:
    data = _exported(path).read_bytes()
    (path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    return path / "cut.xlsx"


def _zip_of(names: dict[str, str]) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        with zipfile.ZipFile(path / "plan.xlsx", "w") as archive:
            for name, text in names.items():
                archive.writestr(name, text)
        return path / "plan.xlsx"

    return make


def _without_commitments(path: Path) -> Path:
    return write_book(
        path / "plan.xlsx",
        {"plan": [["key", "value"], ["year", 2021]], "categories": [["id", "name"]]},
    )


def _merged_header(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["id", "title", None, *FLAT_HEADER[2:]])
    sheet.append([FLAT_ROW[0], FLAT_ROW[1], "(zh)", *FLAT_ROW[2:]])
    sheet.merge_cells("B1:C1")
    book.save(path / "plan.xlsx")
    return path / "plan.xlsx"


def _a_million_rows(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(FLAT_HEADER)
    sheet.append(FLAT_ROW)
    sheet.cell(row=1_048_576, column=1).value = "the last row a sheet has"
    book.save(path / "plan.xlsx")
    return path / "plan.xlsx"


def _protected_sheet(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    for row in (FLAT_HEADER, FLAT_ROW):
        sheet.append(row)
    sheet.protection.sheet = True
    sheet.protection.password = "secret"
    book.security.lockStructure = True
    book.save(path / "plan.xlsx")
    return path / "plan.xlsx"


def _observation_of_nobody(path: Path) -> Path:
    return write_book(
        path / "plan.xlsx",
        {
            "commitments": [FLAT_HEADER, FLAT_ROW],
            "observations": [["commitment_id", "as_of", "value"], ["nobody", "2021-06-30", 1]],
        },
    )


def _gbk_csv(path: Path) -> Path:
    text = (
        ",".join(FLAT_HEADER) + "\n" + ",".join(map(str, _changed("title", "城镇新增就业"))) + "\n"
    )
    (path / "plan.csv").write_bytes(text.encode("gbk"))
    return path / "plan.csv"


# name, how to make it, exit code, a finding's code, where it is (as printed), its pointer
CASES: list[tuple[str, Callable[[Path], Path], int, str, str, str]] = [
    (
        "binary-file",
        _bytes(bytes(range(256)) * 4),
        2,
        "sheet-unreadable",
        "plan.xlsx:",
        "is not an .xlsx",
    ),
    ("csv-named-xlsx", _bytes(b"id,title\nx,y\n"), 2, "sheet-unreadable", "plan.xlsx:", "is text"),
    ("empty-file", _bytes(b""), 2, "sheet-unreadable", "plan.xlsx:", "is empty"),
    (
        "missing-file",
        lambda path: path / "nowhere.xlsx",
        2,
        "sheet-unreadable",
        "nowhere.xlsx",
        "No such file",
    ),
    ("password-protected", _encrypted, 2, "sheet-unreadable", "locked.xlsx:", "password-protected"),
    (
        "old-xls",
        _bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)),
        2,
        "sheet-unreadable",
        "plan.xlsx:",
        ".xls",
    ),
    ("truncated", _truncated, 2, "sheet-unreadable", "cut.xlsx:", "damaged"),
    (
        "zip-not-workbook",
        _zip_of({"notes.txt": "hello"}),
        2,
        "sheet-unreadable",
        "plan.xlsx:",
        "not an .xlsx",
    ),
    (
        "opendocument",
        _zip_of(
            {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}
        ),
        2,
        "sheet-unreadable",
        "plan.xlsx:",
        ".ods",
    ),
    ("csv-not-utf8", _gbk_csv, 2, "sheet-unreadable", "plan.csv:", "not UTF-8"),
    (
        "missing-sheet",
        _without_commitments,
        1,
        "sheet-missing",
        "plan.xlsx:",
        "no sheet named 'commitments'",
    ),
    (
        "two-unknown-sheets",
        lambda p: write_book(
            p / "plan.xlsx", {"Sheet1": [FLAT_HEADER, FLAT_ROW], "Sheet2": [["x"]]}
        ),
        1,
        "sheet-missing",
        "plan.xlsx:",
        "Sheet1",
    ),
    ("merged-header", _merged_header, 1, "sheet-column", "plan.xlsx:Sheet!B1:", "merged"),
    ("a-million-rows", _a_million_rows, 1, "sheet-too-large", "plan.xlsx:Sheet:", "1,048,576 rows"),
    (
        "unknown-column",
        lambda p: _flat(p, FLAT_ROW, header=[*FLAT_HEADER[:-1], "state"]),
        1,
        "sheet-column",
        "commitments!H1",
        "'state' is no column",
    ),
    (
        "misspelt-column",
        lambda p: _flat(p, FLAT_ROW, header=["id", "titel", *FLAT_HEADER[2:]]),
        1,
        "sheet-column",
        "commitments!B1",
        "did you mean 'title'",
    ),
    (
        "repeated-column",
        lambda p: _flat(p, [*FLAT_ROW, "planned"], header=[*FLAT_HEADER, "status"]),
        1,
        "sheet-column",
        "commitments!I1",
        "appears twice",
    ),
    (
        "value-without-header",
        lambda p: _flat(p, [*FLAT_ROW, None, "stray"]),
        1,
        "sheet-column",
        "commitments!J2",
        "without a header",
    ),
    (
        "text-in-a-number",
        lambda p: _flat(p, _changed("target.value", "lots")),
        1,
        "cell-value",
        "commitments!G2",
        "/commitments/0/target/value",
    ),
    (
        "true-in-status",
        lambda p: _flat(p, _changed("status", True)),
        1,
        "cell-value",
        "commitments!H2",
        "/commitments/0/status",
    ),
    (
        "error-cell",
        lambda p: _flat(p, _changed("target.value", "#N/A")),
        1,
        "cell-value",
        "commitments!G2",
        "#N/A",
    ),
    (
        "date-with-a-time",
        lambda p: _flat(
            p,
            [*FLAT_ROW, datetime.datetime(2021, 6, 30, 14, 30)],
            header=[*FLAT_HEADER, "target.due"],
        ),
        1,
        "cell-value",
        "commitments!I2",
        "time of day",
    ),
    (
        "bad-json-cell",
        lambda p: _flat(p, [*FLAT_ROW, "json:{"], header=[*FLAT_HEADER, "x-note"]),
        1,
        "cell-value",
        "commitments!I2",
        "not JSON",
    ),
    (
        "unknown-status",
        lambda p: _flat(p, _changed("status", "done")),
        1,
        "schema.enum",
        "commitments!H2",
        "/commitments/0/status",
    ),
    (
        "figure-in-another-unit",
        lambda p: _flat(p, _changed("target.value", "2000公里")),
        1,
        "cell-unit",
        "commitments!G2",
        "in km, but metric.unit is person",
    ),
    (
        "missing-required-cell",
        lambda p: _flat(p, _changed("category", None)),
        1,
        "schema.required",
        "commitments!C2",
        '"category"',
    ),
    (
        "observation-of-nobody",
        _observation_of_nobody,
        1,
        "sheet-row",
        "observations!A2",
        "'nobody'",
    ),
    (
        "duplicate-id",
        lambda p: _flat(p, FLAT_ROW, FLAT_ROW),
        1,
        "duplicate-id",
        "commitments!A3",
        "/commitments/1/id",
    ),
]


@pytest.mark.parametrize(
    ("name", "make", "code", "finding", "where", "detail"), CASES, ids=[c[0] for c in CASES]
)
def test_a_bad_workbook_gets_located_findings_and_its_exit_code(
    name: str,
    make: Callable[[Path], Path],
    code: int,
    finding: str,
    where: str,
    detail: str,
    tmp_path: Path,
) -> None:
    path = make(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    assert (
        main(
            ["import", str(path), *FLAT_OPTIONS, "-o", str(tmp_path / "out.json")],
            stdout=out,
            stderr=err,
        )
        == code
    )
    lines = err.getvalue().splitlines()
    matching = [line for line in lines if f" error {finding}: " in line]
    assert matching, lines
    assert any(where in line and detail in line for line in matching), matching
    assert "Traceback" not in err.getvalue()
    assert not (tmp_path / "out.json").exists()  # nothing is written when there is an error


def test_the_corpus_is_at_least_fifteen_workbooks() -> None:
    assert len(CASES) >= 15


def test_a_protected_sheet_without_a_password_to_open_reads(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert (
        main(["import", str(_protected_sheet(tmp_path)), *FLAT_OPTIONS], stdout=out, stderr=err)
        == 0
    )
    assert '"id": "urban-jobs"' in out.getvalue()


def test_the_row_limit_stops_reading_a_long_sheet(tmp_path: Path) -> None:
    book = _flat(tmp_path, *[_changed("id", f"c{n}") for n in range(30)])
    plan, report = read_workbook(book, year=2021, jurisdiction="Jilin", max_rows=10)
    assert plan is None  # the sheet says it has 31 rows: refused before reading
    assert [f.cell for f in report.findings if f.code == "sheet-too-large"] == ["commitments"]
    csv = tmp_path / "data.csv"
    csv.write_text("\n".join([",".join(FLAT_HEADER)] + [f"c{n}" + ",x" * 7 for n in range(30)]))
    plan, report = read_workbook(csv, year=2021, jurisdiction="Jilin", max_rows=10)
    assert plan is None  # a CSV file says nothing: counted while read
    assert [f.cell for f in report.findings if f.code == "sheet-too-large"] == ["data!11"]
