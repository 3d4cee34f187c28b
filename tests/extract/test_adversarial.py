"""Hostile input, through :func:`extract` and through ``commitments extract``.

Text without punctuation, ten megabytes of digits (in one run, or cut by spaces,
line breaks or punctuation), a word a line, mixed scripts, HTML whose scripts
hold figures, and input over the size limit each get a clear result (a valid
draft, the unread run in the review list) or a clear message, never a traceback.
The inputs are made here, not stored.
"""

import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments import validate
from commitments.cli.shell import main
from commitments.extract import MAX_INPUT, Draft, ExtractError, extract
from commitments.extract._sentences import MAX_SENTENCE

MEGABYTE = 1_000_000
NO_PUNCTUATION = "新增城镇就业5万人新建学校10所改造老旧小区200个"
HTML_WITH_SCRIPTS = (
    "<html><head><script>var n = '建设999个站点；新增就业8万人。';</script>"
    "<style>p::after { content: '新建学校77所。' }</style></head><body>"
    "<p>新改建农村公路2000公里。</p><!-- 改造危桥66座。 --><p>实施线路改造30条。</p>"
    "<script>document.write('<p>新增床位555张。</p>')"  # never closed: runs to the end
)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def assert_valid(draft: Draft) -> None:
    report = validate(draft.plan)
    assert report.ok, report.findings
    for commitment in draft.plan.commitments:
        assert commitment.sources
        assert commitment.sources[0].quote
        assert len(commitment.sources[0].quote) <= MAX_SENTENCE


def test_ten_megabytes_of_digits_are_one_run_to_review() -> None:
    draft = extract(b"7" * (10 * MEGABYTE), jurisdiction="X", year=2021)
    assert_valid(draft)
    assert draft.plan.commitments == ()
    (item,) = draft.review
    assert (item.reason, item.offset, item.length) == ("no-words", 0, 10 * MEGABYTE)
    assert item.figure == "7" * 40 + "…"


@pytest.mark.parametrize(
    "separator", [" ", "\t", "\n", "\r\n", "\n\n", "。", "；", "，", ",", "%\n"]
)
def test_a_megabyte_of_numbers_however_cut_is_one_stretch_to_review(separator: str) -> None:
    numbers = [str(pow(7, n, 100003)) for n in range(MEGABYTE // (4 + len(separator)))]
    text = "  " + separator.join(numbers) + separator
    draft = extract(text, jurisdiction="X", year=2021)
    assert_valid(draft)
    assert draft.plan.commitments == ()
    (item,) = draft.review
    assert item.reason == "no-words"
    assert (item.offset, item.offset + item.length) == (2, len(text.rstrip()))
    assert item.quote.split() == text.split()  # the derived text's line breaks may differ
    lines = text.count("\n") - text.count("\n\n")
    assert item.message.endswith(f"({max(lines, 1):,} line{'s' if lines > 1 else ''})")


def test_a_table_between_paragraphs_is_one_item_and_changes_nothing_else() -> None:
    before, after = "一、就业创业\n新增城镇就业5万人。", "新建学校10所，改造公路20公里。"
    table = "\n\n2023  2024  2025\n95%   96%   97%\n1.2   1.5   1.8\n\n"
    plain = extract(before + "\n\n" + after, jurisdiction="X", year=2025)
    tabled = extract(before + table + after, jurisdiction="X", year=2025)
    assert [(c.id, c.title, c.target, c.category) for c in tabled.plan.commitments] == [
        (c.id, c.title, c.target, c.category) for c in plain.plan.commitments
    ]
    assert len(plain.plan.commitments) == 3
    (item,) = tabled.review
    assert (item.reason, item.line, item.quote.split()) == ("no-words", 4, table.split())
    assert plain.review == ()


def test_a_megabyte_without_punctuation_is_reviewed_run_by_run() -> None:
    text = NO_PUNCTUATION * (MEGABYTE // len(NO_PUNCTUATION.encode()))
    draft = extract(text, jurisdiction="X", year=2021)
    assert_valid(draft)
    assert draft.plan.commitments == ()
    assert {item.reason for item in draft.review} == {"overlong"}
    assert sum(item.length for item in draft.review) == len(text)


def test_a_sentence_without_punctuation_inside_the_limit_is_read() -> None:
    draft = extract(NO_PUNCTUATION, jurisdiction="X", year=2021)
    assert_valid(draft)
    assert [c.target.value for c in draft.plan.commitments] == [50000, 10, 200]


def test_mixed_scripts_are_read_in_the_language_of_most_letters() -> None:
    text = "Build 30 schools；新建30所学校، ٣٠ مدرسة; построить 30 школ。🏫\u200b𠀀" * 2000
    draft = extract(text, jurisdiction="X", year=2021)
    assert_valid(draft)
    assert draft.language == "zh"
    values = {c.target.value for c in draft.plan.commitments}
    assert values == {30}


def test_html_scripts_styles_and_comments_are_not_read() -> None:
    draft = extract(HTML_WITH_SCRIPTS * 2, jurisdiction="X", year=2021)
    assert_valid(draft)
    assert draft.html
    # The first copy's unclosed script runs to the second copy's </script>; the
    # second copy's, to the end. Its paragraphs repeat the first copy's figures.
    extras = [c.extensions["x-extract"] for c in draft.plan.commitments]
    assert [extra["figure"] for extra in extras if isinstance(extra, dict)] == ["2000公里", "30条"]
    assert [(item.reason, item.figure) for item in draft.review] == [
        ("repeat", "2000公里"),
        ("repeat", "30条"),
    ]


def test_input_over_the_limit_is_refused_with_a_message() -> None:
    with pytest.raises(ExtractError, match="16,000,001 bytes long; at most 16,000,000"):
        extract(b" " * (MAX_INPUT + 1), jurisdiction="X", year=2021)
    with pytest.raises(ExtractError, match="characters long"):
        extract("。" * (MAX_INPUT + 1), jurisdiction="X", year=2021)


@pytest.mark.parametrize(
    ("content", "suffix", "commitments", "reason"),
    [
        (b"7" * (10 * MEGABYTE), ".txt", 0, "no-words"),
        (b"7\n" * (MEGABYTE // 2), ".txt", 0, "no-words"),
        ((NO_PUNCTUATION * 30000).encode(), ".txt", 0, "overlong"),
        (HTML_WITH_SCRIPTS.encode("gb18030"), ".html", 2, None),
        ("Build 30 schools；新建30所学校، ٣٠ مدرسة。🏫".encode(), ".txt", 1, None),
        (b"", ".txt", 0, None),
    ],
)
def test_the_command_gives_a_draft_and_its_review(
    tmp_path: Path, content: bytes, suffix: str, commitments: int, reason: str | None
) -> None:
    path = tmp_path / f"announcement{suffix}"
    path.write_bytes(content)
    code, out, err = run("extract", str(path), "--jurisdiction", "X", "--year", "2021")
    assert code == 0, err
    assert validate(out).ok
    draft = json.loads(out)
    assert len(draft["commitments"]) == commitments
    reasons = [item["reason"] for item in draft["x-extract"]["review"]]
    stretches = sum(reason in ("overlong", "no-words", "unread") for reason in reasons)
    figures = len(reasons) - stretches
    summary = err.splitlines()[-1]
    assert f"{commitments} commitments drafted" in summary
    assert f"; {figures} figure{'' if figures == 1 else 's'} to review" in summary
    if stretches:  # said apart: a stretch is not one figure
        assert summary.endswith(f", {stretches} stretch{'' if stretches == 1 else 'es'} not read")
    if reason is not None:
        assert f": {reason}: " in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00" * 1000, "binary"),
        (b"text \x80\x80" * 1000, "neither UTF-8 nor GB18030"),
        (b"7" * (MAX_INPUT + 1), "16,000,001 bytes long; at most 16,000,000 are read"),
    ],
)
def test_the_command_refuses_what_it_cannot_read(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "announcement.txt"
    path.write_bytes(content)
    code, out, err = run("extract", str(path), "--jurisdiction", "X", "--year", "2021")
    assert (code, out) == (2, "")
    assert message in err
    assert "Traceback" not in err


# Pieces of hostile announcements: Chinese, Latin, Arabic and Cyrillic letters, digits
# of several scripts, punctuation of both widths, HTML tags, scripts and entities.
_FRAGMENTS = st.one_of(
    st.text(alphabet="新增建设完成改造达到提高控制在以内由到率覆盖万亿人户公里所个项", max_size=8),
    st.text(alphabet="0123456789０１２３٣४.,%％-~至", min_size=1, max_size=8),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz ABCXYZ", max_size=8),
    st.text(alphabet="Ѐءاب𠀀🏫\u200b\u3000\t\r\n ", max_size=4),
    st.sampled_from(
        [
            *"。，、；：！？（）“”《》【】.,;:!?()[]\"'",
            "<p>",
            "</p>",
            "<br>",
            "<script>",
            "</script>",
            "<style>",
            "<!--",
            "-->",
            "&amp;",
            "&#12290;",
            "&#x0;",
            "&bogus;",
            "<",
            ">",
            "一、",
            "（二）",
            "3.",
            "①",
            "一是",
            "围绕",
            "的问题。",
            "去年",
            "2021年",
            "百分点",
        ]
    ),
)
_HOSTILE = st.lists(_FRAGMENTS, max_size=60).map("".join)


@given(_HOSTILE, st.sampled_from([None, "utf-8", "gb18030", "utf-16"]))
def test_hostile_text_drafts_a_valid_plan_or_says_why_not(text: str, encoding: str | None) -> None:
    try:
        data = text if encoding is None else text.encode(encoding, "replace")
        draft = extract(data, jurisdiction="X", year=2021)
    except ExtractError:  # the one documented error: bytes that are not text
        assert encoding is not None
        return
    assert_valid(draft)
    for item in draft.review:
        assert item.quote
        assert 0 <= item.offset <= item.offset + item.length <= len(data)


def test_a_run_without_punctuation_is_reported_if_it_holds_a_digit_of_any_script() -> None:
    for digits, reported in (("٣٠", True), ("３０", True), ("", False)):
        draft = extract(f"مدرسة{digits}" * 400, jurisdiction="X", year=2021)
        assert [item.reason for item in draft.review] == ["overlong"] * reported
