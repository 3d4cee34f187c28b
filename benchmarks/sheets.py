"""How long a plan takes to go out to a spreadsheet and back in, next to loading it from JSON.

Run from the repository root (openpyxl is in the ``sheets`` extra)::

    .venv/bin/python benchmarks/sheets.py                  # 10,000 commitments
    .venv/bin/python benchmarks/sheets.py --n 2000 --repeat 1

The plan is synthetic and deterministic (see ``_data.py``): one plan of ``--n``
commitments that looks like a province's yearly list of livelihood projects,
with its observations and sources. Each task runs ``--repeat`` times (the
garbage collector off, as :mod:`timeit` does) and the best time counts:

* ``loads``: read, validate and build the plan from its indented JSON text;
* ``export``: :func:`~commitments.sheets.export_workbook` (or ``export_csv``);
* ``import``: :func:`~commitments.sheets.read_workbook` of what was exported,
  which validates the plan as ``loads`` does.

Export + import of the ``.xlsx`` workbook must take at most ten times ``loads``;
the script exits 1 when it does not.
"""

import argparse
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _data import generate_plans

import commitments
from commitments.convert import write_json
from commitments.sheets import export_csv, export_workbook, read_workbook

TARGET = 10.0  # export + import within ten times loading from JSON


def best(task: Callable[[], Any], repeat: int) -> float:
    """The best wall time of ``repeat`` runs of ``task``, the collector off."""
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            task()
            times.append(time.perf_counter() - start)
        finally:
            gc.enable()
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="commitments in the plan")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each task (best counts)")
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
    loads = best(lambda: commitments.loads(text), args.repeat)
    print(f"loads (JSON)          {loads:7.2f} s")
    ratio = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for form, export, target in (
            ("xlsx", export_workbook, Path(folder) / "plan.xlsx"),
            ("csv", export_csv, Path(folder) / "plan"),
        ):
            out = best(lambda export=export, target=target: export(plan, target), args.repeat)
            into = best(lambda target=target: read_workbook(target), args.repeat)
            read, report = read_workbook(target)
            if read != plan or report.findings:
                raise SystemExit(f"the {form} round trip lost something: {report.findings[:3]}")
            size = sum(p.stat().st_size for p in [target, *target.glob("*")] if p.is_file())
            print(
                f"{form:5} export {out:7.2f} s   import {into:7.2f} s   both {out + into:7.2f} s"
                f" = {(out + into) / loads:5.1f} x loads   ({size / 1e6:.1f} MB)"
            )
            if form == "xlsx":
                ratio = (out + into) / loads
    verdict = "within" if ratio <= TARGET else "OVER"
    print(f"xlsx export + import: {ratio:.1f} x loads, {verdict} the target of {TARGET:.0f} x")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
