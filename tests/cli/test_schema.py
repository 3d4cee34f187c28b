"""``commitments schema``: print the plan schema, write the shipped ones, or say why not."""

import io
from pathlib import Path

import pytest

from commitments.cli.shell import main
from commitments.outputs.schemas import shipped_schemas
from conftest import EXAMPLES, SCHEMAS


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["schema", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_prints_the_shipped_plan_schema() -> None:
    code, out, err = run()
    assert (code, err) == (0, "")
    assert out == (SCHEMAS / "plan-1.schema.json").read_text(encoding="utf-8")


def test_output_writes_every_shipped_schema_into_a_new_folder(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "schemas"
    code, out, err = run("--output", str(folder))
    assert (code, out) == (0, "")
    names = sorted(path.name for path in SCHEMAS.glob("*.json"))
    assert sorted(path.name for path in folder.iterdir()) == names
    assert err == "".join(f"wrote {folder / name}\n" for name in shipped_schemas())
    for name in names:
        assert (folder / name).read_bytes() == (SCHEMAS / name).read_bytes()


def test_output_onto_an_existing_file_is_an_error_and_leaves_it_alone(tmp_path: Path) -> None:
    plan = tmp_path / "plan.json"
    plan.write_bytes((EXAMPLES / "jilin-2021.json").read_bytes())
    assert run("--output", str(plan)) == (
        2,
        "",
        f"commitments: error: cannot make the folder {plan}: a file has that name\n",
    )
    assert plan.read_bytes() == (EXAMPLES / "jilin-2021.json").read_bytes()


def test_output_below_a_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("", encoding="utf-8")
    target = tmp_path / "file" / "schemas"
    assert run("--output", str(target)) == (
        2,
        "",
        f"commitments: error: cannot make the folder {target}: Not a directory\n",
    )


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc (Linux)")
def test_output_where_no_folder_can_be_made_is_an_error() -> None:
    code, out, err = run("--output", "/proc/nope")
    assert (code, out) == (2, "")
    reason = "No such file or directory"
    assert err == f"commitments: error: cannot make the folder /proc/nope: {reason}\n"


def test_a_schema_file_that_cannot_be_written_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "plan-1.schema.json").mkdir()  # a folder where the file should go
    code, out, err = run("--output", str(tmp_path))
    assert (code, out) == (2, "")
    path = tmp_path / "plan-1.schema.json"
    assert err == f"commitments: error: cannot write {path}: Is a directory\n"
