import datetime
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commitments.analysis.overlap import one_per_commitment
from commitments.analysis.progress import plan_progress, progress
from commitments.model.exact import to_fraction
from commitments.tables import progress_table
from commitments.tables.progress import PROGRESS, evidence
from strategies import dates, plans

D = datetime.date


def _number(value: object) -> Fraction | None:
    return None if value is None else to_fraction(value)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(plans(max_commitments=4), max_size=2), dates)
def test_rows_are_the_measurements_of_progress(drawn, day):
    exact = progress_table(drawn, as_of=day, exact=True)
    floats = progress_table(drawn, as_of=day)
    # One commitment counts once: the same (jurisdiction, year, id) in two plans is one row.
    measured, _ = one_per_commitment(p for plan in drawn for p in plan_progress(plan, as_of=day))
    assert len(exact) == len(floats) == len(measured)
    for row, loose, p in zip(exact, floats, measured, strict=True):
        c = p.commitment
        assert row["commitment_id"] == c.id
        assert row["year"] == p.year
        assert row["fraction"] == p.fraction
        assert row["expected"] == p.expected
        assert row["achieved"] is p.achieved
        assert row["assessment"] == str(p.assessment)
        assert row["status"] == str(c.status)
        assert row["due"] == p.due
        assert row["start"] == p.start
        assert row["as_of"] == day
        assert _number(row["remaining"]) == p.remaining
        assert _number(row["exceeded_by"]) == p.exceeded_by
        if c.metric.is_numeric:
            assert (row["baseline"], row["target"], row["current"]) == (
                p.baseline,
                p.target,
                p.current,
            )
            assert row["target_stage"] is None
            assert row["current_stage"] is None
        else:
            assert (row["target_stage"], row["current_stage"]) == (p.target, p.current)
            assert row["target"] is None
            assert row["current"] is None
        assert row["evidence_date"] == p.evidence_date
        assert row["evidence"] == evidence(p)
        # The default table gives the same numbers as floats.
        assert loose["fraction"] == float(p.fraction)
        assert loose["expected"] == float(p.expected)
        assert all(
            loose[name] is None or isinstance(loose[name], float)
            for name in ("baseline", "target", "current", "remaining", "exceeded_by")
        )


def test_measurements_in_hand_keep_their_date(examples_dir):
    from commitments import load

    plan = load(examples_dir / "jilin-2021.json")
    jobs = progress(plan.commitments[0], year=2021, as_of=D(2021, 6, 30))
    table = progress_table([jobs], as_of=D(1999, 1, 1))
    (row,) = table
    assert row["as_of"] == D(2021, 6, 30)
    assert row["file"] is None
    assert row["jurisdiction"] is None  # measured without its plan


def test_a_plan_read_elsewhere_keeps_the_name_it_was_read_under(examples_dir):
    from commitments import load
    from commitments.tables import FiledPlan, history_table

    path = examples_dir / "jilin-old-communities-2019-2020.json"
    filed = FiledPlan("<stdin>", load(path))
    from_file = progress_table(str(path), as_of=D(2020, 12, 31))
    table = progress_table(filed, as_of=D(2020, 12, 31))
    assert table.column("file") == ["<stdin>"] * 3
    assert table.column("fraction") == from_file.column("fraction")
    # The same commitments from two sources count once: on a tie of evidence, the copy read last.
    assert progress_table([filed, filed.plan], as_of=D(2020, 12, 31)).column("file") == [None] * 3
    assert (
        progress_table([filed.plan, filed], as_of=D(2020, 12, 31)).column("file") == ["<stdin>"] * 3
    )
    assert history_table([filed]).column("file") == ["<stdin>"] * 3


def test_evidence_says_what_current_rests_on(examples_dir):
    path = examples_dir / "example-city-2022.json"

    def evidence_at(day):
        table = progress_table(path, as_of=day)
        return {row["commitment_id"]: (row["evidence"], row["evidence_date"]) for row in table}

    # completed, nothing observed yet: the declared status stands in for the figure.
    assert evidence_at(D(2022, 1, 1))["pm25-annual-mean"] == ("declared-status", None)
    assert evidence_at(D(2022, 12, 31))["pm25-annual-mean"] == ("observation", D(2022, 12, 31))
    assert evidence_at(D(2022, 12, 31))["river-cruise-terminal"] == ("none", None)


def test_columns_begin_with_the_core_columns():
    core = [
        "file",
        "jurisdiction",
        "year",
        "commitment_id",
        "title",
        "category",
        "owner",
        "kind",
        "unit",
        "direction",
        "baseline",
        "target",
        "target_stage",
        "current",
        "current_stage",
        "evidence",
        "evidence_date",
        "due",
        "fraction",
        "expected",
        "achieved",
        "assessment",
        "status",
    ]
    assert PROGRESS.names[: len(core)] == tuple(core)


def test_a_date_string_is_a_date(examples_dir):
    path = examples_dir / "jilin-2021.json"
    assert list(progress_table(path, as_of="2021-06-30")) == list(
        progress_table(path, as_of=D(2021, 6, 30))
    )
    with pytest.raises(ValueError, match="Invalid isoformat"):
        progress_table(path, as_of="June")


def test_today_by_default(examples_dir):
    (row, *_) = progress_table(examples_dir / "jilin-2021.json")
    assert row["as_of"] == datetime.date.today()
