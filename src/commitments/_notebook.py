"""The hook through which objects of the lower layers find their notebook HTML.

The model and the analysis hold data; drawing it as HTML (a plan's progress bars,
coloured by assessment) needs the analysis and the render layer above them, which
they may not import. So their ``_repr_html_`` asks this hook, which imports nothing,
and the package face (``commitments/__init__.py``), which sits above every layer,
sets the hook to the render layer's renderer, loaded on the first display. Until it
is set, objects show their one-line repr.
"""

from collections.abc import Callable
from typing import Any

__all__ = ["html"]

#: Draws an object as HTML for a notebook; set by the package face.
html: Callable[[Any], str] | None = None
