"""The checks at the library's boundary: the wrong kind of argument gets a clear ``TypeError``.

Each public function checks what it is given with these few helpers, so that a
mistake such as ``loads(a_dict)`` or ``diff("a.json", "b.json")`` says what the
function takes instead of failing deep inside with an ``AttributeError``. The
same kinds are accepted alike everywhere: JSON text as ``str``, ``bytes``,
``bytearray`` or ``memoryview``; a path as ``str`` or any path-like object.

>>> expect("loads()", "data", {}, str, "JSON text: str, bytes, bytearray or memoryview")
Traceback (most recent call last):
...
TypeError: loads() takes JSON text: str, bytes, bytearray or memoryview as data, not dict
>>> json_data("loads()", bytearray(b"{}"))
b'{}'
"""

import os
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = [
    "JSON_TEXT",
    "each",
    "expect",
    "json_data",
    "looks_like_a_file_name",
    "path_argument",
]

#: What a function that reads JSON text accepts, in its words.
JSON_TEXT = "JSON text: str, bytes, bytearray or memoryview"


def expect(function: str, argument: str, value: Any, kinds: Any, accepts: str) -> None:
    """Raise ``TypeError`` unless ``value`` is an instance of ``kinds`` (a bool never an int).

    Args:
        function: The function's name as a caller writes it, e.g. ``"diff()"``.
        argument: The argument's name.
        value: What the caller passed.
        kinds: A type or a tuple of types (as :func:`isinstance` takes).
        accepts: What the function takes, in words, for the message.

    Raises:
        TypeError: ``value`` is not one of ``kinds``.

    """
    if isinstance(value, kinds) and not (isinstance(value, bool) and kinds is int):
        return
    raise TypeError(
        f"{function} takes {accepts} as {argument}, not {type(value).__name__}{_hint(value)}"
    )


def _hint(value: Any) -> str:
    """A hint for a file name given where loaded plans were meant."""
    if isinstance(value, str | bytes | os.PathLike):
        return " (a file name? load the plans first: commitments.load() or iter_plans())"
    return ""


def each(function: str, argument: str, items: Any, kinds: Any, accepts: str) -> Iterator[Any]:
    """Yield the items of an iterable argument, each checked as :func:`expect` checks.

    A str, bytes or path is refused as a whole (it iterates, but is not a
    collection of plans).

    >>> list(each("summarize()", "items", "dir", object, "plans"))
    Traceback (most recent call last):
    ...
    TypeError: summarize() takes an iterable of plans as items, not str (a file name? \
load the plans first: commitments.load() or iter_plans())

    Raises:
        TypeError: ``items`` is not an iterable, or is a str, bytes or a path,
            or one of its items is not one of ``kinds``.

    """
    if isinstance(items, str | bytes | os.PathLike) or not isinstance(items, Iterable):
        raise TypeError(
            f"{function} takes an iterable of {accepts} as {argument}, "
            f"not {type(items).__name__}{_hint(items)}"
        )
    for item in items:
        expect(function, f"an item of {argument}", item, kinds, accepts)
        yield item


def json_data(function: str, value: Any, argument: str = "data") -> str | bytes:
    """Return JSON text given as ``str``, ``bytes``, ``bytearray`` or ``memoryview``.

    Raises:
        TypeError: ``value`` is none of these.

    """
    if isinstance(value, str | bytes):
        return value
    if isinstance(value, bytearray | memoryview):
        return bytes(value)
    hint = (
        " (a parsed value: pass it to validate(), or use the model)"
        if isinstance(value, dict | list)
        else ""
    )
    raise TypeError(f"{function} takes {JSON_TEXT} as {argument}, not {type(value).__name__}{hint}")


def path_argument(function: str, value: Any, argument: str = "path") -> str | os.PathLike[str]:
    """Return a path given as ``str`` or a path-like object, refusing an empty one.

    Raises:
        TypeError: ``value`` is not a str or path-like.
        ValueError: ``value`` is the empty string, which names no file.

    """
    if not isinstance(value, str | os.PathLike):
        raise TypeError(
            f"{function} takes a path (str or pathlib.Path) as {argument}, "
            f"not {type(value).__name__}"
        )
    if isinstance(value, str) and not value:
        raise ValueError(f"{function} was given an empty path, which names no file")
    return value


def looks_like_a_file_name(text: str) -> bool:
    """Whether a str given as JSON text is rather the name of an existing file.

    JSON text of a document starts with ``{`` (after spaces); a short one-line
    str that names a file is a file name passed where a ``Path`` was meant.

    >>> looks_like_a_file_name('{"year": 2021}'), looks_like_a_file_name("no-such-file.json")
    (False, False)
    """
    if len(text) > 4096 or "\n" in text or text.lstrip()[:1] in ("{", "["):
        return False
    try:
        return os.path.isfile(text)
    except (OSError, ValueError):
        return False
