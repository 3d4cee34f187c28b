"""``commitments extract``: draft a plan from the text of an announcement."""

import argparse

from commitments.cli._console import STDIN, STDIN_NAME, Console, read_stdin
from commitments.cli._errors import EXIT_OK, CommandError, os_reason

__all__ = ["add_parser", "run"]

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def add_parser(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register the ``extract`` subcommand."""
    parser = subparsers.add_parser(
        "extract",
        help="draft a plan from the text of an announcement",
        description="Read an announcement (plain text or HTML, UTF-8 or GB18030; Chinese or "
        "English) and write a draft plan: one commitment per promise found, each quoting its "
        "sentence. Every figure that did not become a commitment is listed for review on "
        "standard error (and kept in the plan's x-extract), with its line, column and reason "
        '(see "From announcement to data" in the documentation).',
    )
    parser.add_argument("text", metavar="TEXT_FILE", help="the announcement, or - to read it")
    parser.add_argument("--jurisdiction", required=True, metavar="CODE", help="e.g. CN-JL")
    parser.add_argument("--year", required=True, type=int, help="the plan year")
    parser.add_argument(
        "--lang", choices=("zh", "en"), help="the text's language (default: of most letters)"
    )
    parser.add_argument("--jurisdiction-name", metavar="NAME", help="default: the code")
    parser.add_argument("--owner", help="owner of every commitment (default: the code)")
    parser.add_argument(
        "--source-title", metavar="TITLE", help="the announcement's title (default: the file name)"
    )
    parser.add_argument("--source-url", metavar="URL", help="the announcement's address")
    parser.add_argument(
        "--html", action=argparse.BooleanOptionalAction, help="read as HTML (default: by its tags)"
    )
    parser.add_argument("-o", "--output", metavar="DRAFT.json", help="write the draft here")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, console: Console) -> int:
    """Read the announcement, draft the plan, write it and the review list."""
    from pathlib import Path

    from commitments.extract import ExtractError, check_size, extract
    from commitments.io import dump
    from commitments.model._visible import visible

    name = STDIN_NAME if args.text == STDIN else args.text
    html = args.html
    if html is None and args.text.lower().endswith(_HTML_SUFFIXES):
        html = True
    try:
        if args.text != STDIN:  # refuse a huge file before reading it
            check_size(Path(args.text).stat().st_size, "bytes")
        data = read_stdin() if args.text == STDIN else Path(args.text).read_bytes()
    except OSError as error:
        raise CommandError(f"cannot read {name}: {os_reason(error)}") from error
    except ExtractError as error:
        raise CommandError(f"{name}: {error}") from error
    try:
        draft = extract(
            data,
            jurisdiction=args.jurisdiction,
            year=args.year,
            language=args.lang,
            jurisdiction_name=args.jurisdiction_name,
            owner=args.owner,
            source_title=args.source_title or Path(name).name,
            source_url=args.source_url,
            html=html,
        )
    except ExtractError as error:
        raise CommandError(f"{name}: {error}") from error
    if args.output:
        try:
            dump(draft.plan, args.output)
        except OSError as error:
            raise CommandError(f"cannot write {args.output}: {os_reason(error)}") from error
    else:
        dump(draft.plan, console.out)
    console.err.writelines(visible(f"{name}:{item}") + "\n" for item in draft.review)
    kinds = [str(c.metric.kind) for c in draft.plan.commitments]
    open_levels = sum(
        c.metric.kind == "level" and c.baseline is None for c in draft.plan.commitments
    )
    open_note = f", {open_levels} without a baseline" if open_levels else ""
    stretches = [item for item in draft.review if item.stretch]
    figures = len(draft.review) - len(stretches)
    review = f"{figures} figure{'' if figures == 1 else 's'} to review"
    if stretches:
        review += f", {len(stretches)} stretch{'' if len(stretches) == 1 else 'es'} not read"
    unread = [item.line for item in stretches if item.reason == "unread"]
    if unread:
        review += f"; not read from line {unread[0]} on (split the text)"
    console.err.write(
        f"{name}: {len(kinds)} commitments drafted ({kinds.count('quantity')} quantity, "
        f"{kinds.count('level')} level{open_note}, {kinds.count('milestone')} milestone); "
        f"{review}\n"
    )
    return EXIT_OK
