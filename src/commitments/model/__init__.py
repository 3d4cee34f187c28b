"""The data: plans and their parts, vocabularies, units, figures, exact numbers, findings.

The bottom layer: it imports nothing else of the library. Each module holds one idea
(:mod:`~commitments.model.plan`, :mod:`~commitments.model.parts`,
:mod:`~commitments.model.text`, :mod:`~commitments.model.format_types`,
:mod:`~commitments.model.vocab`, :mod:`~commitments.model.units`,
:mod:`~commitments.model.quantities`, :mod:`~commitments.model.exact`,
:mod:`~commitments.model.findings`); this face names
what most callers need, each imported from its module on first use, so that a module
that needs one part of the model (the findings, say) does not load the rest.
"""

from typing import TYPE_CHECKING

from commitments._lazy import lazy_names

if TYPE_CHECKING:
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

_LOCATIONS = {
    "Agency": "parts",
    "Assessment": "vocab",
    "Baseline": "parts",
    "Category": "parts",
    "Commitment": "plan",
    "CommitmentsError": "findings",
    "Direction": "vocab",
    "Finding": "findings",
    "InvalidDocument": "findings",
    "Jurisdiction": "parts",
    "Metric": "parts",
    "MetricKind": "vocab",
    "Observation": "parts",
    "Plan": "plan",
    "Quantity": "quantities",
    "QuantityParseError": "quantities",
    "Report": "findings",
    "Severity": "vocab",
    "Source": "parts",
    "Status": "vocab",
    "Target": "parts",
    "Text": "text",
    "parse_quantity": "quantities",
}

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


__getattr__, __dir__ = lazy_names(__name__, _LOCATIONS, __all__)
