"""Due dates a promise's own clause gives: 6月底前, 9月建成, 二季度开工, 上半年."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.extract import extract
from commitments.extract._chinese import CHINESE
from commitments.extract._deadlines import due_date
from commitments.extract._english import ENGLISH
from commitments.validation import validate


@pytest.mark.parametrize(
    ("clause", "due"),
    [
        ("这560个小区将于今年6月底前全部完工", "2025-06-30"),
        ("省实验中学新校区9月建成投用", "2025-09-30"),
        ("十月前开工", "2025-10-31"),
        ("12月底前完成改造", "2025-12-31"),
        ("6月30日前完成", "2025-06-30"),
        ("2月底前完成", "2025-02-28"),
        ("计划二季度开工建设", "2025-06-30"),
        ("第三季度前完成", "2025-09-30"),
        ("上半年建成", "2025-06-30"),
        # When, not by when: no date.
        ("将在9月秋季开学时投入使用", None),
        ("截至6月底已完成80%", None),
        ("全年新增就业5万人", None),
        # Another year, or one not known: no date.
        ("明年6月底前建成", None),
        ("2026年9月建成投用", None),
        # No such day.
        ("2月30日前完成", None),
    ],
)
def test_a_clause_gives_the_date_it_names_as_a_deadline(clause: str, due: str | None) -> None:
    assert due_date(clause, 2025, CHINESE) == due


def test_a_leap_year_has_its_29_february() -> None:
    assert due_date("2月底前完成", 2024, CHINESE) == "2024-02-29"


def test_an_english_clause_gives_no_date() -> None:
    assert due_date("complete by the end of June 6月底前完成", 2025, ENGLISH) is None


_PIECES = st.sampled_from(
    [
        *(f"{m}月" for m in range(14)),
        *"一二三四五六七八九十",
        "十一月",
        "十二月",
        "底",
        "末",
        "前",
        "以前",
        "份",
        "季度",
        "第",
        "上半年",
        "30日",
        "31号",
        "完成",
        "建成投用",
        "开工",
        "新建学校",
        "明年",
        "2026年",
        "，",
        "9",
    ]
)


@given(st.lists(_PIECES, max_size=8).map("".join), st.integers(1900, 2100))
def test_a_due_date_is_a_real_day_of_the_plan_year(clause: str, year: int) -> None:
    due = due_date(clause, year, CHINESE)
    if due is not None:
        assert datetime.date.fromisoformat(due).year == year


def test_the_draft_says_when_its_clause_does_and_stays_valid() -> None:
    text = (
        "围绕教育，省实验中学新校区9月建成投用，新建幼儿园20所。\n"
        "围绕住房，这560个小区将于今年6月底前全部完工。\n"
    )
    plan = extract(text, jurisdiction="XX", year=2025).plan
    dues = {c.title.get("zh"): c.target.due for c in plan.commitments}
    assert dues == {
        "省实验中学新校区9月建成投用": datetime.date(2025, 9, 30),
        "新建幼儿园20所": None,
        "这560个小区将于今年6月底前全部完工": datetime.date(2025, 6, 30),
    }
    assert not validate(plan).errors
