"""``commitments history``: plans over the years, per jurisdiction and commitment."""

import argparse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from commitments.cli._console import Console
from commitments.cli._errors import EXIT_OK
from commitments.cli._options import add_format_option, add_language_option
from commitments.outputs.provenance import with_provenance

if TYPE_CHECKING:
    from commitments.analysis.history import History

__all__ = ["WRITER_BY_NAME", "add_parser", "run"]


def _text(history: "History", languages: Sequence[str]) -> str:
    from commitments.render.history import render_text

    return render_text(history, languages=languages)


def _json(history: "History", languages: Sequence[str]) -> str:
    from commitments.convert._json_text import write_json
    from commitments.outputs.history import HISTORY_SCHEMA_ID, history_json

    return write_json(with_provenance(history_json(history), HISTORY_SCHEMA_ID)) + "\n"


def _csv(history: "History", languages: Sequence[str]) -> str:
    from commitments.render.history import render_csv

    return render_csv(history, languages=languages)


#: The output formats by name (``--format``; the first is the default): each writes
#: a history, its titles in the preferred languages where the format has titles.
WRITER_BY_NAME: dict[str, Callable[["History", Sequence[str]], str]] = {
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
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    """Read the plans, build their history and write it."""
    from commitments.analysis.history import History
    from commitments.cli._plans import read_plans

    history = History((read.file, read.plan) for read in read_plans(args.paths))
    console.out.write(WRITER_BY_NAME[args.format](history, args.lang))
    return EXIT_OK
