"""Short, specific messages for the findings of the schema layer.

A message names what was expected and, for a short scalar, what was found;
it never repeats a whole object or array (a wrong type inside a 50-commitment
plan is "must be a string, not an array", not the array). :class:`SchemaPlaces`
knows which definition or property each subschema of the plan schema is, and
under which ``if`` a ``then`` applies, so that a message can say "a slug" rather
than quote a regular expression, and "not allowed when kind is milestone"
rather than "should not be valid under {}".
"""

import difflib
import json
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from attrs import frozen
from jsonschema import ValidationError

from commitments.validation._schema_reference import first_repeat

__all__ = [
    "EXCERPT",
    "SchemaPlaces",
    "describe",
    "json_type",
    "message_for",
    "required_messages",
]

#: The longest excerpt of a string or number quoted in a message.
EXCERPT = 40

#: What a value must be, by definition or property name.
_WHAT: Mapping[str, str] = {
    "Plan": "an object (a plan document)",
    "Slug": "a slug (lower-case ASCII letters and digits in runs joined by single -, _ or .)",
    "Date": "a date YYYY-MM-DD",
    "LanguageTag": "a BCP 47 language tag such as zh, en or zh-Hant",
    "NonEmptyString": "a non-empty string",
    "UnitCode": "a unit code (a string)",
    "Number": "a number",
    "Text": "a text: a non-empty string, or an object of strings by language tag",
    "schema_version": 'a format version "1.<minor>" such as "1.0"',
    "url": "a non-empty address",
}

_TYPES: Mapping[str, str] = {
    "object": "an object",
    "array": "an array",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}


def _case_hint(instance: object, options: object) -> str:
    """A hint for a value that differs from an option only in case (``Completed``).

    >>> _case_hint("Completed", ["planned", "completed"]), _case_hint("done", ["completed"])
    (' (write it in lower case: "completed")', '')
    """
    if not isinstance(instance, str) or not isinstance(options, list):
        return ""
    folded = instance.strip().casefold()
    meant = next((o for o in options if isinstance(o, str) and o.casefold() == folded), None)
    return "" if meant is None else f' (write it in lower case: "{meant}")'


def json_type(value: object) -> str:
    """Name the JSON type of a value, with its article (``"a string"``, ``"null"``)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, Decimal | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object" if isinstance(value, dict) else type(value).__name__


def _clip(text: str) -> str:
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


def describe(value: object) -> str:
    r"""Quote a short scalar, clipped; name the type of anything else.

    >>> describe("abc\\n"), describe(2021), describe([1, 2]), describe(10**5000)
    ('"abc\\\\n"', '2021', 'an array', 'a very large integer')
    """
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, int):
        return str(value) if value.bit_length() <= 128 else "a very large integer"
    if isinstance(value, Decimal | float):
        return _clip(str(value))
    if isinstance(value, str):
        return json.dumps(_clip(value), ensure_ascii=False)
    return json_type(value)


def _condition(rule: Mapping[str, Any]) -> str:
    """Describe an ``if`` subschema: ``"when kind is quantity or level"``."""
    parts = []
    for name, schema in rule.get("properties", {}).items():
        if "const" in schema:
            parts.append(f"{name} is {schema['const']}")
        elif "enum" in schema:
            parts.append(f"{name} is {' or '.join(str(v) for v in schema['enum'])}")
    return " when " + " and ".join(parts) if parts else ""


def _subschemas(schema: object) -> Iterator[dict[str, Any]]:
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


@frozen
class SchemaPlaces:
    """What each subschema of a schema is: a definition, a property, a conditional part.

    Subschemas are known by identity, as :mod:`jsonschema` hands them back in
    :attr:`~jsonschema.ValidationError.schema`; keep the schema alive as long as this.
    """

    names: Mapping[int, str]
    conditions: Mapping[int, str]

    @classmethod
    def of(cls, schema: Mapping[str, Any]) -> "SchemaPlaces":
        """Index a schema's ``$defs``, its properties, and what its ``then`` parts depend on."""
        names: dict[int, str] = {}
        conditions: dict[int, str] = {}
        for node in _subschemas(schema):
            for name, prop in node.get("properties", {}).items():
                names.setdefault(id(prop), name)
            if "then" in node and isinstance(node.get("if"), dict):
                for part in _subschemas(node["then"]):
                    conditions.setdefault(id(part), _condition(node["if"]))
        for name, definition in schema.get("$defs", {}).items():
            names[id(definition)] = name
        return cls(names=names, conditions=conditions)

    def name_of(self, subschema: object) -> str | None:
        """The definition or property name of a subschema, if it has one."""
        return self.names.get(id(subschema))

    def condition_of(self, subschema: object) -> str:
        """``" when …"`` for a subschema under a ``then``, else ``""``."""
        return self.conditions.get(id(subschema), "")

    def what(self, subschema: object) -> str | None:
        """What a value of that subschema must be, in words, when the subschema is named."""
        name = self.name_of(subschema)
        return None if name is None else _WHAT.get(name)


def required_messages(error: ValidationError, places: SchemaPlaces) -> list[str]:
    """One message per key that a ``required`` error's object lacks."""
    instance = error.instance
    keys = error.validator_value if isinstance(error.validator_value, list) else []
    missing = [k for k in keys if isinstance(instance, dict) and k not in instance]
    when = places.condition_of(error.schema)
    return [f"missing required key {json.dumps(key)}{when}" for key in missing]


def _expected(types: object) -> str:
    names = [types] if isinstance(types, str) else types if isinstance(types, list) else []
    return " or ".join(_TYPES.get(str(name), str(name)) for name in names)


def _unknown_key(error: ValidationError) -> str:
    key = str(error.path[-1]) if error.path else ""
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    known = [k for k in schema.get("properties", {}) if isinstance(k, str)]
    close = difflib.get_close_matches(key, known, n=1)
    hint = f"; did you mean {json.dumps(close[0])}?" if close else ""
    return f"unknown key {describe(key)}{hint} (only keys starting with x- may be added)"


def _alternative(branch: object) -> str:
    if not isinstance(branch, dict):
        return json.dumps(branch)
    if set(branch) == {"required"}:
        return " and ".join(f"has {json.dumps(k)}" for k in branch["required"])
    if "type" in branch:
        return _expected(branch["type"])
    return str(branch.get("description", "a subschema"))


def _alternatives(error: ValidationError, places: SchemaPlaces) -> str:
    what = places.what(error.schema)
    if what is not None:
        return f"must be {what}, not {json_type(error.instance)}"
    branches = error.validator_value if isinstance(error.validator_value, list) else []
    if branches and all(isinstance(b, dict) and set(b) == {"required"} for b in branches):
        keys = ", ".join(json.dumps(k) for b in branches for k in b["required"])
        return f"must have at least one of the keys {keys}"
    tried = [_alternative(branch) for branch in branches]
    how = "exactly one" if error.validator == "oneOf" else "one"
    return f"must match {how} of: " + "; or ".join(tried)


def _size(keyword: str, limit: object, instance: object) -> str:
    if keyword == "minLength":
        return "must not be empty" if limit == 1 else f"must have at least {limit} characters"
    if keyword == "maxLength":
        return f"has {len(str(instance))} characters; at most {limit} are allowed"
    if keyword == "minItems":
        return "must not be an empty array" if limit == 1 else f"must have at least {limit} items"
    if keyword == "minProperties":
        return "must not be an empty object" if limit == 1 else f"must have at least {limit} keys"
    return f"breaks {keyword} {limit}"


def message_for(error: ValidationError, places: SchemaPlaces, keyword: str | None = None) -> str:
    """The message of one error of the reference validator (not ``required``).

    Args:
        error: The error.
        places: What the subschemas of the validator's schema are.
        keyword: The keyword reported, when not the error's own (``propertyNames``
            for an error met while checking a key).

    Returns:
        One short sentence, without the instance unless it is a short scalar.

    """
    limit, instance = error.validator_value, error.instance
    keyword = keyword or str(error.validator)
    when = places.condition_of(error.schema)
    what = places.what(error.schema)
    if keyword == "type":
        scalar = isinstance(instance, str | int | Decimal) and not isinstance(instance, bool)
        quoted = f" {describe(instance)}" if scalar else ""
        return f"must be {what or _expected(limit)}, not {json_type(instance)}{quoted}"
    if keyword == "enum":
        options = ", ".join(str(v) for v in limit[:8]) if isinstance(limit, list) else ""
        return f"{describe(instance)} is not one of: {options}{_case_hint(instance, limit)}"
    if keyword == "const":
        return f"must be {describe(limit)}{when}"
    if keyword == "not":
        return f"is not allowed{when or ' here'}"
    if keyword == "pattern":
        return f"{describe(instance)} is not {what or f'matching {_clip(str(limit))}'}"
    if keyword == "propertyNames":
        return f"key {describe(instance)} is not {what or 'an allowed key'}"
    if keyword == "format":
        kind = "a real calendar date" if limit == "date" else f"a valid {limit}"
        return f"{describe(instance)} is not {kind}"
    if keyword == "minimum":
        return f"{describe(instance)} is less than the minimum {limit}"
    if keyword == "maximum":
        return f"{describe(instance)} is more than the maximum {limit}"
    if keyword == "uniqueItems":
        repeat = first_repeat(instance) if isinstance(instance, list) else None
        if repeat is None:
            return "has repeated items"
        return f"item {repeat[1]} repeats item {repeat[0]}"
    if keyword == "additionalProperties":
        return _unknown_key(error)
    if keyword in ("anyOf", "oneOf"):
        return _alternatives(error, places)
    return _size(keyword, limit, instance)
