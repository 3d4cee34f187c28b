"""The ``commitments`` command line: a thin shell over the public API.

``main(argv)`` parses the arguments and hands them to one module of
:mod:`commitments.cli`, which calls the library and renders its result.
Exit codes: 0 success, 1 findings with errors (or warnings under ``--strict``),
2 usage error, unreadable input or output that cannot be written. No traceback
reaches the user: a command that cannot go on raises
:class:`~commitments.cli._errors.CommandError`, which :func:`main` catches and
reports as one clear message with the right code.
"""

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from commitments.cli._console import Console, GuardedStream
from commitments.cli._errors import EXIT_USAGE, CommandError

__all__ = ["COMMANDS", "build_parser", "main"]

#: The subcommands, in the order ``--help`` lists them, by module.
COMMANDS: tuple[str, ...] = (
    "validate",
    "progress",
    "diff",
    "history",
    "schema",
    "extract",
    "export",
    "import_",
    "template",
    "upgrade",
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


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Build the argument parser: with every subcommand, or with ``command``'s alone.

    Args:
        command: The name of the one subcommand to register (the command being
            run: its module alone is imported, which keeps start-up short), or
            ``None`` for all of them (``--help`` lists every command).
    """
    parser = argparse.ArgumentParser(
        prog="commitments",
        description="Validate, measure and compare public commitments (format 1.x).",
    )
    parser.add_argument("--version", action=_VersionAction)
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS if command is None else (_MODULES[command],):
        module = importlib.import_module(f"commitments.cli.{name}")
        module.add_parser(subparsers)
    return parser


#: The module of each subcommand, by the name typed (``import`` is a keyword in Python).
_MODULES = {name.removesuffix("_"): name for name in COMMANDS}


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
    out = GuardedStream(sys.stdout if stdout is None else stdout)
    err = GuardedStream(sys.stderr if stderr is None else stderr)
    console = Console(out=out.as_text_io(), err=err.as_text_io())
    code = _run(argv, console)
    out.flush()
    if out.failure is not None:
        console.error(f"cannot write to standard output: {out.failure}")
        code = EXIT_USAGE
    err.flush()
    if err.lost:  # a message may not have reached anyone: never a success
        code = EXIT_USAGE
    for stream in (out, err):
        if stream.lost:
            _stop_python_writing(stream)
    return code


def _run(argv: Sequence[str] | None, console: Console) -> int:
    """Parse the arguments and run the command; every error it raises ends here."""
    try:
        with contextlib.redirect_stdout(console.out), contextlib.redirect_stderr(console.err):
            words = sys.argv[1:] if argv is None else list(argv)
            # A known command first: its parser alone (a usage error says the same).
            command = words[0] if words and words[0] in _MODULES else None
            args = build_parser(command).parse_args(words)
    except SystemExit as exit_:  # argparse exits on --help, --version and usage errors
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        code: int = args.run(args, console)
    except CommandError as error:
        console.report(error)
        return error.code
    except KeyboardInterrupt:
        console.error("interrupted")
        return 130
    return code


def _stop_python_writing(stream: GuardedStream) -> None:
    """Point a lost standard stream at the null device, so that Python's flush at exit stays quiet.

    Otherwise, with ``| head``, Python would flush what is left at exit, fail,
    complain on standard error and change the exit code.
    """
    if stream.stream is None or stream.stream not in (sys.stdout, sys.stderr):
        return  # a stream the caller gave: theirs to handle
    with contextlib.suppress(OSError, ValueError):  # ValueError: a Python file that was closed
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.stream.fileno())
        os.close(devnull)
