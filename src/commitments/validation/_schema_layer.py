"""The schema layer of validation (the second): findings from the reference validator.

The reference is :mod:`commitments.validation._schema_reference` (jsonschema's draft
2020-12 validator, judging as ECMA-262 and other implementations do) over
:func:`commitments.schema.plan_schema`, with the ``date`` format asserted.
Valid documents rarely need it: :mod:`commitments.validation._fast_schema` says yes or no
much faster, and only a rejected document needs explaining.

:func:`schema_findings` turns the errors into findings coded
``schema.<keyword>``, one per problem: an ``anyOf`` whose alternatives differ by
type is explained by the alternative of the value's type (a number inside a Text
object is a ``schema.type`` finding, not ``anyOf`` noise), a value that breaks
several keywords at once (a date that matches neither the pattern nor the
calendar) is reported once, and each missing key is its own ``schema.required``.
The messages come from :mod:`commitments.validation._schema_messages`. Keywords used only
inside an ``if`` (``const``) never give findings of their own: what a ``then``
requires is reported with the condition (``missing required key "unit" when
kind is quantity or level``).
"""

import functools
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator, ValidationError
from jsonschema.protocols import Validator

from commitments.model.findings import Finding
from commitments.model.vocab import Severity
from commitments.reading.pointers import pointer
from commitments.schema import plan_schema
from commitments.validation._long_ints import decimal_long_ints
from commitments.validation._schema_messages import SchemaPlaces, message_for, required_messages
from commitments.validation._schema_reference import ReferenceValidator

__all__ = ["reference_validator", "schema_findings"]

#: When one value breaks several keywords, the one reported (earliest first).
_PRIORITY = (
    "not",
    "type",
    "enum",
    "const",
    "pattern",
    "format",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "minItems",
    "uniqueItems",
    "minProperties",
)


@functools.cache
def reference_validator() -> tuple[Validator, SchemaPlaces]:
    """Return the reference validator of the plan schema, and where each subschema sits.

    Built once, on first use. Importing this module imports :mod:`jsonschema`
    (tens of milliseconds): import it only when :func:`commitments.validation._fast_schema.is_valid`
    has said no.
    """
    schema = plan_schema()
    validator = ReferenceValidator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return validator, SchemaPlaces.of(schema)


def _is_type(validator: Validator, instance: Any, types: object) -> bool:
    names = [types] if isinstance(types, str) else types if isinstance(types, list) else []
    return any(isinstance(name, str) and validator.is_type(instance, name) for name in names)


def _branch_for(validator: Validator, error: ValidationError) -> list[ValidationError] | None:
    """The errors of the one ``anyOf`` alternative meant for the value's type, if one is."""
    branches = error.validator_value if isinstance(error.validator_value, list) else []
    meant = [
        index
        for index, branch in enumerate(branches)
        if isinstance(branch, dict)
        and "type" in branch
        and _is_type(validator, error.instance, branch["type"])
    ]
    if len(meant) != 1:
        return None
    branch = [e for e in error.context if e.relative_schema_path[0] == meant[0]]
    return branch or None


def _explain(
    validator: Validator, error: ValidationError, places: SchemaPlaces
) -> Iterator[Finding]:
    keyword = str(error.validator)
    if keyword in ("anyOf", "oneOf"):
        branch = _branch_for(validator, error)
        if branch is not None:
            for inner in branch:
                yield from _explain(validator, inner, places)
            return
    parts: list[str | int] = list(error.absolute_path)
    if "propertyNames" in error.absolute_schema_path:
        keyword = "propertyNames"
        parts.append(str(error.instance))
    path = pointer(*parts)
    code = f"schema.{keyword}"
    if keyword == "required":
        for message in required_messages(error, places):
            yield Finding(code=code, severity=Severity.ERROR, path=path, message=message)
        return
    message = message_for(error, places, keyword)
    yield Finding(code=code, severity=Severity.ERROR, path=path, message=message)


def _rank(finding: Finding) -> int | None:
    keyword = finding.code.removeprefix("schema.")
    return _PRIORITY.index(keyword) if keyword in _PRIORITY else None


def _one_per_problem(findings: list[Finding]) -> list[Finding]:
    """Drop repeats, and keep one finding per value among keywords that judge the value."""
    unique = list(dict.fromkeys(findings))
    best: dict[str, int] = {}
    for finding in unique:
        rank = _rank(finding)
        if rank is not None:
            best[finding.path] = min(rank, best.get(finding.path, rank))
    return [f for f in unique if _rank(f) in (None, best.get(f.path))]


def schema_findings(document: Any) -> list[Finding]:
    """Check a document against the plan schema with the reference validator.

    Args:
        document: A JSON value (as :mod:`commitments.reading.document` makes it, or
            parsed by any JSON library).

    Returns:
        One ``schema.<keyword>`` finding per problem, each with a JSON Pointer to
        the offending value (for ``schema.required``, to the object missing the
        key; for ``schema.additionalProperties`` and ``schema.propertyNames``, to
        the member whose key is wrong); no file, line or column.

    """
    validator, places = reference_validator()
    try:
        errors = list(validator.iter_errors(document))
    except ValueError:  # jsonschema's own messages repr() an int too long to print
        errors = list(validator.iter_errors(decimal_long_ints(document)))
    findings = [finding for error in errors for finding in _explain(validator, error, places)]
    return _one_per_problem(findings)
