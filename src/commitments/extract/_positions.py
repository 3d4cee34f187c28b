"""Where each character of a derived text came from in the text it was derived from.

Extraction reads a text derived from the announcement: HTML tags dropped, entities
decoded, the line breaks of a newspaper column joined. Quotes are taken from the
derived text, but offsets point into the announcement as given, so that a reader
can find every sentence there. The derived text is the announcement with spans replaced
(:func:`derive`); its :class:`OffsetMap` takes a span back.

>>> text, offsets = derive("新增&amp;就业", [2], [7], ["&"])
>>> text, offsets.origin(2, 4)
('新增&就业', (2, 8))
"""

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, compress
from operator import sub

from attrs import frozen

__all__ = ["OffsetMap", "derive", "line_and_column", "origin_span"]


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


def derive(
    origin: str, starts: Sequence[int], ends: Sequence[int], texts: Sequence[str]
) -> tuple[str, OffsetMap]:
    """Return ``origin`` with ``origin[starts[i]:ends[i]]`` replaced by ``texts[i]``, and its map.

    The spans are in order and none is empty or overlaps the next; what lies
    between them is copied. A copy is one piece of the map, and so is each
    replacement that is not empty (an empty one only leaves a gap in the origin).
    The work is done a list at a time, not a span at a time: a newspaper column
    has one span for each of its lines.
    """
    size = 2 * len(starts) + 1  # copy, replacement, copy, …, copy
    copied_from, copied_to = [0, *ends], [*starts, len(origin)]
    parts: list[str] = [""] * size
    parts[::2] = [origin[start:end] for start, end in zip(copied_from, copied_to, strict=True)]
    parts[1::2] = texts
    sizes: list[int] = [0] * size  # how long each piece is in the derived text
    sizes[::2] = copied = list(map(sub, copied_to, copied_from))
    sizes[1::2] = map(len, texts)
    origins: list[int] = [0] * size
    origins[::2] = copied_from
    origins[1::2] = starts
    lengths: list[int] = [0] * size
    lengths[::2] = copied
    lengths[1::2] = map(sub, ends, starts)
    copies = [True, False] * len(starts) + [True]
    pieces = tuple(compress(accumulate(sizes, initial=0), sizes))
    if not pieces:  # an empty text maps to the origin's start
        return "", OffsetMap(starts=(0,), origins=(0,), lengths=(0,), copies=(False,))
    offsets = OffsetMap(
        starts=pieces,
        origins=tuple(compress(origins, sizes)),
        lengths=tuple(compress(lengths, sizes)),
        copies=tuple(compress(copies, sizes)),
    )
    return "".join(parts), offsets


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
