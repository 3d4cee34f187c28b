"""Plans from paths and standard input; why a command stops, reported once and in order."""

import io
import sys
from pathlib import Path

import pytest

from commitments.cli._errors import EXIT_FINDINGS, EXIT_USAGE, CommandError
from commitments.cli.shell import main
from conftest import EXAMPLES

PLAN = EXAMPLES / "jilin-2021.json"
OLD = EXAMPLES / "jilin-2020-illustrative.json"


def run(*argv: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        code = main(list(argv), stdout=out, stderr=err)
    finally:
        sys.stdin = saved
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def invalid(tmp_path: Path) -> Path:
    path = tmp_path / "invalid.json"
    path.write_text('{"schema_version": "1.0", "year": 2021, "commitments": []}', encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["progress", "history"])
@pytest.mark.parametrize("format_", ["text", "json", "csv"])
def test_standard_input_reads_as_the_file_does(command: str, format_: str) -> None:
    argv = (command, "--format", format_, *(["--as-of", "2021-06-30"] * (command == "progress")))
    code, out, err = run(*argv, str(PLAN))
    assert code == 0
    if format_ == "csv":  # the file column names where each row comes from
        assert out.count(f"\n{PLAN},") == out.count("\n") - 1
        out = out.replace(f"\n{PLAN},", "\n<stdin>,")
    assert run(*argv, "-", stdin=PLAN.read_bytes()) == (code, out, err)


@pytest.mark.parametrize("format_", ["text", "json", "markdown"])
def test_diff_reads_either_side_from_standard_input(format_: str) -> None:
    code, from_files, _ = run("diff", "--format", format_, str(OLD), str(PLAN))
    assert code == 0
    code, out, err = run("diff", "--format", format_, "-", str(PLAN), stdin=OLD.read_bytes())
    assert (code, err) == (0, "")
    assert out == from_files.replace(str(OLD), "<stdin>")
    code, out, _ = run("diff", "--format", format_, str(OLD), "-", stdin=PLAN.read_bytes())
    assert (code, out) == (0, from_files.replace(str(PLAN), "<stdin>"))


def test_findings_in_a_document_from_standard_input_name_it(invalid: Path) -> None:
    code, out, err = run("progress", "-", stdin=invalid.read_bytes())
    assert (code, out) == (1, "")
    assert err.startswith("<stdin>:1:1: error schema.required: ")


@pytest.mark.parametrize(
    "argv",
    [("validate", "-", "-"), ("progress", "-", "-"), ("history", "-", "-"), ("diff", "-", "-")],
)
def test_standard_input_can_be_read_only_once(argv: tuple[str, ...]) -> None:
    assert run(*argv, stdin=PLAN.read_bytes()) == (
        2,
        "",
        "commitments: error: - (standard input) can be read only once\n",
    )


def test_diff_reports_both_sides_in_order_and_the_worst_code_wins(
    tmp_path: Path, invalid: Path
) -> None:
    missing = tmp_path / "missing.json"
    code, out, err = run("diff", str(missing), str(invalid))
    assert (code, out) == (2, "")
    lines = err.splitlines()
    reason = f"no such file or folder: {str(missing)!r}"
    assert lines[0] == f"commitments: error: cannot read {missing}: {reason}"
    assert lines[1].startswith(f"{invalid}:1:1: error schema.required")
    code, _, err = run("diff", str(invalid), str(missing))
    assert code == 2
    assert err.splitlines()[0].startswith(f"{invalid}:1:1: error schema.required")
    assert err.splitlines()[-1].startswith(f"commitments: error: cannot read {missing}")
    _, _, one_side = run("diff", str(invalid), str(PLAN))
    code, _, err = run("diff", str(invalid), str(invalid))
    assert (code, err) == (1, one_side * 2)


def test_findings_come_before_the_path_that_stopped_the_reading(
    tmp_path: Path, invalid: Path
) -> None:
    missing, never = tmp_path / "missing.json", tmp_path / "never-read.json"
    code, out, err = run("history", str(invalid), str(missing), str(never))
    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert lines[0].startswith(f"{invalid}:1:1: error schema.required")
    assert lines[-1].startswith(f"commitments: error: cannot read {missing}: ")
    assert str(never) not in err


def test_a_command_error_joins_problems_in_order_with_the_highest_code() -> None:
    findings = CommandError("first finding", code=EXIT_FINDINGS)
    unreadable = CommandError("cannot read b.json")
    joined = CommandError.joined([findings, unreadable])
    assert (joined.problems, joined.code) == (("first finding", "cannot read b.json"), EXIT_USAGE)
    assert CommandError.joined([findings, findings]).code == EXIT_FINDINGS
