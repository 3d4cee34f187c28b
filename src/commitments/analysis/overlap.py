"""One commitment counts once: the same commitment read from several documents.

A commitment is known by its jurisdiction (the code, in any case, else the name),
its plan year and its id. When two documents hold the same one — a list and its
update, one file copied into two folders — summaries, tables, CSV and histories
count it once: the copy with the latest evidence (ties: the one read last), and the
overlap is reported as an :class:`Overlap` (which files, which one was used).

>>> import datetime
>>> from commitments import load
>>> from commitments.analysis.progress import plan_progress
>>> plan = load("examples/jilin-old-communities-2019-2020.json")
>>> day = datetime.date(2020, 12, 31)
>>> measured = [*plan_progress(plan, as_of=day, file="a.json"),
...             *plan_progress(plan, as_of=day, file="b.json")]
>>> kept, overlaps = one_per_commitment(measured)
>>> len(measured), len(kept), overlaps[0].files, overlaps[0].used
(6, 3, ('a.json', 'b.json'), 'b.json')
"""

import datetime
from collections.abc import Iterable

from attrs import frozen

from commitments.analysis.progress import Progress
from commitments.model._field_types import OptionalString
from commitments.model._fields import doc_field
from commitments.model.parts import Jurisdiction

__all__ = ["Overlap", "commitment_key", "jurisdiction_key", "one_per_commitment"]


def jurisdiction_key(jurisdiction: Jurisdiction) -> str:
    """Return what a jurisdiction is known by in groups and outputs: its code, else its name.

    >>> from commitments.model import Jurisdiction, Text
    >>> jurisdiction_key(Jurisdiction(name=Text({"zh": "吉林省", "en": "Jilin"})))
    '吉林省'
    """
    return jurisdiction.code or jurisdiction.name.best()


def same_jurisdiction(jurisdiction: Jurisdiction) -> str:
    """Return what plans of one jurisdiction share: the code in upper case, else the name."""
    return jurisdiction.code.upper() if jurisdiction.code else jurisdiction.name.best()


def commitment_key(p: Progress) -> tuple[str, int, str] | None:
    """Return (jurisdiction, year, id) of a measurement; ``None`` without a jurisdiction."""
    if p.jurisdiction is None:
        return None
    return (same_jurisdiction(p.jurisdiction), p.year, p.commitment.id)


@frozen(kw_only=True)
class Overlap:
    """One commitment read from several documents, counted once."""

    jurisdiction: str = doc_field("The jurisdiction: its code, else its name.")
    year: int = doc_field("The plan year.")
    id: str = doc_field("The commitment id.")
    files: tuple[OptionalString, ...] = doc_field(
        "Every file it was read from, in order (null for a plan given in hand)."
    )
    used: OptionalString = doc_field(
        "The file whose copy was counted: the one with the latest evidence."
    )


def _evidence_day(p: Progress) -> datetime.date:
    return p.evidence_date or datetime.date.min


def one_per_commitment(
    measured: Iterable[Progress],
) -> tuple[tuple[Progress, ...], tuple[Overlap, ...]]:
    """Keep one measurement per commitment, in order of first appearance, and say the overlaps.

    Of the copies of one commitment, the one with the latest evidence date is kept
    (ties: the later one). Measurements without a jurisdiction are all kept.

    Returns:
        The measurements kept, and the overlaps found (in order of first appearance).

    """
    kept: list[Progress] = []
    where: dict[tuple[str, int, str], int] = {}
    files: dict[tuple[str, int, str], list[str | None]] = {}
    names: dict[tuple[str, int, str], str] = {}
    for p in measured:
        key = commitment_key(p)
        if key is None:
            kept.append(p)
            continue
        if key not in where:
            where[key] = len(kept)
            files[key] = [p.file]
            names[key] = jurisdiction_key(p.jurisdiction) if p.jurisdiction else key[0]
            kept.append(p)
            continue
        files[key].append(p.file)
        if _evidence_day(p) >= _evidence_day(kept[where[key]]):
            kept[where[key]] = p
    overlaps = tuple(
        Overlap(
            jurisdiction=names[key],
            year=key[1],
            id=key[2],
            files=tuple(read),
            used=kept[where[key]].file,
        )
        for key, read in files.items()
        if len(read) > 1
    )
    return tuple(kept), overlaps
