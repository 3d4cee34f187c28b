"""Figures in a sentence: where they are, what they are, and their value if they have one.

A *figure* is a number that says how much of something: ``23万人``, ``约39万户``,
``95%``, ``2,000 km``. Numbers that only say when or which — years (``2021年``),
months and days, ordinals (``第一``), codes beside Latin letters (``4G``, ``3A级``,
``G106``) — are not figures and are skipped; but letters that are a unit symbol
(``500m²``, ``50MW``) make a figure. Each figure is one of these kinds:

``quantity``
    a value :func:`~commitments.model.quantities.parse_quantity` reads, in a unit of
    the format (``2000公里``; ``54.13万群众`` counts people);
``range``
    two numbers joined by a dash or 至 (``2-3人``);
``unit``
    a number with a unit the format has no code for (``65岁``, ``1.6倍``, ``110千伏``,
    ``50MW``); its value in a custom unit (``330天``: ``x-day``) where
    :data:`~commitments.extract._unit_words.CUSTOM_UNITS` gives one;
``bare``
    a number with no unit at all (``23万城镇…``, ``2.0版``);
``long``
    more digits than any commitment needs (the format's numbers stop at 30 digits).

Chinese numerals count only with a unit the format knows (``两所``, ``十余个``), and a
lone 一 (一批, 一个) never: it means "a", not "one".
"""

import functools
import re
from collections.abc import Callable
from decimal import Decimal

from attrs import frozen

from commitments.extract._unit_words import CUSTOM_UNITS, SYMBOL, SYMBOLS, UNIT, UNIT_WORDS
from commitments.model.quantities import (
    Quantity,
    QuantityParseError,
    parse_quantity,
    quantity_of,
)
from commitments.model.units import LABELS, is_known_unit

__all__ = ["Figure", "FigureFinder", "find_figures", "in_range"]

_MAX_DIGITS = 30
_LIMIT = Decimal("1E30")
_SMALLEST = Decimal("1E-30")

# Numbers read as the longest at their place, never given back (atomic groups, (?>…):
# not possessive quantifiers, which CPython before 3.11.5 matches wrongly), not after a
# letter, a digit, or a point, comma, dash or slash after a digit (the 3 of 1.2.3, the
# 05 of 2025-03-05; but the 5 of ..5 is one); Chinese numerals not after a numeral or
# 数. The second number of a range (3-5) follows its mark: it is read without looking
# back.
_DIGITS = r"(?>[0-9]+)(?>(?:,[0-9]{3})*)(?>(?:\.(?>[0-9]+))?)"
_ARABIC = rf"(?<![0-9A-Za-z])(?<![0-9][-/.,]){_DIGITS}"
_NUMERALS = "零〇一二两三四五六七八九十百千万亿"
_CHINESE = rf"(?<![{_NUMERALS}数])(?>[{_NUMERALS}]{{1,20}})"
_MULTIPLIER = r"[余多]?(?:[十百千]?(?:万亿|万|亿)|[十百千])?[余多]?"
_APPROX_AFTER = r"左右|上下"
_AT_LEAST_AFTER = r"(?:及)?以上"
_AT_MOST_AFTER = r"(?:及)?(?:以下|以内)"
# A figure in one match, each part read as the longest at its place (and never given
# back for the next part to match: atomic, (?>…)): its number, the multiplier, a unit word,
# then 左右 or 上下, then 以上 or 以内. Only the number must be there; a look-ahead for
# the first characters of the multiplier and of the words after the unit skips them
# at the cost of one test.
_AFTER_UNIT = (
    rf"(?P<around>{_APPROX_AFTER})?"
    rf"(?:(?P<at_least>{_AT_LEAST_AFTER})|(?P<at_most>{_AT_MOST_AFTER}))?"
)
_PHRASE = re.compile(
    rf"(?P<number>(?P<arabic>{_ARABIC})|(?P<chinese>{_CHINESE}))"
    rf"(?P<multiplier>(?>(?=[余多十百千万亿]){_MULTIPLIER})?)(?P<unit>(?>{UNIT.pattern}))?"
    rf"(?:(?=[左上以及]){_AFTER_UNIT})?"
)
# What may follow a unit symbol, as it follows a unit word (50MW左右, 20km以上).
_AFTER_SYMBOL = re.compile(_AFTER_UNIT)
# A number alone, and the multiplier after it: the second number of a range.
_NUMBER = re.compile(rf"{_DIGITS}|{_CHINESE}")
_MULTIPLIERS = re.compile(_MULTIPLIER)
# The characters a number starts with: the positions :data:`_PHRASE` is tried at.
_NUMBER_START = re.compile(rf"[0-9{_NUMERALS}]")
_next_start, _match_phrase = _NUMBER_START.search, _PHRASE.match
# 约 / 近 before a figure, and the longer word each may end (大约, 将近).
_APPROX_BEFORE = {"约": "大约", "近": "将近"}
_AT_LEAST_BEFORE = re.compile(r"(?:不少于|不低于|至少|超过|逾|高于)$")
_AT_MOST_BEFORE = re.compile(r"(?:不超过|不高于|最多|低于)$")
_RANGE = re.compile(r"\s*[-~～—–至]\s*(?=[0-9])|到(?=[0-9])")
# After a Chinese numeral, these say "phase", "batch", "time", not an amount.
_NOT_COUNTED = frozenset("期批次")
_DATE_AFTER = re.compile(r"([-/.])[0-9]{1,2}\1[0-9]{1,2}|:[0-9]{2}")
# The first (or last) characters of the words above: where none stands, no pattern is tried.
_RANGE_FIRST = frozenset("-~～—–至到")
_BOUND_BEFORE_LAST = frozenset("于少过逾多")
_DATE_FIRST = frozenset("-/.:")
_CALENDAR_FIRST = _DATE_FIRST | frozenset("年月日号时")
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_NOT_AFTER = _LATIN | {"第"}  # no figure follows a letter or 第
_PERSON_NOUN = "person-noun"


def _unit_readings() -> dict[str | None, tuple[str | None, tuple[str, ...], bool, bool]]:
    """How a figure is read after each unit word: ``(code, clashes, plain, points)``.

    ``code`` is ``None`` for a word without a unit code (the figure is a ``unit``
    one). Otherwise :func:`parse_quantity` would read the figure's text whole; where a
    word's *clashes* do not end the number before it, the parts :data:`_PHRASE` found
    say the same, and :func:`quantity_of` reads them in unit ``code`` (``person`` for a
    word for people). The clashes are what makes :func:`parse_quantity` read another
    unit: the rest of a longer label ending with the word (5千米 is 5 km, not 5千 m) or,
    for a word for people, a label the number itself could end with. A word that could
    end a Latin unit code (in a letter, a digit or ``_``) has the empty code: its
    figure's text is read whole. A *plain* word starts with none of the characters
    the checks of an Arabic number look at (a letter, a range mark, a space, a
    calendar word): after it, they find nothing. ``points``: percentage points.
    No unit at all (``None``) reads as a word without a code that is not plain.
    """
    labels = dict(LABELS)
    number_characters = set(f"0123456789,.余多{_NUMERALS}")
    looked_at = _LATIN | _RANGE_FIRST | _CALENDAR_FIRST
    readings: dict[str | None, tuple[str | None, tuple[str, ...], bool, bool]] = {
        None: (None, (), False, False)
    }
    for word, code in UNIT_WORDS.items():
        reading: str | None = ""
        clashes: list[str] = []
        if code is None:
            reading = None
        elif word[-1].isascii() and (word[-1].isalnum() or word[-1] == "_"):
            pass
        elif code == _PERSON_NOUN:
            reading = "person"
            clashes = [label for label in labels if set(label) <= number_characters]
        elif labels.get(word) == code and is_known_unit(code):
            reading = code
            longer = [label for label in labels if len(label) > len(word) and label.endswith(word)]
            clashes = [label[: -len(word)] for label in longer]
        plain = word[0] not in looked_at and not word[0].isspace()
        readings[word] = (reading, tuple(clashes), plain, word.endswith("百分点"))
    return readings


_UNIT_READINGS = _unit_readings()


# Its fields in a dict, not slots: a frozen class with a dict is made a third faster,
# and the reader makes one for every figure of every sentence.
@frozen(slots=False)
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


#: Finds the figures of a sentence, given the sentence, its search form and where to start.
FigureFinder = Callable[[str, str, int], list[Figure]]


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
    # Straight to the next character a number starts with, and the figure there in
    # one match; if no number starts there (a digit after a letter, say), the search
    # goes on from the next position, and after a number that is no figure.
    while (first := _next_start(search, position)) is not None:
        phrase = _match_phrase(search, first.start())
        if phrase is None:
            position = first.start() + 1
        elif (figure := _figure(sentence, search, phrase)) is None:
            position = phrase.end("number")
        else:
            figures.append(figure)
            position = figure.end  # never before the end of its number
    return figures


def _figure(sentence: str, search: str, phrase: re.Match[str]) -> Figure | None:
    """The figure whose number starts the phrase, or None if that number is no figure.

    Figures are made with their fields in order (start, end, kind, text, quantity,
    bound, points): the reader makes one for every figure of every sentence.
    """
    number, arabic, _, multiplier, unit, around, at_least, at_most = phrase.groups()
    start = phrase.start()
    before = search[start - 1] if start else ""
    if before in _NOT_AFTER:
        return None  # 第3, A4: an ordinal or a code
    code, clashes, plain, points = _UNIT_READINGS[unit]
    after_number = start + len(number) + len(multiplier)
    if arabic is None:
        if number == "一" or code is None or search[after_number] in _NOT_COUNTED:
            return None  # 一批 (a batch), 二期 (phase two), 三次, 三是: not amounts
    elif not plain or len(arabic) > _MAX_DIGITS:
        # After a plain unit word (right after the number or its multiplier), these
        # find nothing: a letter, a calendar word, a date, a range, too many digits.
        following = search[after_number : after_number + 1]
        if following in _LATIN:
            symbol = SYMBOL.match(search, after_number)
            if symbol is not None:
                return _with_symbol(sentence, search, start, number + multiplier, symbol)
            if not multiplier:
                return None  # 4G, 3A级, 5G网络: a name (but 5万A is a number)
        end = start + len(number)
        if search[end : end + 1] in _CALENDAR_FIRST and _is_calendar(arabic, search, end):
            return None
        if len(arabic) > _MAX_DIGITS and (
            len(arabic) - arabic.count(",") - arabic.count(".") > _MAX_DIGITS
        ):
            return Figure(start, end, "long", sentence[start:end])
        if following in _RANGE_FIRST or following.isspace():
            range_ = _RANGE.match(search, after_number)
            if range_ is not None:
                return _range(sentence, search, start, range_.end())
    # The figure's core: the number with 约 before it and 左右 after it; then its bound.
    core_start = start
    core_end = after_number if unit is None else after_number + len(unit)
    approximate = False
    if before in _APPROX_BEFORE:
        core_start -= 2 if search.endswith(_APPROX_BEFORE[before], 0, start) else 1
        before = search[core_start - 1] if core_start else ""
        approximate = True
    if around is not None:
        core_end += len(around)
        approximate = True
    figure_start, figure_end = core_start, phrase.end()
    bound = "at-least" if at_least is not None else "at-most" if at_most is not None else None
    if before in _BOUND_BEFORE_LAST:  # the character before the core
        before_bound = _bound_before(search, core_start)
        if before_bound is not None:
            (bound, figure_start), figure_end = before_bound, core_end
    text = sentence[core_start:core_end]
    if unit is None:
        return Figure(figure_start, figure_end, "bare", text, None, bound)
    if code is None:  # the value in a custom unit, in case the rules find a level in it
        custom = CUSTOM_UNITS.get(unit)
        quantity = _parse(number + multiplier, custom, approximate) if custom else None
        return Figure(figure_start, figure_end, "unit", text, quantity, bound)
    number += multiplier
    if code and not (clashes and number.endswith(clashes)):
        quantity = _parse(number, code, approximate)
    else:
        quantity = _parse_text(sentence, phrase, core_start, core_end)
    # A value read is in range (parse_quantity refuses any other): none is too long.
    if quantity is None:
        if arabic is None:
            return None  # 千家万户, 百万人次: words, not figures
        return Figure(figure_start, figure_end, "bare", text, None, bound)
    return Figure(figure_start, figure_end, "quantity", text, quantity, bound, points)


def _with_symbol(
    sentence: str, search: str, start: int, number: str, symbol: re.Match[str]
) -> Figure:
    """A number with a unit symbol after it: ``500m²`` in the format's unit, ``50MW`` in none.

    Approximate (约, 左右) and bounded (不少于, 以上) as a figure with a unit word is.
    """
    core_start, core_end = start, symbol.end()
    after = _AFTER_SYMBOL.match(search, core_end)  # always matches (maybe nothing)
    around, at_least, at_most = after.groups() if after else (None, None, None)
    before = search[start - 1] if start else ""
    approximate = before in _APPROX_BEFORE or around is not None
    if before in _APPROX_BEFORE:
        core_start -= 2 if search.endswith(_APPROX_BEFORE[before], 0, start) else 1
        before = search[core_start - 1] if core_start else ""
    core_end += len(around or "")
    figure_start, end = core_start, after.end() if after else core_end
    bound = "at-least" if at_least is not None else "at-most" if at_most is not None else None
    if before in _BOUND_BEFORE_LAST and (before_bound := _bound_before(search, core_start)):
        (bound, figure_start), end = before_bound, core_end
    text = sentence[core_start:core_end]
    code = SYMBOLS[symbol.group()]
    if code is None:
        return Figure(figure_start, end, "unit", text, None, bound)
    quantity = _parse(number, code, approximate)
    if quantity is None:  # out of the format's range
        return Figure(figure_start, end, "long", text, None, bound)
    return Figure(figure_start, end, "quantity", text, quantity, bound)


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
    number = _NUMBER.match(search, second)
    end = number.end() if number else second
    multiplier = _MULTIPLIERS.match(search, end)
    end = multiplier.end() if multiplier else end
    if search[end : end + 1] == "年" and len(search[start:second].strip("-~～—–至到 ")) == 4:
        return None
    unit = UNIT.match(search, end)
    end = unit.end() if unit else end
    return Figure(start=start, end=end, kind="range", text=sentence[start:end])


def _parse_text(
    sentence: str, phrase: re.Match[str], core_start: int, core_end: int
) -> Quantity | None:
    """:func:`parse_quantity` of a figure's text (without a word for people), or None."""
    try:
        if UNIT_WORDS[phrase["unit"]] == _PERSON_NOUN:
            noun_start, noun_end = phrase.span("unit")
            without = sentence[core_start:noun_start] + sentence[noun_end:core_end]
            return parse_quantity(without, default_unit="person")
        return parse_quantity(sentence[core_start:core_end])
    except QuantityParseError:
        return None


@functools.lru_cache(maxsize=4096)
def _parse(number: str, unit: str, approximate: bool) -> Quantity | None:
    """:func:`quantity_of` (None if it cannot read the number), remembered.

    Lists say the same figures again and again.
    """
    try:
        return quantity_of(number, unit, approximate)
    except QuantityParseError:
        return None


def _bound_before(search: str, start: int) -> tuple[str, int] | None:
    """A bound word before a figure (不少于, 不超过) and where it starts, if there is one."""
    before = search[max(0, start - 3) : start]
    at_least, at_most = _AT_LEAST_BEFORE.search(before), _AT_MOST_BEFORE.search(before)
    word = at_least or at_most
    if word is None:
        return None
    return ("at-least" if at_least else "at-most"), start - (len(before) - word.start())
