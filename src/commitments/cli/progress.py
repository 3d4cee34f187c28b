"""``commitments progress``: how far along each commitment is, and each group of them."""

import argparse
import datetime
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from commitments.cli._console import Console
from commitments.cli._errors import EXIT_FINDINGS, EXIT_OK, CommandError
from commitments.cli._jobs import add_jobs_option, default_jobs
from commitments.cli._options import (
    add_csv_options,
    add_format_option,
    add_language_option,
    check_csv_options,
)

if TYPE_CHECKING:
    from commitments.analysis.summary import Summary
    from commitments.cli._plans import ReadPlan

__all__ = ["GROUP_BY", "WRITER_BY_NAME", "add_parser", "run"]

# commitments.analysis.summary.GROUP_BY, repeated so that building the parser stays cheap.
GROUP_BY = ("category", "owner", "year", "jurisdiction")


_TERMS = """terms:
  done        (c - b) / (t - b): how much of the way from the baseline b to the
              target t the current value c has come, never clamped. c is the
              latest evidence on or before the date: an observed figure, the
              target under a "completed" claim with no figure (marked *), or b.
  pace        the share of the period (baseline date or 1 January, to the due
              date) elapsed at the date: where "done" should be by now.
  assessment  the first that applies: cancelled / deferred (status); achieved;
              missed (status or latest claim says so); unreported (nothing
              reported at all); missed (due date passed short of the target);
              pace_unknown (a level without baseline); not_started (done <= 0);
              on_track (done within 10 points of pace); ahead; behind.
  totals      fulfilment is achieved over reported commitments; unreported ones
              are counted apart; amounts add up only within one unit dimension
              and one metric name; a commitment read from two files counts once.
"""


def _date(text: str) -> datetime.date:
    problem = argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}")
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        raise problem
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise problem from None


def _summary(
    reads: "Sequence[ReadPlan]", as_of: datetime.date, args: argparse.Namespace
) -> "Summary":
    from commitments.analysis.summary import summarize

    return summarize([(r.file, r.plan) for r in reads], by=args.by, as_of=as_of)


def _text(reads: "Sequence[ReadPlan]", as_of: datetime.date, args: argparse.Namespace) -> str:
    from commitments.render.progress import render_text

    summary = _summary(reads, as_of, args)
    return render_text(summary, as_of=as_of.isoformat(), languages=args.lang)


def _json(reads: "Sequence[ReadPlan]", as_of: datetime.date, args: argparse.Namespace) -> str:
    from commitments.convert._json_text import write_json
    from commitments.outputs._progress_json import progress_report, report_json

    report = progress_report(_summary(reads, as_of, args), as_of=as_of)
    return write_json(report_json(report)) + "\n"


def _csv(reads: "Sequence[ReadPlan]", as_of: datetime.date, args: argparse.Namespace) -> str:
    """Write the progress table's CSV: one row per commitment (``--by`` does not apply)."""
    from commitments.tables import FiledPlan, progress_table

    table = progress_table([FiledPlan(r.file, r.plan) for r in reads], as_of=as_of, lang=args.lang)
    return table.to_csv(raw=args.raw, bom=args.bom) or ""


#: The output formats by name (``--format``; the first is the default): each writes
#: the plans read, measured at a date, as the command's options ask.
WRITER_BY_NAME: dict[
    str, Callable[["Sequence[ReadPlan]", datetime.date, argparse.Namespace], str]
] = {
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
        epilog=_TERMS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
    add_csv_options(parser)
    add_jobs_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    """Read the plans, measure them and write the result."""
    from commitments.cli._plans import read_plans
    from commitments.model.findings import CommitmentsError

    check_csv_options(args)
    reads = read_plans(args.paths, jobs=args.jobs or default_jobs())
    if not reads:
        raise CommandError(f"no plan documents (.json or .jsonl files) in {' '.join(args.paths)}")
    as_of: datetime.date = args.as_of or datetime.date.today()
    try:
        output = WRITER_BY_NAME[args.format](reads, as_of, args)
    except CommitmentsError as error:  # only for data the validator let through
        raise CommandError(str(error), code=EXIT_FINDINGS) from error
    console.out.write(output)
    return EXIT_OK
