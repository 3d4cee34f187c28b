"""Decoded JSON text to a value and a list of problems, fast when there are none.

The fast path is one :func:`json.loads` (Decimals for non-integers, an
``object_hook`` that counts keys, a ``parse_constant`` that notices
``NaN``/``Infinity``, number hooks that notice a number that may overflow a
double) and two C-speed scans of the bytes: one that counts object members and
measures nesting depth, and one that can only say "maybe": escapes that may be
surrogates. More keys in the text than in the objects read means a duplicate
key. Only when something fires does the slow path run: parse again to catch the
objects with duplicates, walk the value to find what and where, and ask the
:class:`~commitments.reading._positions.SourceMap` for offsets (see
:mod:`commitments.reading._slow_checks`).

Problems carry pointer parts and a text offset; :mod:`commitments.reading.document`
turns them into located findings.
"""

import json
from typing import Any

from commitments.reading._byte_scans import may_escape_surrogates, prescan
from commitments.reading._format_version import unsupported_version
from commitments.reading._hooked_loads import hooked_loads
from commitments.reading._positions import SourceMap
from commitments.reading._problems import Outcome, Problem

__all__ = ["parse", "parse_uncounted"]


def parse_uncounted(text: str, raw: bytes) -> Any:
    """Parse a text whose keys the caller counts, or ``None`` if the reading layer may object.

    Args:
        text: The text, as decoded from ``raw`` (holding no surrogate itself).
        raw: The text as UTF-8.

    Returns:
        The value, or ``None`` where :func:`parse` might find a problem besides
        a repeated key or nesting too deep: a syntax error, an escape that may
        stand for a lone surrogate, ``NaN`` or ``Infinity``, a number that may
        not fit a double.

    """
    if may_escape_surrogates(raw):
        return None
    try:
        seen = hooked_loads(text, count_keys=False)
    except (ValueError, RecursionError):  # a JSONDecodeError is a ValueError
        return None
    if seen.odd_numbers:
        return None
    return seen.value


def parse(
    positions: SourceMap, raw: bytes, *, unit: str, max_depth: int, surrogates: bool = False
) -> Outcome:
    """Read the JSON value of a text and every problem with it.

    Args:
        positions: The position map of the text (holding the text).
        raw: The text as UTF-8 bytes (with ``surrogatepass``).
        unit: ``"file"`` or ``"line"``, for messages.
        max_depth: The deepest nesting of arrays and objects allowed.
        surrogates: Whether the text itself holds surrogate code points.

    Returns:
        The value, whether it could be read, and the problems.

    """
    text = positions.text
    members, too_deep = prescan(raw, max_depth)
    # What only a document with a problem needs is imported when one comes (start-up time).
    if too_deep:
        from commitments.reading._deep_nesting import find_too_deep

        where = find_too_deep(text, max_depth)
        if where is not None:
            return Outcome(readable=False, problems=[_depth_problem(where, max_depth)])
    try:
        seen = hooked_loads(text)
    except json.JSONDecodeError as error:
        from commitments.reading._syntax_messages import syntax_message

        parts, kind = positions.enclosing(error.pos)
        message = syntax_message(error.msg, text, error.pos, kind=kind, unit=unit)
        return Outcome(readable=False, problems=[Problem("json-syntax", parts, message, error.pos)])
    except RecursionError:
        return Outcome(readable=False, problems=[_depth_problem((positions.root(), []), None)])
    if seen.keys != members:
        # A key repeated: parse again, keeping the objects that had one.
        # Everything noted is noted again, about the objects of the new value.
        seen = hooked_loads(text, duplicates=True)
    positions.unique_keys = not seen.duplicates
    problems = _version_problems(seen.value, positions)
    strings = surrogates or may_escape_surrogates(raw)
    numbers = seen.odd_numbers
    if seen.duplicates or strings or numbers:
        from commitments.reading._slow_checks import SlowChecks

        checks = SlowChecks(positions, seen, strings=strings, numbers=numbers)
        problems.extend(checks.run())
    return Outcome(value=seen.value, problems=problems)


def _depth_problem(where: tuple[int, list[str]], max_depth: int | None) -> Problem:
    limit = "too deeply" if max_depth is None else f"more than {max_depth} levels deep"
    message = f"arrays and objects are nested {limit}; this library does not read that"
    return Problem("json-depth", where[1], message, where[0])


def _version_problems(value: Any, positions: SourceMap) -> list[Problem]:
    message = unsupported_version(value)
    if message is None:
        return []
    parts = ["schema_version"]
    return [Problem("unsupported-version", parts, message, positions.offset(parts))]
