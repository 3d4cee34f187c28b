"""What extraction finds in a sentence: a commitment to draft, or a figure to review."""

from collections.abc import Mapping
from decimal import Decimal
from typing import NamedTuple

from attrs import frozen

__all__ = ["REASONS", "STRETCHES", "Candidate", "CategoryChoice", "Held", "Place"]

#: Why a figure did not become a commitment, by reason code.
REASONS = {
    "list-count": "counts the announced list itself, not a promise",
    "structure": "counts measures, aspects or points of the text, not something delivered",
    "named-count": "counts what the text named or counted just before it, not an amount delivered",
    "question": "stands in a question",
    "past": "reports the past, not a promise",
    "forecast": "is a forecast, not a promise",
    "no-promise": "no verb of promise or target near it",
    "per-unit": "is a rate for each person, household or place, not an amount delivered",
    "specification": "describes the size or capacity of a work, not an amount delivered",
    "later-year": "is promised for a year after the plan's",
    "range": "is a range; a target needs one value",
    "unit": "has a unit the format has no code for",
    "bare": "is a number without a unit",
    "long": "is larger or longer than any commitment needs",
    "overlong": "stands in a run of text without punctuation, which is not read",
    "no-words": "stands in lines without a word (a table of numbers), which are not read",
    "unread": "stands after the most of a text that one extraction reads",
    "repeat": "repeats the figure of an earlier commitment",
    "baseline-direction": "its from-to figures contradict the direction of the verb",
    "invalid": "made a commitment that does not validate",
}
#: The reasons for a stretch of text that is not read, held once whatever its figures.
STRETCHES = frozenset({"overlong", "no-words", "unread"})


@frozen(kw_only=True)
class CategoryChoice:
    """The category of a commitment, and what chose it.

    Attributes:
        id: The category id.
        names: Its names by language tag.
        source: ``heading`` (the heading over it), ``words`` (its own words),
            ``sentence`` (its sentence's words) or ``default``.
        confidence: How sure the choice is (0 to 1).

    """

    id: str
    names: Mapping[str, str]
    source: str
    confidence: Decimal


class Place(NamedTuple):
    """Where something was found: its sentence, in the derived text."""

    start: int
    end: int
    quote: str


class Candidate(NamedTuple):
    """A commitment the text gives (a named tuple: the rules make thousands a megabyte).

    Attributes:
        kind: ``quantity``, ``level`` or ``milestone``.
        title: The clause, trimmed.
        name: What is counted (quantity and level), if the clause says.
        unit: The unit code (quantity and level).
        value: The target value (quantity and level).
        baseline: The baseline value, when the text gives one (由 A 提高到 B).
        decrease: Whether lower is better.
        stage: A milestone's target stage (``started`` or ``completed``).
        approximate: Whether the figure is approximate (约, 余, 左右).
        bound: ``at-least`` or ``at-most`` when the text bounds the figure.
        figure: The figure as written.
        place: The sentence.
        rule: The rule that found it.
        confidence: How sure the rule is (0 to 1).
        category: The category, and what chose it.
        listed: Whether it stands in a list (else in prose, such as an answer to a
            question, where figures of the list are often said again).
        due: The date its clause says it is due by (``YYYY-MM-DD``), if sooner than
            the end of the plan year.

    """

    kind: str
    title: str
    place: Place
    rule: str
    confidence: Decimal
    category: CategoryChoice
    name: str | None = None
    unit: str | None = None
    value: Decimal | None = None
    baseline: Decimal | None = None
    decrease: bool = False
    stage: str | None = None
    approximate: bool = False
    bound: str | None = None
    figure: str | None = None
    listed: bool = True
    due: str | None = None


class Held(NamedTuple):
    """A figure that did not become a commitment, for a person to review.

    Attributes:
        reason: A code of :data:`REASONS`.
        figure: The figure as written (an excerpt, for a stretch not read).
        place: Its sentence.
        detail: More about the reason (the earlier commitment a figure repeats …).

    """

    reason: str
    figure: str
    place: Place
    detail: str | None = None
