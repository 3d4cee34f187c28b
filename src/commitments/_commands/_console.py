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


def with_provenance(output: dict[str, Any], schema_id: str) -> dict[str, Any]:
    """Add ``commitments_version`` and the ``$id`` of the schema checked against (SPEC §6)."""
    from commitments import __version__

    return {**output, "commitments_version": __version__, "schema": schema_id}
