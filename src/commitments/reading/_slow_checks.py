"""The slow path of parsing: walk the value, and locate what the fast path only suspected.

Run only when the hooks of :func:`~commitments.reading._hooked_loads.hooked_loads` or
the byte scans fired: repeated keys, strings that may hold a lone surrogate, numbers
that are not finite or may not fit a double.
"""

import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from attrs import define

from commitments.model._patterns import LONE_SURROGATE
from commitments.model.number_range import beyond_double
from commitments.reading._hooked_loads import Seen
from commitments.reading._positions import SourceMap
from commitments.reading._problems import Problem

__all__ = ["SlowChecks"]

_NUMBER_TOKEN = re.compile(r"-?[0-9A-Za-z.+-]+")


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
class SlowChecks:
    """The slow path: walk the value, and locate what the fast path only suspected."""

    positions: SourceMap
    seen: Seen
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
        if not (out_of_range or infinite or beyond_double(number)):
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
