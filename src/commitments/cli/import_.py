"""``commitments import``: read a plan from a workbook, CSV files or a single sheet of commitments.

(The module is ``import_`` because ``import`` is a Python keyword; the command is ``import``.)
"""

import argparse

from commitments.cli._console import Console
from commitments.cli._errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, CommandError, os_reason

__all__ = ["add_parser", "run"]


def _year(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a year such as 2021: {text!r}")
    return int(text)


def add_parser(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register the ``import`` subcommand."""
    parser = subparsers.add_parser(
        "import",
        help="read a plan from a spreadsheet (.xlsx or CSV)",
        description="Read a plan from an .xlsx workbook, a folder of CSV files or CSV files "
        "(each a sheet named after the file), as 'commitments export' writes them; or from a "
        "single sheet of commitments, one row each, with the plan's year and jurisdiction "
        "from the options. Every finding names its cell (commitments!F14) and the JSON "
        "Pointer of its value. A plan with errors is never written. Exit 0 when written "
        "(warnings may be shown), 1 for errors, 2 for a usage error or a file that is no "
        "readable workbook.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="SHEET", help="an .xlsx file, a folder, or .csv files"
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT.json", help="where to write the plan (default: print it)"
    )
    parser.add_argument(
        "--year", type=_year, metavar="YEAR", help="the plan year, for a sheet that lacks it"
    )
    parser.add_argument(
        "--jurisdiction", metavar="NAME", help="the jurisdiction's name, for a sheet that lacks it"
    )
    parser.add_argument(
        "--jurisdiction-code",
        metavar="CODE",
        help="the jurisdiction's code (such as CN-JL), likewise",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    """Import the plan, report every finding, and write the plan when it has no error."""
    from commitments.io import dump
    from commitments.sheets import MissingExtra, read_workbook
    from commitments.sheets.findings import UNREADABLE

    try:
        plan, report = read_workbook(
            args.paths,
            jurisdiction=args.jurisdiction,
            jurisdiction_code=args.jurisdiction_code,
            year=args.year,
        )
    except MissingExtra as error:
        raise CommandError(str(error)) from error
    console.err.writelines(f"{finding}\n" for finding in report.findings)
    if plan is None:
        unreadable = any(finding.code == UNREADABLE for finding in report.findings)
        return EXIT_USAGE if unreadable else EXIT_FINDINGS
    try:
        dump(plan, args.output or console.out)
    except OSError as error:
        raise CommandError(f"cannot write {args.output}: {os_reason(error)}") from error
    if args.output:
        console.err.write(f"wrote {args.output}\n")
    return EXIT_OK
