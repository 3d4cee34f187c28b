"""Clauses are cut the same on the fast path (no opening bracket or quote) as on the full one.

:func:`clauses` cuts a sentence without any opening bracket or quote at every
separator it finds with one pattern; the full walk (:func:`_cuts`) counts brackets
and quotes. For any sentence, the two must give the same clauses.
"""

from hypothesis import example, given
from hypothesis import strategies as st

from commitments.extract._sentences import _cuts, _spans, clauses

# Separators, brackets and quotes of both widths, spaces between wide and narrow
# characters, digits around ASCII commas (5,000 is one number), and words.
PIECES = [
    *["，", ",", "；", ";", "：", ":", "、", "。"],
    *["（", "(", "“", "‘", "《", "「", "【", "["],
    *["）", ")", "”", "’", "》", "」", "】", "]"],
    *[" ", "  ", "\u3000", "\t", "\n", "\xa0"],
    *["5", "5,000", ",0", "0,", "x", "Build", "新增就业", "建设", "所", "é"],
]


def reference(search: str) -> list[tuple[int, int]]:
    """The clauses by the bracket walk's cuts alone, as before the fast path."""
    cuts = _cuts(search, respect_brackets=True)
    if cuts is None:
        cuts = _cuts(search, respect_brackets=False) or []
    return _spans(search, cuts)


@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
@example("新增就业5,000人，建设 school 3所；完成")
@example("新增 就业 5 , 000人")
@example("（一）新增就业，建设")
def test_clauses_are_those_of_the_full_walk(search: str) -> None:
    assert clauses(search) == reference(search)


def test_a_sentence_without_brackets_is_cut_at_each_separator() -> None:
    search = "新增就业5,000人，建设学校3所；完成改造：全部 完成"
    assert [search[a:b] for a, b in clauses(search)] == [
        "新增就业5,000人",
        "建设学校3所",
        "完成改造",
        "全部",
        "完成",
    ]
