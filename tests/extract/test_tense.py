"""A clause has a word of tense only if its sentence has one.

The rules read a sentence's tense once; a clause is searched again only when its
sentence holds a word of the future or the past. That holds because a word of
either matches the same in a clause as in its sentence: what stands just outside
a clause in its sentence is a separator, or the end of a heading lead (】, ：), which
none of the words' look-arounds (主要, 为了, 将近, 了解 …) are made of.
"""

from hypothesis import example, given
from hypothesis import strategies as st

from commitments.extract._chinese import CHINESE
from commitments.extract._english import ENGLISH
from commitments.extract._lexicon import Lexicon
from commitments.extract._promises import _tense
from commitments.extract._sentences import clauses

# The words that the look-arounds of the words of tense test (主要, 为了, 将近, 了解 …:
# none is a word of tense), a few words of tense, separators, brackets that end a
# heading lead, spaces and other words: most sentences drawn have no word of tense,
# which is when the claim says anything.
CHINESE_PIECES = [
    *["将近", "主要", "需要", "要求", "重要", "要点", "为了", "了解", "除了", "了不起"],
    *["将", "要", "了", "已", "今年", "去年"],
    *["，", "；", "：", "、", "。", "【", "】", "（", "）", " ", "　"],
    *["新增", "就业", "建设", "学校", "5", "所", "万人", "和", "围绕", "方面"],
]
ENGLISH_PIECES = [
    *["willing", "shallow", "targeted", "lasting", "year", "last", "far", "so", "was"],
    *["will", "already", "last year", "so far"],
    *[", ", "; ", ": ", ",", ";", ":", ". ", " ", "  ", "(", ")", "[", "]"],
    *["build", "schools", "new", "5", "km", "and", "on", "for"],
]


def clause_tenses(sentence: str, lexicon: Lexicon) -> list[str | None]:
    """The tense of each clause of a sentence, and of each clause after a heading lead."""
    spans = clauses(sentence)
    lead = lexicon.heading_lead.match(sentence)
    if lead is not None:  # the reader starts the first clause after the lead
        spans += [(max(start, lead.end()), end) for start, end in spans if end > lead.end()]
    return [_tense(sentence[start:end], lexicon) for start, end in spans]


@given(st.lists(st.sampled_from(CHINESE_PIECES), max_size=24).map("".join))
@example("主要，要求")
@example("为了，了解")
@example("【就业】将")
def test_a_chinese_clause_has_a_tense_only_if_its_sentence_has(sentence: str) -> None:
    if _tense(sentence, CHINESE) is None:
        assert set(clause_tenses(sentence, CHINESE)) <= {None}


@given(st.lists(st.sampled_from(ENGLISH_PIECES), max_size=24).map("".join))
@example("willing, will")
@example("last, year")
def test_an_english_clause_has_a_tense_only_if_its_sentence_has(sentence: str) -> None:
    if _tense(sentence, ENGLISH) is None:
        assert set(clause_tenses(sentence, ENGLISH)) <= {None}


SEPARATORS = {
    "zh": ["，", "；", "：", "、", "。", "】", " ", "　", ""],
    "en": [", ", "; ", ": ", ",", ";", ":", "] ", " ", ""],
}


def test_every_two_pieces_around_every_separator() -> None:
    # Drawn sentences seldom hold a word of tense cut off by a separator alone; here
    # every piece meets every other across every separator.
    for lexicon, pieces in ((CHINESE, CHINESE_PIECES), (ENGLISH, ENGLISH_PIECES)):
        for first in pieces:
            for separator in SEPARATORS[lexicon.language]:
                for second in pieces:
                    sentence = first + separator + second
                    if _tense(sentence, lexicon) is None:
                        assert set(clause_tenses(sentence, lexicon)) <= {None}, sentence


def test_the_words_the_look_arounds_test_are_no_word_of_tense_in_either() -> None:
    # 主要 and 为了 hold no future or past; cut before 要 or 了, the clause would.
    assert _tense("主要，需要，为了，了解", CHINESE) is None
    assert _tense("要", CHINESE) == "future"
    assert _tense("了", CHINESE) == "past"
