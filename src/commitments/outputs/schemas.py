"""Every schema shipped under ``schemas/``: the plan's, and one for each JSON output."""

from typing import Any

from commitments.outputs.diff import diff_output_schema
from commitments.outputs.history import history_output_schema
from commitments.outputs.progress import progress_output_schema
from commitments.outputs.validate import validate_output_schema
from commitments.schema import build_schema

__all__ = ["shipped_schemas"]


def shipped_schemas() -> dict[str, dict[str, Any]]:
    """Return every schema shipped under ``schemas/``, by file name.

    The plan schema, and one schema for each JSON output of the command line.
    """
    return {
        "plan-1.schema.json": build_schema(),
        "validate-output-1.schema.json": validate_output_schema(),
        "progress-output-1.schema.json": progress_output_schema(),
        "diff-output-1.schema.json": diff_output_schema(),
        "history-output-1.schema.json": history_output_schema(),
    }
