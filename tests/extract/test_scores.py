from fractions import Fraction
from pathlib import Path

from attrs import evolve

from commitments import load
from commitments.extract import Score, score

CORPUS = Path(__file__).parent / "corpus"


def test_a_plan_scores_perfectly_against_itself() -> None:
    plan = load(CORPUS / "gangu-2022.json")
    scores = score(plan, plan)
    for row in (scores.targets, scores.commitments, scores.kinds, scores.categories):
        assert (row.recall, row.precision) == (1, 1)
    assert scores.targets.expected == 11


def test_missing_and_extra_commitments_lower_recall_and_precision() -> None:
    plan = load(CORPUS / "gangu-2022.json")
    fewer = evolve(plan, commitments=plan.commitments[:10])
    scores = score(fewer, plan)
    assert scores.commitments.recall == Fraction(10, 20)
    assert scores.commitments.precision == 1
    recategorised = evolve(
        plan, commitments=tuple(evolve(c, category="other") for c in plan.commitments)
    )
    assert score(recategorised, plan).categories.matched == 0


def test_empty_plans_score_one() -> None:
    plan = evolve(load(CORPUS / "gangu-2022.json"), commitments=())
    assert Score(expected=0, drafted=0, matched=0).recall == 1
    assert score(plan, plan).targets.precision == 1
