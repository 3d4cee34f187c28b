"""Reading, then the schema, then the rules: every finding of a document, located.

:func:`validate` and :func:`validate_files` (:mod:`~commitments.validation.pipeline`) run
the layers; :data:`RULES` (:mod:`~commitments.validation.rules`) is the table of the
format's cross-field rules.
"""

from commitments.validation.pipeline import FileReport, validate, validate_files
from commitments.validation.rules import RULES, Rule, check_rules

__all__ = ["RULES", "FileReport", "Rule", "check_rules", "validate", "validate_files"]
