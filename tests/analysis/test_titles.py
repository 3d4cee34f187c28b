"""Rename detection: the fast search finds what comparing every pair finds."""

import difflib
import unicodedata
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from commitments.analysis._titles import (
    MAX_COMPARED,
    RENAME_THRESHOLD,
    similar_titles,
    title_similarity,
)
from commitments.model.text import Text


def reference_similarity(old: Text, new: Text) -> Fraction:
    """The definition as first written: every shared-language pair through difflib."""

    def normalise(title: str) -> str:
        folded = unicodedata.normalize("NFKC", title).casefold()
        return "".join(c for c in folded if unicodedata.category(c)[0] in "LN")

    def strings(title: Text) -> list[tuple[str | None, str]]:
        if isinstance(title.value, str):
            return [(None, title.value)]
        return [(tag.split("-", 1)[0].casefold(), s) for tag, s in title.value.items()]

    best = Fraction(0)
    for old_tag, a in strings(old):
        for new_tag, b in strings(new):
            if old_tag is not None and new_tag is not None and old_tag != new_tag:
                continue
            a, b = normalise(a), normalise(b)
            if not a and not b:
                continue
            matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
            matched = sum(block.size for block in matcher.get_matching_blocks())
            best = max(best, Fraction(2 * matched, len(a) + len(b)))
    return best


def reference_pairs(old: list[Text], new: list[Text]) -> list[tuple[int, int, Fraction]]:
    """Every old × new pair scored, the alike ones kept."""
    scored = (
        (i, j, reference_similarity(o, n)) for i, o in enumerate(old) for j, n in enumerate(new)
    )
    return [(i, j, s) for i, j, s in scored if s >= RENAME_THRESHOLD]


# A small alphabet (with case, width and punctuation that normalising removes), so that
# near-identical titles are common.
strings = st.text(alphabet="abcAB 农村公路。!Ａ1", max_size=12)
languages = st.sampled_from(["en", "en-US", "EN-gb", "zh", "fr"])
titles = st.one_of(
    strings.map(Text),
    st.dictionaries(languages, strings, min_size=1, max_size=3).map(Text),
)


@given(st.lists(titles, max_size=6), st.lists(titles, max_size=6))
def test_the_search_finds_the_pairs_and_scores_of_every_pair_compared(
    old: list[Text], new: list[Text]
) -> None:
    assert similar_titles(old, new) == reference_pairs(old, new)


@given(titles, titles)
def test_the_similarity_is_the_first_definition(old: Text, new: Text) -> None:
    assert title_similarity(old, new) == reference_similarity(old, new)


def test_near_identical_titles_in_many_are_found() -> None:
    old = [Text(f"Build {n} rural roads in county {n % 7}") for n in range(60)]
    new = [Text(f"Build {n} rural roads in county {n % 7}.") for n in range(60)]
    found = similar_titles(old, new)
    assert found == reference_pairs(old, new)
    assert (5, 5, Fraction(1)) in found


def test_very_long_titles_are_compared_on_their_first_characters() -> None:
    shared = "a" * MAX_COMPARED
    old, new = Text(shared + "b" * 5000), Text(shared + "c" * 7000)
    assert title_similarity(old, new) == 1
    assert similar_titles([old], [new]) == [(0, 0, Fraction(1))]
