"""Figures said again: a numeric commitment that repeats an earlier one goes to review.

A press conference restates the list's figures (``城镇新增就业23万人`` in a
question, then in its answer): the first one drafts the commitment, a later one
with the same value, unit and kind goes to review when it *repeats* an earlier one:

* the shorter of their names (three characters or more; in Latin letters, two words or
  more: ``homes`` says as little as 家庭) is in the longer;
* or, said in prose (not in a list), it has the earlier one's category;
* or their titles are alike: a Dice coefficient of character bigrams of at least 0.6.

Comparing every commitment with every earlier one would take time quadratic in a
long list (a thousand items of ``10个`` each). Indexes find the few earlier ones that
can match instead — by category, by the names' three-character pieces, and by the
titles' rarest bigrams (a *prefix filter*: two titles that alike share one of
their rarest bigrams) — and each of those is checked by the rule itself, so the
result is the same as comparing all: the earliest commitment repeated.

>>> similarity("新改建农村公路", "改造农村公路")
0.5454545454545454
"""

import functools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from operator import add

from commitments.extract._found import Candidate, Held

__all__ = ["drop_repeats", "similarity"]

_SIMILAR = 0.6
_NAME = 3  # a shorter name (家庭, 县) says too little to tell two things apart
_SCAN = 16  # kept commitments compared one by one before the indexes are used
# A bigram of a title, its first occurrence there as itself, a later one with its number
# after it (公路1): no bigram is longer than two characters, so none is taken for another.
_Token = str


def drop_repeats(found: Iterable[Candidate | Held]) -> list[Candidate | Held]:
    """Hold back a numeric commitment that repeats an earlier one's figure and subject."""
    items = list(found)

    @functools.cache
    def order() -> dict[_Token, int]:
        return _bigram_order(item for item in items if isinstance(item, Candidate))

    groups: dict[tuple[object, ...], list[Candidate]] = {}  # kept, by value, unit and kind
    indexes: dict[tuple[object, ...], _Index] = {}  # over a group that outgrew its scan
    result: list[Candidate | Held] = []
    for item in items:
        if isinstance(item, Candidate) and item.value is not None:
            key = (item.value, item.unit, item.kind)
            kept = groups.get(key)
            if kept is None:
                groups[key] = [item]
                result.append(item)
                continue
            earlier = None
            for candidate in kept[:_SCAN] if len(kept) > _SCAN else kept:
                if _says_again(candidate, item):
                    earlier = candidate
                    break
            else:
                if len(kept) > _SCAN:
                    earlier = indexes[key].first_repeated(item)
            if earlier is not None:
                result.append(
                    Held(
                        reason="repeat",
                        figure=item.figure or "",
                        place=item.place,
                        detail=f"the same figure as “{earlier.title}”",
                    )
                )
                continue
            kept.append(item)
            if len(kept) == _SCAN:
                indexes[key] = _Index(kept, order)
            elif len(kept) > _SCAN:
                indexes[key].add(len(kept) - 1)
        result.append(item)
    return result


def similarity(a: str, b: str) -> float:
    """Return the Dice coefficient of the character bigrams of two titles (0 to 1)."""
    return _dice(a, _tokens(a), b, _tokens(b))


def _dice(a: str, tokens_a: frozenset[_Token], b: str, tokens_b: frozenset[_Token]) -> float:
    if not tokens_a or not tokens_b:
        return 1.0 if a == b else 0.0
    return 2 * len(tokens_a & tokens_b) / (len(tokens_a) + len(tokens_b))


@functools.lru_cache(maxsize=8192)
def _tokens(title: str) -> frozenset[_Token]:
    """The title's bigrams, each numbered by its occurrence: a multiset as a set.

    Remembered: a title is compared with many others.
    """
    pairs = [*map(add, title, title[1:])]
    tokens = frozenset(pairs)
    if len(tokens) == len(pairs):  # no bigram twice, as in most titles
        return tokens
    seen: dict[str, int] = {}
    numbered = []
    for pair in pairs:
        occurrence = seen.get(pair, 0)
        seen[pair] = occurrence + 1
        numbered.append(f"{pair}{occurrence}" if occurrence else pair)
    return frozenset(numbered)


def _bigram_order(candidates: Iterable[Candidate]) -> dict[_Token, int]:
    """Every token of the titles, rarest first: the one order all prefixes are taken in."""
    counts = Counter(token for c in candidates for token in _tokens(c.title))
    ranked = sorted(counts, key=lambda token: (counts[token], token))
    return {token: rank for rank, token in enumerate(ranked)}


def _prefix(tokens: frozenset[_Token], order: dict[_Token, int]) -> list[_Token]:
    """The rarest tokens of a title, of which any title alike enough shares one.

    Titles of ``n`` and ``m`` tokens with a Dice coefficient of at least ``t`` share
    at least ``t·n/(2−t)`` tokens, so they share one of the ``n − ⌊t·n/(2−t)⌋ + 1``
    rarest (taking fewer in common would be rounding the wrong way).
    """
    ranked = sorted(tokens, key=lambda token: order.get(token, -1))
    overlap = max(1, int(_SIMILAR * len(ranked) / (2 - _SIMILAR)))
    return ranked[: len(ranked) - overlap + 1]


class _Index:
    """Indexes over a group of kept commitments (one value, unit and kind) past its scan.

    The first :data:`_SCAN` of a group are compared one by one (most groups are
    no larger); once a group has that many, the indexes find the few later ones
    that can match.
    """

    def __init__(self, kept: list[Candidate], order: Callable[[], dict[_Token, int]]) -> None:
        self.order = order
        self.kept = kept  # the group's list, which grows as the group does
        self.by_category: dict[str, int] = {}
        self.by_trigram: defaultdict[str, list[int]] = defaultdict(list)
        self.by_first_trigram: defaultdict[str, list[int]] = defaultdict(list)
        self.by_token: defaultdict[_Token, list[int]] = defaultdict(list)
        self.short_titles: dict[str, int] = {}
        for index in range(len(kept)):
            self.add(index)

    def add(self, index: int) -> None:
        """Index the kept commitment at ``index``."""
        item = self.kept[index]
        self.by_category.setdefault(item.category.id, index)
        name = item.name or ""
        if len(name) >= _NAME:
            for trigram in {name[i : i + 3] for i in range(len(name) - 2)}:
                self.by_trigram[trigram].append(index)
            self.by_first_trigram[name[:3]].append(index)
        if len(item.title) < 2:
            self.short_titles.setdefault(item.title, index)
        for token in _prefix(_tokens(item.title), self.order()):
            self.by_token[token].append(index)

    def first_repeated(self, later: Candidate) -> Candidate | None:
        """The earliest kept commitment past the scan that ``later`` repeats, if any."""
        candidates: set[int] = set()
        if not later.listed and later.category.id in self.by_category:
            candidates.add(self.by_category[later.category.id])
        name = later.name or ""
        if len(name) >= _NAME:
            candidates.update(self.by_trigram.get(name[:3], ()))  # later's name in theirs
            for i in range(len(name) - 2):  # theirs in later's name
                candidates.update(self.by_first_trigram.get(name[i : i + 3], ()))
        tokens = _tokens(later.title)
        if not tokens:
            if later.title in self.short_titles:
                candidates.add(self.short_titles[later.title])
        else:
            for token in _prefix(tokens, self.order()):
                candidates.update(self.by_token.get(token, ()))
        for index in sorted(candidates):
            if index >= _SCAN and _says_again(self.kept[index], later):
                return self.kept[index]
        return None


def _says_enough(name: str) -> bool:
    """Whether a name tells things apart: one word of Latin letters does not (homes)."""
    return not name.isascii() or " " in name.strip()


def _says_again(earlier: Candidate, later: Candidate) -> bool:
    """The rule: whether ``later`` says again what ``earlier``, of the same figure, said."""
    a, b = earlier.name or "", later.name or ""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if len(shorter) >= _NAME and shorter in longer and _says_enough(shorter):
        return True
    if not later.listed and earlier.category.id == later.category.id:
        return True  # an answer restating a figure of the list
    a, b = earlier.title, later.title
    # The most bigrams two titles can share, 2·min/(sum), is an upper bound of their
    # similarity: below the threshold, they are not alike (and not worth comparing).
    count_a, count_b = len(a) - 1, len(b) - 1
    if count_a > 0 and count_b > 0 and 2 * min(count_a, count_b) / (count_a + count_b) < _SIMILAR:
        return False
    return similarity(a, b) >= _SIMILAR
