"""The benchmark's synthetic data and peer models (benchmarks/): valid, realistic, honest.

Nothing here is timed: these tests check that every contender in
``benchmarks/validate.py`` does the work of accepting valid documents, and that the
peers refuse what ``benchmarks/_peers.py`` says they refuse.
"""

import copy
import json
import sys
from collections import Counter
from decimal import Decimal
from typing import Any

import msgspec
import pydantic
import pytest

import commitments
from commitments.convert._json_text import write_json
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from _data import generate_plans, make_corpus
from _peers import PPlan, msgspec_decoder, msgspec_encoder, pydantic_dumps

PLANS = generate_plans(600, per_plan=50, seed=7)
CORPUS = make_corpus(120, per_plan=50, seed=7)


def peers_accept(document: dict[str, Any]) -> tuple[bool, bool]:
    data = write_json(document).encode()
    try:
        PPlan.model_validate_json(data)
        by_pydantic = True
    except pydantic.ValidationError:
        by_pydantic = False
    try:
        msgspec_decoder.decode(data)
        by_msgspec = True
    except msgspec.ValidationError:
        by_msgspec = False
    return by_pydantic, by_msgspec


def test_every_synthetic_plan_is_valid_with_no_warning() -> None:
    for document in CORPUS.documents:
        report = commitments.validate(document)
        assert report.findings == ()
        commitments.loads(document)


def test_the_corpus_holds_what_was_asked_for() -> None:
    assert CORPUS.commitments == 120
    sizes = [len(json.loads(document)["commitments"]) for document in CORPUS.documents]
    assert sizes == [50, 50, 20]
    assert [len(plan["commitments"]) for plan in generate_plans(20, per_plan=7)] == [7, 7, 6]


def test_the_data_is_deterministic_by_seed() -> None:
    assert make_corpus(120, per_plan=50, seed=7) == CORPUS
    assert make_corpus(120, per_plan=50, seed=8) != CORPUS


def test_the_data_is_varied_like_a_real_plan() -> None:
    commitments_ = [item for plan in PLANS for item in plan["commitments"]]
    kinds = Counter(item["metric"]["kind"] for item in commitments_)
    assert set(kinds) == {"quantity", "level", "milestone"}
    assert min(kinds.values()) > len(commitments_) // 10
    titles = [item["title"] for item in commitments_]
    assert any(isinstance(title, str) for title in titles)
    assert any(isinstance(title, dict) and set(title) == {"zh", "en"} for title in titles)
    metrics = [item["metric"] for item in commitments_]
    assert any(metric.get("direction") == "decrease" for metric in metrics)
    assert any("stages" in metric for metric in metrics)
    assert any(metric.get("unit", "").startswith("x-") for metric in metrics)
    assert any(isinstance(item["target"].get("value"), Decimal) for item in commitments_)
    assert any(len(item.get("progress", ())) >= 2 for item in commitments_)
    assert all(item["sources"] for item in commitments_)
    assert len({item["status"] for item in commitments_}) >= 4


def test_the_peers_accept_every_synthetic_plan_and_write_it_back() -> None:
    for document in CORPUS.documents:
        model = PPlan.model_validate_json(document)
        struct = msgspec_decoder.decode(document)
        expected = json.loads(document)
        assert json.loads(msgspec_encoder.encode(struct)) == expected
        assert len(json.loads(pydantic_dumps(model))["commitments"]) == len(expected["commitments"])


def _break(path: tuple[str | int, ...], value: object) -> dict[str, Any]:
    """The first synthetic plan with the value at ``path`` replaced (``...``: deleted)."""
    document = copy.deepcopy(PLANS[0])
    *parents, last = path
    node: Any = document
    for part in parents:
        node = node[part]
    if value is ...:
        del node[last]
    else:
        node[last] = value
    return document


def _first(kind: str) -> int:
    return next(
        i for i, item in enumerate(PLANS[0]["commitments"]) if item["metric"]["kind"] == kind
    )


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("unknown",), 1),
        (("jurisdiction",), ...),
        (("year",), 0),
        (("year",), 2021.5),
        (("schema_version",), "2.0"),
        (("published",), "2021-02-30"),
        (("title",), {"zh_CN!": "标题"}),
        (("title",), ""),
        (("commitments", 0, "id"), "Not A Slug"),
        (("commitments", 0, "status"), "done"),
        (("commitments", 0, "metric", "kind"), "amount"),
        (("sources", 0), {"quote": "neither a title nor a url"}),
    ],
)
def test_the_peers_refuse_what_the_schema_refuses(
    path: tuple[str | int, ...], value: object
) -> None:
    document = _break(path, value)
    assert not commitments.validate(document).ok
    assert peers_accept(document) == (False, False)


def test_the_peers_check_metric_kinds_as_the_schema_does() -> None:
    milestone = _break(("commitments", _first("milestone"), "metric", "unit"), "item")
    quantity = _break(("commitments", _first("quantity"), "metric", "unit"), ...)
    stages = _break(("commitments", _first("milestone"), "metric", "stages"), ["a", "a"])
    for document in (milestone, quantity, stages):
        assert not commitments.validate(document).ok
        assert peers_accept(document) == (False, False)


def test_what_the_peers_let_through_as_their_docstring_says() -> None:
    # A rule of docs/rules.rst broken: only commitments notices.
    document = _break(("commitments", 1, "id"), PLANS[0]["commitments"][0]["id"])
    assert [f.code for f in commitments.validate(document).findings] == ["duplicate-id"]
    assert peers_accept(document) == (True, True)
    # A number written as a string.
    index = _first("quantity")
    document = _break(("commitments", index, "target", "value"), "95.0")
    assert not commitments.validate(document).ok
    assert peers_accept(document) == (True, True)
    # An x- extension: pydantic keeps it, msgspec refuses it.
    assert peers_accept(_break(("x-origin",), "test")) == (True, False)


def test_pydantic_reads_numbers_through_a_float_and_msgspec_exactly() -> None:
    index = _first("level")
    plain = write_json(_break(("commitments", index, "baseline", "value"), 0)).encode()
    text = plain.replace(b'"value": 0,', b'"value": 0.1000000000000000055511151231257827,', 1)
    assert text != plain
    by_pydantic = PPlan.model_validate_json(text).commitments[index].baseline
    by_msgspec = msgspec_decoder.decode(text).commitments[index].baseline
    assert by_pydantic is not None
    assert by_msgspec is not None
    assert by_pydantic.value == Decimal("0.1")
    assert by_msgspec.value == Decimal("0.1000000000000000055511151231257827")


def test_duplicate_keys_pass_the_peers_silently() -> None:
    text = write_json(PLANS[0]).replace('"year": ', '"year": 1999, "year": ', 1)
    assert PPlan.model_validate_json(text).year == PLANS[0]["year"]
    assert msgspec_decoder.decode(text.encode()).year == PLANS[0]["year"]
    codes = [finding.code for finding in commitments.validate(text).findings]
    assert codes == ["json-duplicate-key"]
