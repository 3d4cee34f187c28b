"""What the promise rules know of a sentence: where it stands, and what its words say.

:class:`Context` is where a sentence stands (in a list, under which heading, in
which plan year); :class:`Sentence` is what its words say as a whole (the past, a
question, a forecast, a promise), read once for every clause and figure in it;
:class:`Clause` the same of one clause, read once for every figure in it.
"""

from collections.abc import Callable
from typing import NamedTuple

from attrs import frozen

from commitments.extract._figures import Figure
from commitments.extract._found import CategoryChoice

__all__ = ["TRIM", "Categorizer", "Clause", "Context", "Sentence"]

#: Chooses an item's category from its title, its sentence and the heading over it.
Categorizer = Callable[[str, str, CategoryChoice | None], CategoryChoice]

#: What is trimmed off a title or a name: spaces and punctuation, full-width or not.
TRIM = " \t，,；;：:、。.！!？?"


@frozen(kw_only=True)
class Context:
    """Where a sentence stands.

    Attributes:
        listed: In a list (under a heading, an enumerated item): clauses with a
            verb of promise and no figure become milestones.
        heading: The category its heading gives, if any.
        skip: How many characters at the sentence's start are a heading, not an item.
        plan_year: The plan's year.

    """

    listed: bool
    heading: CategoryChoice | None
    skip: int
    plan_year: int


class Sentence(NamedTuple):
    """What the rules know of a sentence: its text, figures, and what its words say.

    ``tensed``: whether a word of the future or the past is in it; when none is,
    none is in any of its clauses either (a word of either matches the same in a
    clause as in its sentence: what is around it there is a separator).
    ``later``: prose that names only years after the plan's (…2028年建成投用): its
    clauses without a year of their own are about those years too.
    """

    start: int
    text: str
    search: str
    figures: tuple[Figure, ...]
    past: bool
    question: bool
    forecast: bool
    promising: bool
    tensed: bool
    later: bool = False


class Clause(NamedTuple):
    """A clause of a sentence: where it is, its search form, and whether it promises."""

    start: int
    end: int
    search: str
    promising: bool
