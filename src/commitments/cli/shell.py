"""The ``commitments`` command line: a thin shell over the public API.

``main(argv)`` parses the arguments and hands them to one module of
:mod:`commitments.cli`, which calls the library and renders its result.
Exit codes: 0 success, 1 findings with errors (or warnings under ``--strict``),
2 usage error or unreadable input. No traceback reaches the user: a bad input
gives one clear message and the right code.
"""

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from commitments.cli._console import EXIT_USAGE, Console, ReaderSafeStream

__all__ = ["COMMANDS", "build_parser", "main"]

#: The subcommands, in the order ``--help`` lists them, by module.
COMMANDS: tuple[str, ...] = (
    "validate",
    "progress",
    "diff",
    "history",
    "schema",
    "export",
    "import_",
    "template",
)


def _version() -> str:
    from commitments import __version__

    return __version__


class _VersionAction(argparse.Action):
    """``--version`` that reads the version only when asked (start-up stays fast)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        sys.stdout.write(f"commitments {_version()}\n")  # stdout, as argparse's own does
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="commitments",
        description="Validate, measure and compare public commitments (format 1.x).",
    )
    parser.add_argument("--version", action=_VersionAction)
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"commitments.cli.{name}")
        module.add_parser(subparsers)
    return parser


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None
) -> int:
    """Run the command line.

    Args:
        argv: The arguments after the program name (default ``sys.argv[1:]``).
        stdout: Where results go (default ``sys.stdout``).
        stderr: Where messages go (default ``sys.stderr``).

    Returns:
        The exit code.
    """
    out = ReaderSafeStream(stdout or sys.stdout)
    console = Console(out=out.as_text_io(), err=stderr or sys.stderr)
    parser = build_parser()
    try:
        with contextlib.redirect_stdout(console.out), contextlib.redirect_stderr(console.err):
            args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse exits on --help, --version and usage errors
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        code: int = args.run(args, console)
        out.flush()
    except KeyboardInterrupt:
        console.error("interrupted")
        return 130
    if out.reader_gone and out.stream is sys.stdout:
        # The reader went away (``| head``): keep Python from complaining when it
        # flushes stdout at exit. The exit code still tells what the command found.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return code
