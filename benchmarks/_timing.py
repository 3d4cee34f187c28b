"""Timing shared by the benchmarks: the best of several runs, with the collector off."""

import gc
import time
from collections.abc import Callable
from typing import Any


def best(task: Callable[[], Any], repeat: int) -> float:
    """Return the shortest wall time of ``repeat`` runs of ``task`` (collector off during each)."""
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
