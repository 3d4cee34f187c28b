"""Charts of progress and fulfilment, drawn with Matplotlib (``pip install 'commitments[plot]'``).

Each function follows Matplotlib's conventions: it draws on the ``ax=`` it is given
(or on a new figure's) and returns the Axes. Assessments are coloured from one fixed
palette (:mod:`commitments.render.palette`), the same as in notebook tables. Chinese
titles need a CJK font: one is found among the installed fonts, or a
:class:`CJKFontWarning` says how to install one.
"""

from commitments.plot._fonts import CJKFontWarning, cjk_font
from commitments.plot.categories import category_breakdown
from commitments.plot.fulfilment import fulfilment_over_years
from commitments.plot.progress import progress_bars
from commitments.plot.series import commitment_chart

__all__ = [
    "CJKFontWarning",
    "category_breakdown",
    "cjk_font",
    "commitment_chart",
    "fulfilment_over_years",
    "progress_bars",
]
