"""JSON value ↔ model ↔ JSON text: every serialisation path of the library, in one place.

:func:`build_plan` turns a JSON value the schema has accepted into a
:class:`~commitments.model.plan.Plan` (builders generated from the model, one per class of
:data:`MODEL_CLASSES`); :func:`plan_value` is the way back; :func:`write_json` prints any
JSON value with numbers digit for digit, and :func:`plan_json` is its one-line fast path.
Each name is imported from its module on first use: writing JSON text
(:mod:`commitments.convert._json_text`) does not load the model.
"""

from typing import TYPE_CHECKING

from commitments._lazy import lazy_names

if TYPE_CHECKING:
    from commitments.convert._builders import build_plan
    from commitments.convert._codegen import MODEL_CLASSES
    from commitments.convert._json_text import write_json
    from commitments.convert._plan_line import plan_json
    from commitments.convert._writers import object_value, plan_value, text_value

_LOCATIONS = {
    "MODEL_CLASSES": "_codegen",
    "build_plan": "_builders",
    "object_value": "_writers",
    "plan_json": "_plan_line",
    "plan_value": "_writers",
    "text_value": "_writers",
    "write_json": "_json_text",
}

__all__ = [
    "MODEL_CLASSES",
    "build_plan",
    "object_value",
    "plan_json",
    "plan_value",
    "text_value",
    "write_json",
]


__getattr__, __dir__ = lazy_names(__name__, _LOCATIONS, __all__)
