"""The cyclic garbage collector, paused while a draft is made.

Extraction makes hundreds of thousands of small objects (sentences, figures,
candidates, the draft's dicts) and keeps most of them alive until the draft is
built, but makes no reference cycles: reference counting frees all it drops.
Each pass of the collector walks every live object all the same, and on a 1 MB
announcement those passes were a sixth of the time. While a draft is made the
collector waits; it runs again afterwards as it was (and collects then anything
that did form a cycle).

>>> import gc
>>> with collector_paused():
...     gc.isenabled()
False
>>> gc.isenabled()
True
"""

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collector_paused"]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block, if it runs; resume it after."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
