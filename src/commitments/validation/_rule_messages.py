"""What a rule reports: a problem, and the words of its message.

Every rule of :mod:`commitments.validation.rules` reports each problem it finds as
a :data:`Problem` and writes its message with these words, so that a number, a
quoted string or a list of names reads alike in every finding.
"""

import json
from collections.abc import Iterable
from decimal import Decimal

from commitments.validation._numbers import Number, exact

__all__ = ["Problem", "listing", "quoted", "shown"]

#: One problem a rule finds: the rule's code, the JSON Pointer of the offending member
#: (or of the object that lacks one) and the message.
Problem = tuple[str, str, str]

_LONGEST_QUOTE = 60


def shown(number: Number) -> str:
    """Write a number for a message, as the document writes it (any size of int).

    A float is written as the decimal it prints as.

    >>> shown(230000), shown(Decimal("95.0")), shown(1e-05)
    ('230000', '95.0', '0.00001')
    """
    number = exact(number)
    return str(Decimal(number)) if isinstance(number, int) else str(number)


def _cut(text: str) -> str:
    """Cut a string short when long; escape what UTF-8 cannot write (a lone surrogate)."""
    cut = text if len(text) <= _LONGEST_QUOTE else text[: _LONGEST_QUOTE - 1] + "…"
    return cut.encode("utf-8", "backslashreplace").decode("utf-8")


def quoted(text: str) -> str:
    r"""Quote a string for a message, escaped and cut short when long.

    >>> print(quoted("公里"), quoted("a\ud800"))
    "公里" "a\ud800"
    """
    cut = text if len(text) <= _LONGEST_QUOTE else text[: _LONGEST_QUOTE - 1] + "…"
    return _cut(json.dumps(cut, ensure_ascii=False))


def listing(names: Iterable[str], *, limit: int = 5) -> str:
    """List names for a message: the first ``limit``, then how many more.

    >>> listing(["a", "b", "c"], limit=2), listing([])
    ('a, b, … 1 more', 'none')
    """
    items = list(names)
    if not items:
        return "none"
    head = ", ".join(_cut(item) for item in items[:limit])
    return head + (f", … {len(items) - limit} more" if len(items) > limit else "")
