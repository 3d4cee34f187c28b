"""One line of JSON for a plan, written by the C encoder: the fast path of ``dumps(indent=None)``.

:func:`commitments.convert._json_text.write_json` writes any JSON value carefully, in Python.
For a plan it can be done by :func:`json.dumps` instead, if the Decimals are smuggled
through as marked strings and unquoted afterwards; :func:`plan_json` does that, and
gives up (``None``) wherever the result could differ from the careful writer's.
"""

import json
import re
from decimal import Decimal

from commitments.convert._json_text import number_text
from commitments.convert._writers import plan_value
from commitments.model._patterns import LONE_SURROGATE
from commitments.model.plan import Plan

__all__ = ["plan_json"]

_PLACEHOLDER = re.compile(r'"\\u0000([^"]*)"')


def plan_json(plan: Plan) -> str | None:
    """Write a plan as one line of JSON with the C encoder, or ``None`` where it cannot.

    Each Decimal goes to :func:`json.dumps` as a string marked by a leading NUL
    character and is unquoted afterwards; the text is given up on (``None``, for
    the careful writer to do) when a string of the plan could be mistaken for
    such a mark, holds a lone surrogate, or a value is not JSON. (Indented text
    gains nothing here: :func:`json.dumps` indents in Python.)

    Args:
        plan: The plan.

    Returns:
        What ``write_json(plan_value(plan), indent=None)`` writes, or ``None``.

    """
    marked: list[str] = []

    def mark(number: Decimal) -> str:
        marked.append(text := "\0" + number_text(number))  # ValueError: not finite
        return text

    try:
        text = json.dumps(
            plan_value(plan, mark), ensure_ascii=False, allow_nan=False, separators=(",", ":")
        )
    except (TypeError, ValueError):
        return None
    text, unmarked = _PLACEHOLDER.subn(r"\1", text)
    if unmarked != len(marked) or LONE_SURROGATE.search(text):
        return None
    return text
