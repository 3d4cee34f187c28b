"""``commitments progress``: how far along each commitment is, and each group of them."""

import argparse
import datetime
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from commitments.cli._console import Console
from commitments.cli._errors import EXIT_FINDINGS, EXIT_OK, CommandError
from commitments.cli._jobs import add_jobs_option, default_jobs
from commitments.cli._options import add_format_option, add_language_option

if TYPE_CHECKING:
    from commitments.analysis.summary import Summary

__all__ = ["GROUP_BY", "WRITER_BY_NAME", "add_parser", "run"]

# commitments.analysis.summary.GROUP_BY, repeated so that building the parser stays cheap.
GROUP_BY = ("category", "owner", "year", "jurisdiction")


def _date(text: str) -> datetime.date:
    problem = argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}")
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        raise problem
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise problem from None


def _text(summary: "Summary", as_of: datetime.date, languages: Sequence[str]) -> str:
    from commitments.render.progress import render_text

    return render_text(summary, as_of=as_of.isoformat(), languages=languages)


def _json(summary: "Summary", as_of: datetime.date, languages: Sequence[str]) -> str:
    from commitments.convert._json_text import write_json
    from commitments.outputs._progress_json import progress_report, report_json

    return write_json(report_json(progress_report(summary, as_of=as_of))) + "\n"


def _csv(summary: "Summary", as_of: datetime.date, languages: Sequence[str]) -> str:
    from commitments.outputs._progress_json import progress_report
    from commitments.render.progress import render_csv

    return render_csv(progress_report(summary, as_of=as_of), languages=languages)


#: The output formats by name (``--format``; the first is the default): each writes
#: a summary measured at a date, titles in the preferred languages where it has titles.
WRITER_BY_NAME: dict[str, Callable[["Summary", datetime.date, Sequence[str]], str]] = {
    "text": _text,
    "json": _json,
    "csv": _csv,
}


def add_parser(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register the ``progress`` subcommand."""
    parser = subparsers.add_parser(
        "progress",
        help="show how far along each commitment is, and each group of them",
        description="Measure every commitment of the plans at a date: the "
        "fraction delivered, the pace expected by then, the verdict, and per group the "
        "count, achievements, fulfilment rate, mean progress and amounts "
        '(see "Progress and summaries" in the documentation).',
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="a plan file, .jsonl, folder, or -"
    )
    parser.add_argument(
        "--as-of", type=_date, metavar="DATE", help="measure at DATE (YYYY-MM-DD; default today)"
    )
    parser.add_argument("--by", choices=GROUP_BY, help="group the commitments (default: none)")
    add_format_option(parser, WRITER_BY_NAME)
    add_language_option(parser, outputs="text and CSV")
    add_jobs_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    """Read the plans, measure them and write the result."""
    from commitments.analysis.summary import summarize
    from commitments.cli._plans import read_plans
    from commitments.model.findings import CommitmentsError

    plans = [read.plan for read in read_plans(args.paths, jobs=args.jobs or default_jobs())]
    if not plans:
        raise CommandError(f"no plan documents (.json or .jsonl files) in {' '.join(args.paths)}")
    as_of: datetime.date = args.as_of or datetime.date.today()
    try:
        summary = summarize(plans, by=args.by, as_of=as_of)
    except CommitmentsError as error:  # only for data the validator let through
        raise CommandError(str(error), code=EXIT_FINDINGS) from error
    console.out.write(WRITER_BY_NAME[args.format](summary, as_of, args.lang))
    return EXIT_OK
