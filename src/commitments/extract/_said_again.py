"""Said again: each distinct paragraph, and each distinct sentence, of an announcement is read once.

An announcement repeats itself — a press conference restates its list, a page
repeats its boilerplate, a hostile input repeats one line a hundred thousand
times — and what the rules find in a paragraph or a sentence depends only on its
words and on where it stands (in a list, under which heading, in which year),
never on where in the text it is. :class:`SaidAgain` remembers, for one
extraction, the figures of each sentence, what the rules found in it, and what
they found in each paragraph; what is said again in the same standing is given
the same findings, moved to its own place. Every paragraph and finding, read or
remembered, is spent from the extraction's :class:`~commitments.extract._budget.Budget`.

>>> from commitments.extract._budget import Budget
>>> from commitments.extract._chinese import CHINESE
>>> from commitments.extract._figures import find_figures
>>> from commitments.extract._sentence_context import Context
>>> from commitments.extract._sentences import Sentence
>>> memo = SaidAgain(CHINESE, find_figures, Budget())
>>> context = Context(listed=True, heading=None, skip=0, plan_year=2021)
>>> said = [Sentence(start=s, end=s + 8, text="新建学校10所。", search="新建学校10所。")
...         for s in (0, 40)]
>>> first, again = (memo.read(s, memo.figures(s, 0), context, 0) for s in said)
>>> [(found.title, found.place.start, found.place.end) for found in first + again]
[('新建学校10所', 0, 8), ('新建学校10所', 40, 48)]
"""

from collections.abc import Callable, Hashable, Sequence
from typing import Generic, TypeVar

from commitments.extract._budget import Budget
from commitments.extract._categories import choose_category
from commitments.extract._figures import Figure, FigureFinder
from commitments.extract._found import Candidate, CategoryChoice, Held, Place
from commitments.extract._lexicon import Lexicon
from commitments.extract._promises import read_sentence
from commitments.extract._sentence_context import Context
from commitments.extract._sentences import Sentence

__all__ = ["SaidAgain", "heading_key"]

_State = TypeVar("_State")
_Found = list[Candidate | Held]


class SaidAgain(Generic[_State]):
    """What was found in each distinct paragraph and sentence read so far in one extraction.

    Attributes:
        lexicon: The words of the announcement's language.
        budget: What the extraction has read so far.

    """

    def __init__(self, lexicon: Lexicon, find: FigureFinder, budget: Budget) -> None:
        self.lexicon, self._find, self.budget = lexicon, find, budget
        self._figures: dict[tuple[str, int], list[Figure]] = {}
        self._sentences: dict[tuple[Hashable, ...], _Remembered] = {}
        self._paragraphs: dict[tuple[Hashable, ...], tuple[_State, _Remembered]] = {}
        self._context: Context | None = None
        self._standing: tuple[Hashable, ...] = ()
        # Each context made, by its values (the heading by identity: the context keeps it).
        self._contexts: dict[tuple[bool, int, int, int], Context] = {}
        language = lexicon.language

        def categorize(title: str, sentence: str, over: CategoryChoice | None) -> CategoryChoice:
            return choose_category(title, sentence, over, language)

        self._categorize = categorize

    def figures(self, sentence: Sentence, start: int) -> list[Figure]:
        """The figures of a sentence from ``start`` on (positions in the sentence).

        The list is shared by every sentence of the same words: it is not to be changed.
        """
        key = (sentence.text, start)
        found = self._figures.get(key)
        if found is None:
            found = self._figures[key] = self._find(sentence.text, sentence.search, start)
        return found

    def context(
        self, *, listed: bool, heading: CategoryChoice | None, skip: int, plan_year: int
    ) -> Context:
        """The context of these values: one object for all the paragraphs that share it."""
        key = (listed, id(heading), skip, plan_year)
        context = self._contexts.get(key)
        if context is None:
            context = Context(listed=listed, heading=heading, skip=skip, plan_year=plan_year)
            self._contexts[key] = context
        return context

    def read(
        self, sentence: Sentence, figures: list[Figure], context: Context, start: int
    ) -> _Found:
        """What the rules find in a sentence whose figures, from ``start`` on, are ``figures``.

        Raises:
            Spent: The budget is spent.

        """
        if context is not self._context:  # the same for paragraphs that share a context
            self._context, self._standing = context, _standing(context)
        key = (sentence.text, start, self._standing)
        remembered = self._sentences.get(key)
        if remembered is not None:
            copies = remembered.at(sentence.start)
            self.budget.spend(paragraphs=0, found=len(copies))
            return copies
        found = read_sentence(
            sentence.start,
            sentence.text,
            sentence.search,
            figures,
            context,
            self.lexicon,
            self._categorize,
        )
        self._sentences[key] = _Remembered(sentence.start, found)
        self.budget.spend(paragraphs=0, found=len(found))
        return found

    def paragraph(
        self,
        key: tuple[Hashable, ...],
        start: int,
        read: Callable[[], tuple[_State, _Found]],
    ) -> tuple[_State, _Found]:
        """What ``read()`` finds in the paragraph at ``start`` (its words and standing: ``key``).

        ``read`` also says the state the paragraph leaves for the next one.

        Raises:
            Spent: The budget is spent.

        """
        remembered = self._paragraphs.get(key)
        if remembered is not None:
            state, found = remembered
            copies = found.at(start)
            self.budget.spend(paragraphs=1, found=len(copies))
            return state, copies
        self.budget.spend(paragraphs=1, found=0)
        state, read_now = read()
        self._paragraphs[key] = (state, _Remembered(start, read_now))
        return state, read_now


def heading_key(heading: CategoryChoice | None) -> Hashable:
    """A heading as a key: its id, source, confidence and names."""
    if heading is None:
        return None
    return (heading.id, heading.source, heading.confidence, tuple(heading.names.items()))


def _standing(context: Context) -> tuple[Hashable, ...]:
    """Where a sentence stands, as a key: all of its context."""
    return (context.listed, context.skip, context.plan_year, heading_key(context.heading))


class _Remembered:
    """The findings of a paragraph or sentence that starts at ``start``, to copy elsewhere."""

    __slots__ = ("found", "start")  # one a sentence read

    def __init__(self, start: int, found: Sequence[Candidate | Held]) -> None:
        self.start, self.found = start, found

    def at(self, start: int) -> _Found:
        """The same findings for the same words at ``start`` (their places moved along).

        Findings of one sentence share its place, and their copies share its copy.
        """
        if start == self.start:
            return list(self.found)
        by = start - self.start
        moved: dict[int, Place] = {}  # by the id of a place
        copies: _Found = []
        for item in self.found:
            place = moved.get(id(item.place))
            if place is None:
                old = item.place
                place = moved[id(old)] = Place(old.start + by, old.end + by, old.quote)
            copies.append(item._replace(place=place))
        return copies
