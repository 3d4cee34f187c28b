import csv
import datetime
import io
import json
import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from commitments.analysis.progress import ProgressError
from commitments.analysis.summary import GROUP_BY
from commitments.cli import progress as command
from commitments.cli.shell import main
from commitments.outputs.progress import PROGRESS_SCHEMA_ID
from commitments.render._table import Column, bar, display_width, fit, percent, render_table
from commitments.tables import SHAPES, progress_table
from conftest import EXAMPLES, SCHEMAS

OLD_COMMUNITIES = str(EXAMPLES / "jilin-old-communities-2019-2020.json")
OUTPUT_SCHEMA = json.loads((SCHEMAS / "progress-output-1.schema.json").read_text("utf-8"))


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["progress", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def run_json(*argv: str) -> dict[str, Any]:
    code, out, err = run(*argv, "--format", "json")
    assert (code, err) == (0, "")
    value: dict[str, Any] = json.loads(out, parse_float=Decimal)
    jsonschema.Draft202012Validator(OUTPUT_SCHEMA).validate(value)
    return value


def by_id(output: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["id"]: c for c in output["commitments"]}


def test_json_gives_the_old_community_figures_exactly() -> None:
    output = run_json(OLD_COMMUNITIES, "--as-of", "2020-12-31")
    assert output["as_of"] == "2020-12-31"
    assert output["schema"] == "https://commitments.dev/schemas/plan-1.schema.json"
    assert output["output_schema"] == PROGRESS_SCHEMA_ID
    assert output["commitments_version"]
    rows = by_id(output)
    communities = rows["old-community-renovation"]
    assert communities["fraction"] == Decimal("0.433717579251")  # 1204/2776, 12 digits
    assert communities["expected"] == 1
    assert communities["remaining"] == 1572
    assert communities["achieved"] is False
    assert communities["assessment"] == "behind"
    assert (communities["jurisdiction"], communities["year"]) == ("CN-JL", 2020)
    assert (communities["current"], communities["observed_as_of"]) == (1204, "2020-12-31")
    households = rows["old-community-renovation-households"]
    assert households["fraction"] == Decimal("0.571428571429")  # 4/7
    assert households["remaining"] == 210000
    started = rows["old-community-2019-2020-batch-started"]
    assert (started["fraction"], started["remaining"], started["assessment"]) == (
        1,
        None,
        "achieved",
    )
    (total,) = output["groups"]
    assert total["key"] is None
    assert (total["count"], total["achieved"]) == (3, 1)
    assert total == output["total"]
    amounts = {a["unit"]: (a["delivered"], a["target"]) for a in total["amounts"]}
    assert amounts == {"item": (1204, 2776), "household": (280000, 490000)}


def test_json_on_the_five_year_plan() -> None:
    path = str(EXAMPLES / "jilin-2016-2020-livelihood-projects.json")
    (row,) = run_json(path, "--as-of", "2020-12-31")["commitments"]
    assert (row["fraction"], row["achieved"], row["remaining"], row["assessment"]) == (
        1,
        True,
        0,
        "achieved",
    )
    (midway,) = run_json(path, "--as-of", "2018-07-02")["commitments"]
    assert midway["expected"] == Decimal("0.5")


def test_json_groups_by_year_over_a_folder() -> None:
    output = run_json(str(EXAMPLES), "--as-of", "2021-12-31", "--by", "year")
    assert output["by"] == "year"
    assert [g["key"] for g in output["groups"]] == ["2020", "2021", "2022"]
    assert sum(g["count"] for g in output["groups"]) == len(output["commitments"])
    assert output["total"]["count"] == len(output["commitments"])


HELD_OUT_STYLE = {
    "schema_version": "1.0",
    "jurisdiction": {"name": "Testland"},
    "year": 2022,
    "commitments": [
        {
            "id": "smog",
            "title": "Cut smog days",
            "category": "env",
            "owner": "env",
            "metric": {"kind": "level", "unit": "x-day", "direction": "decrease"},
            "baseline": {"value": 40, "as_of": "2021-07-01"},
            "target": {"value": 30, "due": "2022-06-30"},
            "status": "in_progress",
            "progress": [
                {"as_of": "2021-12-31", "value": 36},
                {"as_of": "2022-03-31", "value": 33},
                {"as_of": "2022-09-30", "value": 25},
            ],
        },
        {
            "id": "depot",
            "title": "Build the depot",
            "category": "transport",
            "owner": "transport",
            "metric": {"kind": "milestone", "stages": ["design", "build", "open"]},
            "target": {"stage": "build"},
            "status": "in_progress",
            "progress": [{"as_of": "2022-02-01", "stage": "design"}],
        },
        {
            "id": "lines",
            "title": "Open 13 bus lines",
            "category": "transport",
            "owner": "transport",
            "metric": {"kind": "quantity", "unit": "item"},
            "target": {"value": 13},
            "status": "cancelled",
            "progress": [{"as_of": "2022-02-01", "value": 2}],
        },
    ],
}


def test_json_on_a_plan_like_the_held_out_one(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(HELD_OUT_STYLE), encoding="utf-8")
    rows = by_id(run_json(str(path), "--as-of", "2022-04-30"))
    smog = rows["smog"]
    # c = 33 (the 2022-09-30 figure is later): (33 − 40) / (30 − 40) = 7/10.
    assert (smog["fraction"], smog["remaining"], smog["exceeded_by"]) == (
        Decimal("0.7"),
        3,
        0,
    )
    # 2021-07-01 → 2022-04-30 is 303 of the 364 days to 2022-06-30.
    assert smog["expected"] == Decimal("0.832417582418")
    assert (smog["achieved"], smog["assessment"]) == (False, "behind")
    depot = rows["depot"]
    assert (depot["fraction"], depot["remaining"], depot["assessment"]) == (
        Decimal("0.5"),
        None,
        "ahead",
    )
    assert depot["expected"] == Decimal("0.326923076923")  # 119/364
    lines = rows["lines"]
    assert (lines["fraction"], lines["remaining"], lines["assessment"]) == (
        Decimal("0.153846153846"),
        11,
        "cancelled",
    )
    after = by_id(run_json(str(path), "--as-of", "2022-12-31"))["smog"]
    assert (after["fraction"], after["exceeded_by"], after["assessment"]) == (
        Decimal("1.5"),
        5,
        "achieved",
    )


def test_text_is_a_table_with_bars_and_totals() -> None:
    code, out, err = run(OLD_COMMUNITIES, "--as-of", "2020-12-31")
    assert (code, err) == (0, "")
    assert out.startswith("Progress as of 2020-12-31\n")
    assert "[#########...........]   43.4%  100.0%  behind" in out
    assert "1,204 / 2,776 item" in out
    assert "280,000 / 490,000 household" in out
    assert "total: 3 commitments; 1 of 3 reported achieved (33.3%)" in out
    # Amounts are summed per metric name: never communities plus households.
    assert "delivered: 1,204 of 2,776 item 2019年、2020年改造任务中居民直接受益的小区\n" in out
    assert "280,000 of 490,000 household 直接受益的居民户数" in out


def test_text_columns_line_up_in_chinese_and_english() -> None:
    code, out, _ = run(str(EXAMPLES), "--as-of", "2021-12-31", "--by", "category")
    assert code == 0
    rows = [line for line in out.splitlines() if re.match(r"\d{4}  ", line)]
    assert any(re.search("[\u4e00-\u9fff]", row) for row in rows)
    assert any(re.search("^\\d{4}  [A-Za-z]", row) for row in rows)
    columns = {display_width(row[: row.index("[")]) for row in rows}
    assert len(columns) == 1
    assert "\nAll commitments\n" in out


def test_text_titles_follow_the_preferred_language() -> None:
    _, out, _ = run(OLD_COMMUNITIES, "--as-of", "2020-12-31", "--lang", "en")
    assert "Old urban residential" in out
    assert "城镇" not in out


def test_csv_is_the_progress_table() -> None:
    code, out, err = run(OLD_COMMUNITIES, "--as-of", "2020-12-31", "--format", "csv")
    assert (code, err) == (0, "")
    header, *rows = list(csv.reader(io.StringIO(out)))
    assert tuple(header) == SHAPES["progress"].names
    assert out == progress_table(OLD_COMMUNITIES, as_of="2020-12-31").to_csv()
    assert len(rows) == 3
    first = dict(zip(header, rows[0], strict=True))
    assert (first["file"], first["commitment_id"]) == (OLD_COMMUNITIES, "old-community-renovation")
    assert first["title"].startswith("城镇老旧小区改造")
    assert (first["fraction"], first["remaining"], first["achieved"]) == (
        "0.433717579251",
        "1572",
        "false",
    )
    milestone = dict(zip(header, rows[2], strict=True))
    assert (milestone["unit"], milestone["remaining"], milestone["current"]) == ("", "", "")
    assert (milestone["current_stage"], milestone["target_stage"]) == ("started", "started")


def test_csv_of_standard_input_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    text = Path(OLD_COMMUNITIES).read_text(encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    code, out, err = run("-", "--as-of", "2020-12-31", "--format", "csv")
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["file"] for r in rows] == ["<stdin>"] * 3


def test_as_of_defaults_to_today() -> None:
    before = datetime.date.today().isoformat()
    output = run_json(OLD_COMMUNITIES)
    assert before <= output["as_of"] <= datetime.date.today().isoformat()


def test_a_jsonl_dataset(tmp_path: Path) -> None:
    path = tmp_path / "plans.jsonl"
    first = {**HELD_OUT_STYLE, "year": 2022}
    second = {**HELD_OUT_STYLE, "year": 2023, "commitments": HELD_OUT_STYLE["commitments"][1:]}
    lines = [json.dumps(first), json.dumps(second)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = run_json(str(path), "--as-of", "2023-01-01", "--by", "year")
    assert [(g["key"], g["count"]) for g in output["groups"]] == [("2022", 3), ("2023", 2)]


FINDING = re.compile(
    r"^(?P<file>.+):(?P<line>\d+):(?P<column>\d+): error (?P<code>[a-z.-]+): .+ \((?:/.*)?\)$"
)


def test_an_invalid_document_gives_its_findings_and_exit_1(tmp_path: Path) -> None:
    bad = json.loads(json.dumps(HELD_OUT_STYLE))
    del bad["commitments"][0]["status"]
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad, indent=2), encoding="utf-8")
    code, out, err = run(str(path), "--format", "json")
    assert (code, out) == (1, "")
    assert "Traceback" not in err
    matches = [FINDING.match(line) for line in err.splitlines()]
    assert matches
    assert all(m is not None and m["file"] == str(path) for m in matches)


def test_a_syntax_error_is_a_located_finding(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"schema_version": "1.0",\n  "year": 2021,,\n}', encoding="utf-8")
    code, out, err = run(str(path))
    assert (code, out) == (1, "")
    first = FINDING.match(err.splitlines()[0])
    assert first is not None
    assert (first["line"], first["code"]) == ("2", "json-syntax")


def test_an_unreadable_path_exits_2() -> None:
    code, out, err = run("no/such/plan.json")
    assert (code, out) == (2, "")
    assert err.startswith("commitments: error: cannot read no/such/plan.json: no such file")
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ("--as-of", "2021-02-30"),
        ("--as-of", "tomorrow"),
        ("--as-of", "20211231"),
        ("--by", "colour"),
        ("--format", "xml"),
    ],
)
def test_bad_options_are_usage_errors(argv: tuple[str, ...]) -> None:
    code, out, err = run(OLD_COMMUNITIES, *argv)
    assert (code, out) == (2, "")
    assert "usage:" in err


def test_a_folder_without_plans_exits_2(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a plan", encoding="utf-8")
    code, out, err = run(str(tmp_path))
    assert (code, out) == (2, "")
    assert err == f"commitments: error: no plan documents (.json or .jsonl files) in {tmp_path}\n"


# -- the table primitives the text form is built from ----------------------------------------


def test_display_width_counts_wide_characters_twice_and_marks_not_at_all() -> None:
    assert display_width("城镇jobs") == 8
    assert display_width("ＡＢ％") == 6  # full-width forms
    assert display_width("e\u0301") == 1  # e + combining acute accent
    assert display_width("“”…") == 3  # ambiguous width counts as narrow


def test_fit_cuts_at_a_character_boundary_without_overflowing() -> None:
    assert fit("城镇新增就业", 12) == "城镇新增就业"
    assert fit("城镇新增就业", 10) == "城镇新..."
    assert display_width(fit("城镇新增就业", 10)) <= 10
    assert fit("New  urban\njobs", 20) == "New urban jobs"


def test_bars_and_percentages_are_exact_and_clamped() -> None:
    assert bar(Fraction(-1, 2), 4) == "[....]"
    assert bar(Fraction(3, 2), 4) == "[####]"
    assert percent(Fraction(1, 800)) == "0.1%"  # 0.125 % rounds half to even
    assert percent(Fraction(3, 800)) == "0.4%"  # 0.375 %
    assert percent(Fraction(-1, 3)) == "-33.3%"


def test_a_table_pads_by_display_width() -> None:
    text = render_table(
        [Column("title"), Column("done", align="right")],
        [["城镇", "1%"], ["jobs", "100%"], "a line of its own"],
    )
    assert text.splitlines() == [
        "title  done",
        "城镇     1%",
        "jobs   100%",
        "a line of its own",
    ]


def test_an_arithmetic_failure_is_a_message_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def failing(*_: object, **__: object) -> None:
        raise ProgressError("c: a quantity needs a baseline and a target value")

    monkeypatch.setattr("commitments.analysis.summary.summarize", failing)
    code, out, err = run(OLD_COMMUNITIES)
    assert (code, out) == (1, "")
    assert err == "commitments: error: c: a quantity needs a baseline and a target value\n"


def test_the_command_offers_every_grouping_of_the_library() -> None:
    assert command.GROUP_BY == GROUP_BY
