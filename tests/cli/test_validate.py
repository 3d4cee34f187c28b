"""``commitments validate``: formats, exit codes, limits, stdin, unreadable paths, pipes."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

import commitments
from commitments.cli._validate_formats import escape
from commitments.cli.shell import main
from commitments.outputs.validate import VALIDATE_SCHEMA_ID, validate_output_schema

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = ROOT / "examples"
CORPUS = ROOT / "tests" / "corpus"
SHIPPED = json.loads((ROOT / "schemas" / "validate-output-1.schema.json").read_text())
MINIMAL = '{"schema_version": "1.0", "jurisdiction": {"name": "Jilin"}, "year": 2021'
THREE_PROBLEMS = MINIMAL + ', "colour": 1, "size": 2, "commitments": {}}\n'
COLOUR, SIZE = THREE_PROBLEMS.index('"colour"') + 1, THREE_PROBLEMS.index('"size"') + 1
OBJECT = THREE_PROBLEMS.index("{}") + 1


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["validate", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def three(tmp_path: Path) -> Path:
    path = tmp_path / "three.json"
    path.write_text(THREE_PROBLEMS)
    return path


def test_the_examples_pass() -> None:
    code, out, err = run(str(EXAMPLES))
    assert (code, out, err) == (0, "7 files, 0 errors, 0 warnings\n", "")


def test_text_lines_are_file_line_column_severity_code_message_pointer(three: Path) -> None:
    code, out, err = run(str(three))
    assert code == 1
    assert err == ""
    assert out.splitlines() == [
        f'{three}:1:{COLOUR}: error schema.additionalProperties: unknown key "colour" (only keys '
        "starting with x- may be added) (/colour)",
        f'{three}:1:{SIZE}: error schema.additionalProperties: unknown key "size" (only keys '
        "starting with x- may be added) (/size)",
        f"{three}:1:{OBJECT}: error schema.type: must be an array, not an object (/commitments)",
        "1 file, 3 errors, 0 warnings",
    ]


def test_a_warning_fails_only_under_strict() -> None:
    bom = str(CORPUS / "utf8-bom.json")
    code, out, _ = run(bom)
    assert code == 0
    assert out.endswith("1 file, 0 errors, 1 warning\n")
    assert run("--strict", bom)[0] == 1


def test_max_findings_says_how_many_were_left_out(three: Path) -> None:
    code, out, _ = run("--max-findings", "1", str(three))
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[1] == f"{three}: 2 more findings not shown"
    assert lines[2] == "1 file, 3 errors, 0 warnings (2 not shown)"
    _, out, _ = run("--max-findings", "0", "--format", "json", str(three))
    entry = json.loads(out)["files"][0]
    assert (entry["findings"], entry["omitted"]) == ([], 3)


@pytest.mark.parametrize("bad", ["-1", "two"])
def test_a_bad_max_findings_is_a_usage_error(bad: str) -> None:
    code, out, err = run("--max-findings", bad, str(EXAMPLES))
    assert code == 2
    assert out == ""
    assert "expected a whole number" in err
    assert "Traceback" not in err


def test_an_unreadable_path_exits_2_and_the_others_are_still_checked(
    tmp_path: Path, three: Path
) -> None:
    (tmp_path / "empty").mkdir()
    missing = tmp_path / "missing.json"
    code, out, err = run(str(missing), str(three), str(tmp_path / "empty"))
    assert code == 2
    assert err.splitlines() == [
        f"commitments: error: {missing}: no such file or folder",
        f"commitments: error: {tmp_path / 'empty'}: no .json or .jsonl files in this folder",
    ]
    assert out.count(str(three)) == 3
    assert out.splitlines()[-1] == "1 file, 3 errors, 0 warnings, 2 unreadable paths"


def test_no_path_is_a_usage_error() -> None:
    code, _, err = run()
    assert code == 2
    assert "PATH" in err


def test_json_output_has_every_file_and_validates_against_the_shipped_schema(
    tmp_path: Path, three: Path
) -> None:
    code, out, err = run(
        "--format",
        "json",
        str(EXAMPLES / "jilin-2021.json"),
        str(three),
        str(tmp_path / "missing.json"),
        str(CORPUS / "bad-line.jsonl"),
    )
    assert code == 2
    assert err.startswith("commitments: error: ")
    output = json.loads(out)
    Draft202012Validator(SHIPPED).validate(output)
    assert output["ok"] is False
    assert output["schema"] == "https://commitments.dev/schemas/plan-1.schema.json"
    assert output["output_schema"] == VALIDATE_SCHEMA_ID == SHIPPED["$id"]
    assert output["commitments_version"] == commitments.__version__
    assert [(f["path"], f["ok"]) for f in output["files"]] == [
        (str(EXAMPLES / "jilin-2021.json"), True),
        (str(three), False),
        (str(tmp_path / "missing.json"), False),
        (str(CORPUS / "bad-line.jsonl"), False),
    ]
    assert output["files"][2]["error"] == "no such file or folder"
    assert output["files"][1]["findings"][2] == {
        "code": "schema.type",
        "severity": "error",
        "path": "/commitments",
        "message": "must be an array, not an object",
        "file": str(three),
        "line": 1,
        "column": OBJECT,
    }
    assert [f["line"] for f in output["files"][3]["findings"]] == [2, 3]


def test_json_output_of_valid_files_is_ok() -> None:
    code, out, _ = run("--format", "json", str(EXAMPLES))
    output = json.loads(out)
    Draft202012Validator(SHIPPED).validate(output)
    assert code == 0
    assert output["ok"] is True
    assert len(output["files"]) == 7


def test_the_shipped_output_schema_is_generated_and_valid() -> None:
    assert validate_output_schema() == SHIPPED
    Draft202012Validator.check_schema(SHIPPED)


def test_github_annotations(tmp_path: Path) -> None:
    path = tmp_path / "a,b.json"
    text = MINIMAL + ', "commitments": [], "x-ok": 1, "colour": 1}'
    path.write_text(text)
    column = text.index('"colour"') + 1
    code, out, _ = run("--format", "github", str(CORPUS / "utf8-bom.json"), str(path))
    assert code == 1
    escaped = str(path).replace(",", "%2C")
    assert out.splitlines() == [
        f"::warning file={CORPUS / 'utf8-bom.json'},line=1,col=1,title=encoding::the file "
        "starts with a UTF-8 byte order mark; it was ignored, but JSON has none ()",
        f"::error file={escaped},line=1,col={column},title=schema.additionalProperties::"
        'unknown key "colour" (only keys starting with x- may be added) (/colour)',
        "2 files, 1 error, 1 warning",
    ]


def test_github_escaping() -> None:
    assert escape("50%\r\nnext: a,b") == "50%25%0D%0Anext: a,b"
    assert escape("C:\\a,b%", prop=True) == "C%3A\\a%2Cb%25"


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = THREE_PROBLEMS.encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run("-", "--max-findings", "1")
    assert code == 1
    assert out.splitlines()[0].startswith(f"<stdin>:1:{COLOUR}: error schema.additionalProperties")
    assert out.splitlines()[1] == "-: 2 more findings not shown"


def test_stdin_valid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.BytesIO((EXAMPLES / "jilin-2021.json").read_bytes()))
    assert run("-") == (0, "1 file, 0 errors, 0 warnings\n", "")


def test_help_lists_validate_first() -> None:
    out = io.StringIO()
    assert main(["--help"], stdout=out) == 0
    commands = out.getvalue().split("COMMAND\n", 1)[1].split()
    assert commands[0] == "validate"


def test_safe_when_piped_into_head(tmp_path: Path) -> None:
    many = tmp_path / "many.jsonl"
    many.write_text("{}\n" * 2000)  # 8000 findings, far more than a pipe holds
    argv = ["validate", str(many)]
    script = f"import sys; from commitments.cli import main; sys.exit(main({argv!r}))"
    process = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None
    assert process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    errors = process.stderr.read()
    process.stderr.close()
    # The data has errors: the exit code says so even though the reader left early
    # (CI with ``set -o pipefail`` relies on it).
    assert process.wait(timeout=60) == 1
    assert first.startswith(f"{many}:1:1: error schema.required".encode())
    assert errors == b""


def test_the_pre_commit_hook_runs_validate_on_the_files_it_is_given() -> None:
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text()
    entry = next(line for line in hooks.splitlines() if line.strip().startswith("entry:"))
    program, command = entry.split(":", 1)[1].split()
    assert program == "commitments"
    out, err = io.StringIO(), io.StringIO()
    files = [str(path) for path in sorted(EXAMPLES.glob("*.json"))]
    assert main([command, *files], stdout=out, stderr=err) == 0
    assert main([command, str(CORPUS / "nan.json")], stdout=out, stderr=err) == 1
    assert "- id: commitments-validate" in hooks


@pytest.mark.parametrize("format_", ["text", "json", "github"])
def test_lone_surrogates_are_printed_as_escapes(tmp_path: Path, format_: str) -> None:
    path = tmp_path / "surrogate.json"
    path.write_text(MINIMAL + ', "commitments": [], "\\ud800x": 1}')
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")  # strict UTF-8, as a pipe is
    code = main(["validate", "--format", format_, str(path)], stdout=out, stderr=io.StringIO())
    assert code == 1
    out.seek(0)
    text = out.read()
    assert "\\ud800x" in text
    if format_ == "json":
        paths = [f["path"] for f in json.loads(text)["files"][0]["findings"]]
        assert paths == ["/\ud800x", "/\ud800x"]
