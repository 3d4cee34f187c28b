"""Reading the plans a command was given: every plan, or every finding of every invalid one."""

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from attrs import frozen

from commitments.cli._console import STDIN, STDIN_NAME, read_stdin, stdin_at_most_once
from commitments.cli._errors import EXIT_FINDINGS, CommandError, os_reason
from commitments.cli._jobs import Piece, map_pieces, pieces_of

if TYPE_CHECKING:
    from commitments.model.findings import Finding
    from commitments.model.plan import Plan
    from commitments.reading.document import Reading

__all__ = ["ReadPlan", "read_plans"]


@frozen
class ReadPlan:
    """A plan, and the file (and line, in a ``.jsonl`` file) it was read from."""

    plan: "Plan"  # the model is imported only when a command reads plans
    file: str | None
    line: int


def read_plans(paths: Sequence[str], *, jobs: int = 1) -> list[ReadPlan]:
    """Read and validate every plan of the datasets at ``paths`` (``-``: standard input).

    With ``jobs`` above 1 the files, and pieces of large ``.jsonl`` files, are read
    in that many processes (see :mod:`commitments.cli._jobs`), with the same result.

    Returns:
        The plans, in order.

    Raises:
        CommandError: A path cannot be read (exit code 2: the findings of the
            paths before it, then why), or a document is invalid (exit code 1:
            every finding of every invalid document, one line each,
            ``FILE:LINE:COLUMN: severity code: message (path)``).

    """
    from commitments.model.findings import Finding

    stdin_at_most_once(paths)
    if jobs > 1:
        return _read_in_parallel(paths, jobs)
    plans: list[ReadPlan] = []
    findings: list[Finding] = []
    for path in paths:
        try:
            readings = _readings(path)
        except OSError as error:
            raise CommandError(*findings, f"cannot read {path}: {os_reason(error)}") from error
        _load_into(readings, plans, findings)
    if findings:
        raise CommandError(*findings, code=EXIT_FINDINGS)
    return plans


def _readings(path: str) -> "list[Reading]":
    from commitments.reading.datasets import read_dataset
    from commitments.reading.document import read_document, too_large
    from commitments.reading.limits import DEFAULT_LIMITS

    if path == STDIN:
        data, limit = read_stdin(DEFAULT_LIMITS.document), DEFAULT_LIMITS.document
        if len(data) > limit:
            return [too_large(STDIN_NAME, 1, "the document", limit)]
        return [read_document(data, file=STDIN_NAME)]
    return list(read_dataset(path))


@frozen
class _PieceRead:
    """What a worker made of one piece: its plans and findings, or why it is unread."""

    plans: "list[ReadPlan]"
    findings: "list[Finding]"
    error: str | None = None


def _read_piece(piece: Piece) -> _PieceRead:
    """Read and validate the plans of one piece (in a worker process)."""
    try:
        readings = piece.readings()
    except OSError as error:
        return _PieceRead([], [], os_reason(error))
    plans: list[ReadPlan] = []
    findings: list[Finding] = []
    _load_into(readings, plans, findings)
    return _PieceRead(plans, findings)


def _load_into(
    readings: "Iterable[Reading]", plans: "list[ReadPlan]", findings: "list[Finding]"
) -> None:
    """Load each reading: its plan into ``plans``, or its findings into ``findings``."""
    from commitments.io import plan_from_reading
    from commitments.model.findings import InvalidDocument

    for reading in readings:
        try:
            plan = plan_from_reading(reading, consume=True)
        except InvalidDocument as error:
            findings.extend(error.findings)
        else:
            plans.append(ReadPlan(plan, reading.file, reading.first_line))


def _read_in_parallel(paths: Sequence[str], jobs: int) -> list[ReadPlan]:
    """What :func:`read_plans` returns or raises, the pieces read in ``jobs`` processes."""
    from commitments.reading.datasets import dataset_files

    # Per path, in order: its pieces, or (standard input) None, or why it cannot be listed.
    slots: list[tuple[str, list[Piece] | OSError | None]] = []
    for path in paths:
        try:
            listed = None if path == STDIN else dataset_files(path)
        except OSError as error:
            slots.append((path, error))
            continue
        pieces = None if listed is None else [p for file in listed for p in pieces_of(file)]
        slots.append((path, pieces))
    done = map_pieces(
        _read_piece, (p for _, slot in slots if isinstance(slot, list) for p in slot), jobs
    )
    plans: list[ReadPlan] = []
    findings: list[Finding] = []
    for path, slot in slots:
        if isinstance(slot, OSError):
            raise CommandError(*findings, f"cannot read {path}: {os_reason(slot)}") from slot
        reads = [_read_piece_of_stdin()] if slot is None else [next(done) for _ in slot]
        unread = next((read.error for read in reads if read.error is not None), None)
        if unread is not None:
            raise CommandError(*findings, f"cannot read {path}: {unread}")
        for read in reads:
            plans.extend(read.plans)
            findings.extend(read.findings)
    if findings:
        raise CommandError(*findings, code=EXIT_FINDINGS)
    return plans


def _read_piece_of_stdin() -> _PieceRead:
    from commitments.io import plan_from_reading
    from commitments.model.findings import InvalidDocument
    from commitments.reading.document import read_document

    try:
        reading = read_document(read_stdin(), file=STDIN_NAME)
    except OSError as error:
        return _PieceRead([], [], os_reason(error))
    try:
        plan = plan_from_reading(reading, consume=True)
    except InvalidDocument as error:
        return _PieceRead([], list(error.findings))
    return _PieceRead([ReadPlan(plan, reading.file, reading.first_line)], [])
