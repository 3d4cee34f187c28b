"""``commitments history``: plans over the years, per jurisdiction and commitment."""

import argparse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from commitments.cli._console import Console
from commitments.cli._errors import EXIT_OK
from commitments.cli._options import (
    add_csv_options,
    add_format_option,
    add_language_option,
    check_csv_options,
)

if TYPE_CHECKING:
    from commitments.analysis.history import History
    from commitments.cli._plans import ReadPlan

__all__ = ["WRITER_BY_NAME", "add_parser", "run"]


def _history(reads: "Sequence[ReadPlan]") -> "History":
    from commitments.analysis.history import History

    return History((r.file, r.plan) for r in reads)


def _text(reads: "Sequence[ReadPlan]", args: argparse.Namespace) -> str:
    from commitments.render.history import render_text

    return render_text(_history(reads), languages=args.lang)


def _json(reads: "Sequence[ReadPlan]", args: argparse.Namespace) -> str:
    from commitments.convert._json_text import write_json
    from commitments.outputs.history import HISTORY_SCHEMA_ID, history_json
    from commitments.outputs.provenance import with_provenance

    return write_json(with_provenance(history_json(_history(reads)), HISTORY_SCHEMA_ID)) + "\n"


def _csv(reads: "Sequence[ReadPlan]", args: argparse.Namespace) -> str:
    """Write the history table's CSV: one row per commitment per plan year."""
    from commitments.tables import FiledPlan, history_table

    table = history_table([FiledPlan(r.file, r.plan) for r in reads], lang=args.lang)
    return table.to_csv(raw=args.raw, bom=args.bom) or ""


#: The output formats by name (``--format``; the first is the default): each writes
#: the history of the plans read, as the command's options ask.
WRITER_BY_NAME: dict[str, Callable[["Sequence[ReadPlan]", argparse.Namespace], str]] = {
    "text": _text,
    "json": _json,
    "csv": _csv,
}


def add_parser(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register the ``history`` subcommand."""
    parser = subparsers.add_parser(
        "history",
        help="show commitments over the years: targets, results, fulfilment",
        description="Read plans of one or more jurisdictions over several years: "
        "per commitment id its targets, latest values, achievement and statuses by year, "
        "recurring commitments and their target trend, and the fulfilment rate per year "
        "and per category per year. Jurisdictions are kept apart "
        '(see "Diffs and histories" in the documentation).',
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="a plan file, .jsonl, folder of them, or -"
    )
    add_format_option(parser, WRITER_BY_NAME)
    add_language_option(parser, outputs="text and CSV")
    add_csv_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    """Read the plans, build their history and write it."""
    from commitments.cli._plans import read_plans

    check_csv_options(args)
    console.out.write(WRITER_BY_NAME[args.format](read_plans(args.paths), args))
    return EXIT_OK
