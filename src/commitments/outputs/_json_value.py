"""Output records to JSON values: one walk for the outputs of progress, diff and history.

:func:`json_value` turns an output record (an attrs class documented for its
schema, such as :class:`~commitments.outputs.progress.ProgressReport`), or any value
in one, into the JSON value :func:`commitments.convert._json_text.write_json` writes.
Where an output leaves a key out rather than writing ``null`` (a diff's plans and field
changes), its writer builds that object and walks only the values.

>>> import datetime
>>> from fractions import Fraction
>>> from commitments.model import Jurisdiction, Text
>>> from commitments.model.vocab import Status
>>> json_value({"rate": Fraction(2, 3), "due": datetime.date(2021, 12, 31)})
{'rate': Decimal('0.666666666667'), 'due': '2021-12-31'}
>>> json_value(Fraction(1, 4)), json_value(Fraction(10**400, 3))[:14]  # the second: a str
(Decimal('0.25'), '33333333333300')
>>> json_value([Status.COMPLETED, Jurisdiction(name=Text("吉林省"), code="CN-JL")])
['completed', {'name': '吉林省', 'code': 'CN-JL'}]
"""

import datetime
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from fractions import Fraction
from typing import Any

import attrs

from commitments.convert import MODEL_CLASSES, object_value, text_value
from commitments.model.exact import to_decimal
from commitments.model.number_range import beyond_double
from commitments.model.text import Text

__all__ = ["json_value"]


def json_value(value: Any) -> Any:
    """Return an output record, or any value in one, as a JSON value.

    - a record: an object of every field, in the order declared (``None`` is ``null``);
    - an object of the model (a jurisdiction): as a plan document writes it, a
      :class:`~commitments.model.plan.Text` its string or object of languages;
    - a number (Decimal or Fraction): :func:`commitments.model.exact.to_decimal`, exact where it
      terminates, else rounded to 12 significant digits; one beyond the range of a
      64-bit float (an integer too), which other tools would read as infinity, as the
      string of its exact decimal (every output schema says so);
    - a date: ``YYYY-MM-DD``; an enum: its value;
    - tuples and lists: arrays; mappings: objects; ``None``, booleans, integers and
      strings: themselves.

    Raises:
        TypeError: ``value`` holds something else, which has no JSON value.

    """
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, int):
        return str(value) if beyond_double(value) else value
    if isinstance(value, Decimal | Fraction):
        number = to_decimal(value)
        return str(number) if beyond_double(number) else number
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Text):
        return text_value(value)
    if type(value) in MODEL_CLASSES:
        return object_value(value)
    if isinstance(value, tuple | list):
        return [json_value(item) for item in value]
    if isinstance(value, Mapping):
        return {key: json_value(item) for key, item in value.items()}
    if attrs.has(type(value)):
        return {f.name: json_value(getattr(value, f.name)) for f in attrs.fields(type(value))}
    raise TypeError(f"no JSON value for {type(value).__name__}")
