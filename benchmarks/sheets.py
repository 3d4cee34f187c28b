"""How long a plan takes to go out to a spreadsheet and back in, next to loading it from JSON.

Run from the repository root (openpyxl is in the ``sheets`` extra)::

    .venv/bin/python benchmarks/sheets.py                  # 10,000 commitments
    .venv/bin/python benchmarks/sheets.py --n 2000 --repeat 2

The plan is synthetic and deterministic (see ``_data.py``): one plan of ``--n``
commitments that looks like a province's yearly list of livelihood projects,
with its observations and sources. The tasks take turns, ``--repeat`` rounds
(the garbage collector off, as :mod:`timeit` does), and the best time of each
counts (the median ratio of the rounds is shown too):

* ``loads``: read, validate and build the plan from its indented JSON text;
* ``export``: :func:`~commitments.sheets.export_workbook` (or ``export_csv``);
* ``import``: :func:`~commitments.sheets.read_workbook` of what was exported,
  which validates the plan as ``loads`` does.

Export + import of the ``.xlsx`` workbook must take at most ten times ``loads``;
the script exits 1 when it does not.
"""

import argparse
import functools
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _data import generate_plans

import commitments
from commitments import Plan
from commitments.convert import write_json
from commitments.sheets import export_csv, export_workbook, read_workbook

TARGET = 10.0  # export + import within ten times loading from JSON


def timed(task: Callable[[], Any]) -> float:
    """The wall time of one run of ``task``, the collector off."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        task()
        return time.perf_counter() - start
    finally:
        gc.enable()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="commitments in the plan")
    parser.add_argument("--repeat", type=int, default=5, help="rounds (the best of each counts)")
    args = parser.parse_args(argv)

    document = generate_plans(args.n, per_plan=args.n)[0]
    text = write_json(document).encode()
    plan = commitments.loads(text)
    observations = sum(len(c.progress or ()) for c in plan.commitments)
    sources = sum(len(c.sources or ()) for c in plan.commitments)
    print(
        f"plan: {len(plan.commitments):,} commitments, {observations:,} observations, "
        f"{sources:,} sources; {len(text) / 1e6:.1f} MB of JSON"
    )
    forms: dict[str, tuple[Callable[[Plan, Path], None], str]] = {
        "xlsx": (export_workbook, "plan.xlsx"),
        "csv": (export_csv, "plan"),
    }
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for _ in range(args.repeat):  # the tasks take turns, so that a busy moment hits all
            times.setdefault("loads", []).append(timed(lambda: commitments.loads(text)))
            for form, (export, file) in forms.items():
                target = folder / file
                out = timed(functools.partial(export, plan, target))
                times.setdefault(f"{form} export", []).append(out)
                into = timed(functools.partial(read_workbook, target))
                times.setdefault(f"{form} import", []).append(into)
        for form, (_, file) in forms.items():
            read, report = read_workbook(folder / file)
            if read != plan or report.findings:
                raise SystemExit(f"the {form} round trip lost something: {report.findings[:3]}")
    best = {task: min(runs) for task, runs in times.items()}
    print(f"loads (JSON)          {best['loads']:7.2f} s")
    ratio = 0.0
    for form in forms:
        out, into = best[f"{form} export"], best[f"{form} import"]
        rounds = sorted(
            (e + i) / lo
            for lo, e, i in zip(
                times["loads"], times[f"{form} export"], times[f"{form} import"], strict=True
            )
        )
        print(
            f"{form:5} export {out:7.2f} s   import {into:7.2f} s   both {out + into:7.2f} s"
            f" = {(out + into) / best['loads']:5.1f} x loads (rounds: median "
            f"{rounds[len(rounds) // 2]:.1f} x)"
        )
        if form == "xlsx":
            ratio = (out + into) / best["loads"]
    verdict = "within" if ratio <= TARGET else "OVER"
    print(f"xlsx export + import: {ratio:.1f} x loads, {verdict} the target of {TARGET:.0f} x")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
