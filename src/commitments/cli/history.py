"""``commitments history``: plans over the years, per jurisdiction and commitment."""

import argparse

from commitments.cli._console import Console, add_language_option
from commitments.outputs.provenance import with_provenance

__all__ = ["add_parser", "run"]


def add_parser(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register the ``history`` subcommand."""
    parser = subparsers.add_parser(
        "history",
        help="show commitments over the years: targets, results, fulfilment",
        description="Read plans of one or more jurisdictions over several years (SPEC §5): "
        "per commitment id its targets, latest values, achievement and statuses by year, "
        "recurring commitments and their target trend, and the fulfilment rate per year "
        "and per category per year. Jurisdictions are kept apart.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="a plan file, .jsonl or folder of them"
    )
    parser.add_argument(
        "--format", choices=("text", "json", "csv"), default="text", help="output format"
    )
    add_language_option(parser, outputs="text and CSV")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    """Read the plans, build their history and write it."""
    from commitments.analysis.history import History
    from commitments.cli._plans import read_plans
    from commitments.convert._json_text import write_json
    from commitments.outputs.history import HISTORY_SCHEMA_ID, history_json
    from commitments.render.history import render_csv, render_text

    read = read_plans(args.paths, console)
    if isinstance(read, int):
        return read
    history = History(r.plan for r in read)
    if args.format == "json":
        output = with_provenance(history_json(history), HISTORY_SCHEMA_ID)
        console.out.write(write_json(output) + "\n")
    elif args.format == "csv":
        console.out.write(render_csv(history, languages=args.lang))
    else:
        console.out.write(render_text(history, languages=args.lang))
    return 0
