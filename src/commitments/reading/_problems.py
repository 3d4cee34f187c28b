"""What parsing one JSON text gives: a value, and problems not yet placed in a file.

:func:`~commitments.reading._parse.parse` makes an :class:`Outcome`;
:mod:`commitments.reading.document` turns its problems into located findings.
"""

from typing import Any

from attrs import define, field

from commitments.model.vocab import Severity

__all__ = ["Outcome", "Problem"]


@define
class Problem:
    """One finding before it is located in a file.

    Attributes:
        code: The finding code.
        parts: Pointer parts of the offending value.
        message: The finding's message.
        offset: Where in the text to point (code points from the start).
        severity: Error or warning.

    """

    code: str
    parts: list[str]
    message: str
    offset: int
    severity: Severity = Severity.ERROR


@define
class Outcome:
    """The value read from a text (``None`` if unreadable) and its problems."""

    value: Any = None
    readable: bool = True
    problems: list[Problem] = field(factory=list)
