"""What a DataFrame of progress costs next to loading the plans it comes from.

Run from the repository root (pandas is in the ``pandas`` extra, in ``dev``)::

    .venv/bin/python benchmarks/tables.py                  # 100,000 commitments
    .venv/bin/python benchmarks/tables.py --n 5000 --repeat 1

The plans are the synthetic ones of ``_data.py``, written as a folder of ``.json``
files. Three timings, each the best of ``--repeat`` (the garbage collector off):

* load: ``list(iter_plans(folder))``, reading and validating every document;
* table from files: ``progress_table(folder, as_of=...).to_pandas()``, which loads
  them too, then measures every commitment and builds the frame;
* table from plans: the same from the plans already loaded.

The target is "table from files" at most twice "load".
"""

import argparse
import datetime
import sys
import tempfile
from pathlib import Path

from _data import make_corpus
from _timing import best

from commitments import iter_plans
from commitments.tables import progress_table

AS_OF = datetime.date(2021, 9, 30)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="commitments in all")
    parser.add_argument("--repeat", type=int, default=3, help="runs per task; the best counts")
    args = parser.parse_args(argv)
    corpus = make_corpus(args.n)
    with tempfile.TemporaryDirectory() as folder:
        for index, document in enumerate(corpus.documents):
            (Path(folder) / f"plan-{index:05d}.json").write_bytes(document)
        plans = list(iter_plans(folder))
        assert sum(len(p.commitments) for p in plans) == args.n
        frame = progress_table(folder, as_of=AS_OF).to_pandas()
        assert len(frame) == args.n
        assert str(frame["fraction"].dtype) == "float64"
        load = best(lambda: list(iter_plans(folder)), args.repeat)
        from_files = best(lambda: progress_table(folder, as_of=AS_OF).to_pandas(), args.repeat)
        from_plans = best(lambda: progress_table(plans, as_of=AS_OF).to_pandas(), args.repeat)
    print(f"{args.n:,} commitments in {len(corpus.documents):,} files")
    print(f"load (iter_plans)                     {load:8.2f} s")
    print(
        f"progress_table(folder).to_pandas()    {from_files:8.2f} s   {from_files / load:.2f}x load"
    )
    print(
        f"progress_table(plans).to_pandas()     {from_plans:8.2f} s   {from_plans / load:.2f}x load"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
