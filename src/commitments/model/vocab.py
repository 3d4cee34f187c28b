"""The closed vocabularies of format 1.x: statuses, metric kinds, directions and more.

Every enum is a :class:`enum.StrEnum`, so a member compares equal to the string
the JSON document holds and serialises as that string.
"""

from enum import StrEnum

__all__ = [
    "DEFAULT_STAGES",
    "Assessment",
    "Direction",
    "Evidence",
    "MetricKind",
    "Severity",
    "Status",
]


class Status(StrEnum):
    """What the publisher declares about a commitment."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    MISSED = "missed"
    CANCELLED = "cancelled"
    DEFERRED = "deferred"


class MetricKind(StrEnum):
    """How a commitment is measured.

    ``quantity`` delivers an amount, ``level`` reaches a level, ``milestone``
    reaches a named stage.
    """

    QUANTITY = "quantity"
    LEVEL = "level"
    MILESTONE = "milestone"


#: The stages of a milestone metric that does not declare its own.
DEFAULT_STAGES: tuple[str, ...] = ("started", "completed")


class Direction(StrEnum):
    """Whether a higher value is progress (``increase``) or a lower one (``decrease``)."""

    INCREASE = "increase"
    DECREASE = "decrease"


class Assessment(StrEnum):
    """The verdict of the progress arithmetic on one commitment.

    See :doc:`/progress` for when each verdict applies.
    """

    ACHIEVED = "achieved"
    AHEAD = "ahead"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NOT_STARTED = "not_started"
    CANCELLED = "cancelled"
    DEFERRED = "deferred"
    MISSED = "missed"
    UNREPORTED = "unreported"
    PACE_UNKNOWN = "pace_unknown"


class Evidence(StrEnum):
    """What a measurement's current value or stage rests on, at the as-of date.

    ``observation``: a dated figure (or stage); ``status-claim``: a dated status in
    the progress (a year-end "completed" with no figure); ``declared-status``: the
    commitment's own ``completed`` status, standing in when nothing is dated by the
    as-of date; ``none``: nothing at all (the baseline, or no stage).
    """

    OBSERVATION = "observation"
    STATUS_CLAIM = "status-claim"
    DECLARED_STATUS = "declared-status"
    NONE = "none"


class Severity(StrEnum):
    """How serious a validation finding is: errors make a document invalid."""

    ERROR = "error"
    WARNING = "warning"
