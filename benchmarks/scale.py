"""How ``commitments`` scales to large datasets: time and peak memory, beside a floor.

Run from the repository root::

    .venv/bin/python benchmarks/scale.py                    # every section, 1,000,000 commitments
    .venv/bin/python benchmarks/scale.py --n 100000 --section validate

Each section is a function of :data:`SECTIONS`, measured apart, that prints its own
lines; a new measurement is a new section. Commands run in fresh processes, and the
peak resident memory (RSS) of each is read from the kernel's accounting of that
process (:func:`os.wait4`). The kernel's peak counts from the fork, so a figure
near this script's own size (about 55 MB after generating the data) is an upper
bound: the command itself stayed below it.

Sections:

* ``validate``: ``commitments validate`` of one ``.jsonl`` file of ``--n``
  commitments (plans of ``--plan-size``, one per line, 30% of commitments with a
  ``status-contradicts-progress`` warning, ``--max-findings 0`` so that the
  terminal is not the bottleneck), beside the floor: a Python loop that
  :func:`json.loads` every line. The goal is a peak RSS under 200 MB.

The data is the synthetic data of ``_data.py``: ``--distinct`` plans generated
once and written in turn (each line is a plan of its own, so repeating one costs
the reader as much as a new one) until ``--n`` commitments are written.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from _data import generate_plans, with_warnings

from commitments.convert._json_text import write_json

ROOT = Path(__file__).resolve().parent.parent
RSS_TARGET_MB = 200  # peak RSS of `commitments validate` on 1,000,000 commitments

#: A section: its arguments and a folder for its files; it prints its own lines.
Section = Callable[[argparse.Namespace, Path], None]


def write_jsonl(path: Path, commitments: int, *, per_plan: int, distinct: int) -> int:
    """Write a ``.jsonl`` file of ``commitments`` commitments; return its size in bytes.

    ``distinct`` plans are generated (30% of their commitments with a warning) and
    written in turn until there are enough.
    """
    plans = generate_plans(min(commitments, distinct * per_plan), per_plan=per_plan, seed=13)
    with_warnings(plans, percent=30)
    lines = [write_json(plan, indent=None).encode() for plan in plans]
    written = 0
    with path.open("wb") as out:
        index = 0
        while written < commitments:
            plan_size = len(plans[index % len(plans)]["commitments"])
            out.write(lines[index % len(lines)] + b"\n")
            written += plan_size
            index += 1
    return path.stat().st_size


def measure(command: Sequence[str]) -> tuple[float, float, int]:
    """Run a command in a fresh process: wall seconds, peak RSS in MB, exit code."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        process = subprocess.Popen(command, stdout=null, stderr=null, cwd=ROOT)
        _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, process.returncode  # ru_maxrss is in KiB


def _commitments_command() -> list[str]:
    return [sys.executable, "-c", "import sys; from commitments.cli import main; sys.exit(main())"]


_FLOOR = "import json, sys\nfor line in open(sys.argv[1], 'rb'):\n    json.loads(line)\n"


def section_validate(args: argparse.Namespace, folder: Path) -> None:
    """``commitments validate`` of a large ``.jsonl`` file: time and peak RSS, beside the floor."""
    path = folder / "plans.jsonl"
    size = write_jsonl(path, args.n, per_plan=args.plan_size, distinct=args.distinct)
    print(
        f"validate: {args.n:,} commitments, plans of {args.plan_size} one per line,"
        f" {size / 1e6:,.0f} MB"
    )
    rows = (
        ("commitments validate --max-findings 0", [*_commitments_command(), "validate",
                                                    "--max-findings", "0", str(path)]),
        ("floor: json.loads per line", [sys.executable, "-c", _FLOOR, str(path)]),
    )  # fmt: skip
    results = {}
    for label, command in rows:
        seconds, peak, code = measure(command)
        results[label] = (seconds, peak)
        print(f"  {label:<40} {seconds:>8.1f} s  {peak:>8.0f} MB peak RSS  (exit {code})")
    peak = results[rows[0][0]][1]
    verdict = "met" if peak < RSS_TARGET_MB else "NOT met"
    print(f"  target: peak RSS under {RSS_TARGET_MB} MB: {verdict}")


#: Every section, by name, in the order run.
SECTIONS: dict[str, Section] = {"validate": section_validate}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="commitments (1,000,000)")
    parser.add_argument("--plan-size", type=int, default=50, help="commitments per plan (50)")
    parser.add_argument("--distinct", type=int, default=200, help="distinct plans written (200)")
    parser.add_argument(
        "--section", choices=list(SECTIONS), action="append", help="run only these sections"
    )
    args = parser.parse_args(argv)
    if min(args.n, args.plan_size, args.distinct) < 1:
        parser.error("--n, --plan-size and --distinct must be positive")
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="commitments-scale-") as folder:
        for name in args.section or SECTIONS:
            SECTIONS[name](args, Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
