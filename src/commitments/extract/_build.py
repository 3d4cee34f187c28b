"""Candidates to JSON: the commitments of the draft plan, and the review entries beside them.

Every value here is a JSON value of the format (numbers are Decimals), so the
draft goes through the same validation as any document.
"""

from collections.abc import Callable, Sequence
from typing import Any

from commitments.extract._found import Candidate, Place
from commitments.extract._ids import make_id, unique_ids

__all__ = ["Located", "commitment_value", "commitment_values"]

#: Takes a place in the derived text to (offset, length, line, column) in the input.
Located = Callable[[Place], tuple[int, int, int, int]]


def commitment_values(
    candidates: Sequence[Candidate],
    *,
    language: str,
    owner: str,
    source: dict[str, Any],
    locate: Located,
) -> list[dict[str, Any]]:
    """Return the JSON value of each candidate, with unique ids."""
    ids = unique_ids([make_id(c.title, c.category.id) for c in candidates])
    return [
        commitment_value(c, id_, language=language, owner=owner, source=source, locate=locate)
        for c, id_ in zip(candidates, ids, strict=True)
    ]


def commitment_value(
    candidate: Candidate,
    id_: str,
    *,
    language: str,
    owner: str,
    source: dict[str, Any],
    locate: Located,
) -> dict[str, Any]:
    """Return the JSON value of one drafted commitment."""
    metric: dict[str, Any] = {"kind": candidate.kind}
    if candidate.kind != "milestone":
        metric["unit"] = candidate.unit
    if candidate.name:
        metric["name"] = {language: candidate.name}
    if candidate.decrease:
        metric["direction"] = "decrease"
    value: dict[str, Any] = {
        "id": id_,
        "title": {language: candidate.title},
        "category": candidate.category.id,
        "owner": owner,
        "metric": metric,
    }
    if candidate.baseline is not None:
        value["baseline"] = {"value": candidate.baseline}
    value["target"] = (
        {"stage": candidate.stage} if candidate.kind == "milestone" else {"value": candidate.value}
    )
    if candidate.approximate and candidate.kind != "milestone":
        value["target"]["approximate"] = True  # 约, 左右, 余, about (format 1.1)
    value["status"] = "planned"
    offset, length, line, column = locate(candidate.place)
    value["sources"] = [{**source, "quote": candidate.place.quote}]
    extract: dict[str, Any] = {
        "offset": offset,
        "length": length,
        "line": line,
        "column": column,
        "rule": candidate.rule,
        "confidence": candidate.confidence,
        "category": {
            "from": candidate.category.source,
            "confidence": candidate.category.confidence,
        },
    }
    if candidate.figure:
        extract["figure"] = candidate.figure
    if candidate.bound:
        extract["bound"] = candidate.bound
    value["x-extract"] = extract
    return value
