from bisect import bisect_right

from hypothesis import example, given
from hypothesis import strategies as st

from commitments.extract._positions import line_starts, lines_and_columns

texts = st.text(alphabet="ab中\n\r", max_size=40)


def reference(text: str, offset: int) -> tuple[int, int]:
    """The line and column of one offset, from the table of line starts."""
    starts = line_starts(text)
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


@given(texts, st.data(), st.booleans())
@example("a\n\nbc\nd", None, True)
@example("\n" * 5, None, True)
def test_lines_and_columns_are_those_of_the_line_table(
    text: str, data: st.DataObject | None, in_order: bool
) -> None:
    if data is None:
        offsets = list(range(len(text) + 2))
    else:
        offsets = data.draw(st.lists(st.integers(0, len(text) + 2), max_size=30))
    if in_order:
        offsets.sort()
    assert lines_and_columns(text, offsets) == [reference(text, offset) for offset in offsets]


def test_a_text_of_one_line_counts_columns_from_its_start() -> None:
    assert lines_and_columns("新建学校2所", [0, 4, 6]) == [(1, 1), (1, 5), (1, 7)]
