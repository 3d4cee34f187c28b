"""The review list of a draft: every figure that did not become a commitment, and why.

Nothing is dropped silently: a figure the rules held back (a past figure, a
question, a count of the list itself …), and a commitment that would break a
rule of the format, each becomes a :class:`ReviewItem` with its reason
(:func:`reasons` says what each code means) and its place in the input.
"""

from collections.abc import Mapping
from typing import Any

from attrs import frozen

from commitments.extract._build import Located
from commitments.extract._found import REASONS, Candidate, Held

__all__ = ["ReviewItem", "reasons", "review_items", "review_json"]


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

    def __str__(self) -> str:
        return (
            f"{self.line}:{self.column}: {self.reason}: {self.figure} {self.message}: {self.quote}"
        )


def reasons() -> Mapping[str, str]:
    """Return every review reason code and what it means."""
    return dict(REASONS)


def review_items(
    found: list[Candidate | Held],
    candidates: list[Candidate],
    invalid: dict[int, str],
    locate: Located,
) -> tuple[ReviewItem, ...]:
    """Every figure of ``found`` that did not become a commitment, in text order.

    ``invalid`` holds the candidates the rules of the format kept out, by index
    into ``candidates``, with the finding that did.
    """
    invalid_by_id = {id(candidates[i]): reason for i, reason in invalid.items()}
    items = []
    for item in found:
        if isinstance(item, Candidate):
            if id(item) not in invalid_by_id:
                continue
            item = Held(
                reason="invalid",
                figure=item.figure or item.title,
                place=item.place,
                detail=invalid_by_id[id(item)],
            )
        offset, length, line, column = locate(item.place)
        items.append(
            ReviewItem(
                reason=item.reason,
                message=REASONS[item.reason] + (f" ({item.detail})" if item.detail else ""),
                figure=item.figure,
                quote=item.place.quote,
                offset=offset,
                length=length,
                line=line,
                column=column,
            )
        )
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
