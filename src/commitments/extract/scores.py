"""How good a draft is: recall and precision against a plan made by hand from the same text.

Four measures, each with the counts behind it:

``targets``
    the (value, unit) pairs of quantity and level targets, as multisets: a pair
    counts once for each commitment that has it. Values must be equal and units
    the same code (``2000 km`` is not ``2000000 m`` here: a draft must read what
    the text says).
``commitments``
    commitments paired one to one: first those with the same numeric target, the
    pair with the most similar titles first; then the rest by title similarity
    (character bigrams, at least 0.5).
``kinds`` and ``categories``
    the pairs whose metric kind (or category) agree.

Recall is matched over the hand-made plan's count, precision matched over the
draft's.

>>> from commitments.extract import extract
>>> hand = extract("新改建农村公路2000公里。", jurisdiction="CN-JL", year=2021).plan
>>> draft = extract("新改建农村公路2000公里，建设母婴室。", jurisdiction="CN-JL", year=2021).plan
>>> print(score(draft, hand).table())
measure      expected  drafted  matched  recall  precision
targets             1        1        1    1.00       1.00
commitments         1        1        1    1.00       1.00
kinds               1        1        1    1.00       1.00
categories          1        1        1    1.00       1.00
"""

from collections import Counter
from decimal import Decimal
from fractions import Fraction

from attrs import frozen

from commitments.extract._repeats import similarity
from commitments.model.plan import Commitment, Plan

__all__ = ["Score", "Scores", "score"]

_TITLE_MATCH = 0.5


@frozen(kw_only=True)
class Score:
    """One measure: how many the hand-made plan has, the draft has, and both have.

    Attributes:
        expected: In the hand-made plan.
        drafted: In the draft.
        matched: In both.

    """

    expected: int
    drafted: int
    matched: int

    @property
    def recall(self) -> Fraction:
        """``matched / expected`` (1 when nothing is expected)."""
        return Fraction(self.matched, self.expected) if self.expected else Fraction(1)

    @property
    def precision(self) -> Fraction:
        """``matched / drafted`` (1 when nothing is drafted)."""
        return Fraction(self.matched, self.drafted) if self.drafted else Fraction(1)


@frozen(kw_only=True)
class Scores:
    """The four measures of a draft."""

    targets: Score
    commitments: Score
    kinds: Score
    categories: Score

    def table(self) -> str:
        """The measures as a text table, recall and precision to two decimals."""
        lines = ["measure      expected  drafted  matched  recall  precision"]
        for name in ("targets", "commitments", "kinds", "categories"):
            row: Score = getattr(self, name)
            lines.append(
                f"{name:<12}{row.expected:>9}{row.drafted:>9}{row.matched:>9}"
                f"{float(row.recall):>8.2f}{float(row.precision):>11.2f}"
            )
        return "\n".join(lines)


def score(draft: Plan, reference: Plan) -> Scores:
    """Measure ``draft`` against ``reference``, a plan made by hand from the same text."""
    drafted, expected = list(draft.commitments), list(reference.commitments)
    targets_d, targets_e = Counter(map(_target, drafted)), Counter(map(_target, expected))
    targets_d.pop(None, None)
    targets_e.pop(None, None)
    pairs = _pairs(drafted, expected)
    return Scores(
        targets=Score(
            expected=sum(targets_e.values()),
            drafted=sum(targets_d.values()),
            matched=sum((targets_d & targets_e).values()),
        ),
        commitments=Score(expected=len(expected), drafted=len(drafted), matched=len(pairs)),
        kinds=Score(
            expected=len(expected),
            drafted=len(drafted),
            matched=sum(d.metric.kind == e.metric.kind for d, e in pairs),
        ),
        categories=Score(
            expected=len(expected),
            drafted=len(drafted),
            matched=sum(d.category == e.category for d, e in pairs),
        ),
    )


def _target(commitment: Commitment) -> tuple[Decimal, str] | None:
    value, unit = commitment.target.value, commitment.metric.unit
    if commitment.metric.kind == "milestone" or value is None or unit is None:
        return None
    return value, unit


def _pairs(
    drafted: list[Commitment], expected: list[Commitment]
) -> list[tuple[Commitment, Commitment]]:
    """Pair commitments one to one: same numeric target first, then similar titles."""
    scored = []
    for i, d in enumerate(drafted):
        for j, e in enumerate(expected):
            same_target = _target(d) is not None and _target(d) == _target(e)
            likeness = similarity(d.title.best("zh", "en"), e.title.best("zh", "en"))
            if same_target or likeness >= _TITLE_MATCH:
                scored.append((same_target, likeness, -i, -j, i, j))
    scored.sort(reverse=True)
    used_d: set[int] = set()
    used_e: set[int] = set()
    pairs = []
    for *_, i, j in scored:
        if i not in used_d and j not in used_e:
            used_d.add(i)
            used_e.add(j)
            pairs.append((drafted[i], expected[j]))
    return pairs
