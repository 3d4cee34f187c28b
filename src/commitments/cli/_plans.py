"""Reading the plans a command was given, reporting every invalid one."""

from collections.abc import Sequence

from attrs import frozen

from commitments.cli._console import EXIT_FINDINGS, EXIT_USAGE, Console
from commitments.model.plan import Plan

__all__ = ["ReadPlan", "read_plans"]


@frozen
class ReadPlan:
    """A plan, and the file (and line, in a ``.jsonl`` file) it was read from."""

    plan: Plan
    file: str | None
    line: int


def read_plans(paths: Sequence[str], console: Console) -> list[ReadPlan] | int:
    """Read and validate every plan of the datasets at ``paths``.

    Every finding of every invalid document goes to ``console.err``, one line each
    (``FILE:LINE:COLUMN: severity code: message (path)``).

    Returns:
        The plans, in order; or the exit code: 2 when a path cannot be read, 1 when
        a document is invalid.

    """
    from commitments.io import plan_from_reading
    from commitments.model.findings import InvalidDocument
    from commitments.reading.datasets import read_dataset

    plans: list[ReadPlan] = []
    invalid = False
    for path in paths:
        try:
            readings = list(read_dataset(path))
        except OSError as error:
            console.error(f"cannot read {path}: {error.strerror or error}")
            return EXIT_USAGE
        for reading in readings:
            try:
                plans.append(
                    ReadPlan(
                        plan_from_reading(reading, consume=True), reading.file, reading.first_line
                    )
                )
            except InvalidDocument as error:
                invalid = True
                console.err.writelines(f"{finding}\n" for finding in error.findings)
    return EXIT_FINDINGS if invalid else plans
