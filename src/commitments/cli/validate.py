"""``commitments validate``: check datasets and report every finding, located.

Formats: ``text`` (one line per finding, ``FILE:LINE:COLUMN: severity code:
message (pointer)``, then a summary line), ``github`` (GitHub Actions
annotations) and ``json`` (the shape of :class:`ValidateOutput`, published as
``schemas/validate-output-1.schema.json``). Exit codes: 0 every file passes, 1
errors (or warnings under ``--strict``), 2 a usage error or a path that cannot
be read (the other paths are still checked).
"""

import argparse
import re
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any

from attrs import frozen

from commitments.cli._console import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    Console,
    with_provenance,
)
from commitments.convert._json_text import write_json
from commitments.model._field_types import Boolean
from commitments.model._fields import SchemaType, doc_field
from commitments.model.vocab import Severity
from commitments.schema import PLAN_SCHEMA_ID

if TYPE_CHECKING:
    from commitments.model.findings import Finding
    from commitments.validation.pipeline import FileReport

__all__ = [
    "OUTPUT_SCHEMA_ID",
    "FileOutput",
    "FindingOutput",
    "ValidateOutput",
    "add_parser",
    "output_schema",
    "run",
]

#: The ``$id`` of the schema of ``validate --format json``.
OUTPUT_SCHEMA_ID = "https://commitments.dev/schemas/validate-output-1.schema.json"
STDIN = "-"
_STDIN_NAME = "<stdin>"
# Lone surrogates (from "\ud800" escapes in a document, or undecodable file names)
# cannot be written as UTF-8; they are printed as the escapes JSON would use.
_SURROGATE = re.compile("[\ud800-\udfff]")

Count = Annotated[
    int, SchemaType("Count", "A count, 0 or more.", {"type": "integer", "minimum": 0})
]
Position = Annotated[
    int, SchemaType("Position", "A 1-based line or column.", {"type": "integer", "minimum": 1})
]


@frozen(kw_only=True)
class FindingOutput:
    """One finding: what is wrong, how bad, and where."""

    code: str = doc_field(
        "The stable finding code (SPEC §2).", examples=("duplicate-id", "schema.required")
    )
    severity: Severity = doc_field("`error` makes the document invalid; `warning` does not.")
    path: str = doc_field(
        "JSON Pointer to the offending value; empty for the whole document.",
        examples=("/commitments/3/id",),
    )
    message: str = doc_field("One short sentence for a person.")
    file: str | None = doc_field("The file the document was read from.", default=None)
    line: Position | None = doc_field("1-based line of the offending value.", default=None)
    column: Position | None = doc_field(
        "1-based column (in characters) of the offending value.", default=None
    )


@frozen(kw_only=True)
class FileOutput:
    """The findings of one file (every plan in it), or why it could not be read."""

    path: str = doc_field("The file as named on the command line or found in a folder.")
    ok: Boolean = doc_field("Whether the file passes (no errors; under --strict, no warnings).")
    findings: tuple[FindingOutput, ...] = doc_field(
        "The findings shown, in document order (at most --max-findings)."
    )
    omitted: Count | None = doc_field(
        "How many findings --max-findings left out, when it left any out.", default=None
    )
    error: str | None = doc_field(
        "Why the path could not be read; the file then has no findings.", default=None
    )


@frozen(kw_only=True)
class ValidateOutput:
    """What ``commitments validate --format json`` prints."""

    ok: Boolean = doc_field("Whether every file passes; the exit code is 0 exactly then.")
    files: tuple[FileOutput, ...] = doc_field("One entry per file checked, in order.")
    commitments_version: str = doc_field("The version of commitments that checked.")
    schema: str = doc_field(
        "The `$id` of the plan schema the input documents were checked against.",
        schema={"const": PLAN_SCHEMA_ID},
    )
    output_schema: str = doc_field(
        "The `$id` of this output's schema.", schema={"const": OUTPUT_SCHEMA_ID}
    )


def output_schema() -> dict[str, Any]:
    """Return the JSON Schema of ``validate --format json`` (generated from the classes above)."""
    from commitments.schema import class_schema

    return class_schema(
        ValidateOutput,
        schema_id=OUTPUT_SCHEMA_ID,
        title="commitments validate output, version 1",
        description="The findings of `commitments validate --format json`, file by file.",
    )


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


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


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
            files.append(_file_json(result.path, ok, shown, omitted, result.error))
            continue
        for finding in shown:
            line = _github_line(finding, result.path) if args.format == "github" else str(finding)
            console.out.write(_visible(line) + "\n")
        if omitted:
            more = f"{result.path}: {_plural(omitted, 'more finding')} not shown\n"
            console.out.write(_visible(more))
    if args.format == "json":
        output = with_provenance({"ok": passed, "files": files}, OUTPUT_SCHEMA_ID)
        console.out.write(write_json(output) + "\n")
    else:
        console.out.write(tally.summary() + "\n")
    if tally.unreadable:
        return EXIT_USAGE
    return EXIT_OK if passed else EXIT_FINDINGS


def _file_json(
    path: str, ok: bool, shown: tuple["Finding", ...], omitted: int, error: str | None
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "path": path,
        "ok": ok,
        "findings": [finding.to_json() for finding in shown],
    }
    if omitted:
        entry["omitted"] = omitted
    if error is not None:
        entry["error"] = error
    return entry
