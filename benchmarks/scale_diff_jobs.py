"""Scale: diff of large plans, and ``commitments validate --jobs`` on a large JSONL file.

Run from the repository root::

    .venv/bin/python benchmarks/scale_diff_jobs.py                      # every section
    .venv/bin/python benchmarks/scale_diff_jobs.py diff-matched --n 100000
    .venv/bin/python benchmarks/scale_diff_jobs.py diff-unmatched --n 5000
    .venv/bin/python benchmarks/scale_diff_jobs.py jobs --n 200000 --jobs 2

Each section is a function of its own; each timing is the best of ``--repeat`` (the
garbage collector off), printed beside its floor or its baseline:

* ``diff-matched``: ``diff`` of two versions of one plan of ``--n`` commitments whose
  ids all match (one in ten with a changed target), against the floor of a plain
  dict comparison of the same parsed documents (index both by id, compare each
  pair). Goal: within 3× the floor.
* ``diff-unmatched``: ``diff`` of two plans of ``--n`` commitments each whose ids
  all differ, so that every old title is a candidate rename of every new one. The
  titles are distinct, as in a real plan (the offers of titles repeated hundreds of
  times would grow with the square of their number, whatever the algorithm); one in
  five new titles is an old one with a few characters changed. Goal: under 5 s.
* ``jobs``: ``commitments validate --jobs N`` against ``--jobs 1`` on one JSONL file
  of ``--n`` commitments (50 a plan), output discarded. Goal: ``--jobs 2`` at least
  1.7× faster on 2 cores; measure on an idle machine (the load average is printed).
"""

import argparse
import copy
import io
import json
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

from _data import generate_plans
from _timing import best

from commitments import loads
from commitments.analysis.diff import diff
from commitments.cli.shell import main as cli_main
from commitments.convert._json_text import write_json


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} cores"


def _one_plan(n: int, seed: int) -> dict[str, Any]:
    (plan,) = generate_plans(n, per_plan=n, seed=seed)
    return plan


def diff_matched(n: int, repeat: int) -> None:
    old_value = _one_plan(n, seed=2021)
    new_value = copy.deepcopy(old_value)
    for index, commitment in enumerate(new_value["commitments"]):
        value = commitment["target"].get("value")
        if index % 10 == 0 and isinstance(value, int):
            commitment["target"]["value"] = value + 1
    old_text, new_text = write_json(old_value), write_json(new_value)
    old, new = loads(old_text), loads(new_text)
    old_json, new_json = json.loads(old_text), json.loads(new_text)

    def floor() -> list[str]:
        old_by_id = {c["id"]: c for c in old_json["commitments"]}
        new_by_id = {c["id"]: c for c in new_json["commitments"]}
        return [i for i, c in new_by_id.items() if i in old_by_id and old_by_id[i] != c]

    result = diff(old, new)
    assert not result.added
    assert not result.removed
    assert len(result.changed) == len(floor())
    ours = best(lambda: diff(old, new), repeat)
    base = best(floor, repeat)
    print(f"diff {n:,} x {n:,} matched       {ours:8.3f} s   floor (dict comparison) {base:.3f} s")
    print(f"                                {ours / base:8.2f}x the floor; {load_average()}")


_CHARACTERS = "城镇新增就业农村公路改造建设老旧小区学校医院供水污水处理绿化养老托育服务站点"
_WORDS = ("build", "rural", "road", "urban", "school", "water", "clinic", "village", "renovate")


def _title(rng: random.Random) -> dict[str, str]:
    zh = "".join(rng.choice(_CHARACTERS) for _ in range(rng.randint(8, 16)))
    en = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(4, 8)))
    return {"zh": f"{zh}{rng.randint(1, 99999)}", "en": f"{en} {rng.randint(1, 99999)}"}


def _edited(title: dict[str, str], rng: random.Random) -> dict[str, str]:
    zh = list(title["zh"])
    zh[rng.randrange(len(zh))] = rng.choice(_CHARACTERS)
    return {"zh": "".join(zh), "en": title["en"] + "s"}


def diff_unmatched(n: int, repeat: int) -> None:
    rng = random.Random(13)
    old_value = _one_plan(n, seed=2021)
    new_value = copy.deepcopy(old_value)
    titles = [_title(rng) for _ in range(n)]
    for commitment, title in zip(old_value["commitments"], titles, strict=True):
        commitment["title"] = title
    for index, commitment in enumerate(new_value["commitments"]):
        commitment["id"] = f"new-{commitment['id']}"
        commitment.pop("previous_id", None)  # no link: every pair is left to the titles
        commitment["title"] = _edited(titles[index], rng) if index % 5 == 0 else _title(rng)
    old, new = loads(write_json(old_value)), loads(write_json(new_value))
    result = diff(old, new)
    assert len(result.added) == len(result.removed) == n
    ours = best(lambda: diff(old, new), repeat)
    print(
        f"diff {n:,} x {n:,} unmatched     {ours:8.3f} s   "
        f"{len(result.possible_renames):,} possible renames; {load_average()}"
    )


def _validate(path: Path, jobs: int) -> int:
    argv = ["validate", "--jobs", str(jobs), str(path)]
    code = cli_main(argv, stdout=io.StringIO(), stderr=io.StringIO())
    assert code == 0
    return code


def jobs_speedup(n: int, jobs: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plans.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for plan in generate_plans(n):
                out.write(write_json(plan, indent=None) + "\n")
        size = path.stat().st_size
        print(f"before: {load_average()}")
        serial = best(lambda: _validate(path, 1), repeat)
        parallel = best(lambda: _validate(path, jobs), repeat)
    print(f"validate {n:,} commitments ({size / 1e6:.0f} MB JSONL)")
    print(f"  --jobs 1                      {serial:8.2f} s")
    speed_up = serial / parallel
    print(f"  --jobs {jobs}                      {parallel:8.2f} s   {speed_up:.2f}x faster")
    print(f"after: {load_average()}")


SECTIONS = ("diff-matched", "diff-unmatched", "jobs")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sections", nargs="*", choices=SECTIONS, help="default: all")
    parser.add_argument("--n", type=int, help="commitments (default: per section)")
    parser.add_argument("--jobs", type=int, default=2, help="workers for the jobs section")
    parser.add_argument("--repeat", type=int, default=3, help="runs per task; the best counts")
    args = parser.parse_args(argv)
    for section in args.sections or SECTIONS:
        if section == "diff-matched":
            diff_matched(args.n or 100_000, args.repeat)
        elif section == "diff-unmatched":
            diff_unmatched(args.n or 5_000, args.repeat)
        else:
            jobs_speedup(args.n or 200_000, args.jobs, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
