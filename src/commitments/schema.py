r"""The JSON Schema of format 1.x, generated from the model (one source of truth).

:func:`build_schema` walks the attrs classes of the model, from
:class:`~commitments.model.plan.Plan` down to its parts: each class becomes a definition
under ``$defs`` with its docstring as description, each field a property with the
description, examples and keywords stored in its attrs metadata (see
:mod:`commitments.model._fields`). Nothing here restates a field by hand.

The schema is draft 2020-12 and portable: patterns use ASCII classes (``[0-9]``,
never ``\\d``), lengths are bounded with ``minLength``/``maxLength``, there is no
fractional ``multipleOf``, and dates carry both ``format: date`` and a pattern.
"""

import datetime
import inspect
import json
import os
import types
import typing
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs

from commitments.model._fields import SchemaType, field_doc, is_extensions_field

__all__ = [
    "KEY_CODES",
    "PLAN_SCHEMA_ID",
    "SCHEMA_BASE",
    "build_schema",
    "class_schema",
    "json_schema",
    "plan_schema",
    "schema_text",
]

#: Where the published schemas live; every shipped schema's ``$id`` starts here.
SCHEMA_BASE = "https://commitments.dev/schemas/"
#: The ``$id`` of the plan schema (one schema for every 1.x version).
PLAN_SCHEMA_ID = SCHEMA_BASE + "plan-1.schema.json"

#: Schema finding codes about a key rather than its value: they are placed (line and
#: column) at the key of the member they point at.
KEY_CODES = frozenset({"schema.additionalProperties", "schema.propertyNames"})
_DIALECT = "https://json-schema.org/draft/2020-12/schema"
#: The plan schema shipped in the package, beside this module (see :func:`plan_schema`).
_PLAN_SCHEMA_FILE = os.path.join(os.path.dirname(__file__), "plan-1.schema.json")

#: Definitions of the types the model uses that are not attrs classes.
_BUILTIN_DEFS: Mapping[type, tuple[str, dict[str, Any]]] = {
    Decimal: (
        "Number",
        {
            "description": "A JSON number, held as an exact decimal; NaN and Infinity are "
            "not JSON and are rejected.",
            "type": "number",
        },
    ),
    datetime.date: (
        "Date",
        {
            "description": "A calendar date YYYY-MM-DD that exists (2021-02-30 does not, "
            "nor does year 0000).",
            "type": "string",
            "format": "date",
            # Year 0000 is excluded by the pattern: RFC 3339 formats allow it, Python cannot.
            # Months and days are checked by the pattern too (all but 29 February of
            # common years), for validators that treat ``format`` as an annotation only.
            "pattern": "^(?:[0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})"
            "-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
            "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
            "|02-(?:0[1-9]|1[0-9]|2[0-9]))$",
        },
    ),
}


def _summary(obj: object) -> str:
    doc = inspect.getdoc(obj) or ""
    return doc.split("\n\n", 1)[0].replace("\n", " ").strip()


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


class _Builder:
    """Collects ``$defs`` while turning annotations into schemas."""

    def __init__(self) -> None:
        # The model is imported here, not with this module: validation reads the shipped
        # plan schema (plan_schema) and so never has to build the model's classes.
        from commitments.model.format_types import LanguageTag
        from commitments.model.text import Text

        self.defs: dict[str, dict[str, Any]] = {}
        self._text_class, self._language_tag = Text, LanguageTag

    def type_schema(self, annotation: Any) -> dict[str, Any]:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            return self._annotated(annotation)
        if origin in (typing.Union, types.UnionType):
            options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
            if len(options) != 1:
                raise TypeError(f"cannot describe {annotation!r}: only X | None is supported")
            return self.type_schema(options[0])
        if origin is tuple:
            item, _ellipsis = typing.get_args(annotation)
            return {"type": "array", "items": self.type_schema(item)}
        return self._plain(annotation)

    def _annotated(self, annotation: Any) -> dict[str, Any]:
        marker = next((m for m in annotation.__metadata__ if isinstance(m, SchemaType)), None)
        if marker is None:
            return self.type_schema(annotation.__origin__)
        if marker.name not in self.defs:
            self.defs[marker.name] = {
                "title": marker.name,
                "description": marker.description,
                **marker.schema,
            }
        return _ref(marker.name)

    def _plain(self, annotation: Any) -> dict[str, Any]:
        if annotation is str:
            return {"type": "string"}
        if annotation is int:
            return {"type": "integer"}
        if annotation is bool:
            return {"type": "boolean"}
        if annotation is self._text_class:
            self._text()
            return _ref("Text")
        if annotation in _BUILTIN_DEFS:
            name, schema = _BUILTIN_DEFS[annotation]
            self.defs.setdefault(name, {"title": name, **schema})
            return _ref(name)
        if isinstance(annotation, type) and issubclass(annotation, Enum):
            self.defs.setdefault(
                annotation.__name__,
                {
                    "title": annotation.__name__,
                    "description": _summary(annotation),
                    "enum": [m.value for m in annotation],
                },
            )
            return _ref(annotation.__name__)
        if attrs.has(annotation):
            self.object_schema(annotation)
            return _ref(annotation.__name__)
        raise TypeError(f"no JSON Schema for {annotation!r}")

    def _text(self) -> None:
        if "Text" in self.defs:
            return
        tag = self.type_schema(self._language_tag)
        self.defs["Text"] = {
            "title": "Text",
            "description": _summary(self._text_class),
            "anyOf": [
                {
                    "description": "A plain string, language unspecified.",
                    "type": "string",
                    "minLength": 1,
                },
                {
                    "description": "Strings by BCP 47 language tag.",
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": tag,
                    "additionalProperties": {"type": "string", "minLength": 1},
                },
            ],
        }

    def object_schema(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name in self.defs:
            return self.defs[name]
        schema: dict[str, Any] = {"title": name, "description": _summary(cls)}
        self.defs[name] = schema  # registered first: the model may refer to itself
        hints = typing.get_type_hints(cls, include_extras=True)
        properties: dict[str, Any] = {}
        required: list[str] = []
        extensible = False
        for field in attrs.fields(cls):
            if is_extensions_field(field):
                extensible = True
                continue
            prop = self.type_schema(hints[field.name])
            doc = field_doc(field)
            if doc is not None:
                prop = {"description": doc.description, **prop, **doc.schema}
                if doc.examples:
                    prop["examples"] = list(doc.examples)
            properties[field.name] = prop
            if field.default is attrs.NOTHING:
                required.append(field.name)
        schema.update(type="object", properties=properties)
        if required:
            schema["required"] = required
        if extensible:
            schema["patternProperties"] = {"^x-": {"description": "An extension: kept as is."}}
        schema["additionalProperties"] = False
        schema.update(getattr(cls, "__schema_extra__", {}))
        return schema


def class_schema(cls: type, *, schema_id: str, title: str, description: str) -> dict[str, Any]:
    """Build a standalone draft 2020-12 schema for any attrs class documented like the model.

    The class becomes the root (by ``$ref``) and every class or named type it uses
    a definition under ``$defs``, in the order first met. Other modules use this for
    the schemas of the command line's JSON outputs.

    Args:
        cls: An attrs class whose fields are declared with
            :func:`commitments.model._fields.doc_field`.
        schema_id: The ``$id``.
        title: The schema's title.
        description: The schema's description.

    Returns:
        The schema as a JSON value.

    """
    builder = _Builder()
    builder.object_schema(cls)
    return {
        "$schema": _DIALECT,
        "$id": schema_id,
        "title": title,
        "description": description,
        "$ref": _ref(cls.__name__)["$ref"],
        "$defs": builder.defs,
    }


def build_schema() -> dict[str, Any]:
    """Build the JSON Schema of a plan document, format 1.x.

    Returns:
        The schema shipped as ``schemas/plan-1.schema.json``.

    >>> schema = build_schema()
    >>> schema["$id"]
    'https://commitments.dev/schemas/plan-1.schema.json'
    >>> schema["$defs"]["Commitment"]["required"]
    ['id', 'title', 'category', 'owner', 'metric', 'target', 'status']

    """
    from commitments.model.plan import Plan  # see _Builder

    return class_schema(
        Plan,
        schema_id=PLAN_SCHEMA_ID,
        title="Plan document, commitments format 1.x",
        description=(
            "The commitments one jurisdiction published for one year. Unknown keys are "
            "rejected everywhere except keys starting with `x-` (extensions). Cross-field "
            "rules (unique ids, declared categories and agencies, units, baselines, "
            "stages, directions, dates) are checked by the `commitments` validator and "
            "listed in its documentation."
        ),
    )


json_schema = build_schema


def plan_schema() -> dict[str, Any]:
    """Return the plan schema shipped with the package: what :func:`build_schema` returns.

    It is read from the package's ``plan-1.schema.json`` (``make schemas`` writes it, and
    a test holds it equal to :func:`build_schema`), so that validating a document never
    builds the model's classes: the validators of :mod:`commitments.validation` use it.
    """
    with open(_PLAN_SCHEMA_FILE, "rb") as file:
        schema: dict[str, Any] = json.load(file)
    return schema


def schema_text(schema: Mapping[str, Any]) -> str:
    """Return a schema as the text of its shipped file (2-space indent, final newline)."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
