"""A paragraph or sentence said again is given its first reading's findings: the same draft.

The oracle reads every paragraph and sentence afresh (a memo that forgets each
reading at once); the property draws texts made of the corpus lines, said again in
other orders, places and standings (after another heading, in an answer), as
plain text and as HTML.
"""

from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from commitments import dumps
from commitments.extract import Draft, _reader, extract
from commitments.extract._figures import Figure
from commitments.extract._found import Candidate, Held
from commitments.extract._said_again import SaidAgain
from commitments.extract._sentence_context import Context
from commitments.extract._sentences import Sentence

CORPUS = Path(__file__).parent / "corpus"
LINES = sorted(
    {
        line
        for path in sorted(CORPUS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
)


class Forgetful(SaidAgain[Any]):
    """Reads every paragraph and sentence afresh: what remembering must not change."""

    def figures(self, sentence: Sentence, start: int) -> list[Figure]:
        found = super().figures(sentence, start)
        self._figures.clear()
        return found

    def read(
        self, sentence: Sentence, figures: list[Figure], context: Context, start: int
    ) -> list[Candidate | Held]:
        found = super().read(sentence, figures, context, start)
        self._sentences.clear()
        return found

    def paragraph(
        self,
        key: tuple[Hashable, ...],
        start: int,
        read: Callable[[], tuple[Any, list[Candidate | Held]]],
    ) -> tuple[Any, list[Candidate | Held]]:
        return read()


def drafted(draft: Draft) -> tuple[str, list[str]]:
    return dumps(draft.plan), [str(item) for item in draft.review]


def read_afresh(text: str, **options: Any) -> Draft:
    with mock.patch.object(_reader, "SaidAgain", Forgetful):
        return extract(text, **options)


@given(
    lines=st.lists(st.sampled_from(LINES), min_size=1, max_size=30),
    html=st.booleans(),
    year=st.sampled_from([2021, 2023, 2024]),
)
def test_remembered_readings_draft_what_fresh_readings_draft(
    lines: list[str], html: bool, year: int
) -> None:
    text = "\n".join(lines * 2)  # every line said again, after all the others
    if html:
        text = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    options: dict[str, Any] = {"jurisdiction": "X", "year": year}
    assert drafted(extract(text, **options)) == drafted(read_afresh(text, **options))


def test_a_line_said_again_is_placed_where_it_is_said() -> None:
    line = "新建学校10所，改造农村公路20公里。"
    draft = extract(f"{line}\n其他。\n{line}", jurisdiction="X", year=2024)
    assert [c.extensions["x-extract"]["offset"] for c in draft.plan.commitments] == [0, 0]
    again = len(line) + len("\n其他。\n")
    assert [(item.reason, item.offset, item.line) for item in draft.review] == [
        ("repeat", again, 3),
        ("repeat", again, 3),
    ]
