"""The budget of one extraction cuts a text short; it never changes what comes before the cut.

With the limits made small, a text of corpus paragraphs and tables of numbers
drafts as the whole text does up to the paragraph where the budget ran out; one
review item (``unread``) holds the rest, and every digit is still in a
commitment's quote or a review item's span. At the real limits, a text of more
paragraphs than :data:`~commitments.extract._budget.MAX_PARAGRAPHS` says, through
the command, from which line on it was not read.
"""

import io
from pathlib import Path
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from commitments.cli.shell import main
from commitments.extract import Draft, extract
from commitments.extract import _budget as budget
from extract_corpus import CORPUS, TEXTS, assert_sound

# The corpus lines of each language: a text is read in one language.
_LINES = {
    language: sorted(
        {
            line
            for name, _, _ in TEXTS
            if name.endswith("-en") == (language == "en")
            for line in (CORPUS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
            if line.strip()
        }
    )
    for language in ("zh", "en")
}
# Lines without words: numbers, signs and spaces of both widths (a table, a page of digits).
_WORDLESS = st.text(alphabet="0123456789 .,;%-—。；，、：％１２\t", min_size=1, max_size=30)
_TEXT = st.sampled_from(sorted(_LINES)).flatmap(
    lambda language: st.lists(
        st.one_of(st.sampled_from(_LINES[language]), _WORDLESS), min_size=1, max_size=40
    ).map("\n".join)
)


def _offset(item: object) -> int:
    extra = getattr(item, "extensions", {}).get("x-extract")
    assert isinstance(extra, dict)
    offset = extra["offset"]
    assert isinstance(offset, int)
    return offset


def _draft(text: str) -> Draft:
    return extract(text, jurisdiction="X", year=2025)


@given(_TEXT, st.integers(1, 30), st.integers(1, 60))
def test_the_budget_cuts_a_text_and_changes_nothing_before_the_cut(
    text: str, paragraphs: int, found: int
) -> None:
    whole = _draft(text)
    with mock.patch.multiple(budget, MAX_PARAGRAPHS=paragraphs, MAX_FOUND=found):
        cut = _draft(text)
    assert_sound(cut, text)
    unread = [item for item in cut.review if item.reason == "unread"]
    if not unread:
        assert (cut.plan, cut.review) == (whole.plan, whole.review)
        return
    (item,) = unread
    assert item is cut.review[-1]
    assert item.offset + item.length == len(text.rstrip())
    assert "".join(item.quote.split()) == "".join(text[item.offset :].split())
    assert f"{paragraphs:,} paragraphs, or {found:,} commitments and figures" in item.message
    assert cut.plan.commitments == tuple(
        c for c in whole.plan.commitments if _offset(c) < item.offset
    )
    assert cut.review[:-1] == tuple(r for r in whole.review if r.offset < item.offset)


@given(_TEXT)
def test_lines_without_words_are_reported_and_every_digit_is_kept(text: str) -> None:
    draft = _draft(text)
    assert_sound(draft, text)
    for item in draft.review:
        if item.reason == "no-words":
            assert not any(character.isalpha() for character in item.quote)
            assert any(character.isdigit() for character in item.quote)


def test_the_command_says_from_which_line_a_long_text_is_not_read(tmp_path: Path) -> None:
    lines = [f"第{number}段说明。" for number in range(budget.MAX_PARAGRAPHS + 10)]
    lines[-5] = "新建学校10所。"  # after the limit: not read, but in the unread stretch
    path = tmp_path / "long.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["extract", str(path), "--jurisdiction", "X", "--year", "2025"], stdout=out, stderr=err
    )
    assert code == 0, err.getvalue()
    last = budget.MAX_PARAGRAPHS + 1
    *_, unread, summary = err.getvalue().splitlines()
    assert unread.startswith(f"{path}:{last}:1: unread: 第{last - 1}段说明。… ")
    assert summary.endswith(
        f"0 commitments drafted (0 quantity, 0 level, 0 milestone); 0 figures to review, "
        f"1 stretch not read; "
        f"not read from line {last} on (split the text)"
    )


def test_findings_said_again_are_spent_too() -> None:
    # Each paragraph is new, its sentence with the figure said before: read once, and
    # each copy spent all the same.
    text = "\n".join(f"第{number}段。新建学校10所。" for number in range(1, 11))
    with mock.patch.multiple(budget, MAX_FOUND=5):
        draft = _draft(text)
    assert [item.reason for item in draft.review] == ["repeat"] * 4 + ["unread"]
    assert (draft.review[-1].line, len(draft.plan.commitments)) == (6, 1)
    with mock.patch.multiple(budget, MAX_FOUND=5):  # and whole paragraphs said again
        draft = _draft("新建学校10所。\n" * 10)
    assert [item.reason for item in draft.review] == ["repeat"] * 4 + ["unread"]
    assert draft.review[-1].line == 6
