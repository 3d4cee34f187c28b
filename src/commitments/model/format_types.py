"""The types the format names: the kinds of strings of plan documents, and JSON values.

:data:`Slug`, :data:`NonEmptyString`, :data:`UnitCode` and :data:`LanguageTag` are
each a plain ``str`` to Python and to type checkers, and a definition of the same
name under ``$defs`` in the generated schema, which states the constraint.
:data:`JSONValue` is what an extension (an ``x-`` key) holds.
"""

from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, Any, TypeAlias

from commitments.model._fields import SchemaType

__all__ = [
    "LONG_TEXT",
    "SHORT_TEXT",
    "JSONValue",
    "LanguageTag",
    "LongString",
    "NonEmptyString",
    "Slug",
    "UnitCode",
    "short_text",
]

#: The longest string of a name, a title, an owner, a tag, a stage (in characters).
SHORT_TEXT = 1000
#: The longest string of a note or a quotation, and of any text.
LONG_TEXT = 10000
_NON_EMPTY: Mapping[str, Any] = {"type": "string", "minLength": 1, "maxLength": SHORT_TEXT}


def short_text(longest: int = SHORT_TEXT) -> dict[str, Any]:
    """The schema keywords that bound a Text field to ``longest`` characters.

    Beside the field's ``$ref`` to ``Text``: ``maxLength`` bounds the plain string,
    ``additionalProperties`` each language's string. Every Text field has one such
    bound: SHORT_TEXT for titles and names, LONG_TEXT for notes.

    >>> short_text(10)
    {'maxLength': 10, 'additionalProperties': {'maxLength': 10}}
    """
    return {"maxLength": longest, "additionalProperties": {"maxLength": longest}}


# RFC 5646 "langtag" and "privateuse", written with ASCII classes only (portable regex).
_ALPHANUM = "[A-Za-z0-9]"
_LANGUAGE_TAG = (
    "^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"  # language, extlang
    "(?:-[A-Za-z]{4})?"  # script
    "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"  # region
    f"(?:-(?:{_ALPHANUM}{{5,8}}|[0-9]{_ALPHANUM}{{3}}))*"  # variants
    f"(?:-[0-9A-WY-Za-wy-z](?:-{_ALPHANUM}{{2,8}})+)*"  # extensions
    f"(?:-[Xx](?:-{_ALPHANUM}{{1,8}})+)?"  # private use
    f"|[Xx](?:-{_ALPHANUM}{{1,8}})+)$"
)

#: A JSON value as this library holds it: numbers other than integers are Decimals.
JSONValue: TypeAlias = (
    bool | int | Decimal | str | list["JSONValue"] | dict[str, "JSONValue"] | None
)

#: An identifier: lower-case letters and digits, in runs joined by ``-``, ``_`` or ``.``.
Slug = Annotated[
    str,
    SchemaType(
        "Slug",
        "An identifier: lower-case ASCII letters and digits, in runs joined by single "
        "`-`, `_` or `.`; at most 64 characters.",
        {"type": "string", "pattern": "^[a-z0-9]+(?:[-_.][a-z0-9]+)*$", "maxLength": 64},
    ),
]
#: A string with at least one character, and at most 1,000.
NonEmptyString = Annotated[
    str,
    SchemaType(
        "NonEmptyString", "A string of at least one character and at most 1,000.", _NON_EMPTY
    ),
]
#: A longer string (a quotation): at least one character, at most 10,000.
LongString = Annotated[
    str,
    SchemaType(
        "LongString",
        "A string of at least one character and at most 10,000.",
        {"type": "string", "minLength": 1, "maxLength": LONG_TEXT},
    ),
]
#: A unit code: one of the registry's codes, or a custom ``x-`` code.
UnitCode = Annotated[
    str,
    SchemaType(
        "UnitCode",
        "A unit: item, person, person_time, household, m, km, m2, km2, ha, mu, t, yuan, "
        "percent, or a custom count unit starting with `x-`. Unknown codes are reported "
        "by the rule `unknown-unit`. At most 64 characters.",
        {"type": "string", "minLength": 1, "maxLength": 64},
    ),
]
#: A BCP 47 language tag such as ``zh``, ``en`` or ``zh-Hant-TW``.
LanguageTag = Annotated[
    str,
    SchemaType(
        "LanguageTag",
        "A BCP 47 language tag (RFC 5646 well-formed syntax), e.g. `zh`, `en`, `zh-Hant-TW`.",
        {"type": "string", "pattern": _LANGUAGE_TAG},
    ),
]
