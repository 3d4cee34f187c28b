"""``commitments diff``: what changed from one plan to the next, as a changelog or JSON."""

import argparse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from commitments.cli._console import Console, stdin_at_most_once
from commitments.cli._errors import EXIT_OK, CommandError
from commitments.cli._options import add_format_option, add_language_option

if TYPE_CHECKING:
    from commitments.analysis.diff import PlanDiff
    from commitments.cli._plans import ReadPlan
    from commitments.model.plan import Plan

__all__ = ["WRITER_BY_NAME", "add_parser", "run"]


def _text(result: "PlanDiff", old: "Plan", new: "Plan", languages: Sequence[str]) -> str:
    from commitments.render.diff import render_text

    return render_text(result, old, new, languages=languages)


def _json(result: "PlanDiff", old: "Plan", new: "Plan", languages: Sequence[str]) -> str:
    from commitments.convert._json_text import write_json
    from commitments.outputs.diff import DIFF_SCHEMA_ID, diff_json
    from commitments.outputs.provenance import with_provenance

    return write_json(with_provenance(diff_json(result), DIFF_SCHEMA_ID)) + "\n"


def _markdown(result: "PlanDiff", old: "Plan", new: "Plan", languages: Sequence[str]) -> str:
    from commitments.render.diff import render_markdown

    return render_markdown(result, old, new, languages=languages)


#: The output formats by name (``--format``; the first is the default): each writes
#: the comparison of two plans, titles in the preferred languages where it has titles.
WRITER_BY_NAME: dict[str, Callable[["PlanDiff", "Plan", "Plan", Sequence[str]], str]] = {
    "text": _text,
    "json": _json,
    "markdown": _markdown,
}


def add_parser(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register the ``diff`` subcommand."""
    parser = subparsers.add_parser(
        "diff",
        help="show what changed from one plan to the next",
        description="Compare two plans (usually one year's and the next, or two versions "
        "of one year's): commitments added, dropped, raised, lowered, carried over "
        "unachieved, otherwise changed, and possible renames "
        '(see "Diffs and histories" in the documentation).',
    )
    parser.add_argument(
        "old",
        metavar="OLD",
        help="the earlier plan (.json, .jsonl of one, or - for standard input)",
    )
    parser.add_argument("new", metavar="NEW", help="the later plan")
    add_format_option(parser, WRITER_BY_NAME)
    add_language_option(parser, outputs="text and Markdown")
    parser.set_defaults(run=run)


def _one_plan_a_side(paths: Sequence[str]) -> "list[ReadPlan]":
    """Read the plan of each side, reporting both sides before giving up on either."""
    from commitments.cli._plans import read_plans

    stdin_at_most_once(paths)
    sides: list[list[ReadPlan]] = []
    failures: list[CommandError] = []
    for path in paths:
        try:
            sides.append(read_plans([path]))
        except CommandError as error:
            failures.append(error)
    if failures:
        raise CommandError.joined(failures)
    for path, plans in zip(paths, sides, strict=True):
        if len(plans) != 1:
            raise CommandError(f"{path} holds {len(plans)} plans; diff compares one plan with one")
    return [plans[0] for plans in sides]


def run(args: argparse.Namespace, console: Console) -> int:
    """Read both plans, compare them and write the result."""
    from commitments.analysis.diff import diff, with_file

    old, new = _one_plan_a_side((args.old, args.new))
    result = with_file(diff(old.plan, new.plan), old_file=old.file, new_file=new.file)
    console.out.write(WRITER_BY_NAME[args.format](result, old.plan, new.plan, args.lang))
    return EXIT_OK
