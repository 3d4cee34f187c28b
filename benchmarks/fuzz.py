"""A long fuzz run: random and mutated documents through every entry point, for a while.

Run from the repository root (``make fuzz`` runs it for ten minutes)::

    .venv/bin/python benchmarks/fuzz.py --seconds 600

Each input (random bytes, byte edits and value edits of the shipped examples, see
``tests/fuzzing.py``) goes through ``validate``, ``loads``, ``plan_progress``,
``summarize``, ``diff``, ``History``, ``dumps`` and the command line's ``validate``,
``progress``, ``diff`` and ``history``. The run prints how many inputs it tried, in
how long, how many raised an exception that is not documented, and how many took
longer than the time bound (wall time, :func:`time.perf_counter`); it exits 1 if
either count is not zero, and prints the first few offending inputs.
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hypothesis import HealthCheck, given, seed, settings

from fuzzing import TIME_BOUND, Unexpected, exercise, fuzz_inputs


def main() -> int:
    """Fuzz for the given time; print the figures; exit 1 on any unexpected outcome."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600.0, help="how long to run")
    parser.add_argument("--batch", type=int, default=500, help="inputs per hypothesis run")
    args = parser.parse_args()
    tried, slowest = 0, 0.0
    unexpected: list[tuple[str, bytes]] = []
    over: list[tuple[float, bytes]] = []
    start = time.perf_counter()
    deadline = start + args.seconds

    def one(data: bytes) -> None:
        nonlocal tried, slowest
        if time.perf_counter() > deadline:
            return
        tried += 1
        try:
            seconds = exercise(data)
        except Unexpected as error:
            unexpected.append((str(error), data[:200]))
            return
        slowest = max(slowest, seconds)
        if seconds >= TIME_BOUND:
            over.append((seconds, data[:200]))

    run = 0
    while time.perf_counter() < deadline:
        test = settings(
            max_examples=args.batch,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )(given(fuzz_inputs())(one))
        seed(run)(test)()
        run += 1
    elapsed = time.perf_counter() - start
    print(f"inputs tried: {tried:,}")
    print(f"time: {elapsed:.0f} s ({tried / elapsed:.1f} inputs/s)")
    print(f"unexpected exceptions: {len(unexpected)}")
    print(f"inputs over the {TIME_BOUND} s bound: {len(over)} (slowest: {slowest:.2f} s)")
    for message, data in unexpected[:5]:
        print(f"  {message}\n    input: {data!r}")
    for seconds, data in over[:5]:
        print(f"  {seconds:.2f} s: {data!r}")
    return 1 if unexpected or over else 0


if __name__ == "__main__":
    sys.exit(main())
