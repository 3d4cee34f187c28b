"""``commitments upgrade``: rewrite 1.0 documents as 1.1, or say why not."""

import io
from pathlib import Path

from commitments.cli.shell import main
from conftest import EXAMPLES

JILIN = EXAMPLES / "jilin-2021.json"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["upgrade", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def _old(tmp_path: Path, name: str = "plan.json") -> Path:
    path = tmp_path / name
    path.write_bytes(JILIN.read_bytes())
    return path


def test_prints_the_upgraded_document() -> None:
    code, out, err = run(str(JILIN))
    assert code == 0
    assert out == JILIN.read_text(encoding="utf-8").replace('"1.0"', '"1.1"', 1)
    assert err == f"{JILIN}: 1 to 1.1\n"


def test_output_writes_a_file_and_leaves_the_plan_alone(tmp_path: Path) -> None:
    plan, target = _old(tmp_path), tmp_path / "new.json"
    code, out, _ = run(str(plan), "-o", str(target))
    assert (code, out) == (0, "")
    assert target.read_bytes() == plan.read_bytes().replace(b'"1.0"', b'"1.1"', 1)
    assert plan.read_bytes() == JILIN.read_bytes()


def test_in_place_rewrites_every_file_of_a_folder_and_a_second_time_changes_nothing(
    tmp_path: Path,
) -> None:
    first, second = _old(tmp_path, "a.json"), _old(tmp_path, "b.json")
    assert run("--in-place", str(tmp_path))[0] == 0
    upgraded = first.read_bytes()
    assert upgraded == JILIN.read_bytes().replace(b'"1.0"', b'"1.1"', 1) == second.read_bytes()
    code, _, err = run("--in-place", str(first))
    assert (code, first.read_bytes()) == (0, upgraded)
    assert err == f"{first}: nothing to do, 1 already 1.1 or later\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.json"]  # no leftovers


def test_an_invalid_document_is_reported_and_left_alone(tmp_path: Path) -> None:
    bad, good = tmp_path / "bad.json", _old(tmp_path, "good.json")
    bad.write_text('{"schema_version": "1.0", "year": 2021}', encoding="utf-8")
    code, out, err = run("--in-place", str(bad), str(good))
    assert (code, out) == (1, "")
    assert f"{bad}:1:1: error schema.required: missing required key" in err
    assert f"commitments: error: {bad} is not upgraded: it has errors" in err
    assert bad.read_text(encoding="utf-8") == '{"schema_version": "1.0", "year": 2021}'
    assert b'"1.1"' in good.read_bytes()  # the other file is still upgraded


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    assert run(str(missing)) == (
        2,
        "",
        f"commitments: error: cannot read {missing}: no such file or folder\n",
    )
    code, _, err = run(str(JILIN), str(JILIN))
    assert (code, err) == (
        2,
        "commitments: error: give one PLAN, or rewrite several with --in-place\n",
    )
    code, _, err = run(str(tmp_path))
    assert (code, "is a folder: upgrade its files with --in-place" in err) == (2, True)
    code, _, err = run(str(JILIN), "-o", str(tmp_path / "no" / "such" / "x.json"))
    assert (code, "cannot write" in err) == (2, True)
    assert (
        main(
            ["upgrade", str(JILIN), "-o", "x", "--in-place"],
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
        == 2
    )


def test_a_file_that_cannot_be_read_exits_2(tmp_path: Path) -> None:
    link = tmp_path / "broken.json"
    link.symlink_to(tmp_path / "gone.json")
    code, _, err = run("--in-place", str(link))
    assert (code, f"cannot read {link}" in err) == (2, True)
