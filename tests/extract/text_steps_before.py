"""The text steps of extraction as they were before they were made faster, kept to compare.

A frozen copy of ``html_text`` (``extract/_html.py``), ``join_wrapped_lines``
(``extract/_layout.py``) and the ``Derivation`` they built their offset maps with
(``extract/_positions.py``): ``test_text_steps.py`` checks that the package's
faster versions give the same text and the same offsets for every input. Not to
be edited but where a rule of the text steps itself changes, in both at once (it is
the reference, not the code): since it was frozen, a full line ending at ； is a wrap.
"""

import html
import re
from bisect import bisect_right

from attrs import frozen


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


# ---- extract/_layout.py


_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x0b|\x0c|\x85")
# Runs of East Asian wide characters (CJK, kana, hangul, full-width forms): two columns each.
_WIDE = re.compile(
    "[\u2018\u2019\u201c\u201d\u2026\u2014\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+"
)
_ENDS_LINE = frozenset("。！？：!?:")
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


# ---- extract/_html.py


_HTML_SIGN = re.compile(
    r"<(?:!doctype\s+html|html|head|body|p|div|br|span|table|tr|td|li|ul|ol|h[1-6]|section|"
    r"article|script|style|meta|font|strong|b|a)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
# A tag, a comment or a raw-text element's start, or an entity.
_MARKUP = re.compile(
    r"(?P<comment><!--)"
    r"|<(?P<raw>script|style|noscript|template)\b[^<>]{0,2000}>"
    r"|<(?P<close>/?)(?P<tag>[A-Za-z][A-Za-z0-9:-]{0,40})\b[^<>]{0,2000}>"
    r"|<[!?][^<>]{0,2000}>"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)",
    re.IGNORECASE,
)
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "title",
        "tr",
        "ul",
    ]
)
_SNIFF = 65536
_RAW_ENDS = {
    name: re.compile(f"</{name}\\b[^<>]{{0,2000}}>", re.IGNORECASE)
    for name in ("script", "style", "noscript", "template")
}


def looks_like_html(text: str) -> bool:
    """Return whether ``text`` has the tags of an HTML page near its start."""
    return _HTML_SIGN.search(text, 0, _SNIFF) is not None


def html_text(page: str) -> tuple[str, OffsetMap]:
    """Return the text of ``page`` and the map of its characters back into the page."""
    derivation = Derivation(page)
    position = 0
    while (match := _MARKUP.search(page, position)) is not None:
        derivation.copy(position, match.start())
        if match["comment"]:
            end = _after(page, "-->", match.end())
        elif match["raw"]:
            closing = _RAW_ENDS[match["raw"].lower()].search(page, match.end())
            end = len(page) if closing is None else closing.end()
        elif match["entity"]:
            end = match.end()
            derivation.replace(html.unescape(match["entity"]), match.start(), end)
        else:
            end = match.end()
            if (match["tag"] or "").lower() in _BLOCKS:
                derivation.replace("\n", match.start(), end)
        position = end
    derivation.copy(position, len(page))
    return derivation.result()


def _after(text: str, marker: str, start: int) -> int:
    """Return the position just after the next ``marker`` from ``start``, or the end of ``text``."""
    found = text.find(marker, start)
    return len(text) if found < 0 else found + len(marker)
