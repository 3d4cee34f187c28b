"""``commitments diff``: what changed from one plan to the next, as a changelog or JSON."""

import argparse

from commitments.cli._console import EXIT_USAGE, Console, add_language_option
from commitments.outputs.provenance import with_provenance

__all__ = ["add_parser", "run"]


def add_parser(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register the ``diff`` subcommand."""
    parser = subparsers.add_parser(
        "diff",
        help="show what changed from one plan to the next",
        description="Compare two plans (usually one year's and the next, or two versions "
        "of one year's): commitments added, dropped, raised, lowered, carried over "
        "unachieved, otherwise changed, and possible renames (SPEC §5).",
    )
    parser.add_argument("old", metavar="OLD", help="the earlier plan (.json, or .jsonl of one)")
    parser.add_argument("new", metavar="NEW", help="the later plan")
    parser.add_argument(
        "--format", choices=("text", "json", "markdown"), default="text", help="output format"
    )
    add_language_option(parser, outputs="text and Markdown")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    """Read both plans, compare them and write the result."""
    from commitments.analysis.diff import diff, with_file
    from commitments.cli._plans import read_plans
    from commitments.convert._json_text import write_json
    from commitments.outputs.diff import DIFF_SCHEMA_ID, diff_json
    from commitments.render.diff import render_markdown, render_text

    paths = (args.old, args.new)
    reads = [read_plans([path], console) for path in paths]
    failures = [read for read in reads if isinstance(read, int)]
    if failures:  # both sides reported; an unreadable path outranks invalid data
        return max(failures)
    sides = []
    for path, read in zip(paths, reads, strict=True):
        if isinstance(read, int) or len(read) != 1:
            count = read if isinstance(read, int) else len(read)
            console.error(f"{path} holds {count} plans; diff compares one plan with one")
            return EXIT_USAGE
        sides.append(read[0])
    old, new = sides
    result = with_file(diff(old.plan, new.plan), old_file=old.file, new_file=new.file)
    if args.format == "json":
        output = with_provenance(diff_json(result), DIFF_SCHEMA_ID)
        console.out.write(write_json(output) + "\n")
    elif args.format == "markdown":
        console.out.write(render_markdown(result, old.plan, new.plan, languages=args.lang))
    else:
        console.out.write(render_text(result, old.plan, new.plan, languages=args.lang))
    return 0
