"""Checks of identity and references: unique ids, declared categories, agencies and units.

Each check reads a :class:`~commitments.validation._plan_view.PlanView` and yields the
pointer and message of every problem; :mod:`commitments.validation.rules` makes findings.
"""

import unicodedata
from collections.abc import Iterable

from commitments.model.units import LABELS, UNITS, is_known_unit
from commitments.reading.pointers import pointer
from commitments.validation._plan_view import (
    PlanView,
    Problems,
    as_list,
    as_object,
    as_string,
    listing,
    quoted,
)

__all__ = [
    "duplicate_agency_ids",
    "duplicate_category_ids",
    "duplicate_ids",
    "unknown_categories",
    "unknown_owners",
    "unknown_units",
]


def duplicate_ids(plan: PlanView) -> Problems:
    """Report each commitment whose id an earlier commitment already has."""
    first: dict[str, int] = {}
    for c in plan.commitments:
        ident = as_string(c.fields.get("id"))
        if ident is not None and ident in first:
            where = pointer("commitments", first[ident])
            yield c.path("id"), f"id {quoted(ident)} is already the id of {where}"
        elif ident is not None:
            first[ident] = c.index


def _repeated(declared: Iterable[tuple[int, str]] | None, key: str, what: str) -> Problems:
    first: dict[str, int] = {}
    for index, ident in declared or ():
        if ident in first:
            message = (
                f"{what} id {quoted(ident)} is already declared at {pointer(key, first[ident])}"
            )
            yield pointer(key, index, "id"), message
        else:
            first[ident] = index


def duplicate_category_ids(plan: PlanView) -> Problems:
    """Report each category whose id an earlier category already has."""
    return _repeated(plan.categories, "categories", "category")


def duplicate_agency_ids(plan: PlanView) -> Problems:
    """Report each agency whose id an earlier agency already has."""
    return _repeated(plan.agencies, "agencies", "agency")


def _undeclared(what: str, name: str, key: str, declared: Iterable[tuple[int, str]]) -> str:
    names = listing(dict.fromkeys(ident for _, ident in declared))
    return f"{what} {quoted(name)} is not declared in {key} ({names})"


def unknown_categories(plan: PlanView) -> Problems:
    """Report each category that the plan's declared ``categories`` lack."""
    if plan.categories is None:
        return
    ids = {ident for _, ident in plan.categories}
    for c in plan.commitments:
        category = as_string(c.fields.get("category"))
        if category is not None and category not in ids:
            message = _undeclared("category", category, "categories", plan.categories)
            yield c.path("category"), message


def unknown_owners(plan: PlanView) -> Problems:
    """Report each owner and co-owner that the plan's declared ``agencies`` lack."""
    if plan.agencies is None:
        return
    ids = {ident for _, ident in plan.agencies}
    for c in plan.commitments:
        owner = as_string(c.fields.get("owner"))
        if owner is not None and owner not in ids:
            yield c.path("owner"), _undeclared("owner", owner, "agencies", plan.agencies)
        for k, co_owner in enumerate(as_list(c.fields.get("co_owners")) or []):
            if isinstance(co_owner, str) and co_owner not in ids:
                message = _undeclared("co-owner", co_owner, "agencies", plan.agencies)
                yield c.path("co_owners", k), message


def _meant_unit(unit: str) -> str | None:
    """Guess the unit code a label or a miswritten code means: 公里 or KM is ``km``."""
    folded = unicodedata.normalize("NFKC", unit).strip()
    if folded in LABELS:
        return LABELS[folded]
    return folded.lower() if folded.lower() in UNITS else None


def unknown_units(plan: PlanView) -> Problems:
    """Report each unit that is neither a registered code nor a custom ``x-`` code.

    A milestone's unit is left to the schema, which forbids any unit there.
    """
    for c in plan.commitments:
        if c.kind == "milestone":
            continue
        unit = as_string((as_object(c.fields.get("metric")) or {}).get("unit"))
        if unit is None or is_known_unit(unit):
            continue
        meant = _meant_unit(unit)
        if meant is not None:
            message = f"unit {quoted(unit)} is not a unit code: write {quoted(meant)}"
        else:
            known = listing(UNITS, limit=len(UNITS))
            message = f"unit {quoted(unit)} is neither a unit code ({known}) nor an x-… code"
        yield c.path("metric", "unit"), message
