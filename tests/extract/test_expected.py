"""The drafts of the corpus texts, compared with the drafts committed in ``expected/``.

A change of the rules that changes a draft shows here, commitment by commitment;
when the change is meant, write the drafts again and review their diff::

    PYTHONPATH=tests .venv/bin/python tests/extract/test_expected.py
"""

import json
import sys
from pathlib import Path

import pytest

from commitments import dumps
from extract_corpus import TEXTS, draft_of

EXPECTED = Path(__file__).parent / "expected"


def draft_text(name: str, code: str, year: int) -> str:
    return dumps(draft_of(name, code, year).plan) + "\n"


@pytest.mark.parametrize(("name", "code", "year"), TEXTS)
def test_the_draft_of_each_corpus_text_is_unchanged(name: str, code: str, year: int) -> None:
    drafted = json.loads(draft_text(name, code, year))
    expected = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))
    assert len(drafted["commitments"]) == len(expected["commitments"])
    for got, want in zip(drafted["commitments"], expected["commitments"], strict=True):
        assert got == want
    assert drafted["x-extract"]["review"] == expected["x-extract"]["review"]
    assert drafted == expected


if __name__ == "__main__":  # write the expected drafts again
    for name, code, year in TEXTS:
        (EXPECTED / f"{name}.json").write_text(draft_text(name, code, year), encoding="utf-8")
        print(f"wrote {EXPECTED / name}.json", file=sys.stderr)
