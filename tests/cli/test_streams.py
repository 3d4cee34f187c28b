"""Standard streams closed, full or gone: exit 2 and one message, never a traceback.

A closed standard stream is what a shell's ``<&-``, ``>&-`` or ``2>&-`` gives: the
program starts with the file descriptor closed, so these run real processes.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES

PLAN = EXAMPLES / "jilin-2021.json"
SCRIPT = "import sys; from commitments.cli import main; sys.exit(main())"


def commitments(*argv: str, shell: str = "", stdin: bytes | None = None) -> tuple[int, str, str]:
    """Run the command line in a new process, with ``shell`` redirections (``<&-`` …)."""
    command = [sys.executable, "-c", SCRIPT, *argv]
    done = subprocess.run(
        ["sh", "-c", f'exec "$@" {shell}', "sh", *command],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )
    return done.returncode, done.stdout.decode(), done.stderr.decode()


def test_validate_with_standard_input_closed() -> None:
    code, out, err = commitments("validate", "-", shell="<&-")
    assert (code, err) == (2, "commitments: error: -: standard input is closed\n")
    assert out == "0 files, 0 errors, 0 warnings, 1 unreadable path\n"


@pytest.mark.parametrize(
    "argv", [("progress", "-"), ("history", "-"), ("diff", "-", str(PLAN))], ids=lambda a: a[0]
)
def test_plans_from_a_closed_standard_input(argv: tuple[str, ...]) -> None:
    assert commitments(*argv, shell="<&-") == (
        2,
        "",
        "commitments: error: cannot read -: standard input is closed\n",
    )


@pytest.mark.parametrize(
    "argv", [("validate", str(EXAMPLES)), ("progress", str(PLAN)), ("--help",)], ids=lambda a: a[0]
)
def test_a_closed_standard_output_is_an_error(argv: tuple[str, ...]) -> None:
    assert commitments(*argv, shell=">&-") == (
        2,
        "",
        "commitments: error: cannot write to standard output: it is closed\n",
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_full_device_is_an_error_and_python_stays_quiet_at_exit() -> None:
    code, _, err = commitments("validate", str(EXAMPLES), shell=">/dev/full")
    assert code == 2
    # Nothing else: Python's own flush at exit finds nothing left to complain about.
    assert err == "commitments: error: cannot write to standard output: No space left on device\n"


def test_a_closed_standard_error_fails_a_command_that_has_something_to_say() -> None:
    code, out, _ = commitments("validate", "missing.json", shell="2>&-")
    assert code == 2  # was 1: a traceback that had nowhere to go
    assert out == "0 files, 0 errors, 0 warnings, 1 unreadable path\n"
    code, _, _ = commitments("progress", "missing.json", shell="2>&-")
    assert code == 2


def test_a_closed_standard_error_is_no_failure_when_there_is_nothing_to_say() -> None:
    code, out, _ = commitments("validate", str(EXAMPLES), shell="2>&-")
    assert (code, out) == (0, "7 files, 0 errors, 0 warnings\n")


def test_a_standard_error_whose_reader_has_gone_exits_2() -> None:
    # The program reads standard input first, so the reader of its standard error
    # is surely gone before it has a message to write there.
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, "validate", "-", "missing.json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None
    assert process.stdout is not None
    assert process.stderr is not None
    process.stderr.close()
    process.stdin.write(PLAN.read_bytes())
    process.stdin.close()
    out = process.stdout.read()
    process.stdout.close()
    assert process.wait(timeout=120) == 2  # was 1: a BrokenPipeError traceback
    assert out == b"1 file, 0 errors, 0 warnings, 1 unreadable path\n"
