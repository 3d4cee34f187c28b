"""The text steps give what they gave before they were made faster: the same text, the same offsets.

``html_text`` and ``join_wrapped_lines`` were rewritten to do their work a list at a
time instead of a line (or a tag) at a time. ``text_steps_before.py`` keeps their
previous versions; for any text made of the pieces that matter to them, the derived
text and the origin of every derived span must be the same.
"""

from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from commitments.extract._html import html_text
from commitments.extract._layout import join_wrapped_lines
from commitments.extract._positions import OffsetMap
from extract_corpus import CORPUS
from source_files import module_from_file

before = module_from_file("text_steps_before", Path(__file__).with_name("text_steps_before.py"))

# Pieces of a newspaper column: Chinese and Latin words, sentence ends and closers,
# enumerators, every kind of line break, blank lines, indents, and characters that are
# neither ASCII nor wide (a lone surrogate among them).
LAYOUT_PIECES = [
    *["新增就业", "建设5个县域电", "商公共服务中心", "中", "开展城镇新增就业岗位一万个以上"],
    *["Build", "30", "schools", "x", "２０２１"],
    *["。", "，", "；", "：", "！", "？", "!", "?", ";", ":", "”", "）", ")", "」", "'", '"'],
    *["一、", "（二）", "(3)", "3.", "3.5", "12、", "①", "⑳", "一是", "第一，", "３．", "٣."],
    *["• ", "- ", "* ", "•", "-"],
    *["\n", "\n", "\n", "\n", "\r\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"],
    *["\n\n", "\n  \n", "\n\u3000\n"],
    *[" ", "\u3000", "\u3000\u3000", "\t", "\xa0", "\x1c"],
    *["·", "—", "–", "é", "🏫", "Ａ", "ﾊ", "\u1100", "\ud800"],
]
WIDE_WORDS = "新增就业建设县域电商公共服务中心城镇岗位农村公路改造"
NARROW_WORDS = "Build 30 schools and 5 roads"
# Characters neither ASCII nor wide (one column each), among wide and narrow ones.
OTHER_WORDS = "Café résumé · – ① ﾊ 新增就业 5"
ALPHABETS = [WIDE_WORDS, NARROW_WORDS, WIDE_WORDS + "0123456789", OTHER_WORDS]
INDENTS = ["", "", "", " ", "\u3000\u3000"]
ITEMS = ["", "", "", "", "一、", "（二）", "3.", "３．", "①", "一是"]
ENDINGS = ["", "", "", "。", "；", "：”", "，", " "]


@st.composite
def columns(draw: st.DrawFn) -> str:
    """A newspaper column: blocks of lines about as long as each other, wrapped or ended."""
    text = ""
    for _ in range(draw(st.integers(1, 4))):
        size = draw(st.integers(3, 24))  # the block's longest line, in characters
        for _ in range(draw(st.integers(1, 6))):
            alphabet = draw(st.sampled_from(ALPHABETS))
            length = draw(st.integers(max(size - 6, 0), size))
            line = draw(st.text(alphabet=alphabet, min_size=length, max_size=length))
            indent = draw(st.sampled_from(INDENTS))
            item = draw(st.sampled_from(ITEMS))
            ending = draw(st.sampled_from(ENDINGS))
            text += indent + item + line + ending + draw(st.sampled_from(["\n", "\n", "\r\n"]))
        text += draw(st.sampled_from(["\n", "\n \n", "\u2028\n"]))
    return text if draw(st.booleans()) else text.rstrip()


# A line just narrower than four fifths of its block's widest (23 < 0.8 × 29), a line
# before a blank line in a block exactly as wide as a newspaper column (40), a block
# just wide enough to be a column (10).
SHORT_LINE = "新增就业建设县域电商公共5\n服务中心城镇岗位农村公5\n路改造。"
FULL_COLUMN = (
    "新增就业建设县域电商公共服务中心城镇\n新增就业建设县域电商公共服务中心城镇\n\n路改造。"
)
NARROW_COLUMN = "新增就\n业。"
# An item numbered with a full-width digit (a decimal digit, not 0-9) ends the line before.
WIDE_DIGIT_ITEM = "新增就业建设县域电\n３．商公共服务中心。"
# A wrap after a narrow character that is not ASCII joins with a space.
ACCENTED_WRAP = "Build 30 schools and a café\nroads in five towns."
layout_texts = st.one_of(
    st.lists(st.sampled_from(LAYOUT_PIECES), max_size=60).map("".join),
    columns(),
    st.text(max_size=40),
)

HTML_PIECES = [
    *["<p>", "</p>", "<br/>", "<BR>", "<div class='x'>", "</div>", "<b>", "</b>", "<span>"],
    *["<h1>", "<td", '<a href="x">', "<p中>", "<p-x>", "<p-->", "<p:中>", "<scripts>", "<li >"],
    *["<script>", "</script>", "<SCRIPT type='a'>", "</Script >", "<style>", "</style>"],
    *["<noscript>", "</noscript>", "<template>", "</template>", "<!--", "-->", "<!-->"],
    *["<!doctype html>", "<?xml ?>", "<!x>", "<", ">", "/", "-", "->", "--"],
    *["&amp;", "&#12290;", "&#x4e2d;", "&nbsp;", "&bogus;", "&#99999999;", "&#0;", "&", ";"],
    *["新增", "就业23万人", "。", " ", "\n", "x = '5个';", "p", "script"],
]
html_pages = st.one_of(
    st.lists(st.sampled_from(HTML_PIECES), max_size=50).map("".join),
    st.text(alphabet="<>/&#;!-pbrsciptx中 \n", max_size=60),
)


def assert_same(new: tuple[str, OffsetMap], old: tuple[str, OffsetMap]) -> None:
    """Same text; every span (and some past its end) goes back to the same origin span."""
    (text, offsets), (old_text, old_offsets) = new, old
    assert text == old_text
    assert offsets.identity == old_offsets.identity
    size = len(text)
    spans = [(start, end) for start in range(size + 1) for end in range(start + 1, start + 12)]
    spans += [(start, size + 1) for start in range(size + 1)]
    spans += [(0, end) for end in range(1, size + 2)]
    # All at once, as a draft locates its sentences: the same, an empty span made one long.
    one_by_one = [old_offsets.origin(start, end) for start, end in spans]
    expected = [(start, max(end, start + 1)) for start, end in one_by_one]
    for span, found, wanted in zip(spans, offsets.origins(spans), expected, strict=True):
        assert found == wanted, span


@given(layout_texts)
@example(SHORT_LINE)
@example(FULL_COLUMN)
@example(NARROW_COLUMN)
@example(WIDE_DIGIT_ITEM)
@example(ACCENTED_WRAP)
@example("\n\n一、")  # an item that is the first line, after blank lines
@example("建设5个县域电商公共服务中\n  3.新建学校\r\n（二）教育")  # items after either break
def test_wraps_are_joined_as_before(text: str) -> None:
    assert_same(join_wrapped_lines(text), before.join_wrapped_lines(text))


@given(html_pages)
@example("<!-- 新增 -> 就业 -->5万人<script>x = '</scripts>'</SCRIPT >&#12290;<br/>")
def test_html_text_is_read_as_before(page: str) -> None:
    assert_same(html_text(page), before.html_text(page))


def test_corpus_texts_and_their_columns_are_read_as_before() -> None:
    """The corpus texts as they are, and wrapped every 15 characters as a newspaper would."""
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        column = "\n".join(text[start : start + 15] for start in range(0, len(text), 15))
        for version in (text, column):
            assert_same(join_wrapped_lines(version), before.join_wrapped_lines(version))
            page = "<p>" + version.replace("\n", "</p>\n<p>").replace("。", "&#12290;<br>")
            assert_same(html_text(page), before.html_text(page))


def test_a_script_tag_spelled_with_a_long_s_is_read_not_a_traceback() -> None:
    """``<ſcript>`` matches ``<script>`` without regard to case: it is a script, to its end."""
    text, offsets = html_text("新增<ſcript>x = '5个'</SCRIPT>就业")
    assert text == "新增就业"
    assert offsets.origins([(2, 4)]) == [(len("新增<ſcript>x = '5个'</SCRIPT>"), 29)]


def test_a_full_column_line_ending_at_a_semicolon_is_a_wrap_not_a_paragraph_end() -> None:
    # A semicolon separates clauses of one paragraph: where the column's line happens to
    # end at one, the paragraph (and the heading its lead gives) goes on.
    column = (
        "围绕城乡建设，改造城镇老旧\n小区2100个，惠及居民约26万户；\n"
        "更新改造城市燃气、供水、排水、\n供热等老化管道1500公里。\n\n一、住房"
    )
    text, _ = join_wrapped_lines(column)
    assert text.split("\n") == [
        "围绕城乡建设，改造城镇老旧小区2100个，惠及居民约26万户；更新改造城市燃气、供水、"
        "排水、供热等老化管道1500公里。",
        "一、住房",
    ]
