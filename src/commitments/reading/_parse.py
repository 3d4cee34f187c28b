"""Decoded JSON text to a value and a list of problems, fast when there are none.

The fast path is one :func:`json.loads` (Decimals for non-integers, an
``object_hook`` that counts keys, a ``parse_constant`` that notices
``NaN``/``Infinity``, number hooks that notice a number that may overflow a
double) and two C-speed scans of the bytes: one that counts object members and
measures nesting depth, and one that can only say "maybe": escapes that may be
surrogates. More keys in the text than in the objects read means a duplicate
key. Only when something fires does the slow path run: parse again to catch the
objects with duplicates, walk the value to find what and where, and ask the
:class:`~commitments.reading._positions.SourceMap` for offsets.

Problems carry pointer parts and a text offset; :mod:`commitments.reading.document`
turns them into located findings.
"""

import json
import math
import re
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from typing import Any

from attrs import define, field

from commitments.model._patterns import LONE_SURROGATE
from commitments.model.vocab import Severity
from commitments.reading._format_version import unsupported_version
from commitments.reading._positions import SourceMap, find_too_deep
from commitments.reading._syntax_messages import syntax_message

__all__ = ["Outcome", "Problem", "parse", "parse_uncounted", "prescan"]

_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_NUMBER_TOKEN = re.compile(r"-?[0-9A-Za-z.+-]+")

# A number with no more digits before its point than this, or a smaller exponent, fits a double.
_DOUBLE_DIGITS = 308
_NOT_STRUCTURAL = bytes(byte for byte in range(256) if byte not in b'"[]{}:')
_CHUNK = 256


@define
class Problem:
    """One finding before it is located in a file.

    Attributes:
        code: The finding code.
        parts: Pointer parts of the offending value.
        message: The finding's message.
        offset: Where in the text to point (code points from the start).
        severity: Error or warning.

    """

    code: str
    parts: list[str]
    message: str
    offset: int
    severity: Severity = Severity.ERROR


@define
class Outcome:
    """The value read from a text (``None`` if unreadable) and its problems."""

    value: Any = None
    readable: bool = True
    problems: list[Problem] = field(factory=list)


@define
class _Seen:
    """What the parse hooks saw: the triggers of the slower checks."""

    value: Any = None
    keys: int = 0
    duplicates: dict[int, dict[str, Any]] = field(factory=dict)
    constants: bool = False
    large: bool = False
    out_of_range: dict[int, Decimal] = field(factory=dict)

    @property
    def odd_numbers(self) -> bool:
        """Whether some number is ``NaN``, ``Infinity`` or may not fit a double."""
        return self.constants or self.large or bool(self.out_of_range)


def _loads(text: str, *, duplicates: bool = False, count_keys: bool = True) -> _Seen:
    """Parse with hooks: count keys or (slower) keep the objects with duplicates.

    With ``count_keys`` false and no ``duplicates``, objects are left to the
    caller to count (see :func:`parse_uncounted`).

    Every number goes through a hook, which notes one that may be too large for
    a double, and survives integers beyond the int digit limit and exponents
    beyond the Decimal range.
    """
    seen = _Seen()

    def object_hook(obj: dict[str, Any]) -> dict[str, Any]:
        seen.keys += len(obj)
        return obj

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            seen.duplicates[id(obj)] = obj
        return obj

    def constant_hook(name: str) -> Decimal:
        seen.constants = True
        return Decimal(name)

    def float_hook(number: str) -> Decimal:
        try:
            value = Decimal(number)
        except InvalidOperation:
            # An exponent beyond 10**18: to every other reader an infinity or a zero.
            sign = "-" if number.startswith("-") else ""
            mantissa, _, exponent = number.lower().partition("e")
            if not mantissa.strip("-0."):
                return Decimal(sign + "0")  # zero, exactly: nothing is lost
            value = Decimal(sign + ("0" if exponent.startswith("-") else "Infinity"))
            seen.out_of_range[id(value)] = value
            return value
        if value.adjusted() >= _DOUBLE_DIGITS:
            seen.large = True
        return value

    def int_hook(number: str) -> int | Decimal:
        if len(number) <= _DOUBLE_DIGITS:
            return int(number)
        seen.large = True
        try:
            return int(number)
        except ValueError:  # longer than the int digit limit
            return Decimal(number)

    seen.value = json.loads(
        text,
        parse_float=float_hook,
        parse_int=int_hook,
        parse_constant=constant_hook,
        object_hook=None if duplicates or not count_keys else object_hook,
        object_pairs_hook=pairs_hook if duplicates else None,
    )
    return seen


def prescan(raw: bytes, limit: int) -> tuple[int, bool]:
    """Count the members of all objects, and tell whether nesting exceeds ``limit``.

    Exact for valid JSON, and for the valid beginning of invalid JSON (which is
    all a parser reads before it fails). Drops escaped backslashes and quotes,
    keeps only quotes, brackets and colons, and drops every string: all with
    C-speed bytes operations, then a loop over chunks of brackets.

    Returns:
        The number of ``:`` outside strings, and whether some array or object
        lies more than ``limit`` levels deep.

    """
    if b"\\" in raw:
        raw = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    kept = raw.translate(None, _NOT_STRUCTURAL).replace(b'""', b"")
    if b'"' in kept:
        kept = b"".join(kept.split(b'"')[::2])
    members = kept.count(b":")
    brackets = kept.translate(None, b":") if members else kept
    depth = 0
    for start in range(0, len(brackets), _CHUNK):
        chunk = brackets[start : start + _CHUNK]
        opened = chunk.count(b"[") + chunk.count(b"{")
        if depth + opened <= limit:
            depth += 2 * opened - len(chunk)
            continue
        for byte in chunk:
            depth += 1 if byte in b"[{" else -1
            if depth > limit:
                return members, True
    return members, False


def _may_escape_surrogates(raw: bytes) -> bool:
    """Whether some escape may stand for half of a surrogate pair (may say yes wrongly)."""
    return b"\\" in raw and _SURROGATE_ESCAPE.search(raw) is not None


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
    if _may_escape_surrogates(raw):
        return None
    try:
        seen = _loads(text, count_keys=False)
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
    if too_deep:
        where = find_too_deep(text, max_depth)
        if where is not None:
            return Outcome(readable=False, problems=[_depth_problem(where, max_depth)])
    try:
        seen = _loads(text)
    except json.JSONDecodeError as error:
        parts, kind = positions.enclosing(error.pos)
        message = syntax_message(error.msg, text, error.pos, kind=kind, unit=unit)
        return Outcome(readable=False, problems=[Problem("json-syntax", parts, message, error.pos)])
    except RecursionError:
        return Outcome(readable=False, problems=[_depth_problem((positions.root(), []), None)])
    if seen.keys != members:
        # A key repeated: parse again, keeping the objects that had one.
        # Everything noted is noted again, about the objects of the new value.
        seen = _loads(text, duplicates=True)
    positions.unique_keys = not seen.duplicates
    problems = _version_problems(seen.value, positions)
    strings = surrogates or _may_escape_surrogates(raw)
    numbers = seen.odd_numbers
    if seen.duplicates or strings or numbers:
        checks = _Checks(positions, seen, strings=strings, numbers=numbers)
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


def _is_overflow(number: int | Decimal) -> bool:
    if isinstance(number, int):
        try:
            float(number)
        except OverflowError:
            return True
        return False
    return number.is_finite() and math.isinf(float(number))


def _shorten(text: str) -> str:
    return text if len(text) <= 24 else f"{text[:16]}… ({len(text)} characters)"


#: Where the walk is: ``(parent path, key or index)``, ``None`` at the root.
_Path = tuple["_Path", str | int] | None


def _parts(path: _Path) -> list[str]:
    parts: list[str] = []
    while path is not None:
        path, part = path
        parts.append(str(part))
    parts.reverse()
    return parts


@define
class _Checks:
    """The slow path: walk the value, and locate what the fast path only suspected."""

    positions: SourceMap
    seen: _Seen
    strings: bool
    numbers: bool

    def run(self) -> Iterator[Problem]:
        """Yield the problems of the value, walking it without recursion."""
        scalars = self.strings or self.numbers
        stack: list[tuple[Any, _Path]] = [(self.seen.value, None)]
        while stack:
            item, path = stack.pop()
            if isinstance(item, dict):
                if id(item) in self.seen.duplicates:
                    yield from self._duplicates(_parts(path))
                for key, child in item.items():
                    if self.strings and LONE_SURROGATE.search(key):
                        yield self._surrogate([*_parts(path), key], key, is_key=True)
                    if scalars or isinstance(child, dict | list):
                        stack.append((child, (path, key)))
            elif isinstance(item, list):
                stack.extend(
                    (child, (path, index))
                    for index, child in enumerate(item)
                    if scalars or isinstance(child, dict | list)
                )
            elif isinstance(item, str):
                if self.strings and LONE_SURROGATE.search(item):
                    yield self._surrogate(_parts(path), item, is_key=False)
            elif self.numbers and isinstance(item, int | Decimal) and not isinstance(item, bool):
                problem = self._number(_parts(path), item)
                if problem is not None:
                    yield problem

    def _duplicates(self, parts: list[str]) -> Iterator[Problem]:
        container = self.positions.container(self.positions.offset(parts))
        if container is None:  # pragma: no cover - the text was valid JSON
            return
        container.scan_all()
        first: dict[str, int] = {}
        for key, offset in zip(container.keys, container.key_offsets, strict=True):
            if key not in first:
                first[key] = offset
                continue
            line, column = self.positions.line_column(first[key])
            message = f'duplicate key "{key}" (first on line {line}, column {column})'
            yield Problem("json-duplicate-key", [*parts, key], message, offset)

    def _surrogate(self, parts: list[str], text: str, *, is_key: bool) -> Problem:
        found = LONE_SURROGATE.search(text)
        escape = f"\\u{ord(found[0]):04x}" if found else ""
        what = "key" if is_key else "string"
        message = f"this {what} holds an unpaired surrogate ({escape}), which is not valid UTF-8"
        return Problem("encoding", parts, message, self.positions.offset(parts, key=is_key))

    def _number(self, parts: list[str], number: int | Decimal) -> Problem | None:
        out_of_range = id(number) in self.seen.out_of_range
        infinite = isinstance(number, Decimal) and not number.is_finite()
        if not (out_of_range or infinite or _is_overflow(number)):
            return None
        offset = self.positions.offset(parts)
        token = _NUMBER_TOKEN.match(self.positions.text, offset)
        shown = _shorten(token[0] if token else str(number))
        if out_of_range:
            message = f"{shown} is out of range: its exponent is too large to hold"
        elif infinite:
            message = f"{shown} is not a JSON number: numbers must be finite"
        else:
            message = f"{shown} is too large for a 64-bit float: other tools read it as infinity"
        return Problem("json-nonfinite", parts, message, offset)
