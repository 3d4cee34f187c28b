"""commitments: typed, validated, exact data for public commitments.

This module is the table of contents: every public name. Most are imported on
first use so that ``import commitments`` and the command line start quickly.

``progress`` and ``diff`` are both functions and the names of their modules; they
are bound here eagerly, because importing a submodule sets the package attribute of
the same name to the module, which would hide a lazily imported function. Import the
modules' other names with ``from commitments.progress import Progress``.
"""

import importlib
from typing import TYPE_CHECKING, Any

from commitments.diff import diff
from commitments.progress import progress

if TYPE_CHECKING:
    from commitments.diff import PlanDiff
    from commitments.findings import CommitmentsError, Finding, InvalidDocument, Report
    from commitments.history import History
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
    from commitments.progress import Progress, plan_progress
    from commitments.quantities import Quantity, parse_quantity
    from commitments.schema import json_schema
    from commitments.summary import Group, Summary, summarize
    from commitments.validation import FileReport, validate, validate_files
    from commitments.vocab import Assessment, Direction, MetricKind, Severity, Status

    __version__: str

_LOCATIONS = {
    "Agency": "model",
    "Assessment": "vocab",
    "Baseline": "model",
    "Category": "model",
    "Commitment": "model",
    "CommitmentsError": "findings",
    "Direction": "vocab",
    "FileReport": "validation",
    "Finding": "findings",
    "Group": "summary",
    "History": "history",
    "InvalidDocument": "findings",
    "Jurisdiction": "model",
    "Metric": "model",
    "MetricKind": "vocab",
    "Observation": "model",
    "Plan": "model",
    "PlanDiff": "diff",
    "Progress": "progress",
    "Quantity": "quantities",
    "Report": "findings",
    "Severity": "vocab",
    "Source": "model",
    "Status": "vocab",
    "Summary": "summary",
    "Target": "model",
    "Text": "model",
    "dump": "io",
    "dumps": "io",
    "iter_plans": "io",
    "json_schema": "schema",
    "load": "io",
    "loads": "io",
    "parse_quantity": "quantities",
    "plan_progress": "progress",
    "summarize": "summary",
    "validate": "validation",
    "validate_files": "validation",
}

__all__ = [
    "Agency",
    "Assessment",
    "Baseline",
    "Category",
    "Commitment",
    "CommitmentsError",
    "Direction",
    "FileReport",
    "Finding",
    "Group",
    "History",
    "InvalidDocument",
    "Jurisdiction",
    "Metric",
    "MetricKind",
    "Observation",
    "Plan",
    "PlanDiff",
    "Progress",
    "Quantity",
    "Report",
    "Severity",
    "Source",
    "Status",
    "Summary",
    "Target",
    "Text",
    "__version__",
    "diff",
    "dump",
    "dumps",
    "iter_plans",
    "json_schema",
    "load",
    "loads",
    "parse_quantity",
    "plan_progress",
    "progress",
    "summarize",
    "validate",
    "validate_files",
]


def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("commitments")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> Any:
    """Import a public name from its module on first use (``__version__`` too)."""
    if name == "__version__":
        value: Any = _installed_version()
    else:
        module = _LOCATIONS.get(name)
        if module is None:
            raise AttributeError(f"module 'commitments' has no attribute {name!r}")
        value = getattr(importlib.import_module(f"commitments.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
