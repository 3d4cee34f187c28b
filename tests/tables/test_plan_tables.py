import datetime
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commitments import iter_plans, load
from commitments.tables import commitments_table, observations_table
from strategies import plans


def test_every_row_keeps_its_file(examples_dir):
    table = commitments_table(examples_dir)
    files = sorted(os.fspath(p) for p in examples_dir.glob("*.json"))
    assert sorted(set(table.column("file"))) == files
    per_file = {f: sum(1 for r in table if r["file"] == f) for f in files}
    assert per_file == {f: len(load(f).commitments) for f in files}


def test_plans_in_hand_have_no_file(examples_dir):
    table = commitments_table(list(iter_plans(examples_dir)))
    assert set(table.column("file")) == {None}
    mixed = commitments_table(
        [load(examples_dir / "jilin-2021.json"), examples_dir / "example-city-2022.json"]
    )
    assert mixed.column("file")[0] is None
    assert mixed.column("file")[-1].endswith("example-city-2022.json")


def test_titles_in_the_preferred_language_with_a_fallback(examples_dir):
    path = examples_dir / "jilin-2021.json"
    jobs = {
        lang: next(iter(commitments_table(path, lang=lang)))["title"] for lang in ("en", "zh", "fr")
    }
    assert jobs == {
        "en": "230,000 new urban jobs",
        "zh": "城镇新增就业23万人",
        "fr": "城镇新增就业23万人",
    }
    assert (
        next(iter(commitments_table(path, lang=["fr", "en"])))["title"] == "230,000 new urban jobs"
    )


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(plans(max_commitments=4), max_size=2))
def test_one_row_per_commitment_and_per_observation(drawn):
    table = commitments_table(drawn, exact=True)
    items = [(p, c) for p in drawn for c in p.commitments]
    assert len(table) == len(items)
    for row, (plan, c) in zip(table, items, strict=True):
        assert (row["year"], row["commitment_id"], row["status"]) == (
            plan.year,
            c.id,
            str(c.status),
        )
        assert row["target"] == c.target.value
        assert row["baseline"] == c.effective_baseline_value
        assert row["due"] == c.effective_due(plan.year)
        assert row["observations"] == len(c.progress or ())
        assert row["co_owners"] == (None if c.co_owners is None else ";".join(c.co_owners))
    observed = observations_table(drawn, exact=True)
    series = [(c, o) for p in drawn for c in p.commitments for o in c.progress or ()]
    assert len(observed) == len(series)
    for row, (c, o) in zip(observed, series, strict=True):
        assert (row["commitment_id"], row["as_of"], row["value"], row["stage"]) == (
            c.id,
            o.as_of,
            o.value,
            o.stage,
        )


def test_observations_are_a_time_series(examples_dir):
    frame = observations_table(examples_dir / "example-city-2022.json").to_pandas()
    assert str(frame["value"].dtype) == "float64"
    assert str(frame["as_of"].dtype).startswith("datetime64")
    series = frame[frame["value"].notna()].groupby("commitment_id")["as_of"]
    assert all(s.is_monotonic_increasing for _, s in series)


def test_category_names_come_from_the_plan(examples_dir):
    row = next(iter(commitments_table(examples_dir / "jilin-2021.json", lang="en")))
    assert row["category"] == "employment"
    assert row["category_name"]
    assert row["start"] == datetime.date(2021, 1, 1)
