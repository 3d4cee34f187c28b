"""``commitments progress``: how far along each commitment is, and each group of them."""

import argparse
import datetime

from commitments.cli._console import EXIT_FINDINGS, EXIT_USAGE, Console, add_language_option
from commitments.cli._plans import read_plans
from commitments.model._patterns import DATE_TEXT

__all__ = ["add_parser", "run"]

# commitments.analysis.summary.GROUP_BY, repeated so that building the parser stays cheap.
GROUP_BY = ("category", "owner", "year", "jurisdiction")


def _date(text: str) -> datetime.date:
    problem = argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}")
    if not DATE_TEXT.fullmatch(text):
        raise problem
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise problem from None


def add_parser(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register the ``progress`` subcommand."""
    parser = subparsers.add_parser(
        "progress",
        help="show how far along each commitment is, and each group of them",
        description="Measure every commitment of the plans at a date (SPEC §4): the "
        "fraction delivered, the pace expected by then, the verdict, and per group the "
        "count, achievements, fulfilment rate, mean progress and amounts.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a plan file, .jsonl or folder")
    parser.add_argument(
        "--as-of", type=_date, metavar="DATE", help="measure at DATE (YYYY-MM-DD; default today)"
    )
    parser.add_argument("--by", choices=GROUP_BY, help="group the commitments (default: none)")
    parser.add_argument(
        "--format", choices=("text", "json", "csv"), default="text", help="output format"
    )
    add_language_option(parser, outputs="text and CSV")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    """Read the plans, measure them and write the result."""
    from commitments.analysis.summary import summarize
    from commitments.convert._json_text import write_json
    from commitments.model.findings import CommitmentsError
    from commitments.outputs._progress_json import progress_report, report_json
    from commitments.render.progress import render_csv, render_text

    read = read_plans(args.paths, console)
    if isinstance(read, int):
        return read
    if not read:
        console.error(f"no plan documents (.json or .jsonl files) in {' '.join(args.paths)}")
        return EXIT_USAGE
    plans = [r.plan for r in read]
    as_of: datetime.date = args.as_of or datetime.date.today()
    try:
        summary = summarize(plans, by=args.by, as_of=as_of)
    except CommitmentsError as error:  # only for data the validator let through
        console.error(str(error))
        return EXIT_FINDINGS
    if args.format == "text":
        console.out.write(render_text(summary, as_of=as_of.isoformat(), languages=args.lang))
        return 0
    report = progress_report(summary, as_of=as_of)
    if args.format == "csv":
        console.out.write(render_csv(report, languages=args.lang))
    else:
        console.out.write(write_json(report_json(report)) + "\n")
    return 0
