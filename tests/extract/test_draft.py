from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments import load, validate
from commitments.extract import ExtractError, extract, reasons, score
from commitments.extract._found import Candidate, CategoryChoice, Held, Place
from commitments.extract._sentences import MAX_SENTENCE
from commitments.extract.draft import _draft_plan, _language, _locator
from commitments.extract.review import ReviewItem, review_json
from extract_corpus import CORPUS, TEXTS, assert_sound, draft_of

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.parametrize(("name", "code", "year"), TEXTS)
def test_corpus_drafts_are_valid_quoted_and_complete(name: str, code: str, year: int) -> None:
    draft = draft_of(name, code, year)
    assert_sound(draft, (CORPUS / f"{name}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("name", "code", "year"), TEXTS)
def test_corpus_targets_score_at_least_ninety_percent(name: str, code: str, year: int) -> None:
    scores = score(draft_of(name, code, year).plan, load(CORPUS / f"{name}.json"))
    assert scores.targets.recall >= Decimal("0.9")
    assert scores.targets.precision >= Decimal("0.9")


def test_review_items_are_made_as_their_init_makes_them() -> None:
    """Made by filling their slots, which is what ``__init__`` does (it only stores)."""
    assert not hasattr(ReviewItem, "__attrs_post_init__")
    assert all(f.validator is None and f.converter is None for f in attrs.fields(ReviewItem))
    draft = draft_of("example-province-2025", "CN-XX", 2025)
    assert draft.review
    for item in draft.review:
        made = ReviewItem(**attrs.asdict(item))
        assert type(item) is ReviewItem
        assert (item, hash(item), repr(item), str(item)) == (
            made,
            hash(made),
            repr(made),
            str(made),
        )
    # The plan keeps what review_json gives of each, key for key in order.
    kept = draft.plan.extensions["x-extract"]
    assert isinstance(kept, dict)
    expected = [review_json(item) for item in draft.review]
    assert kept["review"] == expected
    assert [list(value) for value in kept["review"]] == [list(value) for value in expected]


def _candidate(title: str, unit: str, start: int) -> Candidate:
    return Candidate(
        kind="quantity",
        title=title,
        unit=unit,
        value=Decimal(3),
        figure=f"3{unit}",
        place=Place(start=start, end=start + len(title) + 1, quote=title + "。"),
        rule="figure-verb",
        confidence=Decimal("0.8"),
        category=CategoryChoice(
            id="transport", names={"en": "Transport"}, source="words", confidence=Decimal(1)
        ),
    )


def test_a_commitment_that_breaks_a_rule_goes_to_review_as_invalid() -> None:
    text = "新建公路3km。新建桥梁3 furlong。问题5个。"
    found: list[Candidate | Held] = [
        _candidate("新建公路3km", "km", 0),
        _candidate("新建桥梁3 furlong", "furlong", 9),  # a unit the format has no code for
        Held(reason="question", figure="5个", place=Place(start=24, end=29, quote="问题5个。")),
    ]
    plan, review = _draft_plan(
        found,
        language="zh",
        owner="X",
        source={"title": "announcement"},
        locate=_locator(text, []),
        plan={"schema_version": "1.1", "jurisdiction": {"name": "X"}, "year": 2025},
    )
    assert validate(plan).ok
    assert [c.title.value for c in plan.commitments] == [{"zh": "新建公路3km"}]
    assert [(item.reason, item.figure, item.offset, item.line) for item in review] == [
        ("invalid", "3furlong", 9, 1),
        ("question", "5个", 24, 1),
    ]
    assert review[0].message.startswith(reasons()["invalid"] + " (unknown-unit: ")
    extra = plan.extensions["x-extract"]
    assert isinstance(extra, dict)
    assert [entry["reason"] for entry in extra["review"]] == ["invalid", "question"]


def test_a_list_item_becomes_a_quantity_with_its_quote_and_place() -> None:
    draft = extract("围绕交通出行，新改建农村公路2000公里。", jurisdiction="CN-JL", year=2021)
    (road,) = draft.plan.commitments
    assert (road.metric.kind, road.metric.unit, road.target.value) == ("quantity", "km", 2000)
    assert road.category == "transport"
    assert road.sources is not None
    assert road.sources[0].quote == "围绕交通出行，新改建农村公路2000公里。"
    assert road.extensions["x-extract"]["offset"] == 0


def test_an_approximate_figure_is_an_approximate_target() -> None:
    text = "一、就业。新增城镇就业约5万人；改造老旧小区300个左右；新建学校10所。"
    draft = extract(text, jurisdiction="XX", year=2024)
    jobs, communities, schools = draft.plan.commitments
    assert (jobs.target.value, jobs.target.approximate) == (50000, True)
    assert (communities.target.value, communities.target.approximate) == (300, True)
    assert schools.target.approximate is None  # not said: left out, as the format's default
    assert draft.plan.schema_version == "1.1"
    assert validate(draft.plan).ok


def test_levels_from_to_ceilings_and_milestones() -> None:
    text = (
        "一、教育。课后服务覆盖率由85%提高到100%；城镇调查失业率控制在5.5%以内；"
        "县医院新病房楼开工建设；快速通道建成通车。"
    )
    draft = extract(text, jurisdiction="XX", year=2024)
    level, ceiling, started, completed = draft.plan.commitments
    assert (level.metric.kind, level.baseline and level.baseline.value, level.target.value) == (
        "level",
        85,
        100,
    )
    assert (started.target.stage, completed.target.stage) == ("started", "completed")
    # A level without a baseline is drafted: format 1.1 only warns (missing-baseline).
    assert (ceiling.metric.kind, ceiling.metric.direction, ceiling.baseline) == (
        "level",
        "decrease",
        None,
    )
    assert (ceiling.metric.unit, ceiling.target.value) == ("percent", Decimal("5.5"))
    assert draft.review == ()
    report = validate(draft.plan)
    assert report.ok
    assert [(f.code, f.path) for f in report.findings] == [("missing-baseline", "/commitments/1")]


def test_past_questions_forecasts_and_counts_go_to_review() -> None:
    text = (
        "今年将重点实施10项民生实事。去年新增城镇就业3100人。对于如何完成新增就业3200人的问题。"
        "今年可能有12万人左右毕业。将采取以下七项措施。新增城镇就业3200人。"
    )
    draft = extract(text, jurisdiction="XX", year=2024)
    assert [c.target.value for c in draft.plan.commitments] == [3200]
    assert [item.reason for item in draft.review] == [
        "list-count",
        "past",
        "question",
        "forecast",
        "structure",
    ]


def test_html_is_read_without_its_scripts_and_offsets_point_into_the_page() -> None:
    page = (
        "<html><head><script>var x = '建设999个站点';</script></head><body>"
        "<p>围绕交通出行，新改建农村公路2000公里&#xff0c;实施线路改造30条。</p></body></html>"
    )
    draft = extract(page, jurisdiction="CN-JL", year=2021)
    assert draft.html
    assert [c.target.value for c in draft.plan.commitments] == [2000, 30]
    offset = draft.plan.commitments[0].extensions["x-extract"]["offset"]
    assert page[offset:].startswith("围绕交通出行")


def test_gb18030_and_utf8_bytes_draft_alike() -> None:
    text = (CORPUS / "gangu-2022.txt").read_text(encoding="utf-8")
    utf8 = extract(text.encode("utf-8"), jurisdiction="CN-620523", year=2022)
    gb = extract(text.encode("gb18030"), jurisdiction="CN-620523", year=2022)
    assert (utf8.encoding, gb.encoding) == ("utf-8", "gb18030")
    assert utf8.plan == gb.plan


def test_the_same_text_drafts_the_same_ids() -> None:
    first = draft_of("shanghai-2023", "CN-SH", 2023)
    second = draft_of("shanghai-2023", "CN-SH", 2023)
    assert [c.id for c in first.plan.commitments] == [c.id for c in second.plan.commitments]
    assert len({c.id for c in first.plan.commitments}) == len(first.plan.commitments)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"jurisdiction": "", "year": 2021}, "jurisdiction"),
        ({"jurisdiction": "CN-JL", "year": 0}, "year"),
        ({"jurisdiction": "CN-JL", "year": True}, "year"),
        ({"jurisdiction": "CN-JL", "year": 2021, "language": "fr"}, "language"),
    ],
)
def test_arguments_that_cannot_make_a_plan(options: dict[str, object], message: str) -> None:
    with pytest.raises(ExtractError, match=message):
        extract("新建学校2所。", **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "data", [b"\x00\x01binary", b"\xff\xfe\x00\xd8", b"\x81\x30", b"\xef\xbb\xbf\xff"]
)
def test_bytes_that_are_not_text(data: bytes) -> None:
    with pytest.raises(ExtractError):
        extract(data, jurisdiction="X", year=2021)


@pytest.mark.parametrize(
    "text",
    [
        "新增城镇就业5万人新建学校10所改造老旧小区200个" * 200,  # no punctuation at all
        "7" * 1_000_000,  # a megabyte of digits
        "Build 30 schools；新建30所学校، ٣٠ مدرسة; построить 30 школ。🏫" * 50,  # mixed scripts
        "<script>" * 1000 + "<p>新建学校2所</p>",  # scripts that never close
        "（" * 5000 + "新建学校2所，改造公路5公里。",  # brackets that never close
        "",
        "\n\n\n",
    ],
)
def test_adversarial_text_gets_a_clear_result(text: str) -> None:
    draft = extract(text, jurisdiction="X", year=2021)
    assert validate(draft.plan).ok
    if text.startswith("7"):
        (item,) = draft.review
        assert item.reason == "no-words"


@given(st.text())
def test_any_text_drafts_a_valid_plan(text: str) -> None:
    draft = extract(text, jurisdiction="X", year=2021)
    assert validate(draft.plan).ok


_TOKENS = [
    *"0123456789１２万亿约余多个人户公里%％。，、；：（）“”一二两三十百千是率吨亩\n ",
    *[
        "新增",
        "建设",
        "完成",
        "达到",
        "由",
        "提高到",
        "控制在",
        "以内",
        "以上",
        "去年",
        "已",
        "问题",
        "<p>",
        "&amp;",
        "2021年",
        "开工",
        "围绕",
        "1、",
    ],
]
_ANNOUNCEMENT = st.lists(st.sampled_from(_TOKENS), max_size=150).map("".join)


@given(_ANNOUNCEMENT, st.booleans())
def test_announcement_like_text_drafts_a_valid_plan(text: str, as_bytes: bool) -> None:
    try:
        draft = extract(text.encode("utf-8") if as_bytes else text, jurisdiction="X", year=2021)
    except ExtractError:  # the one documented error
        return
    assert validate(draft.plan).ok
    for commitment in draft.plan.commitments:
        assert commitment.sources
        assert commitment.sources[0].quote
        assert len(commitment.sources[0].quote) <= MAX_SENTENCE


# Plain text (quotes are checked against it) with what makes a number no figure or a
# figure of its own: dates, codes, ordinals, unit symbols, ranges and dotted numbers.
_FIGURE_TOKENS = [
    *(token for token in _TOKENS if token not in ("<p>", "&amp;")),
    *"-/.A",
    *["2025-03-05", "5G", "第", "MW", "m²", "km", "kWh", "t", "3-5.5A"],
]


@given(st.lists(st.sampled_from(_FIGURE_TOKENS), max_size=80).map("".join))
def test_every_digit_of_a_figure_is_drafted_or_reviewed(text: str) -> None:
    assert_sound(extract(text, jurisdiction="X", year=2021), text)


_ENGLISH_TOKENS = [
    *"0123456789 .,;:%-/()\n",
    *["will", "build", "add", "schools", "households", "km", "of", "roads", "at least"],
    *["about", "million", "in", "2025", "last year", "reach", "rate", "to", "MW", "m2"],
    *["5G", "1st", "March", "May", "per person", "and", "A", "the", "1.", "(2)", "yuan"],
]


@given(st.lists(st.sampled_from(_ENGLISH_TOKENS), max_size=60).map(" ".join))
def test_every_digit_of_an_english_figure_is_drafted_or_reviewed(text: str) -> None:
    assert_sound(extract(text, jurisdiction="X", year=2021, language="en"), text)


@given(st.text(alphabet="abZ[新建㐀䶿一鿿 2。é\n", max_size=60), st.integers(0, 3))
def test_the_language_is_that_of_most_letters_counted_one_by_one(text: str, copies: int) -> None:
    """Letters counted by runs, as _language counts them, are the letters one by one."""
    text = text * (1 + copies * 200)  # up to past the sample the language is judged on
    sample = text[:20000]
    latin = sum(1 for c in sample if "a" <= c.lower() <= "z" and c.isascii())
    cjk = sum(1 for c in sample if "\u3400" <= c <= "\u4dbf" or "\u4e00" <= c <= "\u9fff")
    assert _language(text) == ("en" if latin > 4 * cjk else "zh")
