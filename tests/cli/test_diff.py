import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest

from commitments import __version__
from commitments.cli.shell import main
from commitments.tables import history_table

ROOT = Path(__file__).parent.parent.parent
EXAMPLES = ROOT / "examples"
OLD = str(EXAMPLES / "jilin-2020-illustrative.json")
NEW = str(EXAMPLES / "jilin-2021.json")


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def shipped(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / "schemas" / name).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_diff_json_follows_its_shipped_schema_and_spec() -> None:
    code, out, err = run("diff", "--format", "json", OLD, NEW)
    assert (code, err) == (0, "")
    document = json.loads(out, parse_float=Decimal)
    shipped("diff-output-1.schema.json").validate(json.loads(out))
    assert document["schema"] == "https://commitments.dev/schemas/plan-1.schema.json"
    assert document["output_schema"] == "https://commitments.dev/schemas/diff-output-1.schema.json"
    assert document["commitments_version"] == __version__
    assert (document["old"]["year"], document["old"]["file"]) == (2020, OLD)
    assert document["removed"] == ["rural-dilapidated-housing-renovation"]
    assert document["carried_over"] == ["old-community-renovation", "rural-roads"]
    assert document["added"] == sorted(document["added"])
    roads = next(c for c in document["changed"] if c["id"] == "rural-roads")
    target = next(c for c in roads["changes"] if c["field"] == "target.value")
    assert target == {
        "field": "target.value",
        "old": 2500000,
        "new": 2000,
        "kind": "lowered",
        "ambition": "less_ambitious",
        "delta": -500,
        "relative": Decimal("-0.2"),
        "old_unit": "m",
        "new_unit": "km",
    }


def test_diff_text_reads_like_a_changelog() -> None:
    code, out, _ = run("diff", "--lang", "en", OLD, NEW)
    assert code == 0
    assert "Lowered (2)" in out
    assert (
        "Build or upgrade 2,000 km of rural roads (rural-roads): 2,500,000 m → 2,000 km "
        "(−500 km, −20%; less ambitious)"
    ) in out
    assert "230,000 new urban jobs (urban-new-jobs): 200,000 person → 230,000 person" in out
    assert "Dropped (1)" in out
    assert "Carried over (2)" in out
    assert "renamed from rural-toilet-renovation" in out


def test_diff_markdown_has_sections_and_code_ids() -> None:
    code, out, _ = run("diff", "--format", "markdown", OLD, NEW)
    assert code == 0
    assert out.startswith("# 吉林省: 2020 → 2021\n")
    assert "## Raised (2)" in out
    assert "- 新改建农村公路2000公里 (`rural-roads`): 2,500,000 m → 2,000 km" in out


def test_diff_of_a_plan_with_itself_is_empty() -> None:
    code, out, _ = run("diff", "--format", "json", NEW, NEW)
    assert code == 0
    document = json.loads(out)
    assert document["added"] == document["removed"] == document["changed"] == []
    assert len(document["unchanged"]) == 57


def test_diff_invalid_plan_reports_findings_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "1.0", "year": 2021, "commitments": []}', encoding="utf-8")
    code, out, err = run("diff", str(bad), NEW)
    assert (code, out) == (1, "")
    assert f"{bad}:1:1: error schema.required" in err
    assert "Traceback" not in err


def test_diff_missing_path_exits_2() -> None:
    code, out, err = run("diff", "no-such-plan.json", NEW)
    assert (code, out) == (2, "")
    assert err.startswith("commitments: error: cannot read no-such-plan.json")


def test_diff_needs_one_plan_a_side() -> None:
    code, _, err = run("diff", str(EXAMPLES), NEW)
    assert code == 2
    assert "holds 7 plans" in err


def test_history_json_follows_its_shipped_schema() -> None:
    code, out, err = run("history", "--format", "json", str(EXAMPLES))
    assert (code, err) == (0, "")
    document = json.loads(out)
    shipped("history-output-1.schema.json").validate(document)
    assert document["schema"] == "https://commitments.dev/schemas/plan-1.schema.json"
    assert (
        document["output_schema"] == "https://commitments.dev/schemas/history-output-1.schema.json"
    )
    codes = [j["jurisdiction"]["code"] for j in document["jurisdictions"]]
    assert codes == ["CN-SC-CD", "XX-EC", "CN-JL"]
    jilin = document["jurisdictions"][2]
    jobs = next(c for c in jilin["commitments"] if c["id"] == "urban-new-jobs")
    assert [(y["year"], y["target"]) for y in jobs["years"]] == [(2020, 200000), (2021, 230000)]
    assert jobs["trend"] == "rising"


def test_history_text_and_csv(tmp_path: Path) -> None:
    lines = tmp_path / "plans.jsonl"
    lines.write_text(
        "\n".join(
            json.dumps(json.loads(Path(p).read_text(encoding="utf-8")), ensure_ascii=False)
            for p in (OLD, NEW)
        )
        + "\n",
        encoding="utf-8",
    )
    code, out, _ = run("history", "--lang", "en", str(lines))
    assert code == 0
    assert out.startswith("Jilin Province (CN-JL): 2020–2021, 2 plans\n")
    assert "230,000 new urban jobs (urban-new-jobs), target rising" in out
    code, out, _ = run("history", "--format", "csv", OLD, NEW)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 5 + 57
    roads = [r for r in rows if r["commitment_id"] == "rural-roads"]
    assert [(r["file"], r["year"], r["target"], r["unit"], r["trend"]) for r in roads] == [
        (OLD, "2020", "2500000", "m", "falling"),
        (NEW, "2021", "2000", "km", "falling"),
    ]
    assert out == history_table([OLD, NEW]).to_csv()


def test_history_invalid_and_missing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    code, out, err = run("history", NEW, str(bad))
    assert (code, out) == (1, "")
    assert "json-syntax" in err
    code, out, err = run("history", str(tmp_path / "missing"))
    assert (code, out) == (2, "")
    assert "Traceback" not in err


@pytest.mark.parametrize("command", ["diff", "history"])
def test_help_lists_formats(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    assert "--format" in out
