"""Candidates to JSON: the commitments of the draft plan, and the review entries beside them.

Every value here is a JSON value of the format (numbers are Decimals), so the
draft goes through the same validation as any document.
"""

from collections.abc import Sequence
from typing import Any

from commitments.extract._found import Candidate
from commitments.extract._ids import make_id, unique_ids

__all__ = ["Location", "commitment_values"]

#: Where a sentence is in the input: (offset, length, line, column).
Location = tuple[int, int, int, int]


def commitment_values(
    candidates: Sequence[Candidate],
    locations: Sequence[Location],
    *,
    language: str,
    owner: str,
    source: dict[str, Any],
) -> list[dict[str, Any]]:
    """Return the JSON value of each candidate (its sentence at its location), with unique ids."""
    made: dict[tuple[str, str], str] = {}  # a title said again (with a new figure): one id
    ids = []
    for candidate in candidates:
        key = candidate.title, candidate.category.id
        id_ = made.get(key)
        if id_ is None:
            id_ = made[key] = make_id(*key)
        ids.append(id_)
    ids = unique_ids(ids)
    values = []
    for candidate, id_, (offset, length, line, column) in zip(
        candidates, ids, locations, strict=True
    ):
        kind = candidate.kind
        metric: dict[str, Any]
        if kind == "milestone":
            metric = {"kind": kind}
            target: dict[str, Any] = {"stage": candidate.stage}
        else:
            metric = {"kind": kind, "unit": candidate.unit}
            target = {"value": candidate.value}
            if candidate.approximate:
                target["approximate"] = True  # 约, 左右, 余, about (format 1.1)
        if candidate.name:
            metric["name"] = {language: candidate.name}
        if candidate.due:
            target["due"] = candidate.due  # 6月底前, 二季度: sooner than the year's end
        if candidate.decrease:
            metric["direction"] = "decrease"
        category = candidate.category
        value: dict[str, Any] = {
            "id": id_,
            "title": {language: candidate.title},
            "category": category.id,
            "owner": owner,
            "metric": metric,
        }
        if candidate.baseline is not None:
            value["baseline"] = {"value": candidate.baseline}
        value["target"] = target
        value["status"] = "planned"
        value["sources"] = [{**source, "quote": candidate.place.quote}]
        extract: dict[str, Any] = {
            "offset": offset,
            "length": length,
            "line": line,
            "column": column,
            "rule": candidate.rule,
            "confidence": candidate.confidence,
            "category": {"from": category.source, "confidence": category.confidence},
        }
        if candidate.figure:
            extract["figure"] = candidate.figure
        if candidate.bound:
            extract["bound"] = candidate.bound
        value["x-extract"] = extract
        values.append(value)
    return values
