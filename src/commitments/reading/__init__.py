"""Bytes to a JSON value, with every problem a finding and every place findable.

:func:`read_document` is the first layer of validation (:mod:`~commitments.reading.document`).
"""

from commitments.reading._positions import SourceMap
from commitments.reading.document import MAX_DEPTH, Reading, read_document
from commitments.reading.lines import read_lines
from commitments.reading.pointers import pointer, split_pointer

__all__ = [
    "MAX_DEPTH",
    "Reading",
    "SourceMap",
    "pointer",
    "read_document",
    "read_lines",
    "split_pointer",
]
