"""How fast ``commitments`` validates, loads and writes plans, next to pydantic v2 and msgspec.

Run from the repository root (the peers are in the ``bench`` extra)::

    .venv/bin/python benchmarks/validate.py                # 100,000 commitments
    .venv/bin/python benchmarks/validate.py --n 5000 --repeat 1

The data is synthetic and deterministic (see ``_data.py``): plans of
``--plan-size`` commitments that look like a province's yearly list of
livelihood projects, each serialised once as an indented ``.json`` document.
Every contender gets the same bytes, in the same process:

* commitments: ``loads`` (read, validate every layer, build the attrs model),
  ``validate`` (read and validate, no model), ``dumps`` (compact);
* pydantic v2: ``model_validate_json`` and a compact dump;
* msgspec: a typed ``Decoder.decode`` and ``Encoder.encode``.

What each peer checks, and what it does not, is in ``_peers.py``: the peers skip
the rules layer and the duplicate-key check, so the comparison favours them.
Each task runs ``--repeat`` times, the contenders taking turns (the garbage
collector off, as :mod:`timeit` does), and the best time counts. Then the cold
start: the wall time of a fresh ``python -c "import commitments.cli.shell"`` and of
``commitments validate examples/jilin-2021.json``, best of five.
"""

import argparse
import gc
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from _data import make_corpus
from _peers import PPlan, msgspec_decoder, msgspec_encoder, pydantic_dumps

import commitments

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "jilin-2021.json"
LOAD_TARGET = 1.5  # validate + load within 1.5 times pydantic v2's time
COLD_TARGET = 0.25  # seconds for `commitments validate examples/jilin-2021.json`
COLD_RUNS = 5


class Timing(NamedTuple):
    contender: str
    task: str
    seconds: float


def timed(each: Callable[[Any], Any], items: Sequence[Any]) -> tuple[float, list[Any]]:
    """Apply ``each`` to every item, the collector off (as :mod:`timeit` does): time, results."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        results = [each(item) for item in items]
        return time.perf_counter() - start, results
    finally:
        gc.enable()


def _check(reports: list[commitments.Report]) -> None:
    failed = [report for report in reports if report.findings]
    if failed:
        raise SystemExit(f"a synthetic plan has findings:\n{failed[0].findings[0]}")


def run_tasks(documents: Sequence[bytes], repeat: int, say: Callable[[str], None]) -> list[Timing]:
    """Time every task of every contender over the same documents; the best of each counts.

    The contenders take turns within each round, so that a change in the machine's
    load during the run weighs on all of them alike.
    """
    contenders: tuple[tuple[str, Callable[[bytes], Any], Callable[[Any], Any]], ...] = (
        ("commitments", commitments.loads, lambda plan: commitments.dumps(plan, indent=None)),
        ("pydantic v2", PPlan.model_validate_json, pydantic_dumps),
        ("msgspec", msgspec_decoder.decode, msgspec_encoder.encode),
    )
    best: dict[tuple[str, str], float] = {}

    def record(contender: str, task: str, seconds: float) -> None:
        best[contender, task] = min(seconds, best.get((contender, task), seconds))

    for round_ in range(1, repeat + 1):
        say(f"round {round_} of {repeat}")
        for contender, load, dump in contenders:
            seconds, loaded = timed(load, documents)
            record(contender, "validate + load", seconds)
            if contender == "commitments":
                seconds, reports = timed(commitments.validate, documents)
                record(contender, "validate only", seconds)
                _check(reports)
            record(contender, "dumps", timed(dump, loaded)[0])
            del loaded
    return [Timing(contender, task, seconds) for (contender, task), seconds in best.items()]


def cold_start() -> list[tuple[str, float]]:
    """Wall time of fresh processes (best of five): importing the CLI, validating an example."""
    script = shutil.which("commitments", path=str(Path(sys.executable).parent))
    validate = [script] if script else [sys.executable, "-m", "commitments"]
    commands = (
        (
            'python -c "import commitments.cli.shell"',
            [sys.executable, "-c", "import commitments.cli.shell"],
        ),
        ("commitments validate examples/jilin-2021.json", [*validate, "validate", str(EXAMPLE)]),
    )
    results = []
    for label, command in commands:
        best = float("inf")
        for _ in range(COLD_RUNS):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
            best = min(best, time.perf_counter() - start)
        results.append((label, best))
    return results


def _rate(commitments_count: int, seconds: float) -> str:
    return f"{commitments_count / seconds:,.0f}"


def report(timings: list[Timing], count: int) -> list[str]:
    """The tables: each timing with its rate, then ours over each peer's time."""
    lines = [f"{'contender':<13} {'task':<17} {'best (s)':>9} {'commitments/s':>14}"]
    lines += [
        f"{t.contender:<13} {t.task:<17} {t.seconds:>9.3f} {_rate(count, t.seconds):>14}"
        for t in timings
    ]
    seconds = {(t.contender, t.task): t.seconds for t in timings}
    lines += ["", f"{'ours / peer (time)':<20} {'pydantic v2':>12} {'msgspec':>9}"]
    for task, peer_task in (
        ("validate + load", "validate + load"),
        ("validate only", "validate + load"),
        ("dumps", "dumps"),
    ):
        ours = seconds["commitments", task]
        ratios = [ours / seconds[peer, peer_task] for peer in ("pydantic v2", "msgspec")]
        lines.append(f"{task:<20} {ratios[0]:>11.2f}x {ratios[1]:>8.2f}x")
    load_ratio = (
        seconds["commitments", "validate + load"] / seconds["pydantic v2", "validate + load"]
    )
    verdict = "met" if load_ratio <= LOAD_TARGET else "NOT met"
    lines.append(f"target: validate + load within {LOAD_TARGET}x pydantic v2: {verdict}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--n", type=int, default=100_000, help="commitments in all (100,000)")
    parser.add_argument("--plan-size", type=int, default=50, help="commitments per plan (50)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each task; best counts")
    parser.add_argument("--seed", type=int, default=2021, help="seed of the synthetic data")
    parser.add_argument("--no-cold-start", action="store_true", help="skip the subprocess timings")
    args = parser.parse_args(argv)
    if args.n < 1 or args.plan_size < 1 or args.repeat < 1:
        parser.error("--n, --plan-size and --repeat must be positive")

    def say(message: str) -> None:
        print(f"... {message}", file=sys.stderr, flush=True)

    corpus = make_corpus(args.n, per_plan=args.plan_size, seed=args.seed, progress=say)
    size = sum(map(len, corpus.documents))
    timings = run_tasks(corpus.documents, args.repeat, say)
    print(
        f"{args.n:,} commitments in {len(corpus.documents):,} plans of {args.plan_size}"
        f" ({size / 1e6:.1f} MB of JSON), best of {args.repeat}; Python {sys.version.split()[0]}"
    )
    print("\n".join(report(timings, args.n)))
    if not args.no_cold_start:
        say("timing cold starts")
        print(f"\ncold start (wall, best of {COLD_RUNS})")
        for label, seconds in cold_start():
            print(f"{label:<47} {seconds:.3f} s")
        print(f"target: `commitments validate examples/jilin-2021.json` under {COLD_TARGET} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
