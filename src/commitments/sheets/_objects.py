"""Plan documents built from cells: each value put at its path, objects made on the way."""

from collections.abc import Sequence
from typing import Any

from commitments.convert._codegen import MODEL_CLASSES
from commitments.sheets.layout import model_fields

__all__ = ["put", "put_object", "required_objects", "with_required_objects"]


def put(target: dict[str, Any], path: Sequence[str], value: Any) -> bool:
    """Put ``value`` at ``path`` in ``target``, making objects on the way; ``False`` if taken."""
    for part in path[:-1]:
        child = target.setdefault(part, {})
        if not isinstance(child, dict):
            return False
        target = child
    if path[-1] in target:
        return False
    target[path[-1]] = value
    return True


def required_objects(cls: type, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """The paths of the objects an object of ``cls`` must have (a commitment's ``metric`` …)."""
    paths = []
    for name, kind, optional, many in model_fields(cls):
        if kind in MODEL_CLASSES and not many and not optional:
            paths.append((*prefix, name))
            paths.extend(required_objects(kind, (*prefix, name)))
    return paths


def put_object(target: dict[str, Any], path: Sequence[str]) -> None:
    """Make the object at ``path`` unless there is one (or something else is there)."""
    for part in path:
        inner = target.setdefault(part, {})
        if not isinstance(inner, dict):
            return
        target = inner


def with_required_objects(cls: type, value: dict[str, Any]) -> None:
    """Give an object the objects it must have (a plan its ``jurisdiction``)."""
    for path in required_objects(cls):
        put_object(value, path)
