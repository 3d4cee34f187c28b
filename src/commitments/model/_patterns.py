r"""The regular expressions that more than one layer matches strings with, each defined once.

>>> bool(DATE_TEXT.fullmatch("2021-12-31")), bool(DATE_TEXT.fullmatch("2021-12-1"))
(True, False)
>>> LONE_SURROGATE.sub("?", "a\ud800b")
'a?b'
"""

import re

__all__ = ["DATE_TEXT", "LONE_SURROGATE"]

#: A date as the format writes it, ``YYYY-MM-DD``, digits only (use with ``fullmatch``);
#: whether the date exists is for :meth:`datetime.date.fromisoformat` to say.
DATE_TEXT = re.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}")

#: One half of a UTF-16 surrogate pair standing alone (from a ``"\ud800"`` escape in a
#: document, or an undecodable file name): UTF-8 cannot write it, JSON escapes it.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
