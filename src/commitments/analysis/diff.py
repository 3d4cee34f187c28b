"""What changed from one plan to the next: ``diff(old, new) -> PlanDiff``.

Commitments are matched by ``id``; the rest are then paired through
``previous_id`` (a new commitment whose ``previous_id`` is an old id, or the other
way round, so that ``diff(b, a)`` mirrors ``diff(a, b)``). Every id of both plans
lands in exactly one place: ``added`` (new ids left unmatched), ``removed`` (old
ids left unmatched), ``unchanged`` (matched, same id, no field change) or
``changed``, keyed by the new id. A renamed pair is always ``changed``: its first
change is ``id``, old id to new id, so the old id is accounted for there.

When the new plan says ``complete: false`` (it holds only part of its list), the
old ids left unmatched are ``not_in_new_document`` rather than ``removed``: nothing
says they were dropped. ``warnings`` says when the two plans are of different
jurisdictions (codes compared in any case) or the old plan is the newer one (a
later year, or in one year a later ``published`` date).

``carried_over`` lists the old ids of matched commitments that were not achieved
by their own due date (the progress arithmetic of :doc:`/progress`, measured at the
old plan's effective ``target.due``) and come back due later: in the next year's
plan, or pushed back in a later version of the same plan. A commitment matched with
itself is not carried over, so ``diff(a, a)`` is empty. ``possible_renames`` offers
unmatched removed × added pairs whose titles are near-identical in a shared language
(score at least :data:`~commitments.analysis._titles.RENAME_THRESHOLD`, 4/5); they are
never matched.
What each field comparison means is described in :mod:`commitments.analysis._diff_fields`.
Two versions of one year's plan (a list and its mid-year update) diff the same way.
The guide is :doc:`/diff`.

>>> import json
>>> from commitments import loads
>>> from commitments.analysis.diff import diff
>>> def plan(year, unit, value, status):
...     roads = {"id": "rural-roads", "title": "新改建农村公路", "category": "transport",
...              "owner": "jt", "metric": {"kind": "quantity", "unit": unit},
...              "target": {"value": value}, "status": status}
...     return loads(json.dumps({"schema_version": "1.0", "jurisdiction": {"name": "吉林省"},
...                              "year": year, "commitments": [roads]}))
>>> d = diff(plan(2020, "m", 2500000, "missed"), plan(2021, "km", 2000, "planned"))
>>> [(c.field, str(c.kind), c.delta, c.new_unit) for c in d.change("rural-roads").changes]
[('metric.unit', 'changed', None, None), ('target.value', 'lowered', Fraction(-500, 1), 'km'), \
('status', 'changed', None, None)]
>>> d.carried_over
('rural-roads',)
"""

from collections.abc import Sequence

import attrs
from attrs import frozen

from commitments.analysis._diff_fields import (
    Ambition,
    ChangeKind,
    ExactNumber,
    FieldChange,
    compare_commitments,
)
from commitments.analysis._lines import diff_line
from commitments.analysis._titles import similar_titles
from commitments.analysis.overlap import jurisdiction_key, same_jurisdiction
from commitments.analysis.progress import ProgressError, progress
from commitments.model._display import displayed
from commitments.model._fields import doc_field
from commitments.model.arguments import expect
from commitments.model.parts import Jurisdiction
from commitments.model.plan import Commitment, Plan
from commitments.model.text import Text

__all__ = [
    "Ambition",
    "ChangeKind",
    "CommitmentChange",
    "FieldChange",
    "PlanDiff",
    "PlanRef",
    "PossibleRename",
    "diff",
    "with_file",
]


@frozen(kw_only=True)
class PlanRef:
    """Which plan one side of the diff is."""

    jurisdiction: Jurisdiction = doc_field("Who committed.")
    year: int = doc_field("The plan year.")
    title: Text | None = doc_field("The plan's title, when it has one.", default=None)
    file: str | None = doc_field("The file the plan was read from.", default=None)

    @classmethod
    def of(cls, plan: Plan, *, file: str | None = None) -> "PlanRef":
        """Describe ``plan`` (read from ``file``, if given)."""
        return cls(jurisdiction=plan.jurisdiction, year=plan.year, title=plan.title, file=file)


@frozen(kw_only=True)
class CommitmentChange:
    """A matched commitment whose fields differ between the plans."""

    id: str = doc_field("The commitment's id in the new plan.")
    changes: tuple[FieldChange, ...] = doc_field(
        "One entry per differing field (a rename's first entry is `id`)."
    )

    @property
    def previous_id(self) -> str:
        """The commitment's id in the old plan (the same id unless it was renamed)."""
        renamed = next((c for c in self.changes if c.field == "id"), None)
        return self.id if renamed is None else str(renamed.old)


@frozen(kw_only=True)
class PossibleRename:
    """An unmatched old and new commitment with near-identical titles: offered, not matched."""

    old: str = doc_field("The id in the old plan (it is in `removed`).")
    new: str = doc_field("The id in the new plan (it is in `added`).")
    score: ExactNumber = doc_field(
        "How alike the titles are, from 0 to 1 (best shared language, after normalising)."
    )


@displayed(diff_line)
@frozen(kw_only=True)
class PlanDiff:
    """Everything that changed from one plan to another.

    See :doc:`/diff`.
    """

    old: PlanRef = doc_field("The old plan.")
    new: PlanRef = doc_field("The new plan.")
    added: tuple[str, ...] = doc_field("Ids of new commitments with no match, sorted.")
    removed: tuple[str, ...] = doc_field("Ids of old commitments with no match, sorted.")
    unchanged: tuple[str, ...] = doc_field("Ids matched with no field change, sorted.")
    changed: tuple[CommitmentChange, ...] = doc_field(
        "Matched commitments with field changes, by new id, sorted."
    )
    carried_over: tuple[str, ...] = doc_field(
        "Old ids of matched commitments not achieved by their due date, sorted."
    )
    possible_renames: tuple[PossibleRename, ...] = doc_field(
        "Removed × added pairs with near-identical titles, sorted by old then new id."
    )
    not_in_new_document: tuple[str, ...] = doc_field(
        "Ids of old commitments with no match when the new plan says `complete: false` "
        "(it holds only part of its list): not known to be dropped, sorted.",
        default=(),
    )
    warnings: tuple[str, ...] = doc_field(
        "What makes the comparison doubtful: plans of different jurisdictions, or the "
        "old plan newer than the new one.",
        default=(),
    )

    def change(self, commitment_id: str) -> CommitmentChange | None:
        """Return the changes of the commitment with this new id, if it changed."""
        return next((c for c in self.changed if c.id == commitment_id), None)

    @property
    def is_empty(self) -> bool:
        """Whether nothing was added, removed or changed."""
        return not (self.added or self.removed or self.changed)


def _match(old: Plan, new: Plan) -> list[tuple[Commitment, Commitment]]:
    """Pair old and new commitments: by id, then through ``previous_id`` either way."""
    old_by_id = {c.id: c for c in old.commitments}
    new_by_id = {c.id: c for c in new.commitments}
    pairs = [(old_by_id[i], new_by_id[i]) for i in old_by_id if i in new_by_id]
    # Links between an unmatched old and an unmatched new id, found by looking ids up.
    links = {
        (n.previous_id, n.id)
        for n in new.commitments
        if n.previous_id is not None
        and n.previous_id in old_by_id
        and n.previous_id not in new_by_id
        and n.id not in old_by_id
    }
    links.update(
        (o.id, o.previous_id)
        for o in old.commitments
        if o.previous_id is not None
        and o.previous_id in new_by_id
        and o.previous_id not in old_by_id
        and o.id not in new_by_id
    )
    taken_old: set[str] = set()
    taken_new: set[str] = set()
    # An order that does not depend on which plan is old, so diff(b, a) mirrors diff(a, b).
    for old_id, new_id in sorted(links, key=lambda pair: sorted(pair)):
        if old_id not in taken_old and new_id not in taken_new:
            taken_old.add(old_id)
            taken_new.add(new_id)
            pairs.append((old_by_id[old_id], new_by_id[new_id]))
    return pairs


def _carried_over(commitment: Commitment, year: int, again: Commitment, new_year: int) -> bool:
    """Whether a commitment was not achieved by its own due date and is due again later."""
    if again.effective_due(new_year) <= commitment.effective_due(year):
        return False
    try:
        measured = progress(commitment, year=year, as_of=commitment.effective_due(year))
    except ProgressError:  # invalid data the arithmetic cannot measure: no verdict
        return False
    return not measured.achieved


def _possible_renames(
    removed: Sequence[Commitment], added: Sequence[Commitment]
) -> tuple[PossibleRename, ...]:
    alike = similar_titles([o.title for o in removed], [n.title for n in added])
    found = [PossibleRename(old=removed[i].id, new=added[j].id, score=s) for i, j, s in alike]
    return tuple(sorted(found, key=lambda r: (r.old, r.new)))


def _warnings(old: Plan, new: Plan) -> tuple[str, ...]:
    """Say what makes a comparison doubtful: two jurisdictions, or the newer plan first."""
    found = []
    if same_jurisdiction(old.jurisdiction) != same_jurisdiction(new.jurisdiction):
        found.append(
            "the plans are of different jurisdictions: "
            f"{jurisdiction_key(old.jurisdiction)} and {jurisdiction_key(new.jurisdiction)}"
        )
    newer_first = old.year > new.year or (
        old.year == new.year
        and old.published is not None
        and new.published is not None
        and old.published > new.published
    )
    if newer_first:
        when = (
            f"{old.year} after {new.year}"
            if old.year != new.year
            else f"published {old.published} after {new.published}"
        )
        found.append(f"the old plan is newer than the new one ({when}): swap them?")
    return tuple(found)


def diff(old: Plan, new: Plan) -> PlanDiff:
    """Compare two plans, usually one year's and the next (see :doc:`/diff`).

    Args:
        old: The earlier plan (or the earlier version of a plan).
        new: The later plan.

    Returns:
        The added, removed, unchanged and changed commitments, those carried
        over, and possible renames.

    Raises:
        TypeError: ``old`` or ``new`` is not a Plan (a file name, say: load it first).

    """
    expect("diff()", "old", old, Plan, "a Plan")
    expect("diff()", "new", new, Plan, "a Plan")
    pairs = _match(old, new)
    matched_old = {o.id for o, _ in pairs}
    matched_new = {n.id for _, n in pairs}
    changed: list[CommitmentChange] = []
    unchanged: list[str] = []
    same_year = old.year == new.year
    for o, n in pairs:
        # Equal commitments of one year have nothing to compare (diff(a, a) is empty).
        changes = () if same_year and o == n else compare_commitments(o, old.year, n, new.year)
        if changes:
            changed.append(CommitmentChange(id=n.id, changes=changes))
        else:
            unchanged.append(n.id)
    removed = [c for c in old.commitments if c.id not in matched_old]
    added = [c for c in new.commitments if c.id not in matched_new]
    partial = new.complete is False  # the new document holds only part of its list
    return PlanDiff(
        old=PlanRef.of(old),
        new=PlanRef.of(new),
        added=tuple(sorted(c.id for c in added)),
        removed=() if partial else tuple(sorted(c.id for c in removed)),
        not_in_new_document=tuple(sorted(c.id for c in removed)) if partial else (),
        warnings=_warnings(old, new),
        unchanged=tuple(sorted(unchanged)),
        changed=tuple(sorted(changed, key=lambda c: c.id)),
        carried_over=tuple(
            sorted(o.id for o, n in pairs if _carried_over(o, old.year, n, new.year))
        ),
        possible_renames=_possible_renames(removed, added),
    )


def with_file(result: PlanDiff, *, old_file: str | None, new_file: str | None) -> PlanDiff:
    """Return the diff with the files its plans were read from recorded."""
    return attrs.evolve(
        result,
        old=attrs.evolve(result.old, file=old_file),
        new=attrs.evolve(result.new, file=new_file),
    )
