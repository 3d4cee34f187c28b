"""One fixed palette of the assessments, for every picture of progress (HTML and plots).

Green for what is done or on pace, orange and red for what is behind or missed,
yellow for what has not started, greys for what has no figures to judge or was
called off, lavender for what was put off. Colours are keyed by the assessment's
value, so a verdict this palette does not know is drawn in :data:`UNKNOWN`.

>>> from commitments.render.palette import colour
>>> colour("achieved"), colour("not_started"), colour("something-new")
('#1a9850', '#fee08b', '#969696')
"""

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["ASSESSMENT_COLOURS", "ASSESSMENT_ORDER", "UNKNOWN", "colour"]

#: The assessments in the order legends list them: best first, then the set-asides.
ASSESSMENT_ORDER: tuple[str, ...] = (
    "achieved",
    "ahead",
    "on_track",
    "behind",
    "missed",
    "unreported",
    "pace_unknown",
    "not_started",
    "cancelled",
    "deferred",
)

#: The colour of each assessment.
ASSESSMENT_COLOURS: Mapping[str, str] = MappingProxyType(
    {
        "achieved": "#1a9850",
        "ahead": "#66bd63",
        "on_track": "#a6d96a",
        "behind": "#fdae61",
        "missed": "#d73027",
        "unreported": "#bdbdbd",
        "pace_unknown": "#d9d9d9",
        "not_started": "#fee08b",
        "cancelled": "#525252",
        "deferred": "#9e9ac8",
    }
)

#: The colour of an assessment the palette does not know.
UNKNOWN = "#969696"


def colour(assessment: str) -> str:
    """Return the colour of an assessment (a hex RGB string)."""
    return ASSESSMENT_COLOURS.get(str(assessment), UNKNOWN)
