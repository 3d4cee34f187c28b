"""The pace of a commitment and the verdict on it (see :doc:`/progress`).

``expected`` is the share of a commitment's period that has elapsed, counted in
whole days: ``(day − start).days / (due − start).days``, clamped to [0, 1]. It is 0
on the start day, 1 on the due day and after. A period with ``due <= start`` is
empty: ``expected`` is 1 from the due day on and 0 before it.

The verdict (:func:`assess`) says first what the status, the achievement, a
``missed`` claim, the lack of any report and a passed due date settle; otherwise it
compares the fraction delivered with that pace, allowing a tolerance of ten
percentage points by default.
"""

import datetime
from fractions import Fraction

from commitments.model.vocab import Assessment, Status

__all__ = ["DEFAULT_TOLERANCE", "assess", "elapsed_share"]

#: How far ``fraction`` may stray from ``expected`` and still be ``on_track``: 10 points.
DEFAULT_TOLERANCE = Fraction(1, 10)

_FROM_STATUS = {Status.CANCELLED: Assessment.CANCELLED, Status.DEFERRED: Assessment.DEFERRED}
# The declared statuses under which no report at all reads ``unreported``.
_UNREPORTED_WHEN = frozenset({Status.PLANNED, Status.IN_PROGRESS})


def elapsed_share(start: datetime.date, due: datetime.date, day: datetime.date) -> Fraction:
    """Return the share of the period ``start`` → ``due`` elapsed at ``day``, in whole days.

    >>> from datetime import date
    >>> from commitments.analysis.pace import elapsed_share
    >>> elapsed_share(date(2021, 1, 1), date(2021, 12, 31), date(2021, 7, 2))
    Fraction(1, 2)
    >>> elapsed_share(date(2021, 1, 1), date(2021, 12, 31), date(2022, 3, 1))
    Fraction(1, 1)
    >>> elapsed_share(date(2021, 5, 1), date(2021, 5, 1), date(2021, 5, 1))
    Fraction(1, 1)

    Args:
        start: The first day of the period (``baseline.as_of`` or 1 January).
        due: The due date.
        day: The date of the measurement.

    Returns:
        A fraction in [0, 1]. For an empty period (``due <= start``): 1 when
        ``day >= due``, else 0.

    """
    if due <= start:
        return Fraction(1 if day >= due else 0)
    share = Fraction((day - start).days, (due - start).days)
    return min(Fraction(1), max(Fraction(0), share))


def assess(
    status: Status,
    *,
    achieved: bool,
    fraction: Fraction | None,
    expected: Fraction | None,
    tolerance: Fraction = DEFAULT_TOLERANCE,
    claimed: Status | None = None,
    reported: bool = True,
    overdue: bool = False,
) -> Assessment:
    """Return the verdict of the progress arithmetic on a measured commitment.

    The first that applies: ``cancelled`` / ``deferred`` from the status whatever the
    figures say; ``achieved``; ``missed`` when the status or the latest status claim
    is ``missed``; ``unreported`` when nothing at all was reported by the date and
    the status is ``planned`` or ``in_progress``; ``missed`` when the due date has
    passed; ``pace_unknown`` when the fraction cannot be told (a level without a
    baseline); ``not_started`` when ``fraction <= 0``; ``on_track`` when
    ``|fraction − expected| <= tolerance``, else ``ahead`` or ``behind``.

    >>> from fractions import Fraction
    >>> from commitments.analysis.pace import assess
    >>> from commitments.model.vocab import Status
    >>> assess(Status.IN_PROGRESS, achieved=False, fraction=Fraction(3, 10),
    ...        expected=Fraction(1, 2))
    <Assessment.BEHIND: 'behind'>
    >>> assess(Status.IN_PROGRESS, achieved=False, fraction=Fraction(4, 10),
    ...        expected=Fraction(1, 2))
    <Assessment.ON_TRACK: 'on_track'>
    >>> assess(Status.IN_PROGRESS, achieved=False, fraction=Fraction(94, 100),
    ...        expected=Fraction(1), overdue=True)
    <Assessment.MISSED: 'missed'>
    >>> assess(Status.PLANNED, achieved=False, fraction=Fraction(0), expected=Fraction(1),
    ...        reported=False, overdue=True)
    <Assessment.UNREPORTED: 'unreported'>

    Args:
        status: The status the publisher declares.
        achieved: Whether the target has been reached.
        fraction: The fraction delivered (unclamped); ``None`` when unknown.
        expected: The pace (:func:`elapsed_share`); ``None`` when unknown.
        tolerance: The largest gap between ``fraction`` and ``expected`` that is
            still ``on_track`` (inclusive).
        claimed: The status of the latest status claim on or before the date.
        reported: Whether any observation is dated on or before the date.
        overdue: Whether the date is after the due date.

    Returns:
        The assessment.

    """
    if status in _FROM_STATUS:
        return _FROM_STATUS[status]
    if achieved:
        return Assessment.ACHIEVED
    if Status.MISSED in (status, claimed):
        return Assessment.MISSED
    if not reported and status in _UNREPORTED_WHEN:
        return Assessment.UNREPORTED
    if overdue:
        return Assessment.MISSED
    if fraction is None or expected is None:
        return Assessment.PACE_UNKNOWN
    if fraction <= 0:
        return Assessment.NOT_STARTED
    if abs(fraction - expected) <= tolerance:
        return Assessment.ON_TRACK
    return Assessment.AHEAD if fraction > expected else Assessment.BEHIND
