"""Where each character of a derived text came from in the text it was derived from.

Extraction reads a text derived from the announcement: HTML tags dropped, entities
decoded, the line breaks of a newspaper column joined. Quotes are taken from the
derived text, but offsets point into the announcement as given, so that a reader
can find every sentence there. A :class:`Derivation` records, piece by piece, how
the derived text was made; its :class:`OffsetMap` takes a span back.

>>> derivation = Derivation("新增&amp;就业")
>>> derivation.copy(0, 2)
>>> derivation.replace("&", 2, 7)
>>> derivation.copy(7, 9)
>>> text, offsets = derivation.result()
>>> text, offsets.origin(2, 4)
('新增&就业', (2, 8))
"""

from bisect import bisect_right
from collections.abc import Sequence

from attrs import frozen

__all__ = ["Derivation", "OffsetMap", "line_and_column", "origin_span"]


@frozen
class OffsetMap:
    """The pieces of a derived text: copies of the origin, or stand-ins for an origin span.

    Attributes:
        starts: Where each piece starts in the derived text (increasing).
        origins: Where each piece starts in the origin.
        lengths: How many origin characters each piece stands for.
        copies: Whether each piece is a verbatim copy (one character for one).

    """

    starts: tuple[int, ...]
    origins: tuple[int, ...]
    lengths: tuple[int, ...]
    copies: tuple[bool, ...]

    @property
    def identity(self) -> bool:
        """Whether the derived text is the origin itself: one verbatim copy from its start."""
        return self.starts == (0,) and self.origins == (0,) and self.copies == (True,)

    def origin(self, start: int, end: int) -> tuple[int, int]:
        """Return the origin span of the derived span ``[start, end)`` (``end > start``)."""
        starts = self.starts
        first = max(bisect_right(starts, start) - 1, 0)
        if first + 1 == len(starts) or end - 1 < starts[first + 1]:
            last = first  # within one piece, as most spans are
        else:
            last = max(bisect_right(starts, end - 1) - 1, 0)
        begin = self.origins[first] + (start - self.starts[first] if self.copies[first] else 0)
        if self.copies[last]:
            finish = self.origins[last] + (end - 1 - self.starts[last]) + 1
        else:
            finish = self.origins[last] + self.lengths[last]
        return begin, finish


class Derivation:
    """A derived text under construction: append copies and replacements in order."""

    def __init__(self, origin: str) -> None:
        self.origin_text = origin
        self._parts: list[str] = []
        self._starts: list[int] = []
        self._origins: list[int] = []
        self._lengths: list[int] = []
        self._copies: list[bool] = []
        self._size = 0

    def copy(self, start: int, end: int) -> None:
        """Append ``origin[start:end]`` verbatim."""
        if end <= start:
            return
        if self._copies and self._copies[-1] and self._origins[-1] + self._lengths[-1] == start:
            self._lengths[-1] += end - start  # continues the last copy
        else:
            self._add(start, end - start, copy=True)
        self._parts.append(self.origin_text[start:end])
        self._size += end - start

    def replace(self, text: str, start: int, end: int) -> None:
        """Append ``text`` in place of ``origin[start:end]`` (either may be empty)."""
        if text:
            self._add(start, end - start, copy=False)
            self._parts.append(text)
            self._size += len(text)

    def _add(self, origin: int, length: int, *, copy: bool) -> None:
        self._starts.append(self._size)
        self._origins.append(origin)
        self._lengths.append(length)
        self._copies.append(copy)

    def result(self) -> tuple[str, OffsetMap]:
        """Return the derived text and its map back to the origin."""
        if not self._starts:  # an empty text maps to the origin's start
            self._add(0, 0, copy=False)
        offsets = OffsetMap(
            starts=tuple(self._starts),
            origins=tuple(self._origins),
            lengths=tuple(self._lengths),
            copies=tuple(self._copies),
        )
        return "".join(self._parts), offsets


def origin_span(maps: Sequence[OffsetMap], start: int, end: int) -> tuple[int, int]:
    """Take a span of the last derived text back through every map, to the origin.

    ``maps`` are in the order the texts were derived (the first maps to the origin).
    """
    for offsets in reversed(maps):
        start, end = offsets.origin(start, end)
        end = max(end, start + 1)
    return start, end


def line_and_column(line_starts: Sequence[int], offset: int) -> tuple[int, int]:
    """Return the 1-based line and column of ``offset``, given where each line starts."""
    line = bisect_right(line_starts, offset)
    return line, offset - line_starts[line - 1] + 1
