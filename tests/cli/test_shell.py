"""The command line shell: version, help, usage errors."""

import io
from pathlib import Path

import pytest

import commitments
from commitments.cli.shell import COMMANDS, main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_version_goes_to_stdout() -> None:
    assert run("--version") == (0, f"commitments {commitments.__version__}\n", "")


def test_help_lists_every_command() -> None:
    code, out, err = run("--help")
    assert (code, err) == (0, "")
    for module in COMMANDS:  # a module named after a keyword ends in "_" (import_)
        assert f"    {module.rstrip('_')} " in out


@pytest.mark.parametrize("argv", [(), ("frobnicate",), ("validate",), ("diff", "one.json")])
def test_usage_errors_exit_2_with_a_message_and_no_traceback(argv: tuple[str, ...]) -> None:
    code, out, err = run(*argv)
    assert (code, out) == (2, "")
    assert "error:" in err
    assert "Traceback" not in err


class Failing(io.StringIO):
    """A stream whose writes fail as a full disk's or a gone reader's do."""

    def __init__(self, error: OSError) -> None:
        super().__init__()
        self.error = error

    def write(self, text: str) -> int:
        raise self.error


def test_a_failing_standard_output_is_one_message_and_exit_2() -> None:
    err = io.StringIO()
    code = main(["schema"], stdout=Failing(OSError(28, "No space left on device")), stderr=err)
    assert (code, err.getvalue()) == (
        2,
        "commitments: error: cannot write to standard output: No space left on device\n",
    )
    closed = io.StringIO()
    closed.close()
    err = io.StringIO()
    assert main(["schema"], stdout=closed, stderr=err) == 2
    assert err.getvalue() == (
        "commitments: error: cannot write to standard output: I/O operation on closed file\n"
    )


def test_a_reader_leaving_standard_output_keeps_the_exit_code() -> None:
    assert main(["schema"], stdout=Failing(BrokenPipeError()), stderr=io.StringIO()) == 0


@pytest.mark.parametrize("error", [BrokenPipeError(), OSError(5, "Input/output error")])
def test_a_message_that_cannot_be_written_is_exit_2(error: OSError, tmp_path: Path) -> None:
    argv = ["schema", "--output", str(tmp_path)]  # says "wrote …" on standard error
    assert main(argv, stdout=io.StringIO(), stderr=io.StringIO()) == 0
    assert main(argv, stdout=io.StringIO(), stderr=Failing(error)) == 2


def test_a_closed_standard_input_object(monkeypatch: pytest.MonkeyPatch) -> None:
    closed = io.TextIOWrapper(io.BytesIO(b"{}"))
    closed.close()
    monkeypatch.setattr("sys.stdin", closed)
    assert run("progress", "-") == (
        2,
        "",
        "commitments: error: cannot read -: standard input is closed\n",
    )
    monkeypatch.setattr("sys.stdin", None)
    assert run("history", "-") == (
        2,
        "",
        "commitments: error: cannot read -: standard input is closed\n",
    )


def test_an_interrupt_is_one_message_and_exit_130(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("commitments.outputs.schemas.shipped_schemas", interrupted)
    monkeypatch.setattr("commitments.schema.build_schema", interrupted)
    assert run("schema") == (130, "", "commitments: error: interrupted\n")
