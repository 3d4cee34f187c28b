"""The loader's fast path: the plan of a document that no layer objects to, or ``None``.

:func:`commitments.loads` reads a document, validates it in layers
(:mod:`commitments.validation.pipeline`) and builds the plan only when nothing is wrong.
For a valid document part of that work is done twice: the reading layer counts
the keys of every object as the parser makes it, to catch a key written twice,
and then the builder reads every object again. :func:`fast_plan` parses without
counting and lets the builder count (see
:func:`~commitments.convert._builders.build_plan_counting`): a text with as many
members as the objects built hold keys repeats none.

It answers only where the answer is certain, and returns ``None`` for the full
pipeline to read, validate and explain everything else. A plan comes back only
when the text

* is UTF-8 with no byte order mark, and holds no escape that may stand for a
  surrogate;
* parses (nested no deeper than :data:`~commitments.reading.document.MAX_DEPTH`), with
  no ``NaN``, no ``Infinity`` and no number beyond a double;
* passes the plan schema (so its format version is 1.x), is read by the rules as
  it is (:func:`~commitments.validation._plan_view.read_valid_plan`: not, for
  instance, with a year of ``2021.0``) and breaks no rule (no rule finding at
  all, not even a warning);
* repeats no key.

Such a document gives the full pipeline no finding, and the same plan.
"""

import codecs

from commitments.convert._builders import build_plan_counting
from commitments.model.plan import Plan
from commitments.reading._byte_scans import prescan
from commitments.reading._parse import parse_uncounted
from commitments.reading.document import MAX_DEPTH
from commitments.validation._fast_schema import is_valid
from commitments.validation._plan_view import NOT_AS_PROMISED, read_valid_plan
from commitments.validation._rule_walk import walk
from commitments.validation.rules import ERROR_CODES

__all__ = ["fast_plan"]


def fast_plan(data: bytes | str) -> Plan | None:
    """Return the plan of a document that every layer passes without a finding, else ``None``.

    Args:
        data: The document, as UTF-8 bytes or as text.

    Returns:
        The plan the full pipeline would build, or ``None`` when the document
        needs the full pipeline (it may have errors, or this path cannot tell).

    """
    if isinstance(data, str):
        text = data
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate
            return None
    else:
        raw = data
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            return None
    if raw.startswith(codecs.BOM_UTF8):
        return None
    members, too_deep = prescan(raw, MAX_DEPTH)
    value = None if too_deep else parse_uncounted(text, raw)
    if value is None or not is_valid(value):
        return None
    try:
        if any(code in ERROR_CODES for code, _path, _message in walk(read_valid_plan(value))):
            return None  # a rule error
    except NOT_AS_PROMISED:
        return None
    plan, keys = build_plan_counting(value)
    return plan if keys == members else None
