"""Candidates to JSON: the commitments of the draft plan, and the review entries beside them.

Every value here is a JSON value of the format (numbers are Decimals), so the
draft goes through the same validation as any document.
"""

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from commitments.extract._found import Candidate, Held, Place
from commitments.extract._ids import make_id, unique_ids

__all__ = ["Located", "commitment_values", "drop_repeats", "similarity"]

#: Takes a place in the derived text to (offset, length, line, column) in the input.
Located = Callable[[Place], tuple[int, int, int, int]]

_SIMILAR = 0.6
_NAME = 3  # a shorter name (家庭, 县) says too little to tell two things apart


def drop_repeats(found: Iterable[Candidate | Held]) -> list[Candidate | Held]:
    """Hold back a numeric commitment that repeats an earlier one's figure and subject.

    A press conference restates the list's figures (``城镇新增就业23万人`` in a
    question, then in its answer): the first one drafts the commitment, a later
    one with the same value, unit and a name that contains the other's (or a
    near-identical title, or, said in prose, the same category) goes to review.
    """
    kept: dict[tuple[object, ...], list[Candidate]] = {}
    result: list[Candidate | Held] = []
    for item in found:
        if isinstance(item, Candidate) and item.value is not None:
            same = kept.setdefault((item.value, item.unit, item.kind), [])
            earlier = next((k for k in same if _repeats(k, item)), None)
            if earlier is not None:
                result.append(
                    Held(
                        reason="repeat",
                        figure=item.figure or "",
                        place=item.place,
                        detail=f"the same figure as “{earlier.title}”",
                    )
                )
                continue
            same.append(item)
        result.append(item)
    return result


def _repeats(earlier: Candidate, later: Candidate) -> bool:
    if (earlier.value, earlier.unit, earlier.kind) != (later.value, later.unit, later.kind):
        return False
    shorter, longer = sorted((earlier.name or "", later.name or ""), key=len)
    if len(shorter) >= _NAME and shorter in longer:
        return True
    if not later.listed and earlier.category.id == later.category.id:
        return True  # an answer restating a figure of the list
    return similarity(earlier.title, later.title) >= _SIMILAR


def similarity(a: str, b: str) -> float:
    """Return the Dice coefficient of the character bigrams of two titles (0 to 1)."""
    pairs_a = [a[i : i + 2] for i in range(len(a) - 1)]
    pairs_b = [b[i : i + 2] for i in range(len(b) - 1)]
    if not pairs_a or not pairs_b:
        return 1.0 if a == b else 0.0
    remaining = list(pairs_b)
    common = 0
    for pair in pairs_a:
        if pair in remaining:
            remaining.remove(pair)
            common += 1
    return 2 * common / (len(pairs_a) + len(pairs_b))


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
    if candidate.approximate:
        extract["approximate"] = True
    if candidate.bound:
        extract["bound"] = candidate.bound
    value["x-extract"] = extract
    return value
