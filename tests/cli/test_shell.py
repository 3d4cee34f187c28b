"""The command line shell: version, help, usage errors."""

import io

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
    for module in COMMANDS:
        assert f"    {module.rstrip('_')} " in out  # cli/import_.py is the command import


@pytest.mark.parametrize("argv", [(), ("frobnicate",), ("validate",), ("diff", "one.json")])
def test_usage_errors_exit_2_with_a_message_and_no_traceback(argv: tuple[str, ...]) -> None:
    code, out, err = run(*argv)
    assert (code, out) == (2, "")
    assert "error:" in err
    assert "Traceback" not in err
