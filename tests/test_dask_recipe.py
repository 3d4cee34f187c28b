"""The Dask recipe of docs/scale.rst, on a local distributed cluster: the same results."""

import datetime
import json
from pathlib import Path

import dask.bag
import pytest
from distributed import Client, LocalCluster

from commitments import iter_plans, summarize
from commitments.tables import progress_table
from source_files import module_from_file

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DAY = datetime.date(2021, 9, 30)


recipe = module_from_file("dask_progress", ROOT / "docs" / "recipes" / "dask_progress.py")


@pytest.fixture(scope="module")
def client():
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


@pytest.fixture
def jsonl_files(tmp_path: Path) -> str:
    """The example plans as two JSONL files, one plan per line, a blank line among them."""
    plans = [
        json.loads(path.read_text(encoding="utf-8")) for path in sorted(EXAMPLES.glob("*.json"))
    ]
    lines = [json.dumps(plan, ensure_ascii=False) for plan in plans]
    (tmp_path / "a.jsonl").write_text("\n".join(lines[:3]) + "\n\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("\n".join(lines[3:] * 4) + "\n", encoding="utf-8")
    return str(tmp_path / "*.jsonl")


def test_the_progress_table_is_the_one_made_in_one_process(client, jsonl_files) -> None:
    plans = recipe.plans_bag(jsonl_files, blocksize="20kB")
    assert plans.npartitions > 2  # the files are read in pieces, by the workers
    table = recipe.progress_rows(plans, DAY)
    local = progress_table(list(iter_plans(Path(jsonl_files).parent)), as_of=DAY, lang="en")
    assert table.columns == local.columns
    assert [table.column(name) for name in table.columns] == [
        local.column(name) for name in local.columns
    ]
    assert len(table) > 20


@pytest.mark.parametrize("by", [None, "category", "owner", "year", "jurisdiction"])
def test_the_summary_is_the_one_made_in_one_process(client, jsonl_files, by) -> None:
    plans = recipe.plans_bag(jsonl_files, blocksize="20kB")
    local = summarize(iter_plans(Path(jsonl_files).parent), by=by, as_of=DAY)
    assert recipe.plans_summary(plans, DAY, by=by) == local


def test_the_bag_is_a_dask_bag(jsonl_files) -> None:
    assert isinstance(recipe.plans_bag(jsonl_files), dask.bag.Bag)
