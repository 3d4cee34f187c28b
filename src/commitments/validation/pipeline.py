"""The validation pipeline: reading, then schema, then rules; every finding located.

:func:`validate` checks a dataset, a document or a value and returns a
:class:`~commitments.model.findings.Report`; it never raises on bad data.
:func:`validate_reading` is the pipeline for one document the reading layer has
read, and :func:`validate_files` checks many paths one file at a time (what
``commitments validate`` runs). The guide is :doc:`/validation`.

The layers, in order:

1. **Reading** (:mod:`commitments.reading.document`): syntax, encoding, duplicate keys,
   non-finite numbers, version. A document that cannot be read as JSON stops
   here, and so does one of an unsupported format version (the rules of 1.x
   say nothing useful about it).
2. **Schema**: the published JSON Schema. A compiled validator answers first;
   only a document it rejects goes to the reference validator, which explains
   each problem as a ``schema.<keyword>`` finding.
3. **Rules** (:mod:`commitments.validation.rules`): the cross-field checks. They run even
   when the schema failed, skipping what they cannot read, so that one run
   reports every problem.

Findings are in document order (by line and column when the document was read
from text, else by position in the value), and a finding from an earlier layer
comes first at one place. A schema finding at a value the reading layer
already reported as non-finite (``NaN``) is dropped: it would say the same thing.
"""

import errno
import functools
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrs import frozen

from commitments.model.arguments import looks_like_a_file_name
from commitments.model.findings import Finding, Report
from commitments.reading._document_order import document_position
from commitments.reading._from_value import reading_of_value
from commitments.reading.datasets import Unreadable, dataset_entries, file_sources
from commitments.reading.document import Reading, read_document
from commitments.reading.limits import DEFAULT_LIMITS, Limits
from commitments.schema import KEY_CODES

if TYPE_CHECKING:
    from commitments.model.plan import Plan

__all__ = [
    "FileReport",
    "Validatable",
    "iter_file_reports",
    "kept_report",
    "located_findings",
    "unreadable_report",
    "validate",
    "validate_files",
    "validate_reading",
]

#: What :func:`validate` accepts (besides a :class:`~commitments.model.plan.Plan`).
Validatable = (
    Path | os.PathLike[str] | bytes | bytearray | memoryview | str | dict[str, Any] | list[Any]
)


@frozen(kw_only=True)
class FileReport:
    """The outcome of validating one file: its report, or why it could not be read.

    Attributes:
        path: The file as named (``"-"`` for standard input).
        report: Every finding of every document in the file, in order.
        error: Why the path could not be read (missing, a folder without plan
            files, no permission), or ``None``. Such a file has no findings.
        errors_left_out: Errors found but not kept in ``report`` (see ``keep``
            in :func:`iter_file_reports`).
        warnings_left_out: Warnings found but not kept in ``report``.

    """

    path: str
    report: Report
    error: str | None = None
    errors_left_out: int = 0
    warnings_left_out: int = 0

    @property
    def ok(self) -> bool:
        """Whether the file was read and has no finding of severity ``error``."""
        return self.error is None and self.report.ok and not self.errors_left_out

    def passes(self, *, strict: bool = False) -> bool:
        """Whether the file passes: read, no errors, and under ``strict`` no warnings."""
        if strict and self.warnings_left_out:
            return False
        return self.ok and self.report.passes(strict=strict)


def _reference_findings(document: Any) -> list[Finding]:
    """Explain every schema problem with the reference validator (slow to import)."""
    from commitments.validation._schema_layer import schema_findings

    return schema_findings(document)


def _in_order(findings: list[Finding], document: Any) -> tuple[Finding, ...]:
    """Sort findings by line and column, then by place in the value; stable across layers."""

    def key(finding: Finding) -> tuple[int, int, tuple[int, ...]]:
        where = document_position(document, finding.path) if finding.line is None else ()
        return (finding.line or 0, finding.column or 0, where)

    return tuple(sorted(findings, key=key))


@functools.cache
def _layers() -> tuple[Callable[[Any], bool], Callable[..., list[Finding]]]:
    """Import the fast schema check and the rules once, on first use (not at import time)."""
    from commitments.validation._fast_schema import is_valid
    from commitments.validation.rules import check_rules

    return is_valid, check_rules


def _check_value(document: Any, earlier: list[Finding]) -> tuple[list[Finding], bool]:
    """Run the schema and rules layers on a JSON value, after the reading layer's findings.

    The rules are told when the schema accepted the document: they then read it
    without defence, and only where a rule might fire (same findings, less work).

    Returns:
        The findings, and whether they are the rules' alone (the schema and the
        reading layer found nothing): those come in document order.
    """
    fast_accepts, check_rules = _layers()
    if not earlier and fast_accepts(document):
        return check_rules(document, schema_valid=True), True
    schema = _reference_findings(document)
    nonfinite = {f.path for f in earlier if f.code == "json-nonfinite"}
    # The value is already reported; a finding about its key (an unknown key) is not.
    kept = [f for f in schema if f.path not in nonfinite or f.code in KEY_CODES]
    return [*kept, *check_rules(document, schema_valid=not schema)], False


def _unsupported(findings: list[Finding]) -> bool:
    """Whether the document is of a format version the schema and rules do not judge."""
    return any(f.code == "unsupported-version" for f in findings)


def validate_reading(reading: Reading) -> Report:
    """Validate one document the reading layer has read: every layer, every finding placed.

    Args:
        reading: What :func:`~commitments.reading.document.read_document` or
            :func:`~commitments.reading.lines.read_lines` made of the text.

    Returns:
        The report: each finding with the reading's file, line and column, in
        document order.

    """
    findings = list(reading.findings)
    if reading.readable and not _unsupported(findings):
        checked, rules_alone = _check_value(reading.value, findings)
        if rules_alone:
            # In document order already, which is the order of the text (it repeats no
            # key: the reading found nothing). Each is located when first asked where.
            located = (reading.place_later(f, key=f.code in KEY_CODES) for f in checked)
            return Report(findings=tuple(located), file=reading.file)
        findings.extend(reading.place(f, key=f.code in KEY_CODES) for f in checked)
    return Report(findings=_in_order(findings, reading.value), file=reading.file)


def _validate_value(value: Any) -> Report:
    document, findings = reading_of_value(value)
    if not _unsupported(findings):
        findings += _check_value(document, findings)[0]
    return Report(findings=_in_order(findings, document))


def _file_findings(file: Path, limits: Limits) -> Iterator[Finding]:
    """Validate each document of a file, one at a time; raises OSError when it cannot be read.

    The findings of a ``.jsonl`` line are located before the next line is read, so
    that none holds on to its line's text.
    """
    for source in file_sources(file, limits):
        if source.unit == "line":
            yield from located_findings([source.read()])
        else:
            yield from validate_reading(source.read()).findings


def located_findings(readings: Iterable[Reading]) -> Iterator[Finding]:
    """Validate documents one at a time, each finding located before the next is read.

    A finding that is located lets go of its document's text, so that memory holds
    one document (and the findings) however many are read.
    """
    for reading in readings:
        findings = validate_reading(reading).findings
        for finding in findings:
            _ = finding.line  # located now: the text is let go
        yield from findings


def validate(
    source: "Validatable | Plan", *, file: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> Report:
    """Validate a dataset, a document or a value; never raises on bad data.

    >>> validate('{"schema_version": "1.0", "jurisdiction": {"name": "Jilin"},'
    ...          ' "year": 2021, "commitments": []}').ok
    True
    >>> for finding in validate(b'{"schema_version": "1.0", "year": 2021}').findings:
    ...     print(finding)
    <document>:1:1: error schema.required: missing required key "jurisdiction" ()
    <document>:1:1: error schema.required: missing required key "commitments" ()

    Args:
        source: What to check:

            * a :class:`~pathlib.Path` (or other path-like object): a ``.json``
              file, a ``.jsonl`` file (one plan per line) or a folder of them;
              the findings of every plan, file by file;
            * ``bytes`` (or ``bytearray``, ``memoryview``): the UTF-8 text of one
              ``.json`` document;
            * ``str``: the JSON text of one document (always text, never a
              file name: pass a ``Path`` to read a file; a one-line str that
              names an existing file is refused with a ``TypeError`` saying so);
            * a parsed JSON value (``dict``, as :func:`json.loads` gives;
              floats are read as the decimals they print as), checked by the
              schema and the rules, with pointers but no lines;
            * a :class:`~commitments.model.plan.Plan`: its JSON value is checked
              again (a plan built in Python may break the rules).
        file: The name to give the document in findings (bytes and str only).
        limits: The largest document and ``.jsonl`` line read from a path; one
            larger is a ``too-large`` finding.

    Returns:
        The report: ``.ok``, ``.findings``, ``.errors``, ``.warnings``.

    Raises:
        OSError: A path that does not exist or cannot be read, or a folder or
            plan file in it that cannot be read (not bad data: there is nothing
            to validate there).
        TypeError: ``source`` is none of the above, or a value that is not JSON
            (a set, an object key that is not a string), or a str that names
            an existing file.

    """
    if isinstance(source, bytearray | memoryview):
        source = bytes(source)
    if isinstance(source, str) and looks_like_a_file_name(source):
        raise TypeError(
            f"validate() takes a str as JSON text, and {source!r} looks like a file name: "
            f"pass a Path to read the file (validate(Path({source!r})))"
        )
    if isinstance(source, bytes | str):
        return validate_reading(read_document(source, file=file))
    if isinstance(source, os.PathLike):
        found: list[Finding] = []
        for entry in dataset_entries(source):
            if isinstance(entry, Unreadable):
                raise entry.error
            found.extend(_file_findings(entry, limits))
        return Report(findings=tuple(found), file=os.fspath(source))
    if isinstance(source, dict | list):
        return _validate_value(source)
    from commitments.convert import plan_value  # generated writers: built on first use
    from commitments.model.plan import Plan

    if isinstance(source, Plan):
        return _validate_value(plan_value(source))
    raise TypeError(
        f"cannot validate a {type(source).__name__}: pass a Path, JSON text (str, bytes, "
        "bytearray, memoryview), a parsed value (dict) or a Plan"
    )


def validate_files(
    paths: Iterable[str | os.PathLike[str]], *, limits: Limits = DEFAULT_LIMITS
) -> list[FileReport]:
    """Validate many paths file by file, never raising: a path that cannot be read says why.

    Args:
        paths: ``.json`` and ``.jsonl`` files and folders of them (searched
            recursively, in name order, hidden entries skipped).
        limits: The largest document and ``.jsonl`` line read.

    Returns:
        One report per file, in the order given (a folder's files in name
        order). A path that cannot be read, a folder or plan file inside a
        folder that cannot be read (no permission, a link cycle, a named pipe),
        and a folder without plan files each give one report with ``error`` set.

    """
    return list(iter_file_reports(paths, limits=limits))


def iter_file_reports(
    paths: Iterable[str | os.PathLike[str]],
    *,
    limits: Limits = DEFAULT_LIMITS,
    keep: int | None = None,
) -> Iterator[FileReport]:
    """Validate many paths file by file, as :func:`validate_files`, a report at a time.

    Each file is read a document at a time (a ``.jsonl`` file a line at a time), so
    that memory holds one document and the findings kept, however large the file.

    Args:
        paths: As :func:`validate_files` takes them.
        limits: The largest document and ``.jsonl`` line read.
        keep: Keep at most this many findings per file (the first ones) and only
            count the others (``errors_left_out``, ``warnings_left_out``), so
            that memory stays flat whatever the number of findings; ``None``
            keeps them all.

    """
    for path in paths:
        name = os.fspath(path)
        empty = True
        for entry in dataset_entries(path):
            empty = False
            if isinstance(entry, Unreadable):
                yield unreadable_report(entry)
            else:
                yield _file_report(entry, limits, keep)
        if empty:
            reason = "no .json or .jsonl files in this folder"
            yield FileReport(path=name, report=Report(findings=()), error=reason)


def _file_report(file: Path, limits: Limits, keep: int | None) -> FileReport:
    name = os.fspath(file)
    try:
        return kept_report(name, _file_findings(file, limits), keep)
    except OSError as error:
        return FileReport(path=name, report=Report(findings=()), error=_reason(error))


def kept_report(
    name: str,
    findings: Iterable[Finding],
    keep: int | None,
    *,
    errors_left_out: int = 0,
    warnings_left_out: int = 0,
) -> FileReport:
    """The report of a file from its findings in order: the first ``keep`` kept, the rest counted.

    Args:
        name: The file.
        findings: Its findings, in order (consumed one at a time).
        keep: How many to keep (``None``: all).
        errors_left_out: Errors already left out (of a part of the file read apart).
        warnings_left_out: Warnings already left out.

    Raises:
        OSError: Reading ``findings`` raises it.

    """
    kept: list[Finding] = []
    errors, warnings = errors_left_out, warnings_left_out
    for finding in findings:
        if keep is None or len(kept) < keep:
            kept.append(finding)
        elif finding.is_error:
            errors += 1
        else:
            warnings += 1
    report = Report(findings=tuple(kept), file=name)
    return FileReport(path=name, report=report, errors_left_out=errors, warnings_left_out=warnings)


def unreadable_report(entry: Unreadable) -> FileReport:
    """The report of a dataset entry that cannot be read: no findings, and why."""
    return FileReport(
        path=os.fspath(entry.path), report=Report(findings=()), error=_reason(entry.error)
    )


def _reason(error: OSError) -> str:
    """Say why a path cannot be read, without Python's exception wrapping."""
    if isinstance(error, FileNotFoundError):
        return "no such file or folder"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "is a folder"
    if error.errno == errno.ELOOP and error.strerror and "cycle" not in error.strerror:
        return "a symbolic link cycle (too many levels of symbolic links)"
    return error.strerror or str(error)
