"""How well and how fast ``commitments extract`` drafts plans from announcements.

Run from the repository root::

    .venv/bin/python benchmarks/extract.py [--repeat N] [--profile]

For each announcement with a hand-made plan of the same text, the draft is scored
(:func:`commitments.extract.score`): recall and precision of (target value, unit)
pairs, of commitments paired one to one, of metric kinds and of categories. The
texts are ``tests/extract/corpus/*.txt`` (our own wording of published lists and
reports, and illustrative texts), and, when it is on this machine, the Jilin 2021
press report the example ``examples/jilin-2021.json`` was typed from (read only,
never copied into the repository; skipped, and said so, when absent).

Then the time to draft a megabyte, best of ``--repeat`` runs: wall time, and
processor time (the fairer figure on a shared machine; the target of under a
second is judged on it), with the load average of the machine at the time:

* **a 1 MB press report** — each long report (the illustrative provincial report
  of the corpus, and the Jilin report when it is here) repeated to a megabyte with
  every number but the years given a new value, so that no sentence with a figure
  is said twice (a sentence said again is read once, which would flatter the
  time): as many promises to the kilobyte as a real announcement has. **Judged.**
* **a 1 MB announcement** — the four short corpus lists said again and again. **Judged.**
* adversarial inputs: 10 MB of digits (in one run, and as numbers one a line and
  cut by spaces), a megabyte without punctuation, of HTML with scripts, of mixed
  scripts, of short lines each a promise, of a word a line (a result or a
  message, never a hang: the budget of one extraction, 50,000 paragraphs and 50,000
  commitments and figures, ends the last two with one ``unread`` review item);
* **a 1 MB list, every figure new** — the short corpus lists with new figures:
  nothing but list items, five times as many promises to the kilobyte as a press
  report. Not judged; its time per commitment drafted is printed.

Last, the command line's wall time on the press-report megabyte, start-up and the
draft's JSON included (``commitments extract FILE -o DRAFT.json``, bytecode caches
written, as an installed package has them), and on a one-line text (start-up
alone). ``--profile`` runs the first judged megabyte once under :mod:`cProfile`
and prints where its time goes.
"""

import argparse
import cProfile
import os
import platform
import pstats
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from commitments import load
from commitments.extract import Draft, extract, extract_file, score

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "extract" / "corpus"
SEED = ROOT.parent / "shared" / "seeds" / "jilin-2021-livelihood-projects.txt"
TEXTS = [
    (SEED, ROOT / "examples" / "jilin-2021.json", "CN-JL", 2021),
    (CORPUS / "shanghai-2023.txt", CORPUS / "shanghai-2023.json", "CN-SH", 2023),
    (CORPUS / "shanghai-2023-en.txt", CORPUS / "shanghai-2023-en.json", "CN-SH", 2023),
    (CORPUS / "gangu-2022.txt", CORPUS / "gangu-2022.json", "CN-620523", 2022),
    (CORPUS / "example-county-2024.txt", CORPUS / "example-county-2024.json", "XX-EX", 2024),
    (CORPUS / "example-province-2025.txt", CORPUS / "example-province-2025.json", "XX-EP", 2025),
]
# The short lists of the corpus: nothing but promises.
LISTS = [
    CORPUS / f"{name}.txt"
    for name in ("shanghai-2023", "shanghai-2023-en", "gangu-2022", "example-county-2024")
]
# Long press reports: as many promises to the kilobyte as a real announcement.
REPORTS = [
    ("illustrative province report", CORPUS / "example-province-2025.txt", 2025),
    ("Jilin report", SEED, 2021),
]
MEGABYTE = 1_000_000
TIME_TARGET = 1.0  # seconds of processor time for a 1 MB announcement


def best_times(run: object, repeat: int) -> tuple[float, float]:
    """The best wall time and the best processor time of ``repeat`` runs."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        run()  # type: ignore[operator]
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return min(wall), min(cpu)


def announcement(size: int = MEGABYTE) -> bytes:
    """The short corpus lists, repeated up to ``size`` bytes of UTF-8 (whole characters)."""
    texts = [path.read_bytes() for path in LISTS]
    data = b"\n\n".join(texts * (size // sum(map(len, texts)) + 1))[:size]
    return data.decode("utf-8", "ignore").encode("utf-8")


def with_new_figures(data: bytes) -> bytes:
    """The same text with every number replaced by another of as many digits (seeded).

    The 1 MB announcement repeats its texts, and a sentence said again is read once;
    this one repeats hardly a sentence with a figure, as a long announcement would not.
    """
    rnd = random.Random(12)

    def new_number(number: re.Match[str]) -> str:
        digits = number.group()
        if len(digits) == 4 and 1900 <= int(digits) <= 2100:
            return digits  # a year stays a year
        return str(rnd.randrange(10 ** (len(digits) - 1), 10 ** len(digits)))

    text = re.sub("[0-9]+", new_number, data.decode("utf-8"))
    return text.encode("utf-8")


def profile(data: bytes, lines: int) -> None:
    """Print the functions that take the most time drafting ``data``, cumulatively."""
    profiler = cProfile.Profile()
    profiler.runcall(extract, data, jurisdiction="X", year=2023)
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="profile the first judged megabyte")
    parser.add_argument("--lines", type=int, default=30, help="functions the profile shows")
    args = parser.parse_args()
    for text, reference, code, year in TEXTS:
        if not text.exists():
            print(f"skipped {text.name}: not on this machine")
            continue
        draft = extract_file(text, jurisdiction=code, year=year)
        scores = score(draft.plan, load(reference))
        open_levels = sum(
            c.metric.kind == "level" and c.baseline is None for c in draft.plan.commitments
        )
        print(
            f"\n== {text.name} ({len(draft.review)} figures to review, "
            f"{open_levels} levels without a baseline)"
        )
        print(scores.table())
    cases: dict[str, tuple[bytes, int, bool]] = {}  # name: (text, plan year, judged)
    for name, path, year in REPORTS:
        if path.exists():
            cases[f"1 MB {name}, figures new"] = (report_megabyte(path.read_bytes()), year, True)
        else:
            print(f"skipped the 1 MB {name}: {path.name} is not on this machine")
    cases |= {
        "1 MB announcement (said again)": (announcement(), 2023, True),
        "10 MB of digits": (b"7" * (10 * MEGABYTE), 2023, False),
        "10 MB of numbers, one a line": (numbers(b"\n", 10 * MEGABYTE), 2023, False),
        "10 MB of numbers cut by spaces": (numbers(b" ", 10 * MEGABYTE), 2023, False),
        "1 MB of short lines, each a promise": (
            b"".join(f"第{n}号站点建设{n % 997}个。\n".encode() for n in range(MEGABYTE // 32)),
            2023,
            False,
        ),
        "1 MB of a word a line": (
            b"".join(f"说明{n}\n".encode() for n in range(MEGABYTE // 12)),
            2023,
            False,
        ),
        "1 MB without punctuation": (
            ("新增城镇就业5万人新建学校10所" * 23000).encode(),
            2023,
            False,
        ),
        "1 MB of HTML with scripts": (
            (
                "<script>var x='建设999个站点';</script><p>新改建农村公路2000公里。</p>" * 12000
            ).encode(),
            2023,
            False,
        ),
        "1 MB of mixed scripts": (
            ("Build 30 schools；新建30所学校، ٣٠ مدرسة; построить 30 школ。🏫" * 11000).encode(),
            2023,
            False,
        ),
        # Last: the caches it fills slow what would be timed after it.
        "1 MB list, every figure new": (with_new_figures(announcement()), 2023, False),
    }
    averages = " ".join(f"{figure:.2f}" for figure in os.getloadavg())
    print(
        f"\n{sys.executable} (Python {platform.python_version()}) {' '.join(sys.argv)}; "
        f"load average {averages}, {os.cpu_count()} cores"
    )
    print(
        f"{'input':<46}{'size':>9}{'drafted':>9}{'review':>8}{'wall':>9}{'processor':>11}"
        f"{'per draft':>11}"
    )
    slow = []
    for name, (data, year, judged) in cases.items():
        drafts: list[Draft] = []
        wall, cpu = best_times(
            lambda data=data, year=year, drafts=drafts: drafts.append(
                extract(data, jurisdiction="X", year=year)
            ),
            args.repeat,
        )
        drafted, review = len(drafts[0].plan.commitments), drafts[0].review
        unread = [item.line for item in review if item.reason == "unread"]
        per = f"{cpu / drafted * 1e6:.0f} µs" if drafted >= 100 else "-"
        mark = " (judged)" if judged else ""
        print(
            f"{name + mark:<46}{len(data) / MEGABYTE:>6.1f} MB{drafted:>9}{len(review):>8}"
            f"{wall:>7.2f} s{cpu:>9.2f} s{per:>11}"
            + (f"  not read from line {unread[0]}" if unread else "")
        )
        if judged and (cpu >= TIME_TARGET or unread):
            slow.append(name)
        del drafts
    first_judged = next(name for name, (_, _, judged) in cases.items() if judged)
    command_line(*cases[first_judged][:2], args.repeat)
    if args.profile:
        profile(cases[first_judged][0], args.lines)
    if slow:
        print(f"more than {TIME_TARGET} s, or not read whole: {', '.join(slow)}", file=sys.stderr)
    return 1 if slow else 0


def numbers(separator: bytes, size: int) -> bytes:
    """Numbers of one to six digits (seeded), each followed by ``separator``, to ``size`` bytes."""
    rnd = random.Random(7)
    parts, total = [], 0
    while total < size:
        part = str(rnd.randrange(10 ** rnd.randrange(1, 7))).encode() + separator
        parts.append(part)
        total += len(part)
    return b"".join(parts)[:size]


def report_megabyte(report: bytes) -> bytes:
    """A long report said again up to a megabyte, every number but the years new."""
    copies = MEGABYTE // len(report) + 1
    data = b"\n\n".join([report] * copies)[:MEGABYTE]
    return with_new_figures(data.decode("utf-8", "ignore").encode("utf-8"))


def command_line(data: bytes, year: int, repeat: int) -> None:
    """Print the wall time of ``commitments extract`` on ``data``, and on one line alone."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [str(Path(sys.executable).with_name("commitments")), "extract"]
    with tempfile.TemporaryDirectory(prefix="commitments-extract-") as folder:
        inputs = {
            "the first judged megabyte": data,
            "one line (start-up alone)": "新建学校10所。".encode(),
        }
        print(
            f"\ncommand line: commitments extract FILE --jurisdiction X --year {year} -o DRAFT.json"
        )
        for name, text in inputs.items():
            path = Path(folder) / "announcement.txt"
            path.write_bytes(text)
            run = [*command, str(path), "--jurisdiction", "X", "--year", str(year)]
            run += ["-o", str(Path(folder) / "draft.json")]
            subprocess.run(run, env=environment, capture_output=True, check=True)  # caches
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                subprocess.run(run, env=environment, capture_output=True, check=True)
                times.append(time.perf_counter() - start)
            print(f"{name:<46}{len(text) / MEGABYTE:>6.1f} MB{min(times):>16.2f} s wall")


if __name__ == "__main__":
    sys.exit(main())
