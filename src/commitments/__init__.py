"""commitments: typed, validated, exact data for public commitments.

This module is the table of contents: every public name, each imported from its
layer on first use, so that ``import commitments`` loads nothing else (but the
display hook, which imports nothing) and the command line starts quickly. The layers
are sub-packages (``model``, ``convert``, ``reading``, ``validation``, ``analysis``,
``outputs``, ``tables``, ``render``, ``plot``, ``cli``) and the modules ``io``
and ``schema``; no layer shares a name with a function here, so ``commitments.diff``
and ``commitments.progress`` are always the functions.

Sitting above every layer, this module also wires notebook display: the lower layers'
objects draw their HTML through :mod:`commitments._notebook`, which it points at the
render layer, loaded on the first display.
"""

import importlib
from typing import TYPE_CHECKING

from commitments import _notebook
from commitments._lazy import lazy_names

if TYPE_CHECKING:
    from commitments.analysis.diff import PlanDiff, diff
    from commitments.analysis.history import History
    from commitments.analysis.progress import Progress, plan_progress, progress
    from commitments.analysis.summary import Group, Summary, summarize
    from commitments.io import dump, dumps, iter_plans, load, loads
    from commitments.model.extras import MissingExtra
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
    from commitments.model.quantities import Quantity, parse_quantity
    from commitments.model.text import Text
    from commitments.model.vocab import Assessment, Direction, MetricKind, Severity, Status
    from commitments.schema import json_schema
    from commitments.validation.pipeline import FileReport, validate, validate_files

    __version__: str

_LOCATIONS = {
    "Agency": "model.parts",
    "Assessment": "model.vocab",
    "Baseline": "model.parts",
    "Category": "model.parts",
    "Commitment": "model.plan",
    "CommitmentsError": "model.findings",
    "Direction": "model.vocab",
    "FileReport": "validation.pipeline",
    "Finding": "model.findings",
    "Group": "analysis.summary",
    "History": "analysis.history",
    "InvalidDocument": "model.findings",
    "Jurisdiction": "model.parts",
    "Metric": "model.parts",
    "MetricKind": "model.vocab",
    "MissingExtra": "model.extras",
    "Observation": "model.parts",
    "Plan": "model.plan",
    "PlanDiff": "analysis.diff",
    "Progress": "analysis.progress",
    "Quantity": "model.quantities",
    "Report": "model.findings",
    "Severity": "model.vocab",
    "Source": "model.parts",
    "Status": "model.vocab",
    "Summary": "analysis.summary",
    "Target": "model.parts",
    "Text": "model.text",
    "diff": "analysis.diff",
    "dump": "io",
    "dumps": "io",
    "iter_plans": "io",
    "json_schema": "schema",
    "load": "io",
    "loads": "io",
    "parse_quantity": "model.quantities",
    "plan_progress": "analysis.progress",
    "progress": "analysis.progress",
    "summarize": "analysis.summary",
    "validate": "validation.pipeline",
    "validate_files": "validation.pipeline",
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
    "MissingExtra",
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


def _notebook_html(obj: object) -> str:
    """Draw an object for a notebook: the render layer's drawing, reached like every name."""
    drawing: str = importlib.import_module("commitments.render.notebook").html(obj)
    return drawing


_notebook.html = _notebook_html


__getattr__, __dir__ = lazy_names(
    __name__, _LOCATIONS, __all__, computed={"__version__": _installed_version}
)
