"""JSON value ↔ model ↔ JSON text: every serialisation path of the library, in one place.

:func:`build_plan` turns a JSON value the schema has accepted into a
:class:`~commitments.model.plan.Plan` (builders generated from the model, one per class of
:data:`MODEL_CLASSES`); :func:`plan_value` is the way back; :func:`write_json` prints any
JSON value with numbers digit for digit, and :func:`plan_json` is its one-line fast path.
"""

from commitments.convert._builders import build_plan
from commitments.convert._codegen import MODEL_CLASSES
from commitments.convert._json_text import write_json
from commitments.convert._plan_line import plan_json
from commitments.convert._writers import object_value, plan_value, text_value

__all__ = [
    "MODEL_CLASSES",
    "build_plan",
    "object_value",
    "plan_json",
    "plan_value",
    "text_value",
    "write_json",
]
