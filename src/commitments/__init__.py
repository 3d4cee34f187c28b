"""commitments: typed, validated, exact data for public commitments.

This module is the table of contents: every public name, imported on first use
so that ``import commitments`` and the command line start quickly.
"""

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from commitments.findings import CommitmentsError, Finding, InvalidDocument, Report
    from commitments.io import dump, dumps, iter_plans, load, loads
    from commitments.model import (
        Agency,
        Baseline,
        Category,
        Commitment,
        Jurisdiction,
        Metric,
        Observation,
        Plan,
        Source,
        Target,
        Text,
    )
    from commitments.quantities import Quantity, parse_quantity
    from commitments.schema import json_schema
    from commitments.validation import validate
    from commitments.vocab import Assessment, Direction, MetricKind, Severity, Status

try:
    __version__ = version("commitments")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

_LOCATIONS = {
    "Agency": "model",
    "Assessment": "vocab",
    "Baseline": "model",
    "Category": "model",
    "Commitment": "model",
    "CommitmentsError": "findings",
    "Direction": "vocab",
    "Finding": "findings",
    "InvalidDocument": "findings",
    "Jurisdiction": "model",
    "Metric": "model",
    "MetricKind": "vocab",
    "Observation": "model",
    "Plan": "model",
    "Quantity": "quantities",
    "Report": "findings",
    "Severity": "vocab",
    "Source": "model",
    "Status": "vocab",
    "Target": "model",
    "Text": "model",
    "dump": "io",
    "dumps": "io",
    "iter_plans": "io",
    "json_schema": "schema",
    "load": "io",
    "loads": "io",
    "parse_quantity": "quantities",
    "validate": "validation",
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
    "Report",
    "Severity",
    "Source",
    "Status",
    "Target",
    "Text",
    "__version__",
    "dump",
    "dumps",
    "iter_plans",
    "json_schema",
    "load",
    "loads",
    "parse_quantity",
    "validate",
]


def __getattr__(name: str) -> Any:
    """Import a public name from its module on first use."""
    module = _LOCATIONS.get(name)
    if module is None:
        raise AttributeError(f"module 'commitments' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"commitments.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
