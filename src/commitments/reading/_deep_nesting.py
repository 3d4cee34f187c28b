"""Find the first array or object of a JSON text nested deeper than a limit.

For documents nested deeper than a recursive parser (the standard library's, for
one) can follow: :func:`find_too_deep` is a small regex tokenizer that never
recurses, so that any depth is safe, and that needs no valid JSON.
"""

import json
import re

from attrs import define

__all__ = ["find_too_deep"]

_TOKEN = re.compile(
    r"""[ \t\n\r]*(?:
        (?P<string>"[^"\\]*(?:\\.[^"\\]*)*"?)
      | (?P<open>[\[{])
      | (?P<close>[\]}])
      | (?P<comma>,)
      | (?P<colon>:)
      | (?P<other>[^ \t\n\r\[\]{}",:]+)
    )""",
    re.VERBOSE | re.DOTALL,
)


@define
class _Frame:
    kind: str
    part: str = ""
    index: int = 0
    expecting_key: bool = True


def _key_text(token: str) -> str:
    try:
        key = json.loads(token)
    except ValueError:
        return token.strip('"')
    return key if isinstance(key, str) else token


def find_too_deep(text: str, limit: int) -> tuple[int, list[str]] | None:
    """Find the first array or object nested more than ``limit`` levels deep.

    A small tokenizer that never recurses, so that any depth is safe.

    Args:
        text: The JSON text (need not be valid).
        limit: The deepest nesting allowed (``[]`` is one level).

    Returns:
        The offset of the opening bracket and the pointer parts of that value,
        or ``None`` when nothing is nested that deep.

    """
    frames: list[_Frame] = []
    for match in _TOKEN.finditer(text):
        group = match.lastgroup
        top = frames[-1] if frames else None
        if group == "open":
            if len(frames) == limit:
                return match.start(group), [frame.part for frame in frames]
            kind = match[group]
            frames.append(_Frame(kind=kind, part="0" if kind == "[" else ""))
        elif group == "close":
            if frames:
                frames.pop()
        elif top is None:
            continue
        elif group == "comma":
            top.index += 1
            top.expecting_key = True
            if top.kind == "[":
                top.part = str(top.index)
        elif group == "colon":
            top.expecting_key = False
        elif group == "string" and top.kind == "{" and top.expecting_key:
            top.part = _key_text(match[group])
    return None
