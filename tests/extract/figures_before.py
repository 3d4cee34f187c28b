"""The Chinese figure reader as it was before it was made faster, kept to compare.

A frozen copy of ``find_figures`` (``extract/_figures.py``) and the functions it
called: ``test_figures.py`` checks that the package's faster reader finds the same
figures (the same start, end, kind, text, quantity, bound and points) in every
sentence. It is the oracle of the rewrite, not the code: not to be edited but where
a rule of the figure reader itself changes on purpose, in both at once. It reads
values through the package's :func:`~commitments.model.quantities.parse_quantity`
and unit words through ``extract/_unit_words.py``, as the reader does.
"""

import functools
import re
from decimal import Decimal

from attrs import frozen

from commitments.extract._unit_words import CUSTOM_UNITS, SYMBOL, SYMBOLS, UNIT, UNIT_WORDS
from commitments.model.quantities import Quantity, QuantityParseError, parse_quantity

__all__ = ["Figure", "find_figures", "in_range"]

_MAX_DIGITS = 30
_LIMIT = Decimal("1E30")
_SMALLEST = Decimal("1E-30")

_NUMBER = re.compile(
    r"(?<![0-9A-Za-z])(?<![0-9][-/.,])(?P<arabic>[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)"
    r"|(?<![零〇一二两三四五六七八九十百千万亿数])(?P<chinese>[零〇一二两三四五六七八九十百千万亿]{1,20})"
)
# The second number of a range, read right after its mark, without looking back.
_SECOND = re.compile(
    r"(?P<arabic>[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)"
    r"|(?<![零〇一二两三四五六七八九十百千万亿数])(?P<chinese>[零〇一二两三四五六七八九十百千万亿]{1,20})"
)
# The characters a number starts with: the positions :data:`_NUMBER` is tried at.
_NUMBER_START = re.compile(r"[0-9零〇一二两三四五六七八九十百千万亿]")
_MULTIPLIER = re.compile(r"[余多]?(?:[十百千]?(?:万亿|万|亿)|[十百千])?[余多]?")
# 约 / 近 before a figure, and the longer word each may end (大约, 将近).
_APPROX_BEFORE = {"约": "大约", "近": "将近"}
_APPROX_AFTER = re.compile(r"左右|上下")
_AT_LEAST_BEFORE = re.compile(r"(?:不少于|不低于|至少|超过|逾|高于)$")
_AT_MOST_BEFORE = re.compile(r"(?:不超过|不高于|最多|低于)$")
_AT_LEAST_AFTER = re.compile(r"(?:及)?以上")
_AT_MOST_AFTER = re.compile(r"(?:及)?(?:以下|以内)")
_RANGE = re.compile(r"\s*[-~～—–至]\s*(?=[0-9])|到(?=[0-9])")
# After a Chinese numeral, these say "phase", "batch", "time", not an amount.
_NOT_COUNTED = frozenset("期批次")
_DATE_AFTER = re.compile(r"([-/.])[0-9]{1,2}\1[0-9]{1,2}|:[0-9]{2}")
# The first (or last) characters of the words above: where none stands, no pattern is tried.
_RANGE_FIRST = frozenset("-~～—–至到")
_BOUND_BEFORE_LAST = frozenset("于少过逾多")
_BOUND_AFTER_FIRST = frozenset("以及")
_APPROX_AFTER_FIRST = frozenset("左上")
_DATE_FIRST = frozenset("-/.:")
_CALENDAR_FIRST = _DATE_FIRST | frozenset("年月日号时")
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_NOT_AFTER = _LATIN | {"第"}  # no figure follows a letter or 第
_MULTIPLIER_FIRST = frozenset("余多十百千万亿")


@frozen(kw_only=True)
class Figure:
    """One figure of a sentence.

    Attributes:
        start: Where it starts in the sentence (approximation and bound words included).
        end: Where it ends.
        kind: ``quantity``, ``range``, ``unit``, ``bare`` or ``long``.
        text: The figure as written.
        quantity: Its value, for a ``quantity``.
        bound: ``at-least`` (以上, 不少于) or ``at-most`` (以内, 不超过), if the text says so.
        points: Whether the unit is percentage points (百分点): an amount of change.

    """

    start: int
    end: int
    kind: str
    text: str
    quantity: Quantity | None = None
    bound: str | None = None
    points: bool = False


def in_range(value: Decimal) -> bool:
    """Return whether a value fits the format's numbers (at most 1E30, at least 1E-30 but 0)."""
    magnitude = abs(value)
    return value == 0 or (_SMALLEST <= magnitude <= _LIMIT and len(value.as_tuple().digits) <= 34)


def find_figures(sentence: str, search: str, start: int = 0) -> list[Figure]:
    """Return the figures of a sentence, in order.

    Args:
        sentence: The sentence as written.
        search: The same sentence with full-width digits, letters and signs made
            ASCII (one character for one), which the patterns read.
        start: Where to start looking (after an item's number, say).

    """
    figures: list[Figure] = []
    position = start
    # Straight to the next character a number starts with; if none starts there (a
    # digit after a letter, say), the full search goes on from the next position.
    next_start, match_number, search_number = _NUMBER_START.search, _NUMBER.match, _NUMBER.search
    while (first := next_start(search, position)) is not None:
        match = match_number(search, first.start()) or search_number(search, first.start() + 1)
        if match is None:
            break
        figure = _figure(sentence, search, match)
        position = match.end()
        if figure is not None:
            figures.append(figure)
            position = max(position, figure.end)
    return figures


def _figure(sentence: str, search: str, match: re.Match[str]) -> Figure | None:
    start, end = match.span()
    if start and search[start - 1] in _NOT_AFTER:
        return None  # 第3, A4: an ordinal or a code
    after_number = end
    if search[end : end + 1] in _MULTIPLIER_FIRST:
        multiplier = _MULTIPLIER.match(search, end)
        after_number = multiplier.end() if multiplier else end
    arabic = match["arabic"]
    if arabic is not None:
        if search[after_number : after_number + 1] in _LATIN:
            symbol = SYMBOL.match(search, after_number)
            if symbol is not None:
                return _with_symbol(sentence, search, start, symbol)
            if after_number == end:
                return None  # 4G, 3A级, 5G网络: a name (but 5万A is a number)
        if search[end : end + 1] in _CALENDAR_FIRST and _is_calendar(arabic, search, end):
            return None
        digits = len(arabic) - arabic.count(",") - arabic.count(".")
        if digits > _MAX_DIGITS:
            return Figure(start=start, end=end, kind="long", text=sentence[start:end])
        following = search[after_number : after_number + 1]
        if following in _RANGE_FIRST or following.isspace():
            range_ = _RANGE.match(search, after_number)
            if range_ is not None:
                return _range(sentence, search, start, range_.end())
        return _with_unit(sentence, search, start, after_number, chinese=False)
    unit = UNIT.match(search, after_number)
    if match["chinese"] == "一" or unit is None or UNIT_WORDS[unit.group()] is None:
        return None
    if search[after_number : after_number + 1] in _NOT_COUNTED:
        return None  # 二期 (phase two), 一批 (a batch), 三次: not amounts
    return _with_unit(sentence, search, start, after_number, chinese=True)


def _is_calendar(number: str, search: str, end: int) -> bool:
    """Whether a number is a year (2021年), a month (4月), a day (30日), a date or a time."""
    word = search[end : end + 1]
    if word in _DATE_FIRST and _DATE_AFTER.match(search, end):
        return True
    if not number.isdigit():
        return False
    value = int(number)
    return (
        (word == "年" and len(number) == 4 and 1900 <= value <= 2100)
        or (word == "月" and 1 <= value <= 12)
        or (word in "日号" and word != "" and 1 <= value <= 31)
        or (word == "时" and value <= 24)
    )


def _range(sentence: str, search: str, start: int, second: int) -> Figure | None:
    """A range such as 2-3人; a range of years (2021-2025年) is a date, not a figure."""
    number = _SECOND.match(search, second)
    end = number.end() if number else second
    multiplier = _MULTIPLIER.match(search, end)
    end = multiplier.end() if multiplier else end
    if search[end : end + 1] == "年" and len(search[start:second].strip("-~～—–至到 ")) == 4:
        return None
    unit = UNIT.match(search, end)
    end = unit.end() if unit else end
    return Figure(start=start, end=end, kind="range", text=sentence[start:end])


def _with_unit(
    sentence: str, search: str, start: int, after_number: int, *, chinese: bool
) -> Figure | None:
    unit = UNIT.match(search, after_number)
    core_start, core_end = _core(search, start, unit.end() if unit else after_number)
    bound, figure_start, figure_end = _bound(search, core_start, core_end)
    text = sentence[core_start:core_end]
    if unit is None:
        return Figure(start=figure_start, end=figure_end, kind="bare", text=text, bound=bound)
    code = UNIT_WORDS[unit.group()]
    if code is None:
        custom, quantity = CUSTOM_UNITS.get(unit.group()), None
        if custom is not None:
            number_text = sentence[core_start : unit.start()] + sentence[unit.end() : core_end]
            try:
                quantity, fits = _parse(number_text, custom)
            except QuantityParseError:
                fits = False
            quantity = quantity if fits else None
        return Figure(
            start=figure_start,
            end=figure_end,
            kind="unit",
            text=text,
            quantity=quantity,
            bound=bound,
        )
    try:
        if code == "person-noun":
            number_text = sentence[core_start : unit.start()] + sentence[unit.end() : core_end]
            quantity, fits = _parse(number_text, "person")
        else:
            quantity, fits = _parse(text, None)
    except QuantityParseError:
        if chinese:
            return None  # 千家万户, 百万人次: words, not figures
        return Figure(start=figure_start, end=figure_end, kind="bare", text=text, bound=bound)
    return _valued(
        (figure_start, figure_end), text, bound, quantity if fits else None,
        points=unit.group().endswith("百分点"),
    )  # fmt: skip


def _valued(
    span: tuple[int, int],
    text: str,
    bound: str | None,
    quantity: Quantity | None,
    *,
    points: bool = False,
) -> Figure:
    """A figure with a value: ``long`` if it is out of range (``quantity`` None)."""
    start, end = span
    if quantity is None:
        return Figure(start=start, end=end, kind="long", text=text, bound=bound)
    return Figure(
        start=start, end=end, kind="quantity", text=text, quantity=quantity, bound=bound,
        points=points,
    )  # fmt: skip


def _core(search: str, start: int, end: int) -> tuple[int, int]:
    """A figure's core: with 约 or 近 before it, and 左右 or 上下 after it."""
    core_start = start
    longer = _APPROX_BEFORE.get(search[start - 1] if start else "")
    if longer is not None:
        core_start -= 2 if search.endswith(longer, 0, start) else 1
    if search[end : end + 1] in _APPROX_AFTER_FIRST and (tail := _APPROX_AFTER.match(search, end)):
        end = tail.end()
    return core_start, end


def _with_symbol(sentence: str, search: str, start: int, symbol: re.Match[str]) -> Figure:
    core_start, core_end = _core(search, start, symbol.end())
    bound, figure_start, figure_end = _bound(search, core_start, core_end)
    text = sentence[core_start:core_end]
    if SYMBOLS[symbol.group()] is None:
        return Figure(start=figure_start, end=figure_end, kind="unit", text=text, bound=bound)
    try:
        quantity, fits = _parse(text, None)
    except QuantityParseError:  # parse_quantity refuses a value out of range
        fits = False
    return _valued((figure_start, figure_end), text, bound, quantity if fits else None)


@functools.lru_cache(maxsize=4096)
def _parse(text: str, default_unit: str | None) -> tuple[Quantity, bool]:
    """:func:`parse_quantity`, and whether its value is in range, remembered.

    Lists say the same figures again and again.
    """
    quantity = parse_quantity(text, default_unit=default_unit)
    return quantity, in_range(quantity.value)


def _bound(search: str, start: int, end: int) -> tuple[str | None, int, int]:
    """Read a bound around a figure: 不少于 before, 以上 after (and their opposites)."""
    if start and search[start - 1] in _BOUND_BEFORE_LAST:
        before = search[max(0, start - 3) : start]
        at_least, at_most = _AT_LEAST_BEFORE.search(before), _AT_MOST_BEFORE.search(before)
        word = at_least or at_most
        if word is not None:
            return (
                ("at-least" if at_least else "at-most"),
                start - (len(before) - word.start()),
                end,
            )
    if search[end : end + 1] in _BOUND_AFTER_FIRST:
        if after := _AT_LEAST_AFTER.match(search, end):
            return "at-least", start, after.end()
        if after := _AT_MOST_AFTER.match(search, end):
            return "at-most", start, after.end()
    return None, start, end
