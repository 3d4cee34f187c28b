"""Small edits of the shipped examples that break exactly one rule, or none.

Each :class:`Mutation` names an example file, the edits to make (by JSON Pointer)
and the one rule finding the edited document must give (``code`` and ``path``), or
``None`` for a near miss that must give no finding at all. Every edited document
still satisfies the schema, so the whole validation pipeline must report exactly
that one finding too. Used by ``test_rules.py`` and by the bad-input corpus.
"""

import copy
import functools
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from attrs import frozen

from commitments.convert._json_text import write_json
from commitments.reading.document import read_document
from commitments.reading.pointers import split_pointer

__all__ = ["MUTATIONS", "NEAR_MISSES", "Edit", "Mutation", "append", "delete", "put"]

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
JILIN = "jilin-2021.json"
CITY = "example-city-2022.json"

#: An edit of a document, in place.
Edit = Callable[[Any], None]


def _parent(document: Any, path: str) -> tuple[Any, str | int]:
    *parts, last = split_pointer(path)
    node = document
    for part in parts:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node, int(last) if isinstance(node, list) else last


def put(path: str, value: Any) -> Edit:
    """Set the member at ``path`` (adding it if absent) to ``value``."""

    def edit(document: Any) -> None:
        node, key = _parent(document, path)
        node[key] = copy.deepcopy(value)  # each document gets its own copy

    return edit


def delete(path: str) -> Edit:
    """Remove the member at ``path``."""

    def edit(document: Any) -> None:
        node, key = _parent(document, path)
        del node[key]

    return edit


def append(path: str, value: Any) -> Edit:
    """Append ``value`` to the array at ``path``."""

    def edit(document: Any) -> None:
        node, key = _parent(document, path)
        node[key].append(copy.deepcopy(value))

    return edit


@functools.cache
def _example(name: str) -> Any:
    reading = read_document((EXAMPLES / name).read_bytes(), file=name)
    assert not reading.findings, reading.findings
    return reading.value


@frozen
class Mutation:
    """An edited example and the one rule finding it gives (or none)."""

    name: str
    example: str
    edits: tuple[Edit, ...]
    code: str | None
    path: str | None

    def document(self) -> Any:
        """Return a fresh copy of the example with the edits made."""
        document = copy.deepcopy(_example(self.example))
        for edit in self.edits:
            edit(document)
        return document

    def text(self) -> str:
        """Return the edited document as JSON text."""
        return write_json(self.document())


def _m(name: str, example: str, code: str, path: str, *edits: Edit) -> Mutation:
    return Mutation(name=name, example=example, edits=edits, code=code, path=path)


def _ok(name: str, example: str, *edits: Edit) -> Mutation:
    return Mutation(name=name, example=example, edits=edits, code=None, path=None)


_EC = "/commitments"
# fmt: off
#: Edits that break one rule once: (name, example, code, expected pointer, edits…).
MUTATIONS: tuple[Mutation, ...] = (
    _m("duplicate-id", JILIN, "duplicate-id", f"{_EC}/3/id",
       put(f"{_EC}/3/id", "county-ecommerce-service-centers")),
    _m("unknown-category", JILIN, "unknown-category", f"{_EC}/34/category",
       put(f"{_EC}/34/category", "transit")),
    _m("unknown-owner", JILIN, "unknown-owner", f"{_EC}/0/owner",
       put(f"{_EC}/0/owner", "jl-transport")),
    _m("unknown-co-owner", CITY, "unknown-owner", f"{_EC}/2/co_owners/1",
       append(f"{_EC}/2/co_owners", "ec-parks")),
    _m("unknown-unit", JILIN, "unknown-unit", f"{_EC}/34/metric/unit",
       put(f"{_EC}/34/metric/unit", "公里")),
    _m("missing-baseline", JILIN, "missing-baseline", f"{_EC}/49",
       delete(f"{_EC}/49/baseline")),
    _m("missing-target-value", JILIN, "missing-target-value", f"{_EC}/0/target",
       delete(f"{_EC}/0/target/value")),
    _m("missing-observation-value", CITY, "missing-observation-value", f"{_EC}/2/progress/1",
       delete(f"{_EC}/2/progress/1/value")),
    _m("missing-observation-stage", CITY, "missing-observation-value", f"{_EC}/3/progress/1",
       delete(f"{_EC}/3/progress/1/stage")),
    _m("milestone-baseline", JILIN, "unexpected-value", f"{_EC}/1/baseline",
       put(f"{_EC}/1/baseline", {"value": 0})),
    _m("milestone-target-value", JILIN, "unexpected-value", f"{_EC}/1/target/value",
       put(f"{_EC}/1/target/value", 1)),
    _m("milestone-observation-value", CITY, "unexpected-value", f"{_EC}/3/progress/0/value",
       put(f"{_EC}/3/progress/0/value", 1)),
    _m("quantity-target-stage", JILIN, "unexpected-value", f"{_EC}/0/target/stage",
       put(f"{_EC}/0/target/stage", "completed")),
    _m("quantity-observation-stage", CITY, "unexpected-value", f"{_EC}/4/progress/0/stage",
       put(f"{_EC}/4/progress/0/stage", "started")),
    _m("default-stage-with-own-stages", JILIN, "unknown-stage", f"{_EC}/13/target/stage",
       put(f"{_EC}/13/target/stage", "completed")),
    _m("unknown-observation-stage", CITY, "unknown-stage", f"{_EC}/3/progress/0/stage",
       put(f"{_EC}/3/progress/0/stage", "planned")),
    _m("decrease-target-above-baseline", CITY, "direction-mismatch", f"{_EC}/2/target/value",
       put(f"{_EC}/2/target/value", 13000)),
    _m("increase-target-below-baseline", JILIN, "direction-mismatch", f"{_EC}/49/target/value",
       put(f"{_EC}/49/target/value", 90)),
    _m("progress-same-date", CITY, "progress-order", f"{_EC}/2/progress/1/as_of",
       put(f"{_EC}/2/progress/1/as_of", "2022-03-31")),
    _m("progress-before-baseline", CITY, "progress-before-baseline",
       f"{_EC}/2/progress/0/as_of", put(f"{_EC}/2/progress/0/as_of", "2021-06-30")),
    _m("due-before-baseline", CITY, "due-before-baseline", f"{_EC}/0/target/due",
       put(f"{_EC}/0/baseline/as_of", "2022-06-01"), put(f"{_EC}/0/target/due", "2022-05-31")),
    _m("due-next-year", JILIN, "due-outside-year", f"{_EC}/0/target/due",
       put(f"{_EC}/0/target/due", "2022-01-01")),
    _m("completed-short", CITY, "status-contradicts-progress", f"{_EC}/0/status",
       put(f"{_EC}/0/progress/1/value", Decimal("35.5"))),
    _m("completed-milestone-short", CITY, "status-contradicts-progress", f"{_EC}/3/status",
       put(f"{_EC}/3/status", "completed")),
    _m("planned-with-progress", CITY, "status-contradicts-progress", f"{_EC}/2/status",
       put(f"{_EC}/2/status", "planned")),
    _m("duplicate-category-id", JILIN, "duplicate-category-id", "/categories/10/id",
       append("/categories", {"id": "health", "name": "Public health"})),
    _m("duplicate-agency-id", CITY, "duplicate-agency-id", "/agencies/5/id",
       append("/agencies", {"id": "ec-water", "name": "Water Authority"})),
    _m("number-too-small", CITY, "number-out-of-range", f"{_EC}/0/progress/0/value",
       put(f"{_EC}/0/progress/0/value", Decimal("1E-100000"))),
    _m("number-too-long", JILIN, "number-out-of-range", f"{_EC}/0/target/value",
       put(f"{_EC}/0/target/value", Decimal("230000." + "0" * 4400))),
    _m("integer-spelling", JILIN, "integer-spelling", "/year", put("/year", Decimal("2021.0"))),
)

#: Edits that come close to breaking a rule and must give no finding at all.
NEAR_MISSES: tuple[Mutation, ...] = (
    _ok("target-equals-baseline", CITY, put(f"{_EC}/2/target/value", 12000)),
    _ok("number-of-34-digits", CITY, put(f"{_EC}/0/progress/0/value", Decimal("36." + "9" * 32))),
    _ok("observation-on-baseline-date", CITY, put(f"{_EC}/2/progress/0/as_of", "2021-12-31")),
    _ok("due-on-baseline-date", CITY, put(f"{_EC}/2/target/due", "2022-01-01"),
        put(f"{_EC}/2/baseline/as_of", "2022-01-01"),
        put(f"{_EC}/2/progress/0/as_of", "2022-01-01")),
    _ok("due-on-31-december", JILIN, put(f"{_EC}/0/target/due", "2021-12-31")),
    _ok("due-on-1-january", JILIN, put(f"{_EC}/0/target/due", "2021-01-01")),
    _ok("categories-undeclared", JILIN, delete("/categories"),
        put(f"{_EC}/34/category", "transit")),
    _ok("agencies-undeclared", CITY, delete("/agencies"),
        append(f"{_EC}/2/co_owners", "ec-parks")),
    _ok("custom-unit", JILIN, put(f"{_EC}/34/metric/unit", "x-lane-km")),
    _ok("explicit-last-stage", JILIN, put(f"{_EC}/13/target/stage", "in_operation")),
    _ok("earlier-target-stage", CITY, put(f"{_EC}/3/target/stage", "tendered")),
    _ok("completed-exactly-on-target", CITY, put(f"{_EC}/0/progress/1/value", 35)),
    _ok("completed-milestone-reached", CITY, put(f"{_EC}/3/target/stage", "tendered"),
        put(f"{_EC}/3/status", "completed")),
    _ok("planned-observed-at-baseline", CITY, put(f"{_EC}/2/status", "planned"),
        put(f"{_EC}/2/progress", [{"as_of": "2022-03-31", "value": 12000}])),
    _ok("planned-observed-on-wrong-side", CITY, put(f"{_EC}/2/status", "planned"),
        put(f"{_EC}/2/progress", [{"as_of": "2022-03-31", "value": 12500}])),
    _ok("planned-without-observations", CITY, put(f"{_EC}/3/status", "planned"),
        put(f"{_EC}/3/progress", [])),
    _ok("quantity-default-baseline-zero-target", JILIN, put(f"{_EC}/0/target/value", 0)),
    _ok("decrease-quantity-below-zero-baseline", JILIN,
        put(f"{_EC}/0/metric/direction", "decrease"), put(f"{_EC}/0/target/value", -5)),
)
# fmt: on
