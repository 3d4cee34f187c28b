"""``commitments export``: write plans as ``.xlsx`` workbooks or folders of CSV files."""

import argparse
from pathlib import Path

from commitments.cli._console import Console
from commitments.cli._errors import EXIT_FINDINGS, EXIT_OK, CommandError, os_reason

__all__ = ["add_parser", "run"]


def add_parser(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register the ``export`` subcommand."""
    parser = subparsers.add_parser(
        "export",
        help="write plans as spreadsheets (.xlsx or CSV) to edit by hand",
        description="Write each plan as an .xlsx workbook (or, with --format csv, a folder of "
        "CSV files, one per sheet) that 'commitments import' reads back as the same plan. "
        "With one plan, OUT is the workbook (or folder); with several, OUT is a folder that "
        "gets one per plan, named after its file. Exit 0 when written, 1 when a plan is "
        "invalid or does not fit in a spreadsheet, 2 for a usage error or a path that cannot "
        "be read or written.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PLAN", help="a .json or .jsonl file, or a folder"
    )
    parser.add_argument("--format", choices=("xlsx", "csv"), default="xlsx", help="default xlsx")
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", type=Path, help="where to write"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    """Export the plans."""
    from commitments.cli._plans import read_plans
    from commitments.model.findings import CommitmentsError
    from commitments.sheets import export_csv, export_workbook

    plans = read_plans(args.paths)
    write = export_csv if args.format == "csv" else export_workbook
    suffix = "" if args.format == "csv" else ".xlsx"
    targets: list[Path] = [args.output]
    if len(plans) > 1:
        names = [
            Path(read.file or "plan").stem + (f"-{read.line}" if read.line > 1 else "")
            for read in plans
        ]
        targets = [args.output / f"{name}{suffix}" for name in names]
        if len(set(targets)) < len(targets):
            targets = [args.output / f"{name}-{n}{suffix}" for n, name in enumerate(names, 1)]
    try:
        if len(plans) > 1:
            args.output.mkdir(parents=True, exist_ok=True)
        for read, target in zip(plans, targets, strict=True):
            write(read.plan, target)
            console.err.write(f"wrote {target}\n")
    except CommitmentsError as error:
        raise CommandError(f"cannot export {read.file}: {error}", code=EXIT_FINDINGS) from error
    except OSError as error:
        raise CommandError(
            f"cannot write {error.filename or target}: {os_reason(error)}"
        ) from error
    return EXIT_OK
