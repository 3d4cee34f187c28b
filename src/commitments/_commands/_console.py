"""The streams a command writes to, and the shared shape of JSON outputs."""

from typing import Any, TextIO

from attrs import frozen

__all__ = ["Console", "with_provenance"]


@frozen
class Console:
    """Where a command writes: results to ``out``, messages to ``err``."""

    out: TextIO
    err: TextIO

    def error(self, message: str) -> None:
        """Write one error message for a person, prefixed with the program name."""
        self.err.write(f"commitments: error: {message}\n")


def with_provenance(output: dict[str, Any], output_schema_id: str) -> dict[str, Any]:
    """Add where an output comes from (SPEC §6).

    ``commitments_version`` is the version that wrote it; ``schema`` the ``$id`` of the
    plan schema its input documents were checked against; ``output_schema`` the ``$id``
    of the schema describing this output itself.
    """
    from commitments import __version__
    from commitments.schema import PLAN_SCHEMA_ID

    return {
        **output,
        "commitments_version": __version__,
        "schema": PLAN_SCHEMA_ID,
        "output_schema": output_schema_id,
    }
