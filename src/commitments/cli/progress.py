"""``commitments progress``: how far along each commitment is, and each group of them."""

import argparse
import datetime
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from commitments.cli._console import Console
from commitments.cli._errors import EXIT_FINDINGS, EXIT_OK, CommandError
from commitments.cli._options import add_format_option, add_language_option

if TYPE_CHECKING:
    from commitments.analysis.summary import Summary

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
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    """Read the plans, measure them and write the result."""
    from commitments.analysis.summary import summarize
    from commitments.cli._plans import read_plans
    from commitments.model.findings import CommitmentsError

    plans = [(read.file, read.plan) for read in read_plans(args.paths)]
    if not plans:
        raise CommandError(f"no plan documents (.json or .jsonl files) in {' '.join(args.paths)}")
    as_of: datetime.date = args.as_of or datetime.date.today()
    try:
        summary = summarize(plans, by=args.by, as_of=as_of)
    except CommitmentsError as error:  # only for data the validator let through
        raise CommandError(str(error), code=EXIT_FINDINGS) from error
    console.out.write(WRITER_BY_NAME[args.format](summary, as_of, args.lang))
    return EXIT_OK
