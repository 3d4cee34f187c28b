"""From an announcement to a draft plan: rule-based extraction, and how well it did.

:func:`extract` (and :func:`extract_file`) read the text of an official
announcement — Chinese first, English too; plain text or HTML; UTF-8 or GB18030 —
and draft a plan: one commitment per promise found, each quoting its sentence,
and a review list of every figure that did not become one. :func:`score` measures
a draft against a plan made by hand from the same text.
"""

from commitments.extract._errors import ExtractError
from commitments.extract.draft import (
    FORMAT_VERSION,
    MAX_INPUT,
    Draft,
    check_size,
    extract,
    extract_file,
)
from commitments.extract.review import ReviewItem, reasons
from commitments.extract.scores import Score, Scores, score

__all__ = [
    "FORMAT_VERSION",
    "MAX_INPUT",
    "Draft",
    "ExtractError",
    "ReviewItem",
    "Score",
    "Scores",
    "check_size",
    "extract",
    "extract_file",
    "reasons",
    "score",
]
