"""How fast ``commitments`` validates, loads and writes plans, next to pydantic v2 and msgspec.

Run from the repository root (the peers are in the ``bench`` extra)::

    .venv/bin/python benchmarks/validate.py                # 100,000 commitments
    .venv/bin/python benchmarks/validate.py --n 5000 --repeat 1 --plan-size 50

The data is synthetic and deterministic (see ``_data.py``): plans of
``--plan-size`` commitments (50 and 1,000 by default, each timed apart) that look
like a province's yearly list of livelihood projects, each serialised once as an
indented ``.json`` document. Each size is timed on two datasets: ``clean`` (no
finding at all) and ``warnings`` (30% of commitments carry the most common
finding of real data, a ``status-contradicts-progress`` warning: "completed" beside
a September figure short of the target). Every contender gets the same bytes, in
the same process:

* commitments: ``loads`` (read, validate every layer, build the attrs model),
  ``validate`` (read and validate, no model), ``dumps`` (compact);
* pydantic v2: ``model_validate_json`` and a compact dump;
* msgspec: a typed ``Decoder.decode`` and ``Encoder.encode``.

What each peer checks, and what it does not, is in ``_peers.py``: the peers skip
the rules layer and the duplicate-key check, so the comparison favours them.
Each task runs ``--repeat`` times, the contenders taking turns, and the best time
counts, in two modes: ``timeit`` (the garbage collector off and every result
kept, as :mod:`timeit` does) and ``dropped`` (the collector on and each result
dropped at once, as a loop that checks files one by one runs). Then the cold
start: the wall time of a fresh ``python -c "import commitments.cli.shell"`` and of
``commitments validate examples/jilin-2021.json``, best of five (each after a first
run that writes the bytecode caches, as an installed package has them), beside the
floor of the same process that only imports the dependencies.

``--floors`` adds, per dataset, the pieces any validator of this format built on
the fastest exact parser and schema check at hand must run, each timed alone on
the same documents: the exact parse (stdlib :mod:`json` and msgspec, numbers as
Decimals), the compiled schema check (jsonschema-rs, on parsed values), the count
of object members (the duplicate-key check), the rules, and building the model.
Their sums say how close to pydantic v2 a design of these pieces can come: the
floor of ``validate`` is parse + members + schema + rules, that of ``loads`` adds
the build.
"""

import argparse
import gc
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

import msgspec
from _data import make_corpus
from _peers import PPlan, msgspec_decoder, msgspec_encoder, pydantic_dumps

import commitments
from commitments.convert._builders import build_plan_counting
from commitments.reading._byte_scans import prescan
from commitments.reading.document import MAX_DEPTH
from commitments.validation._fast_schema import compiled_validator
from commitments.validation.rules import check_rules

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "jilin-2021.json"
LOAD_TARGET = 1.0  # validate + load within pydantic v2's time
VALIDATE_TARGET = 0.5  # validate only within half of pydantic v2's validate + load
COLD_TARGET = 0.15  # seconds for `commitments validate examples/jilin-2021.json`
DATASETS = {"clean": 0, "warnings": 30}  # percent of commitments with a warning
MODES = ("timeit", "dropped")
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


def dropped(each: Callable[[Any], Any], items: Sequence[Any]) -> tuple[float, list[Any]]:
    """Apply ``each`` to every item, the collector on, each result dropped at once."""
    gc.collect()
    start = time.perf_counter()
    for item in items:
        each(item)
    return time.perf_counter() - start, []


def check_findings(documents: Sequence[bytes], percent: int) -> None:
    """Stop unless the documents have exactly the findings the dataset is meant to have."""
    codes = [f.code for document in documents for f in commitments.validate(document).findings]
    if set(codes) - {"status-contradicts-progress"} or (percent == 0) != (not codes):
        raise SystemExit(f"the synthetic plans have unexpected findings: {sorted(set(codes))}")


def run_tasks(
    documents: Sequence[bytes], repeat: int, say: Callable[[str], None], mode: str = "timeit"
) -> list[Timing]:
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

    run = timed if mode == "timeit" else dropped
    for round_ in range(1, repeat + 1):
        say(f"round {round_} of {repeat} ({mode})")
        for contender, load, dump in contenders:
            seconds, loaded = run(load, documents)
            record(contender, "validate + load", seconds)
            if contender == "commitments":
                record(contender, "validate only", run(commitments.validate, documents)[0])
            if mode == "timeit":
                record(contender, "dumps", timed(dump, loaded)[0])
            del loaded
    return [Timing(contender, task, seconds) for (contender, task), seconds in best.items()]


def floors(documents: Sequence[bytes], repeat: int) -> list[str]:
    """Time the pieces of a validator of this format alone, each beside pydantic v2's time.

    See the module's doc: the sums are the least a design of these pieces can cost.
    """
    decode = msgspec.json.Decoder(float_hook=Decimal).decode
    check = compiled_validator()
    if check is None:
        return ["floors: jsonschema-rs is not installed"]
    texts = [document.decode("utf-8") for document in documents]
    values = [decode(document) for document in documents]
    pieces: tuple[tuple[str, Callable[[Any], Any], Sequence[Any]], ...] = (
        ("pydantic v2 validate + load", PPlan.model_validate_json, documents),
        ("parse: json.loads, Decimals", lambda text: json.loads(text, parse_float=Decimal), texts),
        ("parse: msgspec, Decimals", decode, documents),
        ("members and depth (prescan)", lambda data: prescan(data, MAX_DEPTH), documents),
        ("schema: jsonschema-rs", check, values),
        ("rules", lambda value: check_rules(value, schema_valid=True), values),
        ("build the model", build_plan_counting, values),
    )
    best = dict.fromkeys((name for name, _each, _items in pieces), float("inf"))
    for _ in range(repeat):
        for name, each, items in pieces:
            best[name] = min(best[name], timed(each, items)[0])
    pydantic = best["pydantic v2 validate + load"]
    lines = [f"{'piece':<30} {'best (s)':>9} {'/ pydantic':>11}"]
    lines += [
        f"{name:<30} {seconds:>9.3f} {seconds / pydantic:>10.2f}x" for name, seconds in best.items()
    ]
    parse = min(best["parse: json.loads, Decimals"], best["parse: msgspec, Decimals"])
    validate = (
        parse + best["members and depth (prescan)"] + best["schema: jsonschema-rs"] + best["rules"]
    )
    load = validate + best["build the model"]
    for task, seconds, target in (
        ("validate", validate, VALIDATE_TARGET),
        ("validate + load", load, LOAD_TARGET),
    ):
        lines.append(
            f"floor of {task}: {seconds:.3f} s = {seconds / pydantic:.2f}x pydantic v2"
            f" (target {target}x)"
        )
    return lines


def cold_start() -> list[tuple[str, float]]:
    """Wall time of fresh processes (best of five): the floor, importing the CLI, validating.

    Each command runs once first, so that Python has written the bytecode caches an
    installed package has (``PYTHONDONTWRITEBYTECODE`` is dropped for these runs).
    """
    script = shutil.which("commitments", path=str(Path(sys.executable).parent))
    validate = [script] if script else [sys.executable, "-m", "commitments"]
    floor = "import attrs, jsonschema_rs, argparse, json, decimal, pathlib, datetime"
    commands = (
        ("floor: python importing the dependencies", [sys.executable, "-c", floor]),
        (
            'python -c "import commitments.cli.shell"',
            [sys.executable, "-c", "import commitments.cli.shell"],
        ),
        ("commitments validate examples/jilin-2021.json", [*validate, "validate", str(EXAMPLE)]),
    )
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    results = []
    for label, command in commands:
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=environment)
        best = float("inf")
        for _ in range(COLD_RUNS):
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=environment)
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
        if ("commitments", task) not in seconds:
            continue
        ours = seconds["commitments", task]
        ratios = [ours / seconds[peer, peer_task] for peer in ("pydantic v2", "msgspec")]
        lines.append(f"{task:<20} {ratios[0]:>11.2f}x {ratios[1]:>8.2f}x")
    pydantic = seconds["pydantic v2", "validate + load"]
    for task, target in (("validate + load", LOAD_TARGET), ("validate only", VALIDATE_TARGET)):
        ratio = seconds["commitments", task] / pydantic
        verdict = "met" if ratio <= target else "NOT met"
        lines.append(f"target: {task} within {target}x pydantic v2: {verdict} ({ratio:.2f}x)")
    return lines


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part) for part in text.split(",")]
    except ValueError:
        sizes = []
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError(
            f"expected positive whole numbers, comma-separated: {text!r}"
        )
    return sizes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--n", type=int, default=100_000, help="commitments in all (100,000)")
    parser.add_argument(
        "--plan-size", type=_sizes, default=[50, 1000], help="commitments per plan (50,1000)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of each task; best counts")
    parser.add_argument("--seed", type=int, default=2021, help="seed of the synthetic data")
    parser.add_argument(
        "--dataset", choices=[*DATASETS, "both"], default="both", help="clean, warnings or both"
    )
    parser.add_argument("--mode", choices=[*MODES, "both"], default="both", help="timing mode")
    parser.add_argument("--no-cold-start", action="store_true", help="skip the subprocess timings")
    parser.add_argument(
        "--floors", action="store_true", help="also time the pieces of a validator alone"
    )
    args = parser.parse_args(argv)
    if args.n < 1 or args.repeat < 1:
        parser.error("--n and --repeat must be positive")

    def say(message: str) -> None:
        print(f"... {message}", file=sys.stderr, flush=True)

    datasets = list(DATASETS) if args.dataset == "both" else [args.dataset]
    modes = list(MODES) if args.mode == "both" else [args.mode]
    print(f"Python {sys.version.split()[0]}, best of {args.repeat}")
    for size in args.plan_size:
        for dataset in datasets:
            percent = DATASETS[dataset]
            corpus = make_corpus(
                args.n, per_plan=size, seed=args.seed, warnings=percent, progress=say
            )
            check_findings(corpus.documents, percent)
            megabytes = sum(map(len, corpus.documents)) / 1e6
            for mode in modes:
                timings = run_tasks(corpus.documents, args.repeat, say, mode)
                print(
                    f"\n== {dataset}, plans of {size}, {mode}: {args.n:,} commitments in"
                    f" {len(corpus.documents):,} plans ({megabytes:.1f} MB of JSON)"
                )
                print("\n".join(report(timings, args.n)))
            if args.floors:
                print(f"\n== {dataset}, plans of {size}: the pieces alone (timeit)")
                print("\n".join(floors(corpus.documents, args.repeat)))
    if not args.no_cold_start:
        say("timing cold starts")
        print(f"\ncold start (wall, best of {COLD_RUNS})")
        for label, seconds in cold_start():
            print(f"{label:<47} {seconds:.3f} s")
        print(f"target: `commitments validate examples/jilin-2021.json` under {COLD_TARGET} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
