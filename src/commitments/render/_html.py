"""Small HTML pieces for notebooks: a table, a progress bar, a coloured label.

Every piece of text is escaped here; callers pass plain strings, or :class:`Markup`
for HTML they built with these functions.

>>> from fractions import Fraction
>>> from commitments.render._html import bar, html_table
>>> page = html_table(["a"], [["<1>"]], caption="c")
>>> page.startswith('<table class="commitments"><caption>c</caption>'), "<td>&lt;1&gt;</td>" in page
(True, True)
>>> "width:50.0%" in bar(Fraction(1, 2), "on_track")
True
"""

from collections.abc import Sequence
from fractions import Fraction
from html import escape

from commitments.render.palette import colour

__all__ = ["Markup", "bar", "html_table", "label"]

# The width of a progress bar, in pixels.
_BAR_WIDTH = 120


class Markup(str):
    """HTML that is already safe: put in a page as it is."""

    __slots__ = ()


def _cell(value: object) -> str:
    return value if isinstance(value, Markup) else escape("" if value is None else str(value))


def html_table(
    headers: Sequence[str], rows: Sequence[Sequence[object]], *, caption: str = ""
) -> Markup:
    """Return a table: escaped headers and cells (but :class:`Markup`), an optional caption."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in row) + "</tr>" for row in rows)
    top = f"<caption>{_cell(caption)}</caption>" if caption else ""
    return Markup(
        f'<table class="commitments">{top}<thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


def bar(share: Fraction | None, assessment: str) -> Markup:
    """Return a bar filled to ``share`` (clamped to [0, 1]; empty if unknown) in a colour."""
    filled = 0.0 if share is None else float(min(Fraction(1), max(Fraction(0), share)))
    return Markup(
        f'<div title="{escape(str(assessment))}" style="width:{_BAR_WIDTH}px;height:0.9em;'
        f'background:#eeeeee;border-radius:2px"><div style="width:{filled:.1%};height:100%;'
        f'background:{colour(assessment)};border-radius:2px"></div></div>'
    )


def label(assessment: str, word: str | None = None) -> Markup:
    """Return a word (by default the assessment itself) on the colour of an assessment."""
    return Markup(
        f'<span style="background:{colour(assessment)};padding:0 0.3em;border-radius:2px">'
        f"{escape(str(assessment) if word is None else word)}</span>"
    )
