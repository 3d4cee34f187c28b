"""The library's boundary: a wrong kind of argument gets a clear error naming what is taken.

Version 0.1.0 failed deep inside on each of these (``AttributeError``,
``StopIteration``, ``IsADirectoryError``, a JSON syntax finding for a file name).
"""

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import commitments
from commitments import (
    History,
    Text,
    diff,
    dump,
    dumps,
    iter_plans,
    load,
    loads,
    parse_quantity,
    plan_progress,
    progress,
    summarize,
    validate,
)
from conftest import EXAMPLES

JILIN = EXAMPLES / "jilin-2021.json"
MINIMAL = (
    b'{"schema_version": "1.0", "jurisdiction": {"name": "Jilin"}, "year": 2021, "commitments": []}'
)

# fmt: off
#: (call, the error, words its message must hold)
WRONG: list[tuple[Callable[[], Any], type[Exception], str]] = [
    (lambda: loads({"year": 2021}), TypeError, "loads() takes JSON text: str, bytes"),
    (lambda: loads(5), TypeError, "not int"),
    (lambda: loads(MINIMAL, file=3), TypeError, "a file name (str) or None as file"),
    (lambda: dumps({"year": 2021}), TypeError, "dumps() takes a Plan as plan, not dict"),
    (lambda: dumps(load(JILIN), indent="2"), TypeError, "an int or None as indent"),
    (lambda: dump({}, "x.json"), TypeError, "dump() takes a Plan"),
    (lambda: diff(str(JILIN), str(JILIN)), TypeError, "diff() takes a Plan as old, not str"),
    (lambda: diff(load(JILIN), JILIN), TypeError, "load the plans first"),
    (lambda: summarize(str(EXAMPLES)), TypeError, "summarize() takes an iterable of Plans"),
    (lambda: summarize([JILIN]), TypeError, "not PosixPath"),
    (lambda: History(str(EXAMPLES)), TypeError, "History() takes an iterable of Plans"),
    (lambda: History([{"year": 2021}]), TypeError, "not dict"),
    (lambda: progress(load(JILIN), year=2021), TypeError, "a Commitment as commitment"),
    (lambda: progress(load(JILIN).commitments[0], year="2021"), TypeError, "an int as year"),
    (lambda: plan_progress(str(JILIN)), TypeError, "plan_progress() takes a Plan"),
    (lambda: parse_quantity(None), TypeError, "parse_quantity() takes a str as text"),
    (lambda: Text({}).best("en"), ValueError, "needs at least one language"),
    (lambda: Text(None), TypeError, "Text() takes a str or a mapping"),
    (lambda: load(""), ValueError, "load() was given an empty path"),
    (lambda: load(None), TypeError, "load() takes a path (str or pathlib.Path)"),
    (lambda: list(iter_plans("")), ValueError, "iter_plans() was given an empty path"),
    (lambda: validate(str(JILIN)), TypeError, "looks like a file name: pass a Path"),
    (lambda: validate(5), TypeError, "bytearray, memoryview"),
]
# fmt: on


@pytest.mark.parametrize(("call", "error", "words"), WRONG, ids=[w for *_, w in WRONG])
def test_a_wrong_argument_says_what_is_taken(
    call: Callable[[], Any], error: type[Exception], words: str
) -> None:
    with pytest.raises(error) as raised:
        call()
    assert words in str(raised.value)


@pytest.mark.parametrize("kind", [bytes, bytearray, memoryview, lambda b: b.decode()])
def test_json_text_is_taken_alike_in_every_form(kind: Callable[[bytes], Any]) -> None:
    assert loads(kind(MINIMAL)).year == 2021
    assert validate(kind(MINIMAL)).ok
    assert not validate(kind(MINIMAL.replace(b"2021", b'"x"'))).ok


@pytest.mark.parametrize("kind", [str, Path])
def test_paths_are_taken_alike_as_str_or_path(kind: Callable[[Path], Any]) -> None:
    assert load(kind(JILIN)).year == 2021
    assert [plan.year for plan in iter_plans(kind(JILIN))] == [2021]


def test_validate_still_reads_a_path_and_json_text_that_names_no_file(tmp_path: Path) -> None:
    assert validate(JILIN).ok
    assert not validate("not-a-file.json").ok  # JSON text, and not JSON: a syntax finding


def test_the_right_arguments_still_work() -> None:
    plan = load(JILIN)
    assert diff(plan, plan).changed == ()
    assert summarize([plan], as_of=datetime.date(2021, 12, 31)).total.count > 0
    assert History(iter([plan])).jurisdictions
    assert commitments.Text({"en": "x"}).best("en") == "x"
