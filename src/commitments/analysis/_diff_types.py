"""The vocabulary of a diff's field changes, and their named JSON Schema types.

Each ``Annotated`` type's :class:`~commitments.model._fields.SchemaType` marker becomes one
definition of ``schemas/diff-output-1.schema.json``.
"""

from enum import StrEnum
from fractions import Fraction
from typing import Annotated

from commitments.model._field_types import BEYOND_DOUBLE
from commitments.model._fields import SchemaType

__all__ = ["Ambition", "ChangeKind", "ExactNumber", "FieldValue", "Relative"]


class ChangeKind(StrEnum):
    """What kind of change a field underwent."""

    CHANGED = "changed"
    RAISED = "raised"
    LOWERED = "lowered"


class Ambition(StrEnum):
    """Whether a new target value asks for more or less, in the metric's direction."""

    MORE_AMBITIOUS = "more_ambitious"
    LESS_AMBITIOUS = "less_ambitious"


#: A field's value as JSON: a Text, string, list of strings, number, date or object.
FieldValue = Annotated[
    object,
    SchemaType(
        "FieldValue",
        "The field's value in that plan, defaults applied: a Text, a string, a list of "
        "strings, a number, a date YYYY-MM-DD, a baseline object {value, as_of}, or null "
        "when the plan does not give one.",
        {},
    ),
]
#: An exact number, written as the shortest decimal (12 significant digits if it repeats).
ExactNumber = Annotated[
    Fraction,
    SchemaType(
        "ExactNumber",
        "A number: exact where it terminates, else rounded to 12 significant digits."
        + BEYOND_DOUBLE,
        {"type": ["number", "string"]},
    ),
]
#: ``delta`` over the old value, or null when the old value is 0.
Relative = Annotated[
    Fraction | None,
    SchemaType(
        "Relative",
        "`delta` over the old value in the new unit (0.15 is 15 %); null when the old value is 0."
        + BEYOND_DOUBLE,
        {"type": ["number", "string", "null"]},
    ),
]
