"""Text shown to a person: nothing a terminal would act on, nothing endless."""

import json

from hypothesis import given
from hypothesis import strategies as st

from commitments.model._visible import UNSAFE, shortened, visible
from commitments.model.findings import MESSAGE_LIMIT, PATH_LIMIT, Finding
from commitments.model.vocab import Severity


@given(st.text())
def test_visible_leaves_nothing_unsafe_and_reads_back_as_json(text: str) -> None:
    shown = visible(text)
    assert not UNSAFE.search(shown)
    if not UNSAFE.search(text):
        assert shown == text
    if "\\" not in text:  # the escapes are JSON's: reading them back gives the text
        assert json.loads(f'"{shown.replace(chr(34), chr(92) + chr(34))}"') == text


@given(st.text(), st.integers(min_value=60, max_value=10_000))
def test_shortened_keeps_both_ends_within_the_limit(text: str, limit: int) -> None:
    short = shortened(text, limit)
    if len(text) <= limit:
        assert short == text
    else:
        assert len(short) <= limit + 16
        head, _, tail = short.partition("…[")
        assert text.startswith(head)
        assert text.endswith(tail.partition("]…")[2])


@given(st.text(min_size=0, max_size=5000), st.text(min_size=0, max_size=5000))
def test_a_finding_line_is_one_bounded_line(message: str, path: str) -> None:
    finding = Finding(code="x", severity=Severity.ERROR, path=path, message=message, file="f")
    line = str(finding)
    assert "\n" not in line
    assert not UNSAFE.search(line)
    assert len(line) <= 6 * (MESSAGE_LIMIT + PATH_LIMIT + 100)
    assert finding.to_json()["path"] == path
    assert finding.to_json()["message"] == message
