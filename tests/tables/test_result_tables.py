import datetime
import json

import pytest
from hypothesis import HealthCheck, given, settings

from commitments import History, diff, iter_plans, load, plan_progress, summarize
from commitments.analysis.diff import with_file
from commitments.tables import (
    diff_table,
    fulfilment_table,
    history_table,
    table_of,
    table_schemas,
)
from strategies import plans

ROOT_SCHEMAS = "tables"


@pytest.fixture
def jilin_diff(examples_dir):
    old, new = examples_dir / "jilin-2020-illustrative.json", examples_dir / "jilin-2021.json"
    return with_file(diff(load(old), load(new)), old_file=str(old), new_file=str(new))


def test_diff_rows_account_for_every_id(jilin_diff):
    table = diff_table(jilin_diff, lang="en")
    by_change: dict[str, set[str]] = {}
    for row in table:
        by_change.setdefault(row["change"], set()).add(row["commitment_id"])
    assert by_change["added"] == set(jilin_diff.added)
    assert by_change["removed"] == set(jilin_diff.removed)
    assert by_change["changed"] == {c.id for c in jilin_diff.changed}
    assert by_change.get("unchanged", set()) == set(jilin_diff.unchanged)
    changes = sum(len(c.changes) for c in jilin_diff.changed)
    assert sum(1 for r in table if r["change"] == "changed") == changes
    assert {r["old_file"] for r in table} == {jilin_diff.old.file}


def test_diff_rows_of_a_lowered_target(jilin_diff):
    roads = [r for r in diff_table(jilin_diff, exact=True) if r["commitment_id"] == "rural-roads"]
    (target,) = [r for r in roads if r["field"] == "target.value"]
    assert (target["old"], target["new"], target["old_unit"], target["new_unit"]) == (
        "2500000",
        "2000",
        "m",
        "km",
    )
    assert (target["kind"], target["ambition"], target["delta"]) == (
        "lowered",
        "less_ambitious",
        -500,
    )
    assert all(r["carried_over"] for r in roads)
    title = [r for r in diff_table(jilin_diff, lang="en") if r["field"] == "title"]
    assert title
    assert all("{" not in r["old"] for r in title)


def test_diff_values_of_every_kind_as_text():
    from commitments.tables.diff import _as_text

    assert (
        _as_text({"value": __import__("decimal").Decimal("2.5E+6"), "as_of": "2021-01-01"}, ())
        == "2500000 as of 2021-01-01"
    )
    assert _as_text({"value": __import__("decimal").Decimal("3")}, ()) == "3"
    assert _as_text({"zh": "就业", "en": "jobs"}, ("en",)) == "jobs"
    assert _as_text(["a", "b"], ()) == "a;b"
    assert _as_text(None, ()) is None


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(plans(), plans())
def test_diff_table_mirrors_the_diff(old, new):
    d = diff(old, new)
    table = diff_table(d)
    rows = list(table)
    assert sorted(r["commitment_id"] for r in rows if r["change"] == "added") == list(d.added)
    assert sorted(r["commitment_id"] for r in rows if r["change"] == "removed") == list(d.removed)
    renames = [
        (r["previous_id"], r["commitment_id"]) for r in rows if r["change"] == "possible_rename"
    ]
    assert renames == [(r.old, r.new) for r in d.possible_renames]
    assert len(rows) == sum(len(c.changes) for c in d.changed) + len(d.added) + len(
        d.removed
    ) + len(d.unchanged) + len(d.possible_renames)


def test_history_rows_and_files(examples_dir):
    history = History(iter_plans(examples_dir))
    in_hand = history_table(history)
    from_files = history_table(examples_dir)
    assert (
        len(in_hand) == len(from_files) == sum(len(c.years) for j in history for c in j.commitments)
    )
    assert set(in_hand.column("file")) == {None}
    assert None not in from_files.column("file")
    renovation = [
        r
        for r in from_files
        if r["commitment_id"] == "old-community-renovation" and r["year"] == 2020
    ]
    # Three Jilin plans of 2020: the later file in name order supersedes.
    assert [r["file"] for r in renovation] == [
        str(examples_dir / "jilin-old-communities-2019-2020.json")
    ]
    started = [r for r in from_files if r["kind"] == "milestone" and r["target_stage"]]
    assert started
    assert all(r["target"] is None for r in started)


def test_fulfilment_rates_per_year_and_category(examples_dir):
    history = History(iter_plans(examples_dir))
    table = fulfilment_table(history, exact=True)
    years = [
        (r["jurisdiction"], r["year"], r["fulfilment_rate"]) for r in table if r["category"] is None
    ]
    assert years == [
        (j.jurisdiction.code, rate.year, rate.fulfilment_rate)
        for j in history
        for rate in j.by_year
    ]
    assert sum(1 for r in table if r["category"] is not None) == sum(
        len(j.by_category) for j in history
    )


def test_table_of_each_result(examples_dir):
    plans_read = list(iter_plans(examples_dir))
    day = datetime.date(2021, 12, 31)
    assert table_of(summarize(plans_read, as_of=day)).shape.name == "summary"
    assert table_of(diff(plans_read[0], plans_read[1])).shape.name == "diff"
    assert table_of(History(plans_read)).shape.name == "history"
    assert table_of(plans_read[0]).shape.name == "commitments"
    measured = plan_progress(plans_read[0], as_of=day)
    assert table_of(measured).shape.name == "progress"
    assert len(table_of(measured)) == len(measured)
    assert len(table_of(measured[0], lang="en")) == 1
    with pytest.raises(TypeError, match="no table for int"):
        table_of(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="no table for list"):
        table_of([])


def test_shipped_descriptors_are_generated(examples_dir):
    folder = examples_dir.parent / "schemas" / ROOT_SCHEMAS
    shipped = {p.name: json.loads(p.read_text("utf-8")) for p in folder.glob("*.json")}
    expected = {f"{name}.tableschema.json": d for name, d in table_schemas().items()}
    assert shipped == expected, "schemas/tables/ is out of date: run make schemas"


def test_write_table_schemas(tmp_path):
    from commitments.tables import write_table_schemas

    written = write_table_schemas(tmp_path / "out")
    assert sorted(p.name for p in written) == sorted(
        f"{n}.tableschema.json" for n in table_schemas()
    )
    for path in written:
        descriptor = json.loads(path.read_text("utf-8"))
        assert descriptor["missingValues"] == [""]
        assert all({"name", "type", "description"} <= set(f) for f in descriptor["fields"])
        names = [f["name"] for f in descriptor["fields"]]
        assert len(names) == len(set(names))


def test_every_table_has_numeric_dtypes_by_default(examples_dir):
    day = datetime.date(2021, 6, 30)
    read = list(iter_plans(examples_dir))
    from commitments.tables import commitments_table, observations_table, progress_table

    tables = [
        commitments_table(examples_dir),
        observations_table(examples_dir),
        progress_table(examples_dir, as_of=day),
        table_of(summarize(read, by="category", as_of=day)),
        diff_table(diff(read[2], read[3])),
        history_table(examples_dir),
        fulfilment_table(examples_dir),
    ]
    assert sorted(t.shape.name for t in tables) == sorted(table_schemas())
    for table in tables:
        frame = table.to_pandas()
        for column in table.shape.columns:
            dtype = str(frame[column.name].dtype)
            expected = {
                "number": ("float64",),
                "integer": ("int64", "Int64"),
                "boolean": ("bool", "boolean"),
                "date": ("datetime64[s]", "datetime64[ms]", "datetime64[us]", "datetime64[ns]"),
                "string": ("object",),
            }[column.type]
            assert dtype in expected, (table.shape.name, column.name, dtype)
