"""The pace of a commitment and the verdict on it (see :doc:`/progress`).

``expected`` is the share of a commitment's period that has elapsed, counted in
whole days: ``(day − start).days / (due − start).days``, clamped to [0, 1]. It is 0
on the start day, 1 on the due day and after. A period with ``due <= start`` is
empty: ``expected`` is 1 from the due day on and 0 before it.

The verdict (:func:`assess`) compares the fraction delivered with that pace,
allowing a tolerance of ten percentage points by default.
"""

import datetime
from fractions import Fraction

from commitments.model.vocab import Assessment, Status

__all__ = ["DEFAULT_TOLERANCE", "assess", "elapsed_share"]

#: How far ``fraction`` may stray from ``expected`` and still be ``on_track``: 10 points.
DEFAULT_TOLERANCE = Fraction(1, 10)

_FROM_STATUS = {Status.CANCELLED: Assessment.CANCELLED, Status.DEFERRED: Assessment.DEFERRED}


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
    fraction: Fraction,
    expected: Fraction,
    tolerance: Fraction = DEFAULT_TOLERANCE,
) -> Assessment:
    """Return the verdict of the progress arithmetic on a measured commitment.

    ``cancelled`` and ``deferred`` come from the status whatever the figures say;
    otherwise ``achieved``; otherwise ``not_started`` when ``fraction <= 0``;
    otherwise ``on_track`` when ``|fraction − expected| <= tolerance``, else
    ``ahead`` or ``behind``.

    >>> from fractions import Fraction
    >>> from commitments.analysis.pace import assess
    >>> from commitments.model.vocab import Status
    >>> assess(Status.IN_PROGRESS, achieved=False, fraction=Fraction(3, 10),
    ...        expected=Fraction(1, 2))
    <Assessment.BEHIND: 'behind'>
    >>> assess(Status.IN_PROGRESS, achieved=False, fraction=Fraction(4, 10),
    ...        expected=Fraction(1, 2))
    <Assessment.ON_TRACK: 'on_track'>

    Args:
        status: The status the publisher declares.
        achieved: Whether the target has been reached.
        fraction: The fraction delivered (unclamped).
        expected: The pace (:func:`elapsed_share`).
        tolerance: The largest gap between ``fraction`` and ``expected`` that is
            still ``on_track`` (inclusive).

    Returns:
        The assessment.

    """
    if status in _FROM_STATUS:
        return _FROM_STATUS[status]
    if achieved:
        return Assessment.ACHIEVED
    if fraction <= 0:
        return Assessment.NOT_STARTED
    if abs(fraction - expected) <= tolerance:
        return Assessment.ON_TRACK
    return Assessment.AHEAD if fraction > expected else Assessment.BEHIND
