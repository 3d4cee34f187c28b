"""Sentences said again: each distinct sentence of an announcement is read once.

An announcement repeats itself — a press conference restates its list, a page
repeats its boilerplate, a hostile input repeats one line a hundred thousand
times — and what the rules find in a sentence depends only on its words and on
where it stands (in a list, under which heading, in which year), never on where
in the text it is. :class:`SaidAgain` remembers, for one extraction, the figures
of each sentence and what the rules found in it; a sentence said again in the
same standing is given the same findings, moved to its own place.

>>> from commitments.extract._chinese import CHINESE
>>> from commitments.extract._figures import find_figures
>>> from commitments.extract._sentence_context import Context
>>> from commitments.extract._sentences import Sentence
>>> memo = SaidAgain(CHINESE, find_figures)
>>> context = Context(listed=True, heading=None, skip=0, plan_year=2021)
>>> said = [Sentence(start=s, end=s + 10, text="新建学校10所。", search="新建学校10所。")
...         for s in (0, 40)]
>>> first, again = (memo.read(s, memo.figures(s, 0), context, 0) for s in said)
>>> [(found.title, found.place.start) for found in first + again]
[('新建学校10所', 0), ('新建学校10所', 40)]
"""

from collections.abc import Hashable

from attrs import evolve

from commitments.extract._categories import choose_category
from commitments.extract._figures import Figure, FigureFinder
from commitments.extract._found import Candidate, CategoryChoice, Held, Place
from commitments.extract._lexicon import Lexicon
from commitments.extract._promises import read_sentence
from commitments.extract._sentence_context import Context
from commitments.extract._sentences import Sentence

__all__ = ["SaidAgain"]


class SaidAgain:
    """The figures and findings of each distinct sentence read so far in one extraction."""

    def __init__(self, lexicon: Lexicon, find: FigureFinder) -> None:
        self.lexicon, self.find = lexicon, find
        self._figures: dict[tuple[str, int], list[Figure]] = {}
        self._found: dict[tuple[Hashable, ...], list[Candidate | Held]] = {}
        language = lexicon.language

        def categorize(title: str, sentence: str, over: CategoryChoice | None) -> CategoryChoice:
            return choose_category(title, sentence, over, language)

        self._categorize = categorize

    def figures(self, sentence: Sentence, start: int) -> list[Figure]:
        """The figures of a sentence from ``start`` on (positions in the sentence)."""
        key = (sentence.text, start)
        found = self._figures.get(key)
        if found is None:
            found = self._figures[key] = self.find(sentence.text, sentence.search, start)
        return list(found)

    def read(
        self, sentence: Sentence, figures: list[Figure], context: Context, start: int
    ) -> list[Candidate | Held]:
        """What the rules find in a sentence whose figures, from ``start`` on, are ``figures``."""
        key = (sentence.text, start, _standing(context))
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = list(
                read_sentence(
                    sentence.start,
                    sentence.text,
                    sentence.search,
                    figures,
                    context,
                    self.lexicon,
                    self._categorize,
                )
            )
            return found
        if not found or found[0].place.start == sentence.start:
            return list(found)
        place = Place(start=sentence.start, end=sentence.end, quote=sentence.text)
        return [_moved(item, place) for item in found]


def _standing(context: Context) -> tuple[Hashable, ...]:
    """Where a sentence stands, as a key: all of its context, the heading's names too."""
    heading = context.heading
    over = (
        None
        if heading is None
        else (heading.id, heading.source, heading.confidence, tuple(heading.names.items()))
    )
    return (context.listed, context.skip, context.plan_year, over)


def _moved(item: Candidate | Held, place: Place) -> Candidate | Held:
    if isinstance(item, Candidate):
        return evolve(item, place=place)
    candidate = None if item.candidate is None else evolve(item.candidate, place=place)
    return evolve(item, place=place, candidate=candidate)
