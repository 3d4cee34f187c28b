"""Findings located lazily (when first asked) are where eager placement puts them."""

import pickle
import sys

from commitments import validate
from commitments.reading.document import read_document
from commitments.schema import KEY_CODES
from commitments.validation.rules import RULES, check_rules
from conftest import ROOT
from mutations import MUTATIONS

sys.path.insert(0, str(ROOT / "benchmarks"))
from _data import make_corpus

RULE_CODES = {rule.code for rule in RULES}
WARNING_DOCUMENTS = make_corpus(100, per_plan=50, seed=5, warnings=30).documents


def _eagerly_placed(text: str | bytes) -> list[tuple[str, str, int | None, int | None]]:
    """The rule findings of a document the reading and schema pass, placed one by one."""
    reading = read_document(text)
    placed = [
        reading.place(finding, key=finding.code in KEY_CODES)
        for finding in check_rules(reading.value)
    ]
    placed.sort(key=lambda f: (f.line or 0, f.column or 0))
    return [(f.code, f.path, f.line, f.column) for f in placed]


def _lazily_placed(text: str | bytes) -> list[tuple[str, str, int | None, int | None]]:
    return [(f.code, f.path, f.line, f.column) for f in validate(text).findings]


def test_rule_findings_are_located_where_eager_placement_puts_them() -> None:
    compared = 0
    for mutation in MUTATIONS:
        text = mutation.text()
        codes = {finding.code for finding in validate(text).findings}
        if codes and codes <= RULE_CODES:  # else placed eagerly, as before
            assert _lazily_placed(text) == _eagerly_placed(text), mutation.name
            compared += 1
    assert compared > 20


def test_warnings_are_located_where_eager_placement_puts_them() -> None:
    compared = 0
    for data in WARNING_DOCUMENTS:
        lazy = _lazily_placed(data)
        assert lazy == _eagerly_placed(data)
        assert all(line is not None and column is not None for _c, _p, line, column in lazy)
        compared += len(lazy)
    assert compared == 30


def test_a_lazily_located_finding_prints_compares_and_pickles_located() -> None:
    data = WARNING_DOCUMENTS[0]
    lazy, eager = validate(data).findings[0], validate(data).findings[0]
    assert lazy._locator is not None  # nobody asked yet
    line = eager.line
    assert eager._locator is None  # asked: located once, the text let go
    assert lazy == eager  # comparing locates
    again = validate(data).findings[0]
    assert f":{line}:" in str(again)
    copy = pickle.loads(pickle.dumps(validate(data).findings[0]))
    assert copy == eager
    assert copy.line == line
