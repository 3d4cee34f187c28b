"""The review list of a draft: every figure that did not become a commitment, and why.

Nothing is dropped silently: a figure the rules held back (a past figure, a
question, a count of the list itself …), and a commitment that would break a
rule of the format, each becomes a :class:`ReviewItem` with its reason
(:func:`reasons` says what each code means) and its place in the input.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from attrs import frozen

from commitments.extract._build import Location
from commitments.extract._found import REASONS, STRETCHES, Candidate, Held
from commitments.extract._sentences import MAX_SENTENCE

__all__ = ["ReviewItem", "reasons", "review_items", "review_json"]

_PRINTED = 60  # the characters of a long quote printed


@frozen(kw_only=True)
class ReviewItem:
    """A figure of the announcement that did not become a commitment.

    Attributes:
        reason: Why, as a code: ``past``, ``question``, ``no-promise``, ``range``,
            ``repeat`` … (see :func:`reasons`).
        message: Why, in words.
        figure: The figure as written.
        quote: Its sentence, exactly.
        offset: Where the sentence starts in the input text, in characters.
        length: How many characters of the input it spans.
        line: The line of ``offset`` (1-based).
        column: The column of ``offset`` (1-based).

    """

    reason: str
    message: str
    figure: str
    quote: str
    offset: int
    length: int
    line: int
    column: int

    @property
    def stretch(self) -> bool:
        """Whether the item is a stretch of text not read, not one figure.

        A stretch is ``overlong``, ``no-words`` or ``unread``: one item whatever its figures.
        """
        return self.reason in STRETCHES

    def __str__(self) -> str:
        """The item on one line; a quote longer than any sentence read is shortened.

        >>> from commitments.extract import extract
        >>> item, = extract("74 " * 2000, jurisdiction="X", year=2025).review
        >>> item.reason, len(item.quote)
        ('no-words', 5999)
        >>> print(str(item).rpartition(": ")[2])
        74 74 74 74 74 74 74 74 74 74 74 74 74 74 74 74 74 74 74 74… (5,999 characters)
        """
        quote = self.quote
        if len(quote) > MAX_SENTENCE:  # a stretch not read: its start and its length
            quote = f"{quote[:_PRINTED].rstrip()}… ({len(quote):,} characters)"
        return f"{self.line}:{self.column}: {self.reason}: {self.figure} {self.message}: {quote}"


# A review item is made by filling the slots of a bare instance, as ``__init__`` (which
# only stores its arguments) would, at a third of the cost: a draft has thousands.
_new = object.__new__
_set_reason = ReviewItem.__dict__["reason"].__set__
_set_message = ReviewItem.__dict__["message"].__set__
_set_figure = ReviewItem.__dict__["figure"].__set__
_set_quote = ReviewItem.__dict__["quote"].__set__
_set_offset = ReviewItem.__dict__["offset"].__set__
_set_length = ReviewItem.__dict__["length"].__set__
_set_line = ReviewItem.__dict__["line"].__set__
_set_column = ReviewItem.__dict__["column"].__set__


def reasons() -> Mapping[str, str]:
    """Return every review reason code and what it means."""
    return dict(REASONS)


def review_items(
    found: Sequence[Candidate | Held],
    locations: Sequence[Location],
    candidates: Sequence[Candidate],
    invalid: Mapping[int, str],
) -> tuple[ReviewItem, ...]:
    """Every figure of ``found`` (each at its location) that did not become a commitment.

    In text order. ``invalid`` holds the candidates the rules of the format kept
    out, by index into ``candidates``, with the finding that did.
    """
    invalid_by_id = {id(candidates[i]): reason for i, reason in invalid.items()}
    items = []
    for item, (offset, length, line, column) in zip(found, locations, strict=True):
        if isinstance(item, Candidate):
            if id(item) not in invalid_by_id:
                continue
            reason, figure = "invalid", item.figure or item.title
            detail: str | None = invalid_by_id[id(item)]
        else:
            reason, figure, detail = item.reason, item.figure, item.detail
        review = _new(ReviewItem)
        _set_reason(review, reason)
        _set_message(review, REASONS[reason] + f" ({detail})" if detail else REASONS[reason])
        _set_figure(review, figure)
        _set_quote(review, item.place.quote)
        _set_offset(review, offset)
        _set_length(review, length)
        _set_line(review, line)
        _set_column(review, column)
        items.append(review)
    return tuple(items)


def review_json(item: ReviewItem) -> dict[str, Any]:
    """Return a review item as the draft plan's ``x-extract`` keeps it."""
    return {
        "reason": item.reason,
        "message": item.message,
        "figure": item.figure,
        "quote": item.quote,
        "offset": item.offset,
        "length": item.length,
        "line": item.line,
        "column": item.column,
    }
