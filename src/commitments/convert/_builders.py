"""Builders generated from the model, for documents the schema has accepted.

The cattrs converter (:mod:`commitments.convert`) checks every value it
structures; on a document that has passed validation that is work done twice.
:func:`build_plan` builds the same :class:`~commitments.model.plan.Plan` with no
checks at all, by one generated function per model class (fields and types read
from the attrs classes), so a field added to the model is picked up here too,
or refused at once if its type is new. A property test holds it equal to the
converter; :mod:`commitments.convert._writers` generates the way back the same way.
The source is written by :mod:`commitments.convert._builder_code`; this module
compiles it on first use and holds what the builders call as they run.

Where ``__init__`` would only store its arguments, a builder does not call it:
it fills a *shell*, a plain class with the same slots, by plain attribute stores,
and then makes it an instance of the model class by ``__class__`` assignment
(three times as fast as ``__init__``; where Python refuses the assignment, the
slots of a bare instance are filled through their descriptors). A ``Text`` of a
string is made the same way, its converter skipped.

:func:`build_plan` must only see values the schema accepts: anything else may
raise any exception or build nonsense.
"""

import functools
import types
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from commitments.convert._builder_code import builder_source
from commitments.convert._codegen import MODEL_CLASSES, compile_functions
from commitments.model.plan import Plan
from commitments.model.text import Text, _freeze_text

__all__ = ["build_plan", "build_plan_counting"]


def _as_int(value: Any) -> int:
    return value if type(value) is int else int(value)


def _as_decimal(value: Any) -> Decimal:
    if type(value) is Decimal:
        return value
    return Decimal(value) if type(value) is int else Decimal(repr(value))


def _counted_text(value: Any, add: Callable[[Any], None], build: Callable[[Any], Text]) -> Text:
    if not isinstance(value, str):
        add(value)
    return build(value)


def _with_extensions(
    build: Callable[..., Any], known: frozenset[str], value: Any, *add: Callable[[Any], None]
) -> Any:
    """Build an object that holds ``x-`` keys; a counting builder passes its ``add`` on."""
    own = {key: item for key, item in value.items() if key in known}
    extensions = {k: v for k, v in value.items() if k not in known}
    if add:  # ``own`` is counted as it is built; count the rest of the object and within
        count = add[0]
        count(extensions)
        stack = list(extensions.values())
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                count(item)
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    built = build(own, *add)  # a new object no one else holds: filled in place, as built
    object.__setattr__(built, "extensions", types.MappingProxyType(extensions))
    return built


def _extensions(value: Any, known: frozenset[str]) -> types.MappingProxyType[str, Any]:
    """The ``x-`` keys of an object whose fields its builder reads by name."""
    return types.MappingProxyType({key: item for key, item in value.items() if key not in known})


@functools.cache
def _builders(*, fresh: bool, counted: bool = False) -> dict[str, Any]:
    """Generate and compile the builders of one kind, once, on first use (a few milliseconds)."""
    namespace: dict[str, Any] = {
        "_Decimal": Decimal,
        "_new": object.__new__,
        "_Text": Text,
        "_set_Text_value": Text.__dict__["value"].__set__,
        # A fresh dict is nobody else's: frozen as it is, not copied first.
        "_freeze_text": types.MappingProxyType if fresh else _freeze_text,
        "_with_extensions": _with_extensions,
        "_extensions": _extensions,
        "_to_int": _as_int,
        "_to_Decimal": _as_decimal,
        "_counted_text": _counted_text,
    }
    source = "\n".join(builder_source(cls, namespace, counted=counted) for cls in MODEL_CLASSES)
    label = ", ".join(
        ["builders", *(["fresh"] if fresh else []), *(["counting"] if counted else [])]
    )
    return compile_functions(label, source, namespace)


def build_plan(value: Any, *, fresh: bool = False) -> Plan:
    """Build the plan of a JSON value that the schema accepts, checking nothing.

    Args:
        value: A plan document's JSON value, already validated.
        fresh: No one else holds the value's objects, and no one will change
            them (a value just parsed, and then dropped): a multilingual text's
            object is frozen without a copy.

    Returns:
        The plan, equal to what the converter structures.

    """
    plan: Plan = _builders(fresh=fresh)["_build_Plan"](value)
    return plan


def build_plan_counting(value: Any) -> tuple[Plan, int]:
    """Build a plan as ``build_plan(value, fresh=True)`` does, counting keys.

    Args:
        value: A plan document's JSON value that the schema accepts, just
            parsed and then dropped.

    Returns:
        The plan, and the number of keys in all the objects of ``value``: a
        document whose text has more members than that repeats a key.

    """
    objects: list[dict[str, Any]] = []
    plan: Plan = _builders(fresh=True, counted=True)["_build_Plan"](value, objects.append)
    return plan, sum(map(len, objects))
