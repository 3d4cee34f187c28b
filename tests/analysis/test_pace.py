import datetime
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.analysis.pace import DEFAULT_TOLERANCE, assess, elapsed_share
from commitments.model.vocab import Assessment, Status

D = datetime.date
JAN_1, DEC_31 = D(2021, 1, 1), D(2021, 12, 31)
dates = st.dates(D(2015, 1, 1), D(2030, 12, 31))


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2020, 6, 1), Fraction(0)),  # before the start: clamped to 0
        (JAN_1, Fraction(0)),
        (D(2021, 1, 2), Fraction(1, 364)),
        (D(2021, 7, 2), Fraction(182, 364)),
        (DEC_31, Fraction(1)),
        (D(2022, 3, 1), Fraction(1)),  # after the due date: clamped to 1
    ],
)
def test_elapsed_share_counts_whole_days_and_clamps(day: D, expected: Fraction) -> None:
    assert elapsed_share(JAN_1, DEC_31, day) == expected


def test_a_period_starting_in_the_previous_year() -> None:
    # Baseline dated 2019-01-01, due 2020-12-31: 730 days; 2020-01-01 is half way.
    start, due = D(2019, 1, 1), D(2020, 12, 31)
    assert elapsed_share(start, due, D(2020, 1, 1)) == Fraction(365, 730)
    assert elapsed_share(start, due, due) == 1


def test_a_due_date_inside_the_year() -> None:
    assert elapsed_share(JAN_1, D(2021, 6, 30), D(2021, 3, 31)) == Fraction(89, 180)
    assert elapsed_share(JAN_1, D(2021, 6, 30), D(2021, 9, 1)) == 1


@pytest.mark.parametrize(
    ("day", "expected"),
    [(D(2021, 4, 30), Fraction(0)), (D(2021, 5, 1), Fraction(1)), (D(2021, 5, 2), Fraction(1))],
)
def test_an_empty_period_is_due_from_its_day_on(day: D, expected: Fraction) -> None:
    assert elapsed_share(D(2021, 5, 1), D(2021, 5, 1), day) == expected


@given(start=dates, due=dates, day=dates, later=dates)
def test_elapsed_share_is_in_0_1_and_never_goes_back(start: D, due: D, day: D, later: D) -> None:
    share = elapsed_share(start, due, day)
    assert 0 <= share <= 1
    if later >= day:
        assert elapsed_share(start, due, later) >= share


@pytest.mark.parametrize("status", [Status.CANCELLED, Status.DEFERRED])
def test_cancelled_and_deferred_come_from_the_status(status: Status) -> None:
    for achieved, fraction in [(True, Fraction(2)), (False, Fraction(0)), (False, Fraction(1, 2))]:
        verdict = assess(status, achieved=achieved, fraction=fraction, expected=Fraction(1, 2))
        assert verdict == Assessment(status.value)


@pytest.mark.parametrize(
    ("achieved", "fraction", "expected", "verdict"),
    [
        (True, Fraction(1), Fraction(1), Assessment.ACHIEVED),
        (True, Fraction(1), Fraction(0), Assessment.ACHIEVED),
        (False, Fraction(0), Fraction(0), Assessment.NOT_STARTED),
        (False, Fraction(-1, 5), Fraction(1, 2), Assessment.NOT_STARTED),
        (False, Fraction(1, 2), Fraction(1, 2), Assessment.ON_TRACK),
        (False, Fraction(4, 10), Fraction(1, 2), Assessment.ON_TRACK),  # tolerance inclusive
        (False, Fraction(6, 10), Fraction(1, 2), Assessment.ON_TRACK),
        (False, Fraction(3999, 10000), Fraction(1, 2), Assessment.BEHIND),
        (False, Fraction(6001, 10000), Fraction(1, 2), Assessment.AHEAD),
        (False, Fraction(1, 100), Fraction(1), Assessment.BEHIND),
    ],
)
def test_assessment_against_the_pace(
    achieved: bool, fraction: Fraction, expected: Fraction, verdict: Assessment
) -> None:
    for status in (Status.PLANNED, Status.IN_PROGRESS, Status.COMPLETED):
        got = assess(status, achieved=achieved, fraction=fraction, expected=expected)
        assert got is verdict
    # A declared or claimed "missed" settles every verdict but achieved.
    missed = Assessment.ACHIEVED if achieved else Assessment.MISSED
    assert assess(Status.MISSED, achieved=achieved, fraction=fraction, expected=expected) is missed
    claimed = assess(
        Status.IN_PROGRESS,
        achieved=achieved,
        fraction=fraction,
        expected=expected,
        claimed=Status.MISSED,
    )
    assert claimed is missed


@pytest.mark.parametrize("status", [Status.PLANNED, Status.IN_PROGRESS, Status.COMPLETED])
def test_past_the_due_date_short_is_missed_and_no_report_is_unreported(status: Status) -> None:
    short = Fraction(94, 100)
    overdue = assess(status, achieved=False, fraction=short, expected=Fraction(1), overdue=True)
    assert overdue is Assessment.MISSED
    silent = assess(
        status, achieved=False, fraction=Fraction(0), expected=Fraction(1), reported=False
    )
    # Only a planned or in-progress promise can be unreported: "completed" is a report.
    expected = Assessment.NOT_STARTED if status is Status.COMPLETED else Assessment.UNREPORTED
    assert silent is expected
    unknown = assess(status, achieved=False, fraction=None, expected=None)
    assert unknown is Assessment.PACE_UNKNOWN


def test_the_tolerance_can_be_changed() -> None:
    assert Fraction(1, 10) == DEFAULT_TOLERANCE
    strict = assess(
        Status.IN_PROGRESS,
        achieved=False,
        fraction=Fraction(45, 100),
        expected=Fraction(1, 2),
        tolerance=Fraction(1, 100),
    )
    assert strict is Assessment.BEHIND
