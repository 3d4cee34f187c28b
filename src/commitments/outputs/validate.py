"""The JSON output of ``commitments validate``: its records, its schema, one file's entry.

The records are documented field by field; ``schemas/validate-output-1.schema.json``
is generated from them.
"""

from typing import TYPE_CHECKING, Annotated, Any

from attrs import frozen

from commitments.model._field_types import Boolean
from commitments.model._fields import SchemaType, doc_field
from commitments.model.vocab import Severity
from commitments.outputs.provenance import Provenance, provenance_last

if TYPE_CHECKING:
    from commitments.model.findings import Finding

__all__ = [
    "VALIDATE_SCHEMA_ID",
    "FileOutput",
    "FindingOutput",
    "ValidateOutput",
    "file_json",
    "validate_output_schema",
]

#: The ``$id`` of the schema of ``validate --format json``.
VALIDATE_SCHEMA_ID = "https://commitments.dev/schemas/validate-output-1.schema.json"

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
        'The stable finding code (see "Validation" and "Rules" in the documentation).',
        examples=("duplicate-id", "schema.required"),
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


@frozen(kw_only=True, field_transformer=provenance_last)
class ValidateOutput(Provenance):
    """What ``commitments validate --format json`` prints."""

    ok: Boolean = doc_field("Whether every file passes; the exit code is 0 exactly then.")
    files: tuple[FileOutput, ...] = doc_field("One entry per file checked, in order.")


def validate_output_schema() -> dict[str, Any]:
    """Return the JSON Schema of ``validate --format json`` (generated from the classes above)."""
    from commitments.schema import class_schema

    return class_schema(
        ValidateOutput,
        schema_id=VALIDATE_SCHEMA_ID,
        title="commitments validate output, version 1",
        description="The findings of `commitments validate --format json`, file by file.",
    )


def file_json(
    path: str, ok: bool, shown: tuple["Finding", ...], omitted: int, error: str | None
) -> dict[str, Any]:
    """Return one file's entry of the output: the findings shown, how many were not, why unread."""
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
