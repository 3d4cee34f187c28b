"""Plain-text tables that line up in a terminal, Chinese and English alike, and what fills them.

:func:`figure`, :func:`percent`, :func:`bar` and :func:`plural` write numbers and counts
for people; :func:`render_table` lays the cells out.

Widths are display widths: a wide or full-width character (``W``/``F`` in
:func:`unicodedata.east_asian_width`, such as 城 or ％) takes two columns, a
combining mark none, anything else one (ambiguous characters such as ``…`` count as
one, as in most terminals). Decoration is ASCII, so it lines up everywhere.

>>> from commitments.render._table import Column, render_table
>>> print(render_table(
...     [Column("title", max_width=12), Column("done", align="right")],
...     ["Employment", ["城镇新增就业", "60.0%"], ["New urban jobs", "100.0%"]],
... ))
title           done
Employment
城镇新增就业   60.0%
New urban...  100.0%
"""

import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from attrs import frozen

from commitments.model.exact import to_decimal

__all__ = [
    "Column",
    "Row",
    "bar",
    "display_width",
    "figure",
    "fit",
    "pad",
    "percent",
    "plural",
    "render_table",
]

_ELLIPSIS = "..."

#: A row of cells, or a line of its own (a heading, a total) printed as it is.
Row = Sequence[str] | str


@frozen
class Column:
    """A column of a table.

    Attributes:
        title: The heading; empty for a table without a heading line.
        align: ``left`` or ``right``.
        max_width: Longer cells are cut to this display width, ending in ``...``.

    """

    title: str
    align: Literal["left", "right"] = "left"
    max_width: int | None = None


def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Return how many terminal columns ``text`` takes.

    >>> from commitments.render._table import display_width
    >>> display_width("城镇 jobs")
    9
    """
    return sum(_char_width(char) for char in text)


def fit(text: str, width: int) -> str:
    """Return ``text`` on one line, cut to at most ``width`` columns (ending ``...``).

    >>> from commitments.render._table import fit
    >>> fit("城镇新增就业", 9)
    '城镇新...'
    """
    text = " ".join(text.split())
    if display_width(text) <= width:
        return text
    room = width - len(_ELLIPSIS)
    kept, used = [], 0
    for char in text:
        used += _char_width(char)
        if used > room:
            break
        kept.append(char)
    return "".join(kept).rstrip() + _ELLIPSIS


def pad(text: str, width: int, align: Literal["left", "right"] = "left") -> str:
    """Return ``text`` padded with spaces to ``width`` columns."""
    space = " " * max(0, width - display_width(text))
    return space + text if align == "right" else text + space


def bar(share: Fraction | None, width: int = 20) -> str:
    """Return a bar of ``width`` cells filled in proportion to ``share`` (clamped to [0, 1]).

    An unknown share (``None``) is a bar of question marks.

    >>> from fractions import Fraction
    >>> from commitments.render._table import bar
    >>> bar(Fraction(3, 7), 10), bar(None, 4)
    ('[####......]', '[????]')
    """
    if share is None:
        return "[" + "?" * width + "]"
    filled = round(min(Fraction(1), max(Fraction(0), share)) * width)
    return "[" + "#" * filled + "." * (width - filled) + "]"


def percent(share: Fraction | None, places: int = 1) -> str:
    """Return ``share`` as a percentage, rounded half-even, exactly (``-`` when unknown).

    >>> from fractions import Fraction
    >>> from commitments.render._table import percent
    >>> percent(Fraction(301, 694)), percent(Fraction(-1, 8)), percent(Fraction(2), 0)
    ('43.4%', '-12.5%', '200%')
    >>> percent(None)
    '-'
    """
    if share is None:
        return "-"
    scaled = round(share * 100 * 10**places)
    sign, digits = ("-" if scaled < 0 else ""), str(abs(scaled)).rjust(places + 1, "0")
    whole, decimals = digits[: len(digits) - places], digits[len(digits) - places :]
    return f"{sign}{whole}.{decimals}%" if places else f"{sign}{whole}%"


def render_table(columns: Sequence[Column], rows: Sequence[Row], *, gap: str = "  ") -> str:
    """Lay out rows under their columns; a string row is printed on a line of its own.

    Args:
        columns: The columns; a heading line is printed when any has a title.
        rows: Rows of cells (as many as columns), or strings.
        gap: What separates two columns.

    Returns:
        The lines, joined by newlines, without trailing spaces or a final newline.

    """
    cells = [
        [
            fit(cell, c.max_width) if c.max_width else cell
            for cell, c in zip(row, columns, strict=True)
        ]
        for row in rows
        if not isinstance(row, str)
    ]
    widths = [
        max([display_width(c.title), *(display_width(row[i]) for row in cells)])
        for i, c in enumerate(columns)
    ]
    lines = []
    if any(c.title for c in columns):
        lines.append(
            gap.join(pad(c.title, w, c.align) for c, w in zip(columns, widths, strict=True))
        )
    laid_out = iter(cells)
    for row in rows:
        if isinstance(row, str):
            lines.append(row)
        else:
            parts = zip(next(laid_out), columns, widths, strict=True)
            lines.append(gap.join(pad(cell, w, c.align) for cell, c, w in parts))
    return "\n".join(line.rstrip() for line in lines)


def figure(value: Decimal | Fraction | int | str | None) -> str:
    """Return a number with thousands separators (exact), a stage name as it is, or ``-``.

    The number is :func:`~commitments.model.exact.to_decimal`'s: exact where it
    terminates, else 12 significant digits.

    >>> figure(Fraction(2350000)), figure(Decimal("1.50")), figure("completed"), figure(None)
    ('2,350,000', '1.5', 'completed', '-')
    """
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    return f"{to_decimal(value):,}"


def plural(count: int, word: str) -> str:
    """Return a count and its word, with an ``s`` unless the count is one.

    >>> plural(1, "file"), plural(0, "error"), plural(3, "plan")
    ('1 file', '0 errors', '3 plans')
    """
    return f"{count} {word}{'' if count == 1 else 's'}"
