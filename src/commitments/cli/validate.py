"""``commitments validate``: check datasets and report every finding, located.

Formats: ``text`` (one line per finding, ``FILE:LINE:COLUMN: severity code:
message (pointer)``, then a summary line), ``github`` (GitHub Actions
annotations) and ``json`` (the shape of
:class:`~commitments.outputs.validate.ValidateOutput`, published as
``schemas/validate-output-1.schema.json``). Exit codes: 0 every file passes, 1
errors (or warnings under ``--strict``), 2 a usage error or a path that cannot
be read (the other paths are still checked).
"""

import argparse
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from commitments.cli._console import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, Console
from commitments.convert._json_text import write_json
from commitments.model._patterns import LONE_SURROGATE as _SURROGATE
from commitments.outputs.provenance import with_provenance
from commitments.outputs.validate import VALIDATE_SCHEMA_ID, file_json
from commitments.render._table import plural as _plural

if TYPE_CHECKING:
    from commitments.model.findings import Finding
    from commitments.validation.pipeline import FileReport

__all__ = ["add_parser", "run"]

STDIN = "-"
_STDIN_NAME = "<stdin>"


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
    parser.add_argument(
        "--format",
        choices=("text", "json", "github"),
        default="text",
        help="text lines (default), JSON, or GitHub Actions annotations",
    )
    parser.add_argument("--strict", action="store_true", help="warnings fail too")
    parser.add_argument(
        "--max-findings",
        type=_non_negative,
        metavar="N",
        help="show at most N findings per file (and say how many were left out)",
    )
    parser.set_defaults(run=run)


def _stdin_report() -> "FileReport":
    from commitments.model.findings import Report
    from commitments.validation.pipeline import FileReport, validate

    try:
        stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else sys.stdin
        data = stream.read()
    except OSError as error:
        return FileReport(path=STDIN, report=Report(findings=()), error=str(error))
    return FileReport(path=STDIN, report=validate(data, file=_STDIN_NAME))


def _file_reports(paths: list[str]) -> Iterator["FileReport"]:
    from commitments.validation.pipeline import validate_files

    for path in paths:
        if path == STDIN:
            yield _stdin_report()
        else:
            yield from validate_files([path])


def _visible(text: str) -> str:
    r"""Write lone surrogates as ``\uXXXX`` escapes (also valid inside JSON strings)."""
    return _SURROGATE.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def _escape(text: str, *, prop: bool = False) -> str:
    """Escape text for a GitHub workflow command (a property escapes ``:`` and ``,`` too)."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def _github_line(finding: "Finding", path: str) -> str:
    where = [f"file={_escape(finding.file or path, prop=True)}"]
    if finding.line is not None:
        where.append(f"line={finding.line}")
    if finding.column is not None:
        where.append(f"col={finding.column}")
    where.append(f"title={_escape(finding.code, prop=True)}")
    message = f"{finding.message} ({finding.path})"
    return f"::{finding.severity} {','.join(where)}::{_escape(message)}"


class _Tally:
    """Counts for the summary line."""

    def __init__(self) -> None:
        self.files = self.errors = self.warnings = self.unreadable = self.omitted = 0

    def summary(self) -> str:
        parts = [
            _plural(self.files, "file"),
            _plural(self.errors, "error"),
            _plural(self.warnings, "warning"),
        ]
        if self.unreadable:
            parts.append(_plural(self.unreadable, "unreadable path"))
        line = ", ".join(parts)
        return line + (f" ({self.omitted} not shown)" if self.omitted else "")


def run(args: argparse.Namespace, console: Console) -> int:
    """Validate every path and print the findings; return the exit code."""
    tally = _Tally()
    files: list[dict[str, Any]] = []
    passed = True
    limit: int | None = args.max_findings
    for result in _file_reports(args.paths):
        if result.error is None:
            tally.files += 1
        else:
            tally.unreadable += 1
            console.error(_visible(f"{result.path}: {result.error}"))
        findings = result.report.findings
        shown = findings if limit is None else findings[:limit]
        omitted = len(findings) - len(shown)
        tally.errors += len(result.report.errors)
        tally.warnings += len(result.report.warnings)
        tally.omitted += omitted
        ok = result.passes(strict=args.strict)
        passed = passed and ok
        if args.format == "json":
            files.append(file_json(result.path, ok, shown, omitted, result.error))
            continue
        for finding in shown:
            line = _github_line(finding, result.path) if args.format == "github" else str(finding)
            console.out.write(_visible(line) + "\n")
        if omitted:
            more = f"{result.path}: {_plural(omitted, 'more finding')} not shown\n"
            console.out.write(_visible(more))
    if args.format == "json":
        output = with_provenance({"ok": passed, "files": files}, VALIDATE_SCHEMA_ID)
        console.out.write(write_json(output) + "\n")
    else:
        console.out.write(tally.summary() + "\n")
    if tally.unreadable:
        return EXIT_USAGE
    return EXIT_OK if passed else EXIT_FINDINGS
