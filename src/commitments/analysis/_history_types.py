"""Named JSON Schema types of the history output, for values that may be null.

Each is an ``Annotated`` Python type whose :class:`~commitments.model._fields.SchemaType`
marker becomes one definition of ``schemas/history-output-1.schema.json``.
"""

from enum import StrEnum
from typing import Annotated

from commitments.model._fields import SchemaType
from commitments.model.vocab import Assessment

__all__ = ["OptionalAssessment", "OptionalTrend", "Trend"]


class Trend(StrEnum):
    """How a recurring commitment's target moved from year to year, in one unit.

    ``rising``: raised at least once and never lowered; ``falling``: the reverse;
    ``steady``: never changed; ``mixed``: raised and lowered.
    """

    RISING = "rising"
    FALLING = "falling"
    STEADY = "steady"
    MIXED = "mixed"


#: A trend, or null.
OptionalTrend = Annotated[
    Trend | None,
    SchemaType(
        "Trend",
        "How a target moved over the years: rising, falling, steady or mixed; null when "
        "it cannot be told.",
        {"enum": ["rising", "falling", "steady", "mixed", None]},
    ),
]

#: An assessment, or null.
OptionalAssessment = Annotated[
    Assessment | None,
    SchemaType(
        "OptionalAssessment",
        "The verdict of the progress arithmetic; null when the data cannot be measured.",
        {"enum": [*(a.value for a in Assessment), None]},
    ),
]
