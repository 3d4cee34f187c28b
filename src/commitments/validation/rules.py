"""The rules layer of validation (the third): the cross-field checks of the format.

:func:`check_rules` runs every rule of :data:`RULES` on a raw plan document (the
JSON value :mod:`commitments.reading.document` makes) and returns the findings in document
order. The document may break the schema: a rule skips whatever it cannot read
(the schema layer reports that) and no rule ever raises. Numbers are compared
exactly; a date is a ``YYYY-MM-DD`` string naming a real day. The format's
defaults apply: a quantity's baseline is 0, ``direction`` is ``increase``, a
milestone's stages are ``["started", "completed"]`` and its target stage the last.

>>> plan = {"year": 2021, "categories": [{"id": "health", "name": "Health"}],
...         "commitments": [{"id": "a", "category": "transit",
...                          "metric": {"kind": "level", "unit": "percent"},
...                          "target": {"value": 95, "due": "2022-06-30"}}]}
>>> for finding in check_rules(plan):
...     print(finding.severity, finding.code, finding.path)
error missing-baseline /commitments/0
error unknown-category /commitments/0/category
warning due-outside-year /commitments/0/target/due
"""

import re
from typing import Any

from attrs import frozen

from commitments.model.findings import Finding
from commitments.model.vocab import Severity
from commitments.reading._document_order import document_position as _document_position
from commitments.validation._plan_view import NOT_AS_PROMISED, read_plan, read_valid_plan
from commitments.validation._rule_messages import Problem
from commitments.validation._rule_walk import walk, year_spelling

__all__ = ["ERROR_CODES", "RULES", "Rule", "check_rules"]


@frozen(kw_only=True)
class Rule:
    """One cross-field rule: its stable code, its severity and a summary.

    Attributes:
        code: The finding code, e.g. ``duplicate-id``.
        severity: The severity of every finding of this rule (in a document of format
            1.0, when ``severity_since_1_1`` is given).
        summary: When the rule fires, in one line (for documentation and the CLI).
        severity_since_1_1: The severity in a document of format 1.1 or later, when
            it differs.

    """

    code: str
    severity: Severity
    summary: str
    severity_since_1_1: Severity | None = None


_ERROR, _WARNING = Severity.ERROR, Severity.WARNING

#: Every rule: those of the format in its order, then the ones this library adds. Each
#: is checked in its own section of one walk over a plan (see ``_rule_walk``).
RULES: tuple[Rule, ...] = (
    Rule(
        code="duplicate-id",
        severity=_ERROR,
        summary="two commitments in a plan share an id",
    ),
    Rule(
        code="unknown-category",
        severity=_ERROR,
        summary="the plan declares categories and a commitment's category is not among them",
    ),
    Rule(
        code="unknown-owner",
        severity=_ERROR,
        summary="the plan declares agencies and an owner or co-owner is not among them",
    ),
    Rule(
        code="unknown-unit",
        severity=_ERROR,
        summary="a unit is neither a known unit code nor a custom x-… code",
    ),
    Rule(
        code="missing-baseline",
        severity=_ERROR,
        summary="a level metric without a baseline (a warning since format 1.1)",
        severity_since_1_1=_WARNING,
    ),
    Rule(
        code="missing-target-value",
        severity=_ERROR,
        summary="a quantity or level target without a value",
    ),
    Rule(
        code="missing-observation-value",
        severity=_ERROR,
        summary="a quantity or level observation with neither a value nor a status, or a "
        "milestone one with neither a stage nor a status",
    ),
    Rule(
        code="unexpected-value",
        severity=_ERROR,
        summary="a milestone with a baseline or a value; a quantity or level with a stage",
    ),
    Rule(
        code="unknown-stage",
        severity=_ERROR,
        summary="a milestone's target or observation stage is not in the metric's stages",
    ),
    Rule(
        code="direction-mismatch",
        severity=_ERROR,
        summary="the target lies on the wrong side of the baseline for the direction",
    ),
    Rule(
        code="progress-order",
        severity=_ERROR,
        summary="observations are not in strictly increasing order of as_of",
    ),
    Rule(
        code="progress-before-baseline",
        severity=_ERROR,
        summary="an observation is dated before baseline.as_of",
    ),
    Rule(
        code="due-before-baseline",
        severity=_ERROR,
        summary="target.due (by default 31 December of the plan year) is before baseline.as_of",
    ),
    Rule(
        code="due-outside-year",
        severity=_WARNING,
        summary="target.due is not in the plan year",
    ),
    Rule(
        code="status-contradicts-progress",
        severity=_WARNING,
        summary="completed but the latest observation falls short of the target, "
        "or planned with progress observed",
    ),
    Rule(
        code="duplicate-category-id",
        severity=_ERROR,
        summary="two categories in a plan share an id",
    ),
    Rule(
        code="duplicate-agency-id",
        severity=_ERROR,
        summary="two agencies in a plan share an id",
    ),
    Rule(
        code="number-out-of-range",
        severity=_ERROR,
        summary="a value has more than 34 significant digits, or a magnitude outside "
        "1E-30 … 1E+30 (other than 0)",
    ),
    Rule(
        code="integer-spelling",
        severity=_WARNING,
        summary="the plan year is written with a fraction part (2021.0): it is read, and "
        "written back, as the integer (2021)",
    ),
)


#: A format version after 1.0, as the schema writes versions: "1.1", "1.12", never "1.01".
_LATER_VERSION = re.compile(r"1\.[1-9][0-9]*")
_BY_CODE = {rule.code: (rank, rule) for rank, rule in enumerate(RULES)}

#: The codes of the rules whose findings are errors (a document with one is invalid).
ERROR_CODES = frozenset(rule.code for rule in RULES if rule.severity is Severity.ERROR)


def _findings(document: Any, problems: list[Problem]) -> list[Finding]:
    """Make findings of problems, in document order (at one place, in the order of RULES)."""
    if not problems:
        return []
    ordered = problems
    if not _one_per_commitment(problems):
        ordered = sorted(
            problems,
            key=lambda problem: (_document_position(document, problem[1]), _BY_CODE[problem[0]][0]),
        )
    later = _after_1_0(document)
    return [
        Finding(code=code, severity=_severity(_BY_CODE[code][1], later), path=path, message=message)
        for code, path, message in ordered
    ]


def _one_per_commitment(problems: list[Problem]) -> bool:
    """Whether the walk's order is document order already: each problem in another commitment.

    The walk reads commitments in order, so problems about different commitments
    come in document order; only several at one commitment, or one elsewhere
    (``/categories``, ``/year``), need placing by position.
    """
    previous = None
    for _code, path, _message in problems:
        parts = path.split("/", 3)
        if len(parts) < 3 or parts[1] != "commitments" or parts[2] == previous:
            return False
        previous = parts[2]
    return True


def _after_1_0(document: Any) -> bool:
    """Whether a document says format 1.1 or later (not 1.0, not something unreadable)."""
    version = document.get("schema_version") if isinstance(document, dict) else None
    return isinstance(version, str) and _LATER_VERSION.fullmatch(version) is not None


def _severity(rule: Rule, after_1_0: bool) -> Severity:
    if after_1_0 and rule.severity_since_1_1 is not None:
        return rule.severity_since_1_1
    return rule.severity


def check_rules(document: Any, *, schema_valid: bool = False) -> list[Finding]:
    """Check the cross-field rules on a plan document, valid or not; never raises.

    Args:
        document: The raw JSON value of a plan document, as
            :mod:`commitments.reading.document` gives it (any shape).
        schema_valid: Whether the plan schema accepts ``document`` (as
            :func:`commitments.validation._fast_schema.is_valid` says). The findings are
            the same either way; when it is true, the rules read the document
            without defence, which is faster. Never pass true for a document
            the schema rejects: its findings may then be wrong (though the
            rules still never raise).

    Returns:
        One finding per problem, in document order (findings on one member in
        the order of :data:`RULES`), each with its rule's code and severity and
        a JSON Pointer to the offending member or to the object that lacks one;
        file, line and column are left empty.

    """
    if schema_valid:
        try:
            return _findings(document, walk(read_valid_plan(document)))
        except NOT_AS_PROMISED:
            pass  # not the document the schema accepts: read it with care
    return _findings(document, walk(read_plan(document)) + year_spelling(document))
