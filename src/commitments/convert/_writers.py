"""Writers generated from the model: a plan back to its JSON value, as the converter writes it.

:func:`plan_value` writes a :class:`~commitments.model.plan.Plan` as the same JSON
value as the cattrs converter (:mod:`commitments.convert`) unstructures it, key
order included, by one generated function per model class (see
:mod:`commitments.convert._builders`, which builds the other way); a property
test holds the two equal.
"""

import datetime
import functools
from collections.abc import Callable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any

from commitments.convert._codegen import MODEL_CLASSES, compile_functions, field_parts
from commitments.model.plan import Plan
from commitments.model.text import Text

__all__ = ["object_value", "plan_value", "text_value"]

Number = Callable[[Decimal], Any]


def text_value(text: Text) -> str | dict[str, str]:
    """Write a text as its JSON value: its plain string, or an object of languages.

    >>> text_value(Text("吉林省")), text_value(Text({"zh": "吉林省", "en": "Jilin"}))
    ('吉林省', {'zh': '吉林省', 'en': 'Jilin'})
    """
    value = text.value
    return value if isinstance(value, str) else dict(value)


def _extensions_value(value: Any, number: Number) -> Any:
    if isinstance(value, Mapping):
        return {key: _extensions_value(item, number) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_extensions_value(item, number) for item in value]
    return number(value) if type(value) is Decimal else value


def _write_template(kind: Any, namespace: dict[str, Any]) -> str:
    """How to write one value ``{0}`` of a type as JSON (``number`` writes Decimals)."""
    name = f"_from_{getattr(kind, '__name__', 'value')}"
    if kind in (str, int, bool):
        return "{0}"
    if kind is Decimal:
        return "number({0})"
    if kind is datetime.date:
        namespace[name] = datetime.date.isoformat
    elif kind is Text:
        namespace[name] = text_value
    elif isinstance(kind, type) and issubclass(kind, Enum):
        namespace[name] = str
    elif kind in MODEL_CLASSES:
        return f"_write_{kind.__name__}({{0}}, number)"
    else:
        raise TypeError(f"no writer for {kind!r}: teach commitments.convert._writers about it")
    return name + "({0})"


def _writer_source(cls: type, namespace: dict[str, Any]) -> str:
    """Required keys first, then the optional ones present, then extensions (as cattrs does)."""
    required, optional = [], []
    for name, kind, is_optional, many in field_parts(cls):
        one = _write_template(kind, namespace)
        if many:
            one = "list({0})" if one == "{0}" else f"[{one.format('i')} for i in {{0}}]"
        if is_optional:
            optional.append(f"    if (v := x.{name}) is not None:")
            optional.append(f"        r[{name!r}] = {one.format('v')}")
        else:
            required.append(f"{name!r}: {one.format(f'x.{name}')}")
    return (
        "\n".join(
            [
                f"def _write_{cls.__name__}(x, number):",
                "    r = {" + ", ".join(required) + "}",
                *optional,
                "    if x.extensions:",
                "        r.update(_extensions_value(x.extensions, number))",
                "    return r",
            ]
        )
        + "\n"
    )


@functools.cache
def _writers() -> dict[str, Any]:
    """Generate and compile the writers, once, on first use (a few milliseconds)."""
    namespace: dict[str, Any] = {"_extensions_value": _extensions_value}
    source = "\n".join(_writer_source(cls, namespace) for cls in MODEL_CLASSES)
    return compile_functions("writers", source, namespace)


def _write_plan(plan: Plan, number: Number) -> dict[str, Any]:
    value: dict[str, Any] = _writers()["_write_Plan"](plan, number)
    return value


def _same(number: Decimal) -> Decimal:
    return number


def plan_value(plan: Plan, number: Number = _same) -> dict[str, Any]:
    """Write a plan as its JSON value, as the converter unstructures it.

    Args:
        plan: The plan.
        number: Applied to every :class:`~decimal.Decimal` (kept as is by default).

    Returns:
        Dicts, lists, strings, ints and Decimals (or what ``number`` made of them).

    """
    return _write_plan(plan, number)


def object_value(value: Any, number: Number = _same) -> dict[str, Any]:
    """Write any object of the model (a jurisdiction, a source …) as its JSON value.

    >>> from commitments.model import Jurisdiction
    >>> object_value(Jurisdiction(name=Text("吉林省"), code="CN-JL"))
    {'name': '吉林省', 'code': 'CN-JL'}

    Args:
        value: An instance of a model class that is a JSON object in a document.
        number: Applied to every :class:`~decimal.Decimal` (kept as is by default).

    Returns:
        What the converter unstructures it as, key order included.

    """
    written: dict[str, Any] = _writers()[f"_write_{type(value).__name__}"](value, number)
    return written
