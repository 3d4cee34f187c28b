"""The message of the rule ``unknown-unit``: what the unit was meant to be, if that shows.

A unit label (``公里``) or a miswritten code (``KM``) is told the code it means.
"""

import unicodedata

from commitments.model.units import LABELS, UNITS
from commitments.validation._rule_messages import listing, quoted

__all__ = ["unknown_unit"]


def _meant_unit(unit: str) -> str | None:
    """Guess the unit code a label or a miswritten code means: 公里 or KM is ``km``."""
    folded = unicodedata.normalize("NFKC", unit).strip()
    if folded in LABELS:
        return LABELS[folded]
    return folded.lower() if folded.lower() in UNITS else None


def unknown_unit(unit: str) -> str:
    """The message of ``unknown-unit`` for a unit that is neither a code nor ``x-…``.

    >>> print(unknown_unit("公里"))
    unit "公里" is not a unit code: write "km"
    """
    meant = _meant_unit(unit)
    if meant is not None:
        return f"unit {quoted(unit)} is not a unit code: write {quoted(meant)}"
    known = listing(UNITS, limit=len(UNITS))
    return f"unit {quoted(unit)} is neither a unit code ({known}) nor an x-… code"
