"""Dated evidence: what a commitment's progress says at a date, and when it said it.

The figures of the progress arithmetic rest on the latest evidence on or before the
as-of date (see :doc:`/progress`):

- the latest **observation** that carries a figure (a value, or a milestone's stage);
- the latest **status claim**, an observation's ``status`` (a year-end report that
  says 完成, "completed", with no figure): a ``completed`` claim makes the target the
  current value from its date on, unless a figure says more;
- with nothing dated on or before the as-of date, the **declared status**
  ``completed`` stands in for the target, but only from the plan year on (a plan
  read before its year has not been carried out yet);
- else **none**: the baseline (no stage reached).

:func:`dated_evidence` finds them; the arithmetic in
:mod:`commitments.analysis.progress` decides which one ``current`` comes from.

>>> import datetime
>>> from decimal import Decimal
>>> from commitments.model import Observation
>>> q3 = Observation(as_of=datetime.date(2021, 9, 30), value=Decimal("95.2"))
>>> found = dated_evidence((q3,), datetime.date(2022, 1, 31), lambda o: o.value is not None)
>>> found.figure.value, found.claim, found.reported
(Decimal('95.2'), None, True)
"""

import datetime
from collections.abc import Callable, Iterable

from attrs import frozen

from commitments.model.parts import Observation
from commitments.model.vocab import Status

__all__ = ["Found", "dated_evidence", "observation_status"]


def observation_status(observation: Observation) -> Status | None:
    """Return the status an observation claims (format 1.1), or ``None``."""
    return observation.status


@frozen
class Found:
    """What the progress holds on or before a date.

    Attributes:
        figure: The latest observation carrying a figure (value or stage).
        claim: The latest observation carrying a status.
        reported: Whether any observation is dated on or before the date.

    """

    figure: Observation | None
    claim: Observation | None
    reported: bool

    @property
    def claimed(self) -> Status | None:
        """The status of the latest claim, or ``None``."""
        return None if self.claim is None else observation_status(self.claim)


def dated_evidence(
    progress: Iterable[Observation],
    as_of: datetime.date,
    has_figure: Callable[[Observation], bool],
) -> Found:
    """Return the latest figure and the latest status claim on or before ``as_of``.

    Args:
        progress: A commitment's observations.
        as_of: The date of the measurement; later observations are ignored.
        has_figure: Whether an observation carries the figure measured (a value for
            a quantity or level, a stage for a milestone).

    Returns:
        What was found.

    """
    figure: Observation | None = None
    claim: Observation | None = None
    reported = False
    for o in progress:
        if o.as_of > as_of:
            continue
        reported = True
        if has_figure(o) and (figure is None or o.as_of >= figure.as_of):
            figure = o
        if observation_status(o) is not None and (claim is None or o.as_of >= claim.as_of):
            claim = o
    return Found(figure, claim, reported)
