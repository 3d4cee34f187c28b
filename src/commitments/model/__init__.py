"""The data: plans and their parts, vocabularies, units, figures, exact numbers, findings.

The bottom layer: it imports nothing else of the library. Each module holds one idea
(:mod:`~commitments.model.plan`, :mod:`~commitments.model.vocab`,
:mod:`~commitments.model.units`, :mod:`~commitments.model.quantities`,
:mod:`~commitments.model.exact`, :mod:`~commitments.model.findings`); this face names
what most callers need.
"""

from commitments.model.findings import CommitmentsError, Finding, InvalidDocument, Report
from commitments.model.parts import (
    Agency,
    Baseline,
    Category,
    Jurisdiction,
    Metric,
    Observation,
    Source,
    Target,
)
from commitments.model.plan import Commitment, Plan
from commitments.model.quantities import Quantity, QuantityParseError, parse_quantity
from commitments.model.text import Text
from commitments.model.vocab import Assessment, Direction, MetricKind, Severity, Status

__all__ = [
    "Agency",
    "Assessment",
    "Baseline",
    "Category",
    "Commitment",
    "CommitmentsError",
    "Direction",
    "Finding",
    "InvalidDocument",
    "Jurisdiction",
    "Metric",
    "MetricKind",
    "Observation",
    "Plan",
    "Quantity",
    "QuantityParseError",
    "Report",
    "Severity",
    "Source",
    "Status",
    "Target",
    "Text",
    "parse_quantity",
]
