"""Named JSON Schema types of the history output, for values that may be null.

Each is an ``Annotated`` Python type whose :class:`~commitments._fields.SchemaType`
marker becomes one definition of ``schemas/history-output-1.schema.json``.
"""

import datetime
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from typing import Annotated

from commitments._fields import SchemaType

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


#: ``true`` or ``false``.
Boolean = Annotated[bool, SchemaType("Boolean", "`true` or `false`.", {"type": "boolean"})]
#: An exact number, or null.
OptionalNumber = Annotated[
    Fraction | None,
    SchemaType(
        "OptionalNumber",
        "A number (exact where it terminates, else 12 significant digits), or null when "
        "it does not apply.",
        {"type": ["number", "null"]},
    ),
]
#: A string, or null.
OptionalString = Annotated[
    str | None,
    SchemaType("OptionalString", "A string, or null.", {"type": ["string", "null"]}),
]
#: A date, or null.
OptionalDate = Annotated[
    datetime.date | None,
    SchemaType(
        "OptionalDate",
        "A date YYYY-MM-DD, or null.",
        {"type": ["string", "null"], "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
    ),
]
#: A value in a metric's unit, a stage, or null.
Value = Annotated[
    Decimal | str | None,
    SchemaType(
        "Value",
        "A value in the metric's unit (quantity and level), a stage (milestone), or null.",
        {"type": ["number", "string", "null"]},
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
