"""How alike two titles are, for the ``possible_renames`` of a diff (:doc:`/diff`).

Titles are compared in every language the two share (a plain string, whose
language is not stated, is compared with every string of the other title), after
normalising: Unicode NFKC, case folded, and every character that is not a letter
or a digit (spaces, punctuation, symbols) dropped, so that "城镇新增就业。" and
"城镇 新增就业" are the same title. The score is the best over those pairs of
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
"""

import difflib
import unicodedata
from collections.abc import Iterator
from fractions import Fraction

from commitments.model.text import Text

__all__ = ["RENAME_THRESHOLD", "normalise_title", "title_similarity"]

#: Titles at least this alike (in one shared language) are offered as a possible rename.
RENAME_THRESHOLD = Fraction(4, 5)


def normalise_title(title: str) -> str:
    """Return ``title`` in NFKC, case folded, with only its letters and digits kept.

    >>> from commitments.analysis._titles import normalise_title
    >>> normalise_title("  New Urban JOBS (2021)! ")
    'newurbanjobs2021'
    """
    folded = unicodedata.normalize("NFKC", title).casefold()
    return "".join(c for c in folded if unicodedata.category(c)[0] in "LN")


def _pairs(old: Text, new: Text) -> Iterator[tuple[str, str]]:
    """Yield the pairs of strings to compare: same language, or a plain string against all.

    Languages match on their primary subtag: ``en-US`` and ``en`` are both English.
    """
    if isinstance(old.value, str) or isinstance(new.value, str):
        old_strings = [old.value] if isinstance(old.value, str) else list(old.value.values())
        new_strings = [new.value] if isinstance(new.value, str) else list(new.value.values())
        yield from ((a, b) for a in old_strings for b in new_strings)
        return
    for old_tag, string in old.value.items():
        for new_tag, other in new.value.items():
            if _primary_language(old_tag) == _primary_language(new_tag):
                yield string, other


def _primary_language(tag: str) -> str:
    """``en`` for ``en``, ``en-US`` and ``EN-gb``: the language, without region or script."""
    return tag.split("-", 1)[0].casefold()


def _ratio(a: str, b: str) -> Fraction | None:
    if not a and not b:
        return None
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return Fraction(2 * matched, len(a) + len(b))


def title_similarity(old: Text, new: Text) -> Fraction:
    """Return how alike two titles are, from 0 (nothing shared) to 1 (the same).

    Args:
        old: One title.
        new: The other title.

    Returns:
        The best score over the languages the titles share; 0 when they share
        none (or nothing is left of them after normalising).

    """
    scores = (_ratio(normalise_title(a), normalise_title(b)) for a, b in _pairs(old, new))
    return max((s for s in scores if s is not None), default=Fraction(0))
