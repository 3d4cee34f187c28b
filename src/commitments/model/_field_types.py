"""Value types shared by the JSON outputs of the command line, with their schemas.

The output schemas are generated from attrs classes (:func:`commitments.schema.class_schema`)
like the plan schema. These ``Annotated`` types name the JSON shapes the outputs share,
so that each is defined once and appears under one name in every output schema's ``$defs``.
"""

import datetime
from decimal import Decimal
from fractions import Fraction
from typing import Annotated

from commitments.model._fields import SchemaType

__all__ = [
    "BEYOND_DOUBLE",
    "Boolean",
    "Figure",
    "OptionalDate",
    "OptionalNumber",
    "OptionalString",
    "Value",
]

#: How every output number says what it does beyond the range of a 64-bit float.
BEYOND_DOUBLE = (
    " A figure beyond the range of a 64-bit float (which other tools would read as "
    "infinity) is written as a string of its exact decimal instead."
)

#: An exact number (never null).
Figure = Annotated[
    Decimal | Fraction,
    SchemaType(
        "Figure",
        "A number (exact where it terminates, else 12 significant digits)." + BEYOND_DOUBLE,
        {"type": ["number", "string"]},
    ),
]

#: ``true`` or ``false``.
Boolean = Annotated[bool, SchemaType("Boolean", "`true` or `false`.", {"type": "boolean"})]
#: An exact number, or null.
OptionalNumber = Annotated[
    Decimal | Fraction | None,
    SchemaType(
        "OptionalNumber",
        "A number (exact where it terminates, else 12 significant digits), or null when "
        "it does not apply." + BEYOND_DOUBLE,
        {"type": ["number", "string", "null"]},
    ),
]
#: A date, or null (the output's schema defines ``Date`` through its date fields).
OptionalDate = Annotated[
    datetime.date | None,
    SchemaType(
        "OptionalDate",
        "A date YYYY-MM-DD, or null when there is none.",
        {"anyOf": [{"$ref": "#/$defs/Date"}, {"type": "null"}]},
    ),
]
#: A string, or null.
OptionalString = Annotated[
    str | None,
    SchemaType(
        "OptionalString", "A string, or null when there is none.", {"type": ["string", "null"]}
    ),
]
#: A value in a metric's unit, a stage, or null.
Value = Annotated[
    Decimal | str | None,
    SchemaType(
        "Value",
        "A value in the metric's unit (quantity and level), a stage name (milestone), "
        "or null when there is none." + BEYOND_DOUBLE,
        {"type": ["number", "string", "null"]},
    ),
]
