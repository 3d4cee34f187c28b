r"""Lines back into paragraphs: the line breaks of a newspaper column are not sentence breaks.

An announcement copied from a newspaper page breaks its lines every 14 to 16
characters, mid-word (``建设5`` / ``个县域``). A line break is taken for such a
*wrap*, and joined, unless one of these says it ends a line on purpose:

* the line ends a sentence (``。！？：`` …) or the paragraph (a blank line follows);
* the next line starts an enumerated item (``一、`` ``（二）`` ``3.`` ``④`` ``一是`` …);
* the line is short: narrower than four fifths of the widest line of its block
  (a heading, the last line of a paragraph, one item of a list).

A wrap between Chinese characters joins with nothing, elsewhere with one space.
Every other line break becomes a paragraph break: the derived text has one
paragraph per line.

>>> column = "\u3000\u3000开展城镇新增就\n业，建设5个县域电\n商公共服务中心。\n一、教育\n新建学校"
>>> text, _ = join_wrapped_lines(column)
>>> [line.strip() for line in text.split("\n")]
['开展城镇新增就业，建设5个县域电商公共服务中心。', '一、教育', '新建学校']
"""

import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cached_property
from itertools import accumulate, chain, compress, repeat
from operator import and_, is_, itemgetter, sub
from typing import TypeVar

from commitments.extract._positions import OffsetMap, derive

__all__ = ["ENUMERATOR", "join_wrapped_lines"]

# A group, so that splitting at line breaks keeps them.
_LINE_BREAK = re.compile(r"(\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85)")
_RARE_BREAKS = "\r\u2028\u2029\x0b\x0c\x85"
# East Asian wide characters (CJK, kana, hangul, full-width forms): two columns each.
_WIDE_CHARACTERS = (
    "\u2018\u2019\u201c\u201d\u2026\u2014\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf"
    "\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
)
_WIDE = re.compile(f"[{_WIDE_CHARACTERS}]")
_WIDE_RUN = re.compile(f"[{_WIDE_CHARACTERS}]+")
# Neither ASCII nor wide. In a text without one, a character is wide unless it is
# ASCII, and a line of n characters and b bytes of UTF-8 is (n + b) / 2 columns wide
# (a wide character is three bytes: all are below U+FFFF).
_NEITHER = re.compile(f"[^\x00-\x7f{_WIDE_CHARACTERS}]")
_ENDS_LINE = frozenset("。！？：!?:")
_CLOSERS = "”’」』）)】]》\"'"
_CLOSER = re.compile(f"[{re.escape(_CLOSERS)}]")
#: An enumerator that starts an item: 一、 （一） (1) 1. 1、 ① 一是 第一，
ENUMERATOR = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|[（(]\d{1,2}[)）]"
    r"|\d{1,2}(?:[、．]|\.(?!\d))|[①-⑳]|[一二三四五六七八九十]{1,3}是"
    r"|第[一二三四五六七八九十]{1,3}[，,、]|[•·●▪◆■\-*]\s)"
)
# What an enumerator can start with.
_ITEM_START = re.compile(r"[\d一二三四五六七八九十（(第①-⑳•·●▪◆■\-*]")
_SHORT = 0.8
_MIN_BLOCK_WIDTH = 10
# The widest a newspaper column is (in columns: 20 Chinese characters).
_COLUMN = 40
_FIRST, _LAST = itemgetter(0), itemgetter(-1)
_T = TypeVar("_T")
# What replaces the break after a line, by whether it wraps and whether it is one "\n"
# before the next line: "\n" (for blank lines, another break), None (it is kept), "".
_REPLACEMENTS: tuple[tuple[str | None, str | None], ...] = (("\n", None), ("", ""))


def _width(line: str) -> int:
    return len(line) if line.isascii() else len(line) + sum(map(len, _WIDE_RUN.findall(line)))


def join_wrapped_lines(text: str) -> tuple[str, OffsetMap]:
    """Return ``text`` with column wraps joined, one paragraph per line, and its offset map."""
    lines = _Lines(text)
    last = max(len(lines.contents) - 1, 0)  # the lines with a break after them
    wraps = _wraps(text, lines)
    # What replaces the break after each of those lines: None (it is kept), "\n", or a
    # wrap's joint. It replaces the span from the line's end to the next line's start;
    # a wrap's, from the line's content end to the next line's content.
    texts = [_REPLACEMENTS[wrap][simple] for wrap, simple in zip(wraps, lines.simple, strict=True)]
    if any(wraps):  # a wrap between narrow characters joins with a space
        plain = lines.plain
        narrow_ends = map(and_, wraps, _narrow(lines.lasts[:last], plain))
        for index in compress(range(last), narrow_ends):
            if _is_narrow(lines.firsts[index + 1], plain):
                texts[index] = " "
    cut_starts, cut_ends = lines.ends[:last], lines.starts[1:]
    if lines.padded:
        cut_starts = _pick(cut_starts, lines.content_ends[:last], wraps)
        cut_ends = _pick(cut_ends, lines.content_starts[1:], wraps)
    cut = [replacement is not None for replacement in texts]
    return derive(
        text,
        list(compress(cut_starts, cut)),
        list(compress(cut_ends, cut)),
        list(compress(texts, cut)),  # type: ignore[arg-type]  # the Nones are left out
    )


def _pick(otherwise: Iterable[_T], then: Iterable[_T], choices: Iterable[bool]) -> list[_T]:
    """Return ``then[i] if choices[i] else otherwise[i]`` for every ``i``."""
    return [b if c else a for a, b, c in zip(otherwise, then, choices, strict=True)]


def _narrow(characters: list[str], plain: bool) -> Iterator[bool]:
    """Return whether each character is narrow (one column), in a text ``plain`` or not."""
    if plain:
        return map(str.isascii, characters)
    return map(is_, map(_WIDE.match, characters), repeat(None))


def _is_narrow(character: str, plain: bool) -> bool:
    """Return whether ``character`` is narrow (one column), in a text ``plain`` or not."""
    return character.isascii() if plain else _WIDE.match(character) is None


class _Lines:
    r"""The non-blank lines of a text: where they and their content (spaces off) are.

    Attributes:
        contents: Each line's content.
        firsts: The first character of each line's content.
        lasts: The last character of each line's content.
        starts: Where each line starts.
        ends: Where each line ends (before its line break).
        content_starts: Where each line's content starts.
        content_ends: Where each line's content ends.
        padded: Whether a line has spaces around its content (else a line's content
            starts and ends where the line does).
        simple: Whether each line but the last is followed by one ``"\n"`` and the next line.
        blank_after: Whether a blank line (or the text's end) follows each line.
        text: The text.

    """

    def __init__(self, text: str) -> None:
        self.text = text
        rare = any(map(text.__contains__, _RARE_BREAKS))
        if rare:
            pieces = _LINE_BREAK.split(text)  # line, break, line, break, …, line
            bounds = list(accumulate(map(len, pieces), initial=0))
            rows = pieces[::2]
            row_starts, row_ends = bounds[::2], bounds[1::2]
        else:  # the same, faster
            rows = text.split("\n")
            row_starts = list(accumulate((len(row) + 1 for row in rows), initial=0))
            row_ends = [start - 1 for start in row_starts[1:]]
        stripped = list(map(str.strip, rows))
        self.contents = contents = list(compress(stripped, stripped))
        self.starts = list(compress(row_starts, stripped))
        self.ends = list(compress(row_ends, stripped))
        self.firsts = list(map(_FIRST, contents))
        self.lasts = list(map(_LAST, contents))
        kept = list(compress(rows, stripped))
        self.padded = kept != contents
        if self.padded:
            self.content_ends = [
                start + len(row.rstrip()) for start, row in zip(self.starts, kept, strict=True)
            ]
            self.content_starts = [
                end - len(content) for end, content in zip(self.content_ends, contents, strict=True)
            ]
        else:
            self.content_starts, self.content_ends = self.starts, self.ends
        following = list(compress([*stripped[1:], ""], stripped))  # the next row's content
        self.blank_after = [not row for row in following]
        self.simple = [bool(row) for row in following[:-1]]
        if rare:
            breaks = compress(pieces[1::2], stripped)  # the one after each line
            self.simple = [  # (the last line's break, if any, has no line after it)
                simple and line_break == "\n"
                for simple, line_break in zip(self.simple, breaks, strict=False)
            ]

    @cached_property
    def plain(self) -> bool:
        """Whether every character of the text is ASCII or wide (looked at when first asked)."""
        return self.text.isascii() or _NEITHER.search(self.text) is None


def _wraps(text: str, lines: _Lines) -> list[bool]:
    """Return whether the break after each line but the last is a column wrap.

    Across a blank line (a page break mid-sentence), only a full line of a
    newspaper column that ends with a Chinese character continues.
    """
    lasts = lines.lasts[:-1]
    wraps = [last not in _ENDS_LINE for last in lasts]
    # A line may end a sentence before closing quotes or brackets, and the next may
    # start an item: their last or first characters say where to look (joined, one a line).
    for found in _CLOSER.finditer("".join(lasts)):
        index = found.start()
        wraps[index] = lines.contents[index].rstrip(_CLOSERS)[-1:] not in _ENDS_LINE
    for found in _ITEM_START.finditer("".join(lines.firsts[1:])):
        index = found.start()
        if wraps[index] and ENUMERATOR.match(text, lines.content_starts[index + 1]):
            wraps[index] = False
    if not any(wraps):
        return wraps
    widths, block_starts, widest = _widths(lines)
    # A line wraps if it is at least four fifths as wide as its block's widest.
    shortest = [_SHORT * width if width >= _MIN_BLOCK_WIDTH else math.inf for width in widest]
    sizes = map(sub, [*block_starts[1:], len(widths)], block_starts)
    limits = chain.from_iterable(map(repeat, shortest, sizes))  # each line's
    # (widths and limits have the last line too, which has no break after it)
    wraps = [
        wrap and width >= limit for wrap, width, limit in zip(wraps, widths, limits, strict=False)
    ]
    blank_after = lines.blank_after
    for index in compress(range(len(wraps)), map(and_, wraps, blank_after)):
        single = index == 0 or blank_after[index - 1]
        narrow_end = _is_narrow(lines.lasts[index], lines.plain)
        if single or widest[bisect_right(block_starts, index) - 1] > _COLUMN or narrow_end:
            wraps[index] = False
    return wraps


def _widths(lines: _Lines) -> tuple[list[int], list[int], list[int]]:
    """Return how wide each non-blank line is, where each block starts, and its widest line.

    A block is the lines up to a blank line. A block's first line counts four
    columns (two characters) wider: newspapers indent a paragraph's first line.
    """
    contents = lines.contents
    widths = [(len(line) + len(line.encode("utf-8", "surrogatepass"))) // 2 for line in contents]
    if not lines.plain:  # the lines with a character neither ASCII nor wide, measured
        for index in compress(range(len(contents)), map(_NEITHER.search, contents)):
            widths[index] = _width(contents[index])
    blank_after = lines.blank_after
    starts = [0, *compress(range(1, len(blank_after)), blank_after)]
    for start in starts:
        widths[start] += 4
    blocks = map(slice, starts, [*starts[1:], len(widths)])
    return widths, starts, list(map(max, map(widths.__getitem__, blocks)))
