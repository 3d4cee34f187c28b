"""Field documentation stored once, in attrs metadata, for the schema generator.

Every documented field of the model is declared with :func:`doc_field`, which keeps
its description, examples and extra JSON Schema keywords under one metadata key.
:mod:`commitments.schema` reads them back with :func:`field_doc`; nothing else
restates them.
"""

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

__all__ = [
    "NO_EXTENSIONS",
    "FieldDoc",
    "SchemaType",
    "doc_field",
    "extensions_field",
    "field_doc",
    "is_extensions_field",
]

_KEY = "commitments"
_EXTENSIONS_KEY = "commitments.extensions"

#: The shared, immutable empty extension mapping (the default of every ``extensions``).
NO_EXTENSIONS: Mapping[str, Any] = MappingProxyType({})


@attrs.frozen
class SchemaType:
    """Marks an ``Annotated`` type as a named definition of the schema's ``$defs``.

    ``Annotated[str, SchemaType("Slug", "…", {"pattern": …})]`` is a plain ``str``
    to Python and to type checkers, and ``{"$ref": "#/$defs/Slug"}`` in the
    generated schema, where ``Slug`` is defined by ``description`` and ``schema``.

    Attributes:
        name: The name under ``$defs``.
        description: What the type means.
        schema: Its JSON Schema keywords.

    """

    name: str
    description: str
    schema: Mapping[str, Any] = attrs.field(hash=False)


@attrs.frozen
class FieldDoc:
    """What the schema says about one field besides its type.

    Attributes:
        description: One or two sentences for a person reading the schema.
        examples: Example JSON values.
        schema: Extra JSON Schema keywords for this property (``minItems``, …).

    """

    description: str
    examples: tuple[Any, ...] = ()
    schema: Mapping[str, Any] = attrs.field(factory=dict)


def doc_field(
    description: str,
    *,
    default: Any = attrs.NOTHING,
    examples: tuple[Any, ...] = (),
    schema: Mapping[str, Any] | None = None,
) -> Any:
    """Declare a model field with its documentation.

    Args:
        description: What the field means, for the generated schema.
        default: The default; omit for a required field. Optional fields of the
            format default to ``None``, which means "absent from the document".
        examples: Example JSON values.
        schema: Extra JSON Schema keywords for the property.

    Returns:
        An :func:`attrs.field`.

    """
    metadata = {_KEY: FieldDoc(description, examples, dict(schema or {}))}
    return attrs.field(default=default, metadata=metadata)


def extensions_field() -> Any:
    """Declare the ``extensions`` field holding an object's ``x-`` keys.

    It is excluded from hashing (its values are JSON values, which may be lists
    or dicts) and written back after the object's own keys.
    """
    return attrs.field(default=NO_EXTENSIONS, hash=False, metadata={_EXTENSIONS_KEY: True})


def field_doc(attribute: "attrs.Attribute[Any]") -> FieldDoc | None:
    """Return the documentation of a field declared with :func:`doc_field`, if any."""
    doc = attribute.metadata.get(_KEY)
    return doc if isinstance(doc, FieldDoc) else None


def is_extensions_field(attribute: "attrs.Attribute[Any]") -> bool:
    """Whether the field is the ``extensions`` bag of ``x-`` keys."""
    return bool(attribute.metadata.get(_EXTENSIONS_KEY))
