"""Where each character of a derived text came from in the text it was derived from.

Extraction reads a text derived from the announcement: HTML tags dropped, entities
decoded, the line breaks of a newspaper column joined. Quotes are taken from the
derived text, but offsets point into the announcement as given, so that a reader
can find every sentence there. The derived text is the announcement with spans replaced
(:func:`derive`); its :class:`OffsetMap` takes a span back.

>>> text, offsets = derive("新增&amp;就业", [2], [7], ["&"])
>>> text, offsets.origins([(2, 4)])
('新增&就业', [(2, 8)])
>>> origin_spans([offsets], [(2, 4), (0, 2)])
[(2, 8), (0, 2)]
"""

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate
from operator import add, le, sub

from attrs import frozen

__all__ = ["OffsetMap", "derive", "line_starts", "lines_and_columns", "origin_spans"]

_LINE_END = re.compile(r"\r\n|\r|\n")


@frozen
class OffsetMap:
    """A derived text as its origin with spans replaced: what was cut, and where it went.

    The derived text is made of pieces: copies of the origin (one character for
    one) between the cut spans, and the replacements of the cut spans. A derived
    position is taken back through the piece it falls in; one past the text's end,
    through its last piece (a copy runs on, a replacement stands for its whole span).

    Attributes:
        size: How long the derived text is.
        cut_starts: Where each cut span starts in the origin (in order).
        cut_ends: Where each cut span ends in the origin.
        placed: Where each cut span's replacement starts in the derived text.
        sizes: How long each replacement is (0: the span is only left out).

    """

    size: int
    cut_starts: tuple[int, ...]
    cut_ends: tuple[int, ...]
    placed: tuple[int, ...]
    sizes: tuple[int, ...]

    @property
    def identity(self) -> bool:
        """Whether every span goes back to itself: all but the first copy are empty."""
        if not self.size:
            return False
        start, origin, _, copy, _ = self._piece(self.size - 1)
        return copy and start == origin == 0

    def origins(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """Return the origin span of each derived span ``[start, end)``.

        An empty derived text stands for the origin's start, and a span that comes
        back empty is made one character long.

        In one pass, each piece looked up by its index in lists made once.
        """
        size, placed = self.size, self.placed
        if not size:
            return [(0, 1) for _ in spans]
        cut_starts, cut_ends = self.cut_starts, self.cut_ends
        replaced_ends = [*map(add, placed, self.sizes)]
        # The copy after each replacement, by its index + 1 (the first: before any):
        # where it starts in the derived text, minus where it starts in the origin.
        copy_shifts = [0, *map(sub, replaced_ends, cut_ends)]
        copy_ends = [*placed, size]
        last = size - 1
        result = []
        for start, end in spans:
            position = start if 0 <= start <= last else 0 if start < 0 else last
            cut = bisect_right(placed, position) - 1
            if cut >= 0 and position < replaced_ends[cut]:  # in a replacement
                begin, after, finish = cut_starts[cut], replaced_ends[cut], cut_ends[cut]
            else:
                shift = copy_shifts[cut + 1]
                begin, after, finish = start - shift, copy_ends[cut + 1], end - shift
            if end - 1 >= after and after < size:  # ends in a later piece
                position = end - 1 if end <= size else last
                cut = bisect_right(placed, position) - 1
                if cut >= 0 and position < replaced_ends[cut]:
                    finish = cut_ends[cut]
                else:
                    finish = end - copy_shifts[cut + 1]
            result.append((begin, finish if finish > begin else begin + 1))
        return result

    def _piece(self, position: int) -> tuple[int, int, int, bool, int]:
        """Return the piece ``position`` falls in, as five figures.

        Where it starts in the derived text, where it starts in the origin and how
        long it is there, whether it is a copy, and where it ends in the derived text.
        A position before the text is taken for its first character, one after it for
        its last.
        """
        position = min(max(position, 0), self.size - 1)
        placed, sizes = self.placed, self.sizes
        cut = bisect_right(placed, position) - 1  # the last replacement placed up to here
        if cut >= 0 and position < placed[cut] + sizes[cut]:
            start = self.cut_starts[cut]
            return placed[cut], start, self.cut_ends[cut] - start, False, placed[cut] + sizes[cut]
        after = placed[cut + 1] if cut + 1 < len(placed) else self.size
        if cut < 0:
            return 0, 0, after, True, after
        copied = placed[cut] + sizes[cut]
        return copied, self.cut_ends[cut], after - copied, True, after


def derive(
    origin: str,
    starts: Sequence[int],
    ends: Sequence[int],
    texts: Sequence[str],
    *,
    copies: Sequence[str] | None = None,
) -> tuple[str, OffsetMap]:
    """Return ``origin`` with ``origin[starts[i]:ends[i]]`` replaced by ``texts[i]``, and its map.

    The spans are in order, and none overlaps the next; what lies between them is
    copied (``copies``: those texts, if the caller has them already).
    """
    if copies is None:
        spans = zip([0, *ends], [*starts, len(origin)], strict=True)
        copies = [origin[start:end] for start, end in spans]
    parts: list[str] = [""] * (2 * len(starts) + 1)  # copy, replacement, copy, …, copy
    parts[::2] = copies
    parts[1::2] = texts
    sizes = list(map(len, texts))
    # A replacement is placed where its span starts, moved back by what the spans
    # before it took out and forward by what their replacements put in.
    shifts = accumulate(map(sub, map(sub, ends, starts), sizes), initial=0)
    derived = "".join(parts)
    offsets = OffsetMap(
        size=len(derived),
        cut_starts=tuple(starts),
        cut_ends=tuple(ends),
        placed=tuple(map(sub, starts, shifts)),
        sizes=tuple(sizes),
    )
    return derived, offsets


def origin_spans(
    maps: Sequence[OffsetMap], spans: Sequence[tuple[int, int]]
) -> Sequence[tuple[int, int]]:
    """Take spans of the last derived text back through every map, to the origin.

    ``maps`` are in the order the texts were derived (the first maps to the origin).
    A span that comes back empty is taken for one character.
    """
    for offsets in reversed(maps):
        spans = offsets.origins(spans)
    return spans


def line_starts(text: str) -> list[int]:
    r"""Return where each line of ``text`` starts: after each ``\r\n``, ``\r`` or ``\n``.

    >>> line_starts("a\nbc\r\nd")
    [0, 2, 6]
    """
    if "\r" in text:
        return [0, *(match.end() for match in _LINE_END.finditer(text))]
    # Each line is one character longer than its text: the break after it.
    return [*accumulate(map((1).__add__, map(len, text.split("\n")[:-1])), initial=0)]


def lines_and_columns(text: str, offsets: Sequence[int]) -> list[tuple[int, int]]:
    r"""Return the line and column (both 1-based) of each offset into ``text``.

    A line ends after each ``\r\n``, ``\r`` or ``\n``, as :func:`line_starts` says.

    >>> lines_and_columns("a\nbc\r\nd", [0, 3, 6, 2])
    [(1, 1), (2, 2), (3, 1), (2, 1)]

    Offsets in order (as a draft's sentences come) are counted forward from one to
    the next, the line breaks between them counted in C, with no table of every
    line of the text; other offsets, and a text with ``\r``, are looked up in that table.
    """
    if "\r" in text or not all(map(le, offsets, offsets[1:])) or (offsets and offsets[0] < 0):
        starts = line_starts(text)
        located = []
        for offset in offsets:
            line = bisect_right(starts, offset)
            located.append((line, offset - starts[line - 1] + 1))
        return located
    count, rfind = text.count, text.rfind
    line, last_break, previous = 1, -1, 0  # the line of ``previous``, and its break before
    located = []
    for offset in offsets:
        breaks = count("\n", previous, offset)
        if breaks:
            line += breaks
            last_break = rfind("\n", previous, offset)
        previous = offset
        located.append((line, offset - last_break))
    return located
