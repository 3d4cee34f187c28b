"""The figure reader finds what it found before it was made faster: the same figures, read the same.

``find_figures`` was rewritten to read the common figure in one pattern match;
``figures_before.py`` keeps its previous version. For any sentence made of the pieces
that matter to it, and for every sentence of the corpus, both must find the same
figures at the same places, of the same kind, with the same text, quantity (its value
written the same way), bound and points.
"""

from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from commitments.extract._figures import find_figures
from commitments.extract._reader import search_form
from commitments.extract._sentences import sentences
from commitments.extract._unit_words import SYMBOLS, UNIT_WORDS
from extract_corpus import CORPUS
from source_files import module_from_file

before = module_from_file("figures_before", Path(__file__).with_name("figures_before.py"))

DIGITS = [*"0123456789", *"０１２３４５６７８９", "12", "2021", "100", "30000", "9" * 31]
NUMERALS = [*"零〇一二两三四五六七八九十百千万亿", "十二", "两千五", "一亿二千万", "三百零五"]
APPROXIMATIONS = ["约", "大约", "近", "将近", "左右", "上下", "余", "多"]
BOUNDS = ["不少于", "不低于", "至少", "超过", "逾", "高于", "不超过", "不高于", "最多", "低于"]
BOUNDS_AFTER = ["以上", "以下", "以内", "及", "及以上", "及以下"]
RANGES = ["-", "~", "～", "—", "–", "至", "到", "－", " - "]
CALENDAR = ["年", "月", "日", "号", "时", "2021-05-01", "12:30", "2021/5/1", "5.1", "2021-2025年"]
SIGNS = [",", ".", "，", "。", "、", "：", "；", "（", "）", "(", ")", "%", "％", "/", ":", "+"]
OTHERS = [
    "第",
    "A",
    "G",
    "x",
    "km",
    "期",
    "批",
    "次",
    "数",
    "（次）",
    " ",
    "\u3000",
    "新增",
    "建设",
]
FIGURE_PIECES = [
    *DIGITS,
    *NUMERALS,
    *APPROXIMATIONS,
    *BOUNDS,
    *BOUNDS_AFTER,
    *RANGES,
    *CALENDAR,
    *SIGNS,
    *OTHERS,
]
unit_words = st.sampled_from(sorted(UNIT_WORDS))
# Unit symbols (500m², 50MW), and letters around them that make a code or a longer word.
unit_symbols = st.one_of(st.sampled_from(sorted(SYMBOLS)), st.sampled_from(["M", "k", "²", "p"]))
figure_pieces = st.one_of(st.sampled_from(FIGURE_PIECES), unit_words, unit_symbols)
# A figure as plans write it: an approximation or bound word, a number, a multiplier,
# a unit word, a word after it; each part maybe missing.
written_figures = st.tuples(
    st.sampled_from(["", "", *APPROXIMATIONS[:4], *BOUNDS]),
    st.sampled_from(DIGITS + NUMERALS + ["1,204", "32.4", "0.5", "１.５", "2,0000", "1."]),
    st.sampled_from(
        ["", "", "余", "多", "十", "百", "千", "万", "亿", "十万", "千万", "余万", "万多"]
    ),
    # Any unit word, or one that a longer word or label ends with (千米, 平方米, 个百分点).
    st.one_of(
        st.just(""), unit_words, unit_symbols, st.sampled_from(["米", "百分点", "人", "克", "瓦时"])
    ),
    st.sampled_from(["", "", "左右", "上下", *BOUNDS_AFTER, *RANGES, "。", "A"]),
).map("".join)
# Figures between words and marks, or glued to each other and to the pieces above.
SEPARATORS = ["", "，", "、", "新建", "惠及", "。", " "]
separated_figures = st.tuples(st.sampled_from(SEPARATORS), written_figures).map("".join)
figure_sentences = st.one_of(
    st.lists(separated_figures, min_size=1, max_size=6).map("".join),
    st.lists(st.one_of(figure_pieces, written_figures), max_size=14).map("".join),
    st.text(alphabet="".join(sorted(set("".join(FIGURE_PIECES)))), max_size=30),
)


def read(finder: object, sentence: str, start: int) -> list[tuple[object, ...]]:
    """The figures ``finder`` finds, as plain values (the two readers' classes differ)."""
    assert callable(finder)
    found = finder(sentence, search_form(sentence), start)
    return [
        (
            figure.start,
            figure.end,
            figure.kind,
            figure.text,
            None
            if figure.quantity is None
            else (
                str(figure.quantity.value),
                figure.quantity.value,
                figure.quantity.unit,
                figure.quantity.approximate,
            ),
            figure.bound,
            figure.points,
        )
        for figure in found
    ]


def assert_same(sentence: str, start: int) -> None:
    assert read(find_figures, sentence, start) == read(before.find_figures, sentence, start), (
        sentence,
        start,
    )


@given(figure_sentences, st.integers(0, 8))
@example("惠及居民约26万户，新增54.13万群众，2000公里以上", 0)
@example("约5千米左右，不少于95%，3万多人，49余万户，十余个", 0)
@example("2021-2025年，2-3人，12:30，2021年4月30日，4G，第3，二期，一批", 0)
@example("１２，０００人（次），提高２个百分点，65岁，1.6倍，110千伏", 0)
@example("约26万户左右，3万人上下，将近5千名群众左右", 0)
@example(f"约500m²，不少于400m，20km以上，50MW左右，5万kWh，5G，4A级，{'9' * 31}km", 0)
@example("3-5.5A，2025-03-05，2025-03-052025-03-05，3/5/2025", 0)
def test_figures_are_found_as_before(sentence: str, start: int) -> None:
    assert_same(sentence, min(start, len(sentence)))


def corpus_sentences(text: str) -> list[str]:
    """Every sentence of every line of a text."""
    found = []
    for line in text.splitlines():
        search = search_form(line)
        found += [sentence.text for sentence in sentences(line, search, 0, len(line))]
    return found


def assert_text_read_as_before(text: str) -> None:
    """Every sentence, read from each of its positions."""
    for sentence in corpus_sentences(text):
        for start in range(len(sentence) + 1):
            assert_same(sentence, start)


def test_corpus_figures_are_found_as_before() -> None:
    texts = sorted(CORPUS.glob("*.txt"))
    assert len(texts) >= 5
    for path in texts:
        assert_text_read_as_before(path.read_text(encoding="utf-8"))
