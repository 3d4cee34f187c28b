"""Named JSON Schema types of the history output, for values that may be null.

Each is an ``Annotated`` Python type whose :class:`~commitments._fields.SchemaType`
marker becomes one definition of ``schemas/history-output-1.schema.json``.
"""

import datetime
from enum import StrEnum
from typing import Annotated

from commitments._fields import SchemaType
from commitments._output_types import Boolean, OptionalNumber, OptionalString, Value

__all__ = [
    "Boolean",
    "OptionalDate",
    "OptionalNumber",
    "OptionalString",
    "OptionalTrend",
    "Trend",
    "Value",
]


class Trend(StrEnum):
    """How a recurring commitment's target moved from year to year, in one unit.

    ``rising``: raised at least once and never lowered; ``falling``: the reverse;
    ``steady``: never changed; ``mixed``: raised and lowered.
    """

    RISING = "rising"
    FALLING = "falling"
    STEADY = "steady"
    MIXED = "mixed"


#: A date, or null.
OptionalDate = Annotated[
    datetime.date | None,
    SchemaType(
        "OptionalDate",
        "A date YYYY-MM-DD, or null.",
        {"type": ["string", "null"], "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
    ),
]
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
