"""Reading the plans a command was given: every plan, or every finding of every invalid one."""

from collections.abc import Sequence
from typing import TYPE_CHECKING

from attrs import frozen

from commitments.cli._console import STDIN, STDIN_NAME, read_stdin, stdin_at_most_once
from commitments.cli._errors import EXIT_FINDINGS, CommandError, os_reason

if TYPE_CHECKING:
    from commitments.model.plan import Plan
    from commitments.reading.document import Reading

__all__ = ["ReadPlan", "read_plans"]


@frozen
class ReadPlan:
    """A plan, and the file (and line, in a ``.jsonl`` file) it was read from."""

    plan: "Plan"  # the model is imported only when a command reads plans
    file: str | None
    line: int


def read_plans(paths: Sequence[str]) -> list[ReadPlan]:
    """Read and validate every plan of the datasets at ``paths`` (``-``: standard input).

    Returns:
        The plans, in order.

    Raises:
        CommandError: A path cannot be read (exit code 2: the findings of the
            paths before it, then why), or a document is invalid (exit code 1:
            every finding of every invalid document, one line each,
            ``FILE:LINE:COLUMN: severity code: message (path)``).

    """
    from commitments.io import plan_from_reading
    from commitments.model.findings import Finding, InvalidDocument

    stdin_at_most_once(paths)
    plans: list[ReadPlan] = []
    findings: list[Finding] = []
    for path in paths:
        try:
            readings = _readings(path)
        except OSError as error:
            raise CommandError(*findings, f"cannot read {path}: {os_reason(error)}") from error
        for reading in readings:
            try:
                plan = plan_from_reading(reading, consume=True)
            except InvalidDocument as error:
                findings.extend(error.findings)
            else:
                plans.append(ReadPlan(plan, reading.file, reading.first_line))
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
