"""The members of one JSON array or object, found in its text lazily, as far as needed.

A :class:`Container` scans its members only when asked for one, skipping each value
with the standard library's C scanner (:meth:`json.JSONDecoder.raw_decode`); the
:class:`~commitments.reading._positions.SourceMap` of a text keeps the containers it
has entered. Offsets are indexes into the decoded text (code points).
"""

import json
import re

__all__ = ["Container", "skip_whitespace"]

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_INDEX = re.compile(r"0|[1-9][0-9]*")
# Skip values at C speed, without Decimals; the second copes with integers past
# the int digit limit, more slowly.
_SKIPPER = json.JSONDecoder(parse_float=float)
_SKIPPER_LONG_INTS = json.JSONDecoder(parse_float=float, parse_int=float)


class Container:
    """The members of one array or object, scanned lazily, as far as needed.

    Args:
        text: The JSON text.
        start: Offset of the opening bracket.

    Attributes:
        kind: ``"{"`` or ``"["``.
        keys: Each member's key (objects only), duplicates included, in order.
        key_offsets: Offset of each key's opening quote (objects only).
        value_offsets: Offset where each member's value starts.
        value_ends: Offset just past each value; ``None`` for a value that
            could not be read (only ever the last one).
        finished: Whether scanning is over: the closing bracket or a problem
            was reached.

    """

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.kind = text[start]
        self.keys: list[str] = []
        self.key_offsets: list[int] = []
        self.value_offsets: list[int] = []
        self.value_ends: list[int | None] = []
        self.finished = False
        self._last: dict[str, int] = {}
        self._closer = "}" if self.kind == "{" else "]"
        self._next = skip_whitespace(text, start + 1)
        if text.startswith(self._closer, self._next):
            self.finished = True

    def _scan_one(self) -> None:
        """Scan the next member, or finish."""
        text, offset = self.text, self._next
        if self.kind == "{":
            key = _read_key(text, offset)
            after = -1 if key is None else skip_whitespace(text, key[1])
            if key is None or not text.startswith(":", after):
                self.finished = True
                return
            self._last[key[0]] = len(self.keys)
            self.keys.append(key[0])
            self.key_offsets.append(offset)
            offset = skip_whitespace(text, after + 1)
        end = _skip_value(text, offset)
        self.value_offsets.append(offset)
        self.value_ends.append(end)
        if end is not None:
            self._next = skip_whitespace(text, end)
            if text.startswith(",", self._next):
                self._next = skip_whitespace(text, self._next + 1)
                return
        self.finished = True

    def scan_all(self) -> "Container":
        """Scan every member (up to the closing bracket or the first problem).

        Returns:
            The container itself.

        """
        while not self.finished:
            self._scan_one()
        return self

    def member(self, part: str, *, unique_keys: bool = False) -> int | None:
        """Return the index of the member a pointer part names, if it exists.

        Args:
            part: An unescaped pointer part: a key, or an array index.
            unique_keys: Whether the document is known to repeat no key, so that
                the scan may stop at the first occurrence.

        Returns:
            The member's index (for a repeated key, its last occurrence, whose
            value is the one a reader keeps), or ``None``.

        """
        if self.kind == "[":
            if not _INDEX.fullmatch(part):
                return None
            index = int(part)
            while len(self.value_offsets) <= index and not self.finished:
                self._scan_one()
            return index if index < len(self.value_offsets) else None
        while not (self.finished or (unique_keys and part in self._last)):
            self._scan_one()
        return self._last.get(part)


def skip_whitespace(text: str, offset: int) -> int:
    match = _WHITESPACE.match(text, offset)
    return offset if match is None else match.end()


def _skip_value(text: str, offset: int) -> int | None:
    try:
        return _SKIPPER.raw_decode(text, offset)[1]
    except (json.JSONDecodeError, RecursionError):
        return None
    except ValueError:  # an integer past the int digit limit
        pass
    try:
        return _SKIPPER_LONG_INTS.raw_decode(text, offset)[1]
    except (ValueError, RecursionError):
        return None


def _read_key(text: str, offset: int) -> tuple[str, int] | None:
    if not text.startswith('"', offset):
        return None
    try:
        key, end = _SKIPPER.raw_decode(text, offset)
    except ValueError:
        return None
    return key, end
