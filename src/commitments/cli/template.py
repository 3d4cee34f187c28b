"""``commitments template``: write an empty plan workbook to fill in."""

import argparse
from pathlib import Path

from commitments.cli._console import Console
from commitments.cli._errors import EXIT_OK, CommandError, os_reason

__all__ = ["add_parser", "run"]


def add_parser(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register the ``template`` subcommand."""
    parser = subparsers.add_parser(
        "template",
        help="write an empty plan workbook to fill in",
        description="Write an empty plan workbook (.xlsx, or with --format csv a folder of CSV "
        "files): every sheet with its header row, drop-down lists for the columns of a few "
        "values, and a README sheet explaining each column. 'commitments import' reads it "
        "back once filled in.",
    )
    parser.add_argument("--format", choices=("xlsx", "csv"), default="xlsx", help="default xlsx")
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", type=Path, help="where to write"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    """Write the template."""
    from commitments.sheets import write_template

    try:
        write_template(args.output, csv=args.format == "csv")
    except OSError as error:
        where = error.filename or args.output
        raise CommandError(f"cannot write {where}: {os_reason(error)}") from error
    console.err.write(f"wrote {args.output}\n")
    return EXIT_OK
