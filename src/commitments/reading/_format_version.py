"""The format versions this library reads: 1.x, whatever the minor version.

:mod:`commitments.reading._parse` (documents read from text) and
:mod:`commitments.reading._from_value` (values parsed elsewhere) both judge a document's
``schema_version`` here, and report ``unsupported-version`` with its message.
"""

import re
from typing import Any

__all__ = ["unsupported_version"]

# A version the reading layer judges: a major number, a dot, a digit.
_VERSION = re.compile(r"([0-9]+)\.[0-9]")


def unsupported_version(document: Any) -> str | None:
    """Say why a document's ``schema_version`` cannot be read, or ``None`` when it can.

    Only a version whose major number is other than 1 cannot (``2.0``); a version
    missing or malformed is the schema's to report.

    >>> unsupported_version({"schema_version": "2.0"})
    'format version 2.0 is not supported; this library reads 1.x'
    >>> [unsupported_version(d) for d in ({"schema_version": "01.3"}, {}, [])]
    [None, None, None]
    """
    version = document.get("schema_version") if isinstance(document, dict) else None
    match = _VERSION.match(version) if isinstance(version, str) else None
    if match is None or match[1].lstrip("0") == "1":
        return None
    return f"format version {version} is not supported; this library reads 1.x"
