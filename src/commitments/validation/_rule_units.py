"""The message of the rule ``unknown-unit``: what the unit was meant to be, if that shows.

A unit label (``公里``) or a miswritten code (``KM``) is told the code it means.
"""

import unicodedata

from commitments.model.units import LABELS, UNITS
from commitments.validation._rule_messages import listing, quoted

__all__ = ["unknown_unit"]

#: Chinese magnitudes a unit may wrongly carry (万人, 亿元), and the values of the usual ones.
_MAGNITUDES = "十百千万亿"
_VALUES = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "十万": 10**5, "百万": 10**6}
_VALUES |= {"千万": 10**7, "亿": 10**8, "万亿": 10**12}


def _meant_unit(unit: str) -> str | None:
    """Guess the unit code a label or a miswritten code means: 公里 or KM is ``km``."""
    folded = unicodedata.normalize("NFKC", unit).strip()
    if folded in LABELS:
        return LABELS[folded]
    return folded.lower() if folded.lower() in UNITS else None


def _magnitude(unit: str) -> tuple[str, str] | None:
    """Split a unit such as 万人 into its magnitude (万) and the unit code it scales (person)."""
    folded = unicodedata.normalize("NFKC", unit).strip()
    rest = folded.lstrip(_MAGNITUDES)
    magnitude = folded[: len(folded) - len(rest)]
    if magnitude not in _VALUES or not rest:
        return None
    meant = _meant_unit(rest)
    return None if meant is None else (magnitude, meant)


def unknown_unit(unit: str) -> str:
    """The message of ``unknown-unit`` for a unit that is neither a code nor ``x-…``.

    >>> print(unknown_unit("公里"))
    unit "公里" is not a unit code: write "km"
    >>> print(unknown_unit("万人"))
    unit "万人" is not a unit code: values are stored fully expanded, so 23万人 is 230000 \
with unit "person"
    """
    meant = _meant_unit(unit)
    if meant is not None:
        return f"unit {quoted(unit)} is not a unit code: write {quoted(meant)}"
    scaled = _magnitude(unit)
    if scaled is not None:
        magnitude, code = scaled
        rest = unicodedata.normalize("NFKC", unit).strip()[len(magnitude) :]
        example = f"23{magnitude}{rest} is {23 * _VALUES[magnitude]}"
        return (
            f"unit {quoted(unit)} is not a unit code: values are stored fully expanded, "
            f"so {example} with unit {quoted(code)}"
        )
    known = listing(UNITS, limit=len(UNITS))
    return f"unit {quoted(unit)} is neither a unit code ({known}) nor an x-… code"
