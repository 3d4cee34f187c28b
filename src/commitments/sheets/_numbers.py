"""Numbers in cells, exactly: number cells, number formats and figures typed as text.

A spreadsheet holds a number as a binary float and shows it through a number
format. A plan's numbers are exact decimals written digit for digit (``95.0``
is not ``95``), so a decimal goes into a number cell only when reading that cell
back gives the same decimal, spelled the same way: at most 15 significant
digits (all that a spreadsheet shows), and its decimal places kept by the
cell's number format (``95.0`` is the float 95 shown as ``0.0``). Any other
decimal (``2.5E+6``, ``-0``, 17 digits) is written as text, which reads back
exactly.

Reading, a number cell is the shortest decimal that gives back its float
(``0.1 + 0.2`` is ``0.30000000000000004``, never the float's 55-digit binary
value), with the places its format shows; a cell of more than 15 significant
digits, which a spreadsheet shows rounded, and a percent cell (``95%`` holds
0.95, read as 95 percentage points) are read with a note, which the import
reports as a warning. Text is read as a JSON number when it is one, else as a
figure the way people write them — ``2,000``, ``23万人``, ``95%``, ``约28万户`` —
by :func:`~commitments.model.quantities.parse_quantity`, with a note.
"""

import functools
import re
from decimal import Context, Decimal
from typing import Any, NamedTuple

from commitments.model.quantities import QuantityParseError, parse_quantity
from commitments.sheets._cell_text import CellError

__all__ = [
    "SHOWN_DIGITS",
    "Figure",
    "cell_number",
    "json_number",
    "number_format",
    "number_of_cell",
    "number_of_text",
]

#: The significant digits a spreadsheet shows of a number, and keeps of one typed in.
SHOWN_DIGITS = 15
_EXACT = Context(prec=200)
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")
_GROUPED = re.compile(r"-?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
# The first section of a number format, without its quoted and escaped literals.
_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^]]*\]|_.|\*.')
_PLAIN_FORMAT = re.compile(r"[#0,]*0(?:\.(0+))?(%?)")
# Longer integers than this are not all exact as floats.
_EXACT_FLOAT_INTEGERS = 2**53
# Decimal exponents well inside a float's normal range (about 1e-308 to 1e308).
_FLOAT_EXPONENTS = 300


class Figure(NamedTuple):
    """A value read by interpretation: the value, what to report, and the unit a figure named."""

    value: Any
    note: str
    unit: str | None = None


def json_number(text: str) -> int | Decimal | None:
    """Return the number a JSON number's text spells, exactly; ``None`` for other text.

    >>> json_number("95.0"), json_number("230000"), json_number("2.5E+6"), json_number("2,000")
    (Decimal('95.0'), 230000, Decimal('2.5E+6'), None)
    """
    match = _JSON_NUMBER.fullmatch(text)
    if match is None:
        return None
    if match[1] is None and match[2] is None and len(text) < 4000 and text != "-0":
        return int(text)
    return Decimal(text)  # exact, whatever its length; -0 keeps its sign


def _as_json(value: Decimal) -> int | Decimal:
    """A decimal of no places as an integer, as the JSON reader gives one."""
    return int(value) if value.as_tuple().exponent == 0 else value


def number_format(places: int) -> str:
    """Return the number format that shows ``places`` decimal places (``General`` for none)."""
    return "0." + "0" * places if places else "General"


@functools.lru_cache(maxsize=256)
def _format_places(fmt: str) -> tuple[int | None, bool]:
    """The places a number format shows and whether it is a percent format.

    ``None`` places for ``General`` and for formats that are no plain number
    (scientific, fractions, dates).
    """
    section = _LITERALS.sub("", fmt.split(";", 1)[0]).strip()
    plain = _PLAIN_FORMAT.fullmatch(section)
    if plain is None:
        return None, "%" in section
    return len(plain[1] or ""), bool(plain[2])


def number_of_cell(value: int | float, fmt: str) -> tuple[int | Decimal, str | None]:
    """Read a number cell exactly: its value, and a note when that took interpretation.

    >>> number_of_cell(95.0, "0.0"), number_of_cell(230000, "General")
    ((Decimal('95.0'), None), (230000, None))
    >>> number_of_cell(0.1 + 0.2, "General")[0]
    Decimal('0.30000000000000004')
    >>> number_of_cell(0.955, "0.0%")
    (Decimal('95.5'), 'a percent cell (95.5%): read as 95.5 percentage points')

    Args:
        value: The cell's number (an integer when its text has no point or exponent).
        fmt: The cell's number format.

    Returns:
        The exact number (an ``int`` when it has no places) and the note, if any.
    """
    if isinstance(value, int):
        number = Decimal(value)
    elif value.is_integer() and abs(value) < _EXACT_FLOAT_INTEGERS:
        number = Decimal(int(value))
    else:
        number = Decimal(repr(value))  # the shortest repr: its digits are all significant
    notes = []
    if not isinstance(value, int) and len(number.as_tuple().digits) > SHOWN_DIGITS:
        shown = format(value, f".{SHOWN_DIGITS}g")
        notes.append(
            f"the number cell holds {number} (shown as {shown}): read as {number}, the "
            f"shortest decimal that gives its value back; type {shown} if that is meant"
        )
    places, percent = _format_places(fmt)
    if percent:
        number = number.scaleb(2, _EXACT)
    exponent = number.as_tuple().exponent
    if places is not None and isinstance(exponent, int) and -exponent <= places:
        number = number.quantize(Decimal(1).scaleb(-places), context=_EXACT)
    if percent:
        notes.append(f"a percent cell ({number}%): read as {number} percentage points")
    return _as_json(number), "; ".join(notes) or None


def cell_number(value: int | Decimal) -> tuple[str, int] | None:
    """How a number cell holds ``value`` exactly: its text and decimal places; ``None`` if none can.

    A decimal of at most 15 significant digits, no exponent above zero and well
    within a float's range comes back from a float as the same digits (IEEE 754
    keeps 15), and its places from the cell's format; any other is written as text.

    >>> cell_number(Decimal("95.0")), cell_number(230000), cell_number(Decimal("0.125"))
    (('95.0', 1), ('230000', 0), ('0.125', 3))
    >>> cell_number(Decimal("2.5E+6")), cell_number(Decimal("-0.0")), cell_number(10**20)
    (None, None, None)
    """
    if isinstance(value, int):
        return (str(value), 0) if abs(value) < 10**SHOWN_DIGITS else None
    if not value.is_finite():
        return None
    sign, digits, exponent = value.as_tuple()
    if (
        not isinstance(exponent, int)
        or exponent > 0
        or len(digits) > SHOWN_DIGITS
        or (sign and not any(digits))  # -0 and -0.0: a float cell would drop the sign
        or not -_FLOAT_EXPONENTS < value.adjusted() < _FLOAT_EXPONENTS
    ):
        return None
    return (repr(float(value)) if exponent else str(value)), -exponent


def number_of_text(text: str) -> int | Decimal | Figure:
    """Read a number typed as text: a JSON number exactly, else a figure with a note.

    >>> number_of_text("95.0"), number_of_text(" 12 ")
    (Decimal('95.0'), 12)
    >>> number_of_text("2,000")
    Figure(value=2000, note="read '2,000' as 2000", unit=None)
    >>> number_of_text("23万人")
    Figure(value=230000, note="read '23万人' as 230000 person", unit='person')

    Raises:
        CellError: The text is neither a number nor a figure.
    """
    stripped = text.strip()
    exact = json_number(stripped)
    if exact is not None:
        return exact
    if _GROUPED.fullmatch(stripped):
        grouped = json_number(stripped.replace(",", ""))
        if grouped is not None:
            return Figure(grouped, f"read {text!r} as {grouped}")
    try:
        quantity = parse_quantity(stripped)
    except QuantityParseError as error:
        raise CellError(f"cannot read {text!r} as a number: {error.reason}") from None
    value = _as_json(quantity.value)
    note = f"read {text!r} as {value}" + ("" if quantity.unit is None else f" {quantity.unit}")
    if quantity.approximate:
        note += ", an approximate figure (the plan has no place to say that it is approximate)"
    return Figure(value, note, quantity.unit)
