"""What plans say when measured and compared: progress, pace, summaries, diffs, histories.

The functions :func:`commitments.progress` and :func:`commitments.diff` live in the
modules :mod:`~commitments.analysis.progress` and :mod:`~commitments.analysis.diff`; this
face names the result types and the functions whose names no module shares.
"""

from commitments.analysis.diff import PlanDiff
from commitments.analysis.history import History
from commitments.analysis.progress import Progress, plan_progress
from commitments.analysis.summary import Group, Summary, summarize

__all__ = ["Group", "History", "PlanDiff", "Progress", "Summary", "plan_progress", "summarize"]
