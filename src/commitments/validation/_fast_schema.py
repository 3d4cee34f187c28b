"""The fast path of the schema layer: a compiled validator that only says yes or no.

Most documents a data team validates are valid, and for them the reference
validator (:mod:`commitments.validation._schema_layer`, which explains every error) is
slow work for nothing. :func:`is_valid` asks :mod:`jsonschema_rs` (Rust, the
plan schema compiled once, on first use, with ``format`` asserted) instead;
only a document it rejects needs the reference, to be explained.

The two agree on every JSON value the reading layer makes (a property test
checks it): :mod:`jsonschema_rs` takes Python ints of any size and
:class:`~decimal.Decimal` values as exact numbers, rejects ``NaN`` and
``Infinity`` as numbers, counts string lengths in code points and gives
``pattern`` the ECMA-262 semantics the reference emulates. It reads an ``int``
through its decimal text, so one longer than Python's int-to-text limit (4300
digits; the reading layer makes those Decimals, but a caller's parsed value may
hold one) would be judged invalid: a rejected document is asked again with its
long ints as equal Decimals. Where it cannot answer (a lone surrogate as the
whole document) or cannot be imported, the reference answers.
"""

import functools
from collections.abc import Callable
from typing import Any

from commitments.schema import plan_schema
from commitments.validation._long_ints import decimal_long_ints_changed

__all__ = ["compiled_validator", "is_valid"]

#: What the compiled validator may raise on a value it cannot take (see the module doc).
_CANNOT_TAKE = (ValueError, TypeError, OverflowError, RecursionError)


@functools.cache
def compiled_validator() -> Callable[[Any], bool] | None:
    """Return the compiled yes/no check of the plan schema, or ``None`` without jsonschema-rs.

    Compiled once per process, on first use (about 2 ms).
    """
    try:
        import jsonschema_rs
    except ImportError:
        return None
    validator = jsonschema_rs.validator_for(plan_schema(), validate_formats=True)
    return validator.is_valid


def is_valid(document: Any) -> bool:
    """Whether a JSON value passes the plan schema: no ``schema.*`` finding.

    Equal to ``schema_findings(document) == []`` for every JSON value, and much
    faster when jsonschema-rs is installed.

    >>> is_valid({"schema_version": "1.0", "jurisdiction": {"name": "吉林省"},
    ...           "year": 2021, "commitments": []})
    True
    >>> is_valid({"schema_version": "1.0", "year": 2021, "commitments": []})
    False

    Args:
        document: A JSON value (as :mod:`commitments.reading.document` makes it, or
            parsed by any JSON library).

    Returns:
        ``True`` when the document is valid against the plan schema.

    """
    check = compiled_validator()
    if check is not None:
        try:
            if check(document):
                return True
            exact, changed = decimal_long_ints_changed(document)
            return changed and check(exact)
        except _CANNOT_TAKE:
            pass
    from commitments.validation._schema_layer import (
        schema_findings,  # imports jsonschema: only when needed
    )

    return not schema_findings(document)
