"""Scans of a JSON text's bytes at C speed, before or instead of a closer look.

:func:`prescan` counts the members of all objects and measures nesting depth;
:func:`may_escape_surrogates` can only say "maybe": some escape may stand for half
of a surrogate pair.
"""

import re

__all__ = ["may_escape_surrogates", "prescan"]

_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_NOT_STRUCTURAL = bytes(byte for byte in range(256) if byte not in b'"[]{}:')
_CHUNK = 256


def prescan(raw: bytes, limit: int) -> tuple[int, bool]:
    """Count the members of all objects, and tell whether nesting exceeds ``limit``.

    Exact for valid JSON, and for the valid beginning of invalid JSON (which is
    all a parser reads before it fails). Drops escaped backslashes and quotes,
    keeps only quotes, brackets and colons, and drops every string: all with
    C-speed bytes operations, then a loop over chunks of brackets.

    Returns:
        The number of ``:`` outside strings, and whether some array or object
        lies more than ``limit`` levels deep.

    """
    if b"\\" in raw:
        raw = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    kept = raw.translate(None, _NOT_STRUCTURAL).replace(b'""', b"")
    if b'"' in kept:
        kept = b"".join(kept.split(b'"')[::2])
    members = kept.count(b":")
    brackets = kept.translate(None, b":") if members else kept
    depth = 0
    for start in range(0, len(brackets), _CHUNK):
        chunk = brackets[start : start + _CHUNK]
        opened = chunk.count(b"[") + chunk.count(b"{")
        if depth + opened <= limit:
            depth += 2 * opened - len(chunk)
            continue
        for byte in chunk:
            depth += 1 if byte in b"[{" else -1
            if depth > limit:
                return members, True
    return members, False


def may_escape_surrogates(raw: bytes) -> bool:
    """Whether some escape may stand for half of a surrogate pair (may say yes wrongly)."""
    return b"\\" in raw and _SURROGATE_ESCAPE.search(raw) is not None
