"""Outputs safe to open: CSV formulas neutralised, terminal controls escaped, long values cut."""

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from commitments.cli.shell import main
from commitments.model._visible import UNSAFE
from conftest import EXAMPLES

PLAN = EXAMPLES / "jilin-old-communities-2019-2020.json"
FORMULA = '=HYPERLINK("http://evil.example","click")'
HOSTILE = "ok\x1b[2J\x07 \u202egnp.exe\x9b"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def plan_titled(tmp_path: Path, title: str, name: str = "plan.json", year: int = 2020) -> str:
    document: dict[str, Any] = json.loads(PLAN.read_text(encoding="utf-8"))
    document["commitments"][0]["title"] = {"zh": title, "en": title}
    document["year"] = year
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("command", ["progress", "history"])
def test_csv_neutralises_formulas_unless_raw(tmp_path: Path, command: str) -> None:
    path = plan_titled(tmp_path, FORMULA)
    code, out, err = run(command, "--format", "csv", path)
    assert (code, err) == (0, "")
    titles = [row["title"] for row in csv.DictReader(io.StringIO(out))]
    assert "'" + FORMULA in titles
    assert FORMULA not in titles
    code, out, err = run(command, "--format", "csv", "--raw", path)
    assert (code, err) == (0, "")
    assert FORMULA in [row["title"] for row in csv.DictReader(io.StringIO(out))]


def test_csv_keeps_negative_numbers(tmp_path: Path) -> None:
    document: dict[str, Any] = json.loads(PLAN.read_text(encoding="utf-8"))
    first = document["commitments"][0]
    first["baseline"]["value"], first["target"]["value"] = -10, -3.5
    first["progress"][0]["value"] = -7
    path = tmp_path / "negative.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, out, err = run("progress", "--as-of", "2020-12-31", "--format", "csv", str(path))
    assert (code, err) == (0, "")
    row = next(csv.DictReader(io.StringIO(out)))
    assert (row["baseline"], row["target"], row["current"]) == ("-10", "-3.5", "-7")


@pytest.mark.parametrize("command", ["progress", "history"])
def test_bom_on_request_only(command: str) -> None:
    code, plain, _ = run(command, "--format", "csv", str(PLAN))
    assert code == 0
    assert plain.startswith("file,")
    code, marked, _ = run(command, "--format", "csv", "--bom", str(PLAN))
    assert code == 0
    assert marked == "\ufeff" + plain


@pytest.mark.parametrize("command", ["progress", "history"])
@pytest.mark.parametrize("option", ["--raw", "--bom"])
def test_csv_options_need_csv(command: str, option: str) -> None:
    code, out, err = run(command, option, str(PLAN))
    assert (code, out) == (2, "")
    assert err == f"commitments: error: {option} shape CSV output only: add --format csv\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["progress", "--as-of", "2020-12-31"],
        ["history", str(PLAN)],  # the commitment recurs: its title is shown
        ["diff", "--lang", "en", str(PLAN)],
        ["diff", "--format", "markdown", str(PLAN)],
    ],
)
def test_text_outputs_escape_controls_and_bidi(tmp_path: Path, argv: list[str]) -> None:
    path = plan_titled(tmp_path, HOSTILE, year=2021)
    code, out, err = run(*argv, path)
    assert (code, err) == (0, "")
    assert not UNSAFE.search(out.replace("\n", ""))
    assert "\\u001b[2J\\u0007 \\u202egnp.exe\\u009b" in out


def test_finding_lines_are_bounded_and_json_keeps_the_whole_pointer(tmp_path: Path) -> None:
    document: dict[str, Any] = json.loads(PLAN.read_text(encoding="utf-8"))
    key = "k" * 1_000_000
    document["commitments"][0][key] = 1
    path = tmp_path / "long.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, out, _ = run("validate", str(path))
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 2
    assert len(lines[0]) < 1000
    assert "/commitments/0/kkk" in lines[0]
    assert "characters]…" in lines[0]
    code, out, _ = run("validate", "--format", "json", str(path))
    assert code == 1
    (finding,) = json.loads(out)["files"][0]["findings"]
    assert finding["path"] == "/commitments/0/" + key
    code, out, _ = run("validate", "--format", "github", str(path))
    assert len(out.splitlines()[0]) < 1000
