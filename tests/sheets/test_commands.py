"""The export, import and template commands: thin, exit codes as everywhere, no tracebacks."""

import io
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

import commitments
import commitments.tables
from commitments.cli.shell import main
from commitments.sheets import MissingExtra, read_workbook
from workbooks import EXAMPLES


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("form", ["xlsx", "csv"])
def test_export_then_import_gives_the_same_document(form: str, tmp_path: Path) -> None:
    for example in EXAMPLES:
        sheet = tmp_path / f"{example.stem}.{form}"
        assert _run("export", str(example), "--format", form, "-o", str(sheet))[0] == 0
        code, out, err = _run("import", str(sheet), "-o", str(tmp_path / "back.json"))
        assert (code, out, err.splitlines()) == (0, "", [f"wrote {tmp_path / 'back.json'}"])
        assert (tmp_path / "back.json").read_text(encoding="utf-8") == example.read_text(
            encoding="utf-8"
        )


def test_import_prints_the_plan_when_no_output_is_given(tmp_path: Path) -> None:
    _run("export", str(EXAMPLES[0]), "-o", str(tmp_path / "plan.xlsx"))
    code, out, err = _run("import", str(tmp_path / "plan.xlsx"))
    assert (code, err) == (0, "")
    assert out == EXAMPLES[0].read_text(encoding="utf-8")


def test_several_plans_go_into_a_folder_one_workbook_each(tmp_path: Path) -> None:
    code, _, err = _run("export", *map(str, EXAMPLES), "-o", str(tmp_path / "out"))
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        f"{p.stem}.xlsx" for p in EXAMPLES
    )
    assert err.count("wrote ") == len(EXAMPLES)


def test_export_refuses_an_invalid_plan_with_its_findings(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "1.0", "year": 2021, "commitments": []}')
    code, _, err = _run("export", str(bad), "-o", str(tmp_path / "bad.xlsx"))
    assert code == 1
    assert 'missing required key "jurisdiction"' in err
    assert not (tmp_path / "bad.xlsx").exists()


def test_export_to_a_place_that_cannot_be_written(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    code, _, err = _run("export", str(EXAMPLES[0]), "-o", str(tmp_path / "file" / "x.xlsx"))
    assert code == 2
    assert err.startswith("commitments: error: cannot write")


def test_the_template_is_a_workbook_with_every_sheet_and_reads_back_with_what_to_fill_in(
    tmp_path: Path,
) -> None:
    assert _run("template", "-o", str(tmp_path / "plan.xlsx"))[0] == 0
    book = load_workbook(tmp_path / "plan.xlsx")
    assert book.sheetnames == [
        "plan", "categories", "agencies", "commitments", "observations", "sources", "README"
    ]  # fmt: skip
    assert [c.value for c in book["commitments"][1]][:5] == [
        "id",
        "previous_id",
        "title",
        "category",
        "owner",
    ]
    code, _, err = _run("import", str(tmp_path / "plan.xlsx"))
    assert code == 1
    book_ = tmp_path / "plan.xlsx"
    assert err.splitlines() == [
        f'{book_}:plan!B3: error schema.required: missing required key "name" (/jurisdiction)',
        f'{book_}:plan!B5: error schema.required: missing required key "year" ()',
    ]


def test_the_csv_template_is_a_folder_of_header_rows(tmp_path: Path) -> None:
    assert _run("template", "--format", "csv", "-o", str(tmp_path / "plan"))[0] == 0
    assert sorted(p.stem for p in (tmp_path / "plan").iterdir()) == [
        "agencies", "categories", "commitments", "observations", "plan", "sources"
    ]  # fmt: skip
    assert (tmp_path / "plan" / "categories.csv").read_bytes() == b"\xef\xbb\xbfid,name\r\n"


def test_import_usage_errors_exit_2(tmp_path: Path) -> None:
    assert _run("import")[0] == 2
    assert _run("import", "x.csv", "--year", "twenty")[0] == 2
    assert _run("import", str(tmp_path / "a.xlsx"), str(tmp_path / "b.xlsx"))[0] == 2


def test_without_openpyxl_the_error_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    _run("export", str(EXAMPLES[0]), "-o", str(tmp_path / "plan.xlsx"))  # writing needs no openpyxl
    with pytest.raises(MissingExtra, match=r"commitments\[sheets\]") as caught:
        read_workbook(tmp_path / "plan.xlsx")
    assert caught.value.extra == "sheets"
    # One class, whichever face it is imported from.
    assert MissingExtra is commitments.MissingExtra is commitments.tables.MissingExtra
    code, _, err = _run("import", str(tmp_path / "plan.xlsx"))
    assert code == 2
    assert "pip install 'commitments[sheets]'" in err
