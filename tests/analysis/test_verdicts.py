"""Honest verdicts: past-due promises, unreported plans, claims and double counting."""

import datetime
import json
from decimal import Decimal
from pathlib import Path

import attrs

from commitments import load, loads
from commitments.analysis.history import History
from commitments.analysis.progress import plan_progress, progress
from commitments.analysis.summary import summarize
from commitments.model.parts import Baseline, Metric, Observation, Target
from commitments.model.plan import Commitment
from commitments.model.text import Text
from commitments.model.vocab import Assessment, Evidence, MetricKind, Status
from conftest import EXAMPLES

D = datetime.date


def coverage(status: Status = Status.IN_PROGRESS, *observed: Observation) -> Commitment:
    return Commitment(
        id="tap-water",
        title=Text("农村自来水普及率达到95%"),
        category="water",
        owner="water",
        metric=Metric(kind=MetricKind.LEVEL, unit="percent"),
        baseline=Baseline(value=Decimal(90)),
        target=Target(value=Decimal(95)),
        status=status,
        progress=observed or None,
    )


def test_a_past_due_94_percent_is_missed() -> None:
    late = attrs.evolve(
        coverage(Status.IN_PROGRESS, Observation(as_of=D(2021, 9, 30), value=Decimal(94))),
        baseline=Baseline(value=Decimal(0)),
        target=Target(value=Decimal(100)),
    )
    within = progress(late, year=2021, as_of=D(2021, 12, 31))
    assert within.assessment is Assessment.ON_TRACK  # 94% done, pace 100%: within 10 points
    years_later = progress(late, year=2021, as_of=D(2025, 6, 30))
    assert years_later.fraction == Decimal("0.94")
    assert years_later.assessment is Assessment.MISSED
    assert (years_later.evidence, years_later.evidence_date) == (
        Evidence.OBSERVATION,
        D(2021, 9, 30),
    )


def test_a_declared_missed_status_is_missed_whatever_the_pace() -> None:
    missed = coverage(Status.MISSED, Observation(as_of=D(2021, 6, 30), value=Decimal(93)))
    assert progress(missed, year=2021, as_of=D(2021, 7, 1)).assessment is Assessment.MISSED


def test_a_plan_without_outcomes_is_unreported_never_zero_percent_achieved() -> None:
    plan = load(EXAMPLES / "jilin-2021.json")
    summary = summarize([plan], as_of=D(2022, 6, 30))
    total = summary.total
    assert total.unreported == total.counted == len(plan.commitments)
    assert total.reported == 0
    assert total.fulfilment_rate is None
    assert total.mean_fraction is None
    assert all(p.assessment is Assessment.UNREPORTED for p in total.members)
    assert all(p.evidence is Evidence.NONE for p in total.members)


def test_completed_stands_in_only_from_the_plan_year_on() -> None:
    done = coverage(Status.COMPLETED)
    before = progress(done, year=2021, as_of=D(2020, 12, 31))
    assert (before.achieved, before.evidence, before.stand_in) == (False, Evidence.NONE, False)
    during = progress(done, year=2021, as_of=D(2021, 1, 1))
    assert (during.achieved, during.evidence, during.stand_in) == (
        True,
        Evidence.DECLARED_STATUS,
        True,
    )
    assert during.evidence_date is None


def _plan_text(code: str = "CN-JL") -> str:
    return json.dumps(
        {
            "schema_version": "1.0",
            "jurisdiction": {"name": "吉林省", "code": code},
            "year": 2020,
            "commitments": [
                {
                    "id": "roads",
                    "title": "新改建农村公路",
                    "category": "transport",
                    "owner": "jt",
                    "metric": {"kind": "quantity", "unit": "km", "name": "rural roads"},
                    "target": {"value": 2000},
                    "status": "in_progress",
                    "progress": [{"as_of": "2020-06-30", "value": 900}],
                }
            ],
        }
    )


def test_the_same_commitment_in_two_files_counts_once(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_text(_plan_text(), encoding="utf-8")
    later = json.loads(_plan_text("cn-jl"))
    later["commitments"][0]["progress"].append({"as_of": "2020-12-31", "value": 2100})
    second.write_text(json.dumps(later), encoding="utf-8")
    a, b = load(first), load(second)
    summary = summarize([(str(first), a), (str(second), b)], by="year", as_of=D(2021, 3, 1))
    (member,) = summary.total.members
    assert member.file == str(second)  # the copy with the latest evidence
    assert member.achieved
    assert summary.total.count == 1
    (overlap,) = summary.overlaps
    assert (overlap.files, overlap.used, overlap.id) == (
        (str(first), str(second)),
        str(second),
        "roads",
    )
    # Read in the other order, the copy with the latest evidence is still the one used.
    again = summarize([(str(second), b), (str(first), a)], as_of=D(2021, 3, 1))
    assert again.total.members[0].file == str(second)
    assert again.total.achieved == 1
    # The same in a history (codes in any case): one entry for the year, the later evidence.
    for order in ([(str(first), a), (str(second), b)], [(str(second), b), (str(first), a)]):
        (history,) = History(order)
        (entry,) = history.commitment("roads").years  # type: ignore[union-attr]
        assert entry.achieved
        assert entry.latest == 2100
        assert [r.count for r in history.by_year] == [1]
        (overlap,) = History(order).overlaps
        assert overlap.used == str(second)


def test_plan_progress_records_the_file() -> None:
    plan = loads(_plan_text())
    (p,) = plan_progress(plan, as_of=D(2020, 7, 1), file="a.json")
    assert p.file == "a.json"


def test_a_year_end_completed_claim_after_a_q3_figure_is_achieved() -> None:
    q3 = Observation(as_of=D(2021, 9, 30), value=Decimal("94.2"))
    year_end = Observation(as_of=D(2022, 1, 12), status=Status.COMPLETED)
    claimed = coverage(Status.IN_PROGRESS, q3, year_end)
    before = progress(claimed, year=2021, as_of=D(2021, 12, 31))
    assert before.evidence is Evidence.OBSERVATION
    assert before.current == Decimal("94.2")
    after = progress(claimed, year=2021, as_of=D(2025, 6, 30))
    assert after.assessment is Assessment.ACHIEVED
    assert (after.evidence, after.evidence_date) == (Evidence.STATUS_CLAIM, D(2022, 1, 12))
    assert after.current == Decimal(95)
    assert after.stand_in
    # A larger figure than the target is kept under a "completed" claim.
    more = coverage(
        Status.COMPLETED, Observation(as_of=D(2021, 12, 31), value=Decimal(97)), year_end
    )
    kept = progress(more, year=2021, as_of=D(2022, 2, 1))
    assert (kept.current, kept.evidence, kept.stand_in) == (
        Decimal(97),
        Evidence.OBSERVATION,
        False,
    )


def test_a_missed_claim_is_missed() -> None:
    said = Observation(as_of=D(2021, 10, 1), status=Status.MISSED)
    p = progress(coverage(Status.IN_PROGRESS, said), year=2021, as_of=D(2021, 11, 1))
    assert p.assessment is Assessment.MISSED
    assert (p.evidence, p.evidence_date, p.current) == (
        Evidence.STATUS_CLAIM,
        D(2021, 10, 1),
        Decimal(90),
    )


def test_a_level_without_baseline_has_no_fraction_but_a_verdict() -> None:
    level = attrs.evolve(
        coverage(Status.IN_PROGRESS, Observation(as_of=D(2021, 6, 30), value=Decimal(93))),
        baseline=None,
    )
    mid = progress(level, year=2021, as_of=D(2021, 7, 1))
    assert (mid.fraction, mid.expected, mid.assessment) == (None, None, Assessment.PACE_UNKNOWN)
    assert progress(level, year=2021, as_of=D(2022, 1, 1)).assessment is Assessment.MISSED
    reached = attrs.evolve(level, progress=(Observation(as_of=D(2021, 9, 1), value=Decimal(98)),))
    done = progress(reached, year=2021, as_of=D(2021, 9, 2))
    assert (done.fraction, done.achieved, done.assessment) == (None, True, Assessment.ACHIEVED)
    unmeasured = progress(attrs.evolve(level, progress=None), year=2021, as_of=D(2021, 3, 1))
    assert unmeasured.assessment is Assessment.UNREPORTED
    assert unmeasured.current is None


def test_grouping_by_jurisdiction_ignores_the_case_of_the_code() -> None:
    upper = loads(_plan_text("CN-JL"))
    lower = json.loads(_plan_text("cn-jl"))
    lower["year"] = 2021
    summary = summarize([upper, loads(json.dumps(lower))], by="jurisdiction", as_of=D(2022, 1, 1))
    assert [(g.key, g.count) for g in summary.groups] == [("CN-JL", 2)]
