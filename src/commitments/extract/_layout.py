r"""Lines back into paragraphs: the line breaks of a newspaper column are not sentence breaks.

An announcement copied from a newspaper page breaks its lines every 14 to 16
characters, mid-word (``建设5`` / ``个县域``). A line break is taken for such a
*wrap*, and joined, unless one of these says it ends a line on purpose:

* the line ends a sentence (``。！？；：`` …) or the paragraph (a blank line follows);
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

import re

from commitments.extract._positions import Derivation, OffsetMap

__all__ = ["ENUMERATOR", "join_wrapped_lines"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85")
# Runs of East Asian wide characters (CJK, kana, hangul, full-width forms): two columns each.
_WIDE = re.compile(
    "[\u2018\u2019\u201c\u201d\u2026\u2014\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+"
)
_ENDS_LINE = frozenset("。！？；：!?;:")
_CLOSERS = "”’」』）)】]》\"'"
#: An enumerator that starts an item: 一、 （一） (1) 1. 1、 ① 一是 第一，
ENUMERATOR = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|[（(]\d{1,2}[)）]"
    r"|\d{1,2}(?:[、．]|\.(?!\d))|[①-⑳]|[一二三四五六七八九十]{1,3}是"
    r"|第[一二三四五六七八九十]{1,3}[，,、]|[•·●▪◆■\-*]\s)"
)
_SHORT = 0.8
_MIN_BLOCK_WIDTH = 10
# The widest a newspaper column is (in columns: 20 Chinese characters).
_COLUMN = 40


def _width(line: str) -> int:
    return len(line) if line.isascii() else len(line) + sum(map(len, _WIDE.findall(line)))


def _is_wide(char: str) -> bool:
    return _WIDE.match(char) is not None


def join_wrapped_lines(text: str) -> tuple[str, OffsetMap]:
    """Return ``text`` with column wraps joined, one paragraph per line, and its offset map."""
    lines = _content_lines(text)
    derivation = Derivation(text)
    if not lines:
        derivation.copy(0, len(text))
        return derivation.result()
    begin = lines[0][0]  # where the line being copied starts: after a joint, at its content
    derivation.copy(0, begin)
    widths = _Widths(text, lines)
    for index, (_, end, _, content_end) in enumerate(lines):
        if index + 1 == len(lines):
            derivation.copy(begin, len(text))
            break
        following, _, next_content, _ = lines[index + 1]
        if _is_wrap(text, (begin, content_end), next_content, widths, index):
            derivation.copy(begin, content_end)
            joint = "" if _is_wide(text[content_end - 1]) or _is_wide(text[next_content]) else " "
            derivation.replace(joint, content_end, next_content)
            begin = next_content
            continue
        if text[end:following] == "\n":  # kept as it is: a copy, one piece with its line
            derivation.copy(begin, following)
        else:
            derivation.copy(begin, end)
            derivation.replace("\n", end, following)
        begin = following
    return derivation.result()


def _content_lines(text: str) -> list[tuple[int, int, int, int]]:
    """Return the (start, end) of every non-blank line, and of its content (spaces off)."""
    lines = []
    for start, end in _lines(text):
        line = text[start:end]
        content = line.lstrip()
        if content:
            lines.append((start, end, end - len(content), start + len(line.rstrip())))
    return lines


def _lines(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every line, without its line break."""
    lines, start = [], 0
    for match in _LINE_BREAK.finditer(text):
        lines.append((start, match.start()))
        start = match.end()
    lines.append((start, len(text)))
    return lines


class _Width:
    """How wide a non-blank line is, how wide its block's widest line, and what follows it."""

    __slots__ = ("blank_after", "block", "line", "single")

    def __init__(self, line: int, block: int, *, blank_after: bool, single: bool) -> None:
        self.line, self.block, self.blank_after, self.single = line, block, blank_after, single


class _Widths:
    """Every non-blank line's :class:`_Width`, each block measured when first asked.

    A block is the lines up to a blank line. Most lines end a sentence, and no width
    is needed to tell that they end on purpose.

    A block's first line counts four columns (two characters) wider: newspapers
    indent a paragraph's first line.
    """

    def __init__(self, text: str, lines: list[tuple[int, int, int, int]]) -> None:
        self.text, self.lines = text, lines
        self.blank_after = [
            not _LINE_BREAK.fullmatch(text[line[1] : lines[i + 1][0]])
            for i, line in enumerate(lines[:-1])
        ] + [True]
        self.block_of: list[int] = []  # the first line of each line's block
        first = 0
        for index, blank in enumerate(self.blank_after):
            self.block_of.append(first)
            if blank:
                first = index + 1
        self.blocks: dict[int, list[_Width]] = {}

    def __getitem__(self, index: int) -> _Width:
        first = self.block_of[index]
        block = self.blocks.get(first)
        if block is None:
            block = self.blocks[first] = self._measure(first)
        return block[index - first]

    def _measure(self, first: int) -> list[_Width]:
        last = first
        while not self.blank_after[last]:
            last += 1
        measured = [
            _width(self.text[content_start:content_end]) + (4 if index == first else 0)
            for index, (_, _, content_start, content_end) in enumerate(
                self.lines[first : last + 1], first
            )
        ]
        widest = max(measured)
        return [
            _Width(width, widest, blank_after=self.blank_after[index], single=first == last)
            for index, width in enumerate(measured, first)
        ]


def _is_wrap(
    text: str, line: tuple[int, int], next_content: int, widths: _Widths, index: int
) -> bool:
    """Return whether the break after ``line`` (number ``index``) is a column wrap.

    Across a blank line (a page break mid-sentence), only a full line of a
    newspaper column that ends with a Chinese character continues.
    """
    content = text[line[0] : line[1]]
    if content.rstrip(_CLOSERS)[-1:] in _ENDS_LINE or ENUMERATOR.match(text, next_content):
        return False
    width = widths[index]
    if width.blank_after and (width.single or width.block > _COLUMN or not _is_wide(content[-1])):
        return False
    return width.block >= _MIN_BLOCK_WIDTH and width.line >= _SHORT * width.block
