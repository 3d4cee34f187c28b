"""How alike two titles are, for the ``possible_renames`` of a diff (:doc:`/diff`).

Titles are compared in every language the two share (a plain string, whose
language is not stated, is compared with every string of the other title), after
normalising: Unicode NFKC, case folded, and every character that is not a letter
or a digit (spaces, punctuation, symbols) dropped, so that "城镇新增就业。" and
"城镇 新增就业" are the same title; only the first :data:`MAX_COMPARED` characters
left are compared. The score is the best over those pairs of
``2·M / (len(a) + len(b))``, where ``M`` counts the characters of the longest
matching blocks (:class:`difflib.SequenceMatcher`, without its "junk"
heuristic), computed as an exact fraction.

>>> from commitments.analysis._titles import title_similarity
>>> from commitments.model import Text
>>> old = Text({"zh": "农村改厕", "en": "Rural toilets"})
>>> title_similarity(old, Text({"en": "Rural toilets."}))
Fraction(1, 1)
>>> title_similarity(Text("新改建农村公路"), Text("改造农村公路"))
Fraction(10, 13)

:func:`similar_titles` finds every alike pair of two lists of titles without
comparing every pair: the matching blocks are a common subsequence, so ``M`` is at
most the length of the longest common subsequence, whose score
(:func:`rapidfuzz.fuzz.ratio`, computed for many pairs at once in compiled code by
:func:`rapidfuzz.process.cdist`, language by language) bounds the score from above.
Only the pairs that bound lets through are scored.
"""

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from fractions import Fraction

import numpy
from rapidfuzz import fuzz, process

from commitments.model.text import Text

__all__ = [
    "MAX_COMPARED",
    "RENAME_THRESHOLD",
    "normalise_title",
    "similar_titles",
    "title_similarity",
]

#: Titles at least this alike (in one shared language) are offered as a possible rename.
RENAME_THRESHOLD = Fraction(4, 5)

#: How many characters of a normalised title are compared: the comparison takes time
#: growing with the product of the lengths, and no title is this long.
MAX_COMPARED = 1000

#: The strings of one title, normalised, each with its primary language (``None``
#: for a plain string, whose language is not stated).
_Strings = tuple[tuple[str | None, str], ...]


def normalise_title(title: str) -> str:
    """Return ``title`` in NFKC, case folded, with only its letters and digits kept.

    >>> from commitments.analysis._titles import normalise_title
    >>> normalise_title("  New Urban JOBS (2021)! ")
    'newurbanjobs2021'
    """
    folded = unicodedata.normalize("NFKC", title).casefold()
    if folded.isascii():  # the letters and digits of ASCII are these, and faster found
        return _NOT_ASCII_ALPHANUMERIC.sub("", folded)
    return "".join(c for c in folded if _kept(c))


_NOT_ASCII_ALPHANUMERIC = re.compile("[^a-z0-9]")


@functools.cache
def _kept(character: str) -> bool:
    """Whether a character is a letter or a digit (of any script), remembered once seen."""
    return unicodedata.category(character)[0] in "LN"


def _strings(title: Text) -> _Strings:
    """Normalise every string of a title once, keeping its primary language."""
    if isinstance(title.value, str):
        return ((None, normalise_title(title.value)[:MAX_COMPARED]),)
    return tuple(
        (_primary_language(tag), normalise_title(string)[:MAX_COMPARED])
        for tag, string in title.value.items()
    )


def _primary_language(tag: str) -> str:
    """``en`` for ``en``, ``en-US`` and ``EN-gb``: the language, without region or script."""
    return tag.split("-", 1)[0].casefold()


def _compared(old: str | None, new: str | None) -> bool:
    """Whether strings of these languages are compared: the same, or either unstated.

    A plain title has a single string, of unstated language, so comparing by string
    is the same as comparing by title: a plain title is compared with every string of
    the other.
    """
    return old is None or new is None or old == new


def _pairs(old: _Strings, new: _Strings) -> Iterator[tuple[str, str]]:
    """Yield the pairs of strings to compare: same language, or a plain string against all.

    Languages match on their primary subtag: ``en-US`` and ``en`` are both English.
    """
    for old_language, string in old:
        for new_language, other in new:
            if _compared(old_language, new_language):
                yield string, other


def _ratio(a: str, b: str) -> Fraction | None:
    if not a and not b:
        return None
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return Fraction(2 * matched, len(a) + len(b))


def _similarity(old: _Strings, new: _Strings) -> Fraction:
    scores = (_ratio(a, b) for a, b in _pairs(old, new))
    return max((s for s in scores if s is not None), default=Fraction(0))


def title_similarity(old: Text, new: Text) -> Fraction:
    """Return how alike two titles are, from 0 (nothing shared) to 1 (the same).

    Args:
        old: One title.
        new: The other title.

    Returns:
        The best score over the languages the titles share; 0 when they share
        none (or nothing is left of them after normalising).

    """
    return _similarity(_strings(old), _strings(new))


#: The bound's cut-off, on rapidfuzz's 0-100 scale, a little under the threshold so
#: that rounding in its floating point never drops a pair (those let through in excess
#: are scored exactly, and dropped then).
_BOUND_CUTOFF = float(RENAME_THRESHOLD) * 100 - 1e-4

#: How many bounds are computed at once (one byte each).
_BLOCK = 1 << 22


def _by_language(titles: Sequence[_Strings]) -> dict[str | None, list[tuple[int, str]]]:
    """The non-empty strings of every title by language: ``(title index, string)``."""
    out: dict[str | None, list[tuple[int, str]]] = {}
    for index, strings in enumerate(titles):
        for language, string in strings:
            if string:  # an empty string scores 0 against any other, or nothing
                out.setdefault(language, []).append((index, string))
    return out


def _candidates(old: Sequence[_Strings], new: Sequence[_Strings]) -> set[tuple[int, int]]:
    """Return the pairs of titles (by index) that the bound does not rule out."""
    new_strings = _by_language(new)
    everything = [item for items in new_strings.values() for item in items]
    found: set[tuple[int, int]] = set()
    for language, queries in _by_language(old).items():
        # A plain string is compared with every string; a tagged one with its language's
        # and with plain strings.
        choices = (
            everything
            if language is None
            else [*new_strings.get(language, ()), *new_strings.get(None, ())]
        )
        if not choices:
            continue
        rows = max(1, _BLOCK // len(choices))
        for start in range(0, len(queries), rows):
            block = queries[start : start + rows]
            bounds = process.cdist(
                [string for _, string in block],
                [string for _, string in choices],
                scorer=fuzz.ratio,
                score_cutoff=_BOUND_CUTOFF,
                dtype=numpy.uint8,
                workers=-1,
            )
            rows_at, columns_at = bounds.nonzero()
            found.update(
                (block[r][0], choices[c][0])
                for r, c in zip(rows_at.tolist(), columns_at.tolist(), strict=True)
            )
    return found


def similar_titles(old: Sequence[Text], new: Sequence[Text]) -> list[tuple[int, int, Fraction]]:
    """Find every pair of an old and a new title scoring at least :data:`RENAME_THRESHOLD`.

    The same pairs and scores as :func:`title_similarity` over every old × new pair,
    in far less time: only the pairs whose upper bound reaches the threshold are
    scored.

    >>> from commitments.analysis._titles import similar_titles
    >>> similar_titles([Text("农村改厕"), Text("城镇新增就业")], [Text("城镇新增就业。")])
    [(1, 0, Fraction(1, 1))]

    Args:
        old: The titles on one side.
        new: The titles on the other.

    Returns:
        ``(old index, new index, score)`` for every pair at least that alike, sorted
        by old then new index.

    """
    old_strings = [_strings(title) for title in old]
    new_strings = [_strings(title) for title in new]
    found = []
    for i, j in sorted(_candidates(old_strings, new_strings)):
        score = _similarity(old_strings[i], new_strings[j])
        if score >= RENAME_THRESHOLD:
            found.append((i, j, score))
    return sorted(found)
