"""``commitments validate``: check datasets and report every finding, located.

The formats are in :mod:`commitments.cli._validate_formats`. Exit codes: 0 every
file passes, 1 errors (or warnings under ``--strict``), 2 a usage error or a path
that cannot be read (the other paths are still checked).
"""

import argparse
import functools
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from commitments.cli._console import STDIN, STDIN_NAME, Console, read_stdin, stdin_at_most_once
from commitments.cli._errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, os_reason
from commitments.cli._jobs import Piece, add_jobs_option, default_jobs, map_pieces, pieces_of
from commitments.cli._options import add_format_option
from commitments.cli._validate_formats import REPORTER_BY_NAME, Tally

if TYPE_CHECKING:
    from commitments.validation.pipeline import FileReport

__all__ = ["add_parser", "run"]


def _non_negative(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number, 0 or more: {text!r}")
    return number


def add_parser(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register the ``validate`` subcommand."""
    parser = subparsers.add_parser(
        "validate",
        help="check plan documents and report every problem",
        description="Check .json files, .jsonl files (one plan per line) and folders of "
        "them; '-' reads one document from standard input. Every finding is reported "
        "with its file, line, column and JSON Pointer. Exit 0 when every file passes, 1 "
        "when one has errors (or warnings, with --strict), 2 for a usage error or a "
        "path that cannot be read.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a file, a folder, or -")
    add_format_option(
        parser,
        REPORTER_BY_NAME,
        text="text lines (default), JSON, or GitHub Actions annotations",
    )
    parser.add_argument("--strict", action="store_true", help="warnings fail too")
    parser.add_argument(
        "--max-findings",
        type=_non_negative,
        metavar="N",
        help="show at most N findings per file (and say how many were left out)",
    )
    add_jobs_option(parser)
    parser.set_defaults(run=run)


def _stdin_report() -> "FileReport":
    from commitments.model.findings import Report
    from commitments.reading.document import too_large
    from commitments.reading.limits import DEFAULT_LIMITS
    from commitments.validation.pipeline import FileReport, validate, validate_reading

    limit = DEFAULT_LIMITS.document
    try:
        data = read_stdin(limit)
    except OSError as error:
        return FileReport(path=STDIN, report=Report(findings=()), error=os_reason(error))
    if len(data) > limit:
        reading = too_large(STDIN_NAME, 1, "the document", limit)
        return FileReport(path=STDIN, report=validate_reading(reading))
    return FileReport(path=STDIN, report=validate(data, file=STDIN_NAME))


def _file_reports(paths: Sequence[str], keep: int | None) -> Iterator["FileReport"]:
    from commitments.validation.pipeline import iter_file_reports

    for path in paths:
        if path == STDIN:
            yield _stdin_report()
        else:
            yield from iter_file_reports([path], keep=keep)


def _validate_piece(piece: Piece, keep: int | None = None) -> "FileReport":
    """Validate one piece of a file (in a worker process): its findings, or why it is unread.

    The piece's documents are validated one at a time, and its first ``keep``
    findings kept (the others counted), as ``--jobs 1`` does for a whole file.
    """
    from commitments.validation.pipeline import iter_file_reports, kept_report, located_findings

    if not piece.whole:
        try:
            readings = piece.readings()
        except OSError:
            pass  # reading the whole file says why, as --jobs 1 does
        else:
            return kept_report(piece.file, located_findings(readings), keep)
    (report,) = iter_file_reports([piece.file], keep=keep)
    return report


def _joined(parts: list["FileReport"], keep: int | None = None) -> "FileReport":
    """One file's report from the reports of its pieces, in order: what ``--jobs 1`` reports."""
    from commitments.validation.pipeline import kept_report

    unread = next((part for part in parts if part.error is not None), None)
    if len(parts) == 1 or unread is not None:
        return unread or parts[0]
    return kept_report(
        parts[0].path,
        (f for part in parts for f in part.report.findings),
        keep,
        errors_left_out=sum(part.errors_left_out for part in parts),
        warnings_left_out=sum(part.warnings_left_out for part in parts),
    )


def _parallel_reports(
    paths: Sequence[str], jobs: int, keep: int | None = None
) -> Iterator["FileReport"]:
    """What :func:`_file_reports` gives, the files read and checked in ``jobs`` processes."""
    from commitments.reading.datasets import Unreadable, dataset_entries
    from commitments.validation.pipeline import iter_file_reports, unreadable_report

    # In order: standard input, a path that lists no file (iter_file_reports says why),
    # an entry that cannot be read, or one file's pieces.
    slots: list[str | Unreadable | list[Piece]] = []
    for path in paths:
        entries = [] if path == STDIN else list(dataset_entries(path))
        slots.extend(
            [e if isinstance(e, Unreadable) else pieces_of(e) for e in entries]
            if entries
            else [path]
        )
    done = map_pieces(
        functools.partial(_validate_piece, keep=keep),  # a worker keeps what is shown
        (p for slot in slots if isinstance(slot, list) for p in slot),
        jobs,
    )
    for slot in slots:
        if slot == STDIN:
            yield _stdin_report()
        elif isinstance(slot, str):
            yield from iter_file_reports([slot], keep=keep)
        elif isinstance(slot, Unreadable):
            yield unreadable_report(slot)
        else:
            yield _joined([next(done) for _ in slot], keep)


def run(args: argparse.Namespace, console: Console) -> int:
    """Validate every path and report the findings; return the exit code."""
    stdin_at_most_once(args.paths)
    reporter = REPORTER_BY_NAME[args.format](console)
    tally = Tally()
    limit: int | None = args.max_findings
    jobs: int = args.jobs or default_jobs()
    # Findings past --max-findings are counted, not kept: memory stays flat.
    results = (
        _file_reports(args.paths, keep=limit)
        if jobs == 1
        else _parallel_reports(args.paths, jobs, keep=limit)
    )
    for result in results:
        if result.error is not None:
            console.error(f"{result.path}: {result.error}")
        findings = result.report.findings
        shown = findings if limit is None else findings[:limit]
        omitted = len(findings) - len(shown) + result.errors_left_out + result.warnings_left_out
        ok = result.passes(strict=args.strict)
        tally.add(result, omitted, ok)
        reporter.file(result, shown, omitted, ok)
    reporter.finish(tally)
    if tally.unreadable:
        return EXIT_USAGE
    return EXIT_OK if tally.passed else EXIT_FINDINGS
