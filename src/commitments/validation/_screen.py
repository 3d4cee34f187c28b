"""A quick screen of a schema-valid plan: which commitments might break a rule.

The rules read a document defensively (:mod:`commitments.validation._plan_view`), which
is most of their cost. A document the schema has accepted needs no defence: its
types and shapes are known, and a ``YYYY-MM-DD`` date compares as its text does.
:func:`suspects` walks such a document once and names every commitment that
could give a finding; the others provably give none, so the rules need to read
only the suspects (and get every finding, word for word, from the same checks).

The screen may name a commitment that gives no finding (that only costs time),
never the reverse. It names every commitment of a plan whose year is not an
``int`` (the schema takes ``2021.0``, the rules cannot read it), of a plan that
declares a category or agency id twice (rare), and of a document that is not as
the schema promises (a missing key, a wrong type: what it raises is caught). It
names any commitment with a ``float`` value (the rules compare a float as the
decimal it prints as, the screen would not; the reading layer makes none).
"""

from collections.abc import Mapping, Sequence
from typing import Any

from commitments.model.units import UNITS, is_custom_unit
from commitments.model.vocab import DEFAULT_STAGES

__all__ = ["SCREENED_CODES", "suspects"]

#: The rules the screen knows how to clear: a new rule needs its screen first (a test checks).
SCREENED_CODES = frozenset(
    {
        "duplicate-id",
        "unknown-category",
        "unknown-owner",
        "unknown-unit",
        "missing-baseline",
        "missing-target-value",
        "missing-observation-value",
        "unexpected-value",
        "unknown-stage",
        "direction-mismatch",
        "progress-order",
        "progress-before-baseline",
        "due-before-baseline",
        "due-outside-year",
        "status-contradicts-progress",
        "duplicate-category-id",
        "duplicate-agency-id",
    }
)

#: What a document the schema did not in fact accept may raise while screened.
_NOT_SCHEMA_VALID = (KeyError, TypeError, AttributeError, IndexError, ValueError, ArithmeticError)


def _declared(plan: Mapping[str, Any], key: str) -> tuple[frozenset[str] | None, bool]:
    """The ids in ``categories`` or ``agencies`` (``None`` if absent), and whether each is once."""
    entries: Sequence[Mapping[str, Any]] | None = plan.get(key)
    if entries is None:
        return None, True
    ids = frozenset(entry["id"] for entry in entries)
    return ids, len(ids) == len(entries)


def _milestone_fits(
    metric: Mapping[str, Any],
    target: Mapping[str, Any],
    progress: Sequence[Mapping[str, Any]],
    status: str,
) -> bool:
    """Whether a milestone's target and observations break no rule (it has no baseline)."""
    if "value" in target:
        return False
    stages = metric.get("stages", DEFAULT_STAGES)
    goal = target.get("stage", stages[-1])
    if goal not in stages:
        return False
    reached = None
    for observation in progress:
        reached = observation.get("stage")
        if reached is None or reached not in stages or "value" in observation:
            return False
    if status == "planned":
        return not progress
    return not (
        status == "completed" and reached is not None and stages.index(reached) < stages.index(goal)
    )


def _numeric_fits(
    metric: Mapping[str, Any],
    target: Mapping[str, Any],
    base: Any,
    progress: Sequence[Mapping[str, Any]],
    status: str,
) -> bool:
    """Whether a quantity's or level's unit, values and observations break no rule."""
    unit = metric["unit"]
    if (unit not in UNITS and not is_custom_unit(unit)) or "stage" in target:
        return False
    reference = target.get("value")
    if reference is None or reference.__class__ is float or base.__class__ is float:
        return False
    increase = metric.get("direction", "increase") == "increase"
    if base > reference if increase else base < reference:
        return False
    planned, reached = status == "planned", None
    for observation in progress:
        reached = observation.get("value")
        if reached is None or reached.__class__ is float or "stage" in observation:
            return False
        if planned and (reached > base if increase else reached < base):
            return False
    return not (
        status == "completed"
        and reached is not None
        and (reference > reached if increase else reference < reached)
    )


def _fits(
    c: Mapping[str, Any],
    categories: frozenset[str] | None,
    agencies: frozenset[str] | None,
    year: str,
) -> bool:
    """Whether a commitment of a schema-valid plan of ``year`` (as 4 digits) breaks no rule."""
    if categories is not None and c["category"] not in categories:
        return False
    if agencies is not None and (
        c["owner"] not in agencies or ("co_owners" in c and not agencies.issuperset(c["co_owners"]))
    ):
        return False
    target, baseline, progress = c["target"], c.get("baseline"), c.get("progress", ())
    due = target.get("due")
    if due is not None and due[:4] != year:
        return False
    start = "" if baseline is None else baseline.get("as_of", "")  # "": before every date
    if start and (due or year + "-12-31") < start:
        return False
    previous = ""
    for observation in progress:
        day = observation["as_of"]
        if day <= previous or day < start:
            return False
        previous = day
    metric = c["metric"]
    kind = metric["kind"]
    if kind == "milestone":
        return baseline is None and _milestone_fits(metric, target, progress, c["status"])
    if baseline is not None:
        base = baseline["value"]
    elif kind == "quantity":
        base = 0
    else:
        return False  # a level needs a baseline
    return _numeric_fits(metric, target, base, progress, c["status"])


def _screen(plan: Mapping[str, Any]) -> list[int] | None:
    year = plan["year"]
    if year.__class__ is not int:
        return None
    year_text = f"{year:04d}"
    categories, categories_once = _declared(plan, "categories")
    agencies, agencies_once = _declared(plan, "agencies")
    if not (categories_once and agencies_once):
        return None  # a category or agency declared twice: rare, the rules read it all
    first: dict[str, int] = {}
    repeated: set[str] = set()
    found = []
    for index, c in enumerate(plan["commitments"]):
        ident = c["id"]
        if first.setdefault(ident, index) != index:
            repeated.add(ident)
        if not _fits(c, categories, agencies, year_text):
            found.append(index)
    if repeated:
        found += [i for i, c in enumerate(plan["commitments"]) if c["id"] in repeated]
    return found


def suspects(document: Any) -> frozenset[int] | None:
    """Name the commitments of a schema-valid plan document that might break a rule.

    >>> plan = {"schema_version": "1.0", "jurisdiction": {"name": "J"}, "year": 2021,
    ...         "commitments": [
    ...     {"id": "a", "category": "c", "owner": "o", "title": "A", "status": "planned",
    ...      "metric": {"kind": "milestone"}, "target": {"due": "2021-12-31"}},
    ...     {"id": "b", "category": "c", "owner": "o", "title": "B", "status": "planned",
    ...      "metric": {"kind": "milestone"}, "target": {"due": "2022-06-30"}}]}
    >>> suspects(plan)
    frozenset({1})

    Args:
        document: A plan document the plan schema accepts, as
            :mod:`commitments.reading.document` makes it.

    Returns:
        The indexes (in ``commitments``) of every commitment that might break a
        rule, including every holder of an id held twice; ``None`` (all of
        them) when a category or agency id is declared twice, or when the
        document is not as the schema promises. An empty set means that no
        rule can fire at all.

    """
    try:
        found = _screen(document)
    except _NOT_SCHEMA_VALID:
        return None
    return None if found is None else frozenset(found)
