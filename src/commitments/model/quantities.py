"""Read the figures Chinese plans write: 23万人, 32.4亿元, 95%, 2000公里, 约28万户.

:func:`parse_quantity` turns one figure phrase into a :class:`Quantity`: an exact,
fully expanded :class:`~decimal.Decimal` value (as :doc:`/format` stores values:
23万人 is ``230000`` ``person``), a unit code from :mod:`commitments.model.units`, and
whether the text marks the figure as approximate.

What a figure may look like, after NFKC normalisation (full-width digits,
``％``, ``（次）`` and the ideographic space become their ASCII forms):

* an approximation word in front — 约, 大约, 近, 将近, about, approximately,
  around, nearly, ``~`` — or behind — 左右, 上下;
* a number: Arabic digits, optionally with a decimal point and with ``,``
  between groups of three (``1,204``), followed by an optional multiplier
  十 百 千 万 亿 or a compound of them (十万 百万 千万 万亿 …); or a simple Chinese
  numeral (五, 两千, 十二万, 一亿二千万, 三百零五; 两千五 reads as 2500);
* 余 or 多 after the number or before its 万/亿 (49余万户, 3万多人, 十余个), which
  marks it approximate;
* a unit: a Chinese label of :data:`commitments.model.units.LABELS` (人, 个, 户, 公里, %, …)
  or, in Latin text, a unit code (``2000 km``, ``95 percent``, ``200 x-station``);
  or no unit at all: a bare figure, as official tables print them (``12,690,000``,
  ``23万``), reads with unit ``None`` (or ``default_unit`` when given).

The result is a :class:`Quantity` ``(value, unit, approximate)``: ``value`` an
exact :class:`~decimal.Decimal`, ``unit`` a unit code or ``None``, ``approximate``
true when the phrase says 约, 大约, 近, 左右, 上下, 余, 多, about, around ….

Anything else — ranges (2-3人), bounds (95%以上), two numbers, signs, words such
as 减少, an unknown unit, a phrase of more than :data:`MAX_PHRASE` characters, a
value beyond the format's numbers (more than 34 significant digits, or a magnitude
outside 1E-30 … 1E+30) — raises :class:`QuantityParseError`, always quickly. Values
are normalised to the shortest exact decimal without an exponent for integers, so
``95.0%`` reads as ``Decimal('95')``.

>>> from commitments.model.quantities import parse_quantity
>>> parse_quantity("23万人")
Quantity(value=Decimal('230000'), unit='person', approximate=False)
>>> value, unit = parse_quantity("32.4亿元")
>>> value, unit
(Decimal('3240000000'), 'yuan')
>>> parse_quantity("12,690,000")
Quantity(value=Decimal('12690000'), unit=None, approximate=False)
>>> parse_quantity("约23万")
Quantity(value=Decimal('230000'), unit=None, approximate=True)
"""

import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal

from attrs import frozen

from commitments.model.arguments import expect
from commitments.model.findings import CommitmentsError
from commitments.model.number_range import out_of_range
from commitments.model.units import LABELS, get_unit, is_known_unit

__all__ = ["MAX_PHRASE", "Quantity", "QuantityParseError", "parse_quantity", "quantity_of"]

#: The longest phrase read (in characters): a figure and its unit are far shorter.
MAX_PHRASE = 100

_APPROXIMATE_PREFIXES = (
    "approximately",
    "around",
    "nearly",
    "about",
    "大约",
    "将近",
    "约",
    "近",
    "~",
)
_APPROXIMATE_SUFFIXES = ("左右", "上下")
# The lengths of the labels, longest first: a unit is looked up by the text's last characters.
_LABEL_LENGTHS = sorted({len(label) for label in LABELS}, reverse=True)
_LABEL_CODES = dict(LABELS)  # a dict: looked up faster than through the read-only view
_LONGEST_PREFIX = max(map(len, _APPROXIMATE_PREFIXES))
_PREFIX_FIRST = frozenset(word[0] for word in _APPROXIMATE_PREFIXES)
# The last characters a Latin unit code may end with (else it is not looked for).
_LATIN_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
# A unit code at the end of Latin text: a custom x- code, or a word of letters.
_LATIN_UNIT = re.compile(r"(?:x-\S+|[A-Za-z][A-Za-z0-9_]*)$")
# 余 / 多 after the number, before at most a 万 / 亿 (49余万, 3万多, 十余).
_MORE_THAN = re.compile(r"[余多](?=(?:万亿|万|亿)?$)")
_ARABIC = re.compile(
    r"(?P<digits>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
    r"(?P<multiplier>[十百千]?(?:万亿|万|亿)?)"
)
_CHINESE_DIGITS = dict(zip("零一二三四五六七八九", range(10), strict=True)) | {"〇": 0, "两": 2}
# The value of each Chinese place and multiplier character.
_PLACES = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_POWERS = {char: len(str(place)) - 1 for char, place in _PLACES.items()}


class QuantityParseError(CommitmentsError, ValueError):
    """A figure phrase that :func:`parse_quantity` cannot read.

    Attributes:
        text: The phrase as given.
        reason: What is wrong with it.

    """

    def __init__(self, text: str, reason: str) -> None:
        self.text = text
        self.reason = reason
        shown = text if len(text) <= MAX_PHRASE else text[:20] + "…"
        super().__init__(f"cannot read the quantity {shown!r}: {reason}")


@frozen(kw_only=True)
class Quantity:
    """An exact amount of a unit, as a plan writes it.

    A quantity unpacks into its value and unit, so ``value, unit =
    parse_quantity("23万人")`` works; ``approximate`` is left out of the
    unpacking (read it as an attribute).

    Attributes:
        value: The fully expanded value (``230000`` for 23万).
        unit: A unit code (``person``, ``km``, ``x-station``), or ``None`` for a
            bare figure that names no unit.
        approximate: Whether the text marks the figure as not exact (约, 余, 多,
            左右, about …).

    """

    value: Decimal
    unit: str | None
    approximate: bool = False

    def __iter__(self) -> Iterator[Decimal | str | None]:
        """Yield the value, then the unit."""
        yield self.value
        yield self.unit


def parse_quantity(text: str, *, default_unit: str | None = None) -> Quantity:
    """Read one figure phrase such as ``23万人``, ``约28万户`` or ``2000 km``.

    >>> from commitments.model.quantities import parse_quantity
    >>> parse_quantity("49余万户")
    Quantity(value=Decimal('490000'), unit='household', approximate=True)
    >>> parse_quantity("2万人（次）")
    Quantity(value=Decimal('20000'), unit='person_time', approximate=False)
    >>> parse_quantity("两千公里")
    Quantity(value=Decimal('2000'), unit='km', approximate=False)
    >>> parse_quantity("1,204", default_unit="item")
    Quantity(value=Decimal('1204'), unit='item', approximate=False)
    >>> parse_quantity("23万")
    Quantity(value=Decimal('230000'), unit=None, approximate=False)
    >>> parse_quantity("about 2000 km")
    Quantity(value=Decimal('2000'), unit='km', approximate=True)
    >>> parse_quantity("9" * 100000 + "人")
    Traceback (most recent call last):
    ...
    commitments.model.quantities.QuantityParseError: cannot read the quantity \
'99999999999999999999…': longer than 100 characters: not one figure

    Args:
        text: The phrase: one figure and its unit (or no unit), nothing else.
        default_unit: The unit code of a bare figure; without it, a bare
            figure's unit is ``None``.

    Returns:
        The quantity ``(value, unit, approximate)``, its value exact and fully
        expanded, its unit ``None`` for a bare figure without ``default_unit``.

    Raises:
        QuantityParseError: ``text`` is not one figure (with a known unit, if
            any), or its value is beyond the format's numbers; the message
            quotes it (shortened when long).
        UnknownUnitError: ``default_unit`` is not a known unit code.
        TypeError: ``text`` is not a str, or ``default_unit`` neither a str nor ``None``.

    """
    expect("parse_quantity()", "text", text, str, "a str")
    if default_unit is not None:
        expect("parse_quantity()", "default_unit", default_unit, str, "a unit code or None")
        get_unit(default_unit)
    if len(text) > MAX_PHRASE:
        raise QuantityParseError(text, f"longer than {MAX_PHRASE} characters: not one figure")
    body, approximate = _without_approximation_words(unicodedata.normalize("NFKC", text).strip())
    if not body:
        raise QuantityParseError(text, "there is no figure")
    number, unit = _split_unit(body, default_unit)
    if unit is not None and not is_known_unit(unit):
        raise QuantityParseError(text, f"unknown unit {unit!r}")
    try:
        return quantity_of(number, unit, approximate=approximate)
    except QuantityParseError as error:
        raise QuantityParseError(text, error.reason) from None


def quantity_of(number: str, unit: str | None, approximate: bool = False) -> Quantity:
    """Read a figure's number, its unit and approximation words already taken off.

    The arithmetic of :func:`parse_quantity`, for a reader that has found the parts
    of a figure itself: ``number`` as :func:`parse_quantity` leaves it once it has
    normalised the phrase and taken off its approximation words and its unit.

    >>> from commitments.model.quantities import quantity_of
    >>> quantity_of("49余万", "household")
    Quantity(value=Decimal('490000'), unit='household', approximate=True)
    >>> quantity_of("32.4亿", "yuan", approximate=True)
    Quantity(value=Decimal('3240000000'), unit='yuan', approximate=True)

    Args:
        number: The number: Arabic digits (``2,776``, ``32.4亿``) or a Chinese
            numeral (``两千五``), with 余 or 多 where :func:`parse_quantity` reads them.
        unit: A known unit code, or ``None`` for a bare figure.
        approximate: Whether words around the figure (约, 左右 …) mark it as approximate.

    Raises:
        QuantityParseError: ``number`` is not one number, is longer than
            :data:`MAX_PHRASE` characters, or its value is beyond the format's
            numbers; the message quotes it.

    """
    if not number:
        raise QuantityParseError(number, "there is no number before the unit")
    if len(number) > MAX_PHRASE:  # as parse_quantity says of a phrase; and int() stops at 4,300
        raise QuantityParseError(number, f"longer than {MAX_PHRASE} characters: not one figure")
    more_than = 0
    if "余" in number or "多" in number:
        number, more_than = _MORE_THAN.subn("", number, count=1)
    value = _number_value(number)
    if value is None:
        if unit is None:
            reason = "neither a bare figure nor one with a known unit (such as 人, 个, 公里, km)"
            raise QuantityParseError(number, reason)
        raise QuantityParseError(number, f"cannot read the number {number!r}")
    if (why := out_of_range(value)) is not None:
        raise QuantityParseError(number, f"the value is out of range: {why}")
    return Quantity(value=value, unit=unit, approximate=approximate or bool(more_than))


def _without_approximation_words(text: str) -> tuple[str, bool]:
    """Strip one approximation word in front and one behind; say whether there was any."""
    prefix = suffix = ""
    if text[:1].lower() in _PREFIX_FIRST:  # most figures start with their number
        head = text[:_LONGEST_PREFIX].lower()
        prefix = next((word for word in _APPROXIMATE_PREFIXES if head.startswith(word)), "")
    if text.endswith(_APPROXIMATE_SUFFIXES):
        suffix = next(word for word in _APPROXIMATE_SUFFIXES if text.endswith(word))
    if not (prefix or suffix):
        return text, False
    return text[len(prefix) : len(text) - len(suffix)].strip(), True


def _split_unit(body: str, default_unit: str | None) -> tuple[str, str | None]:
    """Split ``body`` into its number and its unit (a code, maybe unknown, or None).

    A Latin word at the end is taken as a unit code; otherwise the longest
    Chinese label that ends the text (平方千米 before 千米 before 米).
    """
    latin = (
        _LATIN_UNIT.search(body) if body[-1:] in _LATIN_LAST or "x-" in body else None
    )  # ends with a letter, digit or _, or holds an x- code: the two forms of a code
    if latin is not None:
        return body[: latin.start()].rstrip(), latin.group()
    for length in _LABEL_LENGTHS:
        code = _LABEL_CODES.get(body[-length:])
        if code is not None:
            return body[:-length].rstrip(), code
    return body, default_unit


def _number_value(number: str) -> Decimal | None:
    """Return the value of an Arabic figure (``2,776``, ``32.4亿``) or a Chinese numeral.

    None when ``number`` is neither.
    """
    # Most figures: digits, maybe with a fraction, times at most one place (2000, 23万,
    # 9.9万, 95.5), read without the pattern, which reads any figure of digits.
    head, power = (number[:-1], _POWERS[number[-1]]) if number[-1:] in _POWERS else (number, 0)
    units, point, fraction = head.partition(".")
    if (
        units.isdigit()
        and units.isascii()
        and (not point or (fraction.isdigit() and fraction.isascii()))
    ):
        return _scaled(units, fraction, power)
    arabic = _ARABIC.fullmatch(number)
    if arabic is not None:
        units, _, fraction = arabic["digits"].replace(",", "").partition(".")
        power = sum(_POWERS[char] for char in arabic["multiplier"])
        return _scaled(units, fraction, power)
    chinese = _chinese_integer(number)
    return None if chinese is None else Decimal(chinese)


def _scaled(units: str, fraction: str, power: int) -> Decimal:
    """Return the exact value of digits ``units.fraction`` times ten to ``power``.

    Written as to_decimal writes it: no zero after the point, no exponent (1.2万 is
    12 × 10³, 1.50 is 1.5).
    """
    coefficient, exponent = int(units + fraction), power - len(fraction)
    if not coefficient:
        return Decimal(0)
    while exponent < 0 and coefficient % 10 == 0:
        coefficient, exponent = coefficient // 10, exponent + 1
    if exponent >= 0:
        return Decimal(coefficient * 10**exponent)
    return Decimal(f"{coefficient}E{exponent}")


def _chinese_integer(numeral: str) -> int | None:
    """Return the value of a Chinese numeral, or None if it is malformed.

    The numeral splits at its largest place character, which must occur once
    (三万亿 is 三万 × 亿): a head counting that place, then a tail for the places
    below. Each level down has a smaller largest place, so the recursion is shallow.
    """
    if numeral in _CHINESE_DIGITS:
        return _CHINESE_DIGITS[numeral]
    places = [(_PLACES[char], index) for index, char in enumerate(numeral) if char in _PLACES]
    if not places:
        return None
    place, index = max(places)
    if numeral.count(numeral[index]) > 1:  # 十十, 一万二万: so head and tail hold lower places
        return None
    head = _place_count(numeral[:index], place)
    tail = _below_place(numeral[index + 1 :], place)
    return None if head is None or tail is None else head * place + tail


def _place_count(head: str, place: int) -> int | None:
    """Return how many of ``place`` ``head`` counts (十 alone counts one ten)."""
    if not head:
        return 1 if place == 10 else None
    count = _chinese_integer(head)
    # 十 百 千 count one digit; 万 counts below 10**4, 亿 below 10**8.
    limit = 10 if place < 10**4 else place
    return count if count is not None and 1 <= count < limit else None


def _below_place(tail: str, place: int) -> int | None:
    """Return the value of what follows ``place``, or None if it is malformed.

    After 零 come the lower places with a gap (三百零五); a lone digit means the next
    place down (两千五 is 2500); otherwise the next place down must be filled.
    """
    if not tail:
        return 0
    next_place = place // 10
    if tail[0] in "零〇":
        value = _chinese_integer(tail[1:])
        return value if value is not None and 1 <= value < next_place else None
    if len(tail) == 1 and tail in _CHINESE_DIGITS:
        return _CHINESE_DIGITS[tail] * next_place
    value = _chinese_integer(tail)
    return value if value is not None and next_place <= value < place else None
