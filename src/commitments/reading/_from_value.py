"""Parsed Python values as the reading layer would have read them, with its findings.

:func:`commitments.validate` accepts a value that :func:`json.loads` (or any JSON
library) made. :func:`reading_of_value` copies it into the shape
:mod:`commitments.reading.document` gives, where numbers are ``int`` or
:class:`~decimal.Decimal` and never ``float``, and reports what the reading layer
would: a non-finite number (``json-nonfinite``), nesting deeper than
:data:`~commitments.reading.document.MAX_DEPTH` (``json-depth``) and a format version other
than 1.x (``unsupported-version``). Findings have pointers but no lines.
"""

from decimal import Decimal
from typing import Any

from commitments.model.findings import Finding
from commitments.model.vocab import Severity
from commitments.reading._format_version import unsupported_version
from commitments.reading.document import MAX_DEPTH
from commitments.reading.pointers import pointer

__all__ = ["reading_of_value"]


def reading_of_value(value: Any) -> tuple[Any, list[Finding]]:
    """Copy a parsed JSON value as the reading layer makes it, with its findings.

    >>> reading_of_value({"schema_version": "2.0", "rate": 95.0, "n": float("nan")})[0]
    {'schema_version': '2.0', 'rate': Decimal('95.0'), 'n': Decimal('NaN')}
    >>> [f.code for f in reading_of_value({"schema_version": "2.0", "n": float("nan")})[1]]
    ['json-nonfinite', 'unsupported-version']

    Args:
        value: ``dict``, ``list``/``tuple``, ``str``, ``int``, ``bool``, ``float``,
            :class:`~decimal.Decimal` or ``None``, nested.

    Returns:
        The copy (floats as the decimals they print as) and the findings.

    Raises:
        TypeError: Something in ``value`` is not JSON (a set, a non-string key).

    """
    findings: list[Finding] = []
    document = _json_value(value, (), findings)
    return document, findings + _version_findings(document)


#: The types of values copied as they are, without a look (subclasses take the long way).
_PLAIN = frozenset({str, int, bool, type(None)})


def _json_value(value: Any, parts: tuple[str | int, ...], found: list[Finding]) -> Any:
    """Copy a parsed JSON value as the reading layer would make it: Decimals, never floats."""
    if isinstance(value, dict | list | tuple) and len(parts) >= MAX_DEPTH:
        message = (
            f"arrays and objects are nested more than {MAX_DEPTH} levels deep; "
            "this library does not read that"
        )
        found.append(_error("json-depth", pointer(*parts), message))
        return None
    if isinstance(value, dict):
        if set(map(type, value)) - {str} and not all(isinstance(key, str) for key in value):
            raise TypeError(f"not a JSON value: an object key at {pointer(*parts)!r} is no string")
        return {
            key: item if type(item) in _PLAIN else _json_value(item, (*parts, key), found)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [
            item if type(item) in _PLAIN else _json_value(item, (*parts, index), found)
            for index, item in enumerate(value)
        ]
    if isinstance(value, float | Decimal):
        number = Decimal(repr(value)) if isinstance(value, float) else value
        if not number.is_finite():
            message = f"{value} is not a JSON number: numbers must be finite"
            found.append(_error("json-nonfinite", pointer(*parts), message))
        return number
    if value is None or isinstance(value, str | int):
        return value
    raise TypeError(f"not a JSON value: {type(value).__name__} at {pointer(*parts)!r}")


def _error(code: str, path: str, message: str) -> Finding:
    return Finding(code=code, severity=Severity.ERROR, path=path, message=message)


def _version_findings(document: Any) -> list[Finding]:
    message = unsupported_version(document)
    if message is None:
        return []
    return [_error("unsupported-version", "/schema_version", message)]
