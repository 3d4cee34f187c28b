"""JSON Pointers (RFC 6901): how findings name the value they are about.

>>> split_pointer(pointer("commitments", 3, "a/b~c"))
('commitments', '3', 'a/b~c')
"""

import re

__all__ = ["pointer", "split_pointer"]

_POINTER_ESCAPE = re.compile("~(?![01])")


def pointer(*parts: str | int) -> str:
    """Build a JSON Pointer (RFC 6901) from keys and array indexes.

    >>> pointer("commitments", 3, "a/b~c")
    '/commitments/3/a~1b~0c'
    >>> pointer()
    ''

    Args:
        *parts: Object keys and array indexes, unescaped.

    Returns:
        The pointer, ``""`` for the whole document.

    """
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


def split_pointer(path: str) -> tuple[str, ...]:
    """Split a JSON Pointer (RFC 6901) into its unescaped parts.

    >>> split_pointer("/commitments/3/a~1b~0c")
    ('commitments', '3', 'a/b~c')

    Args:
        path: A pointer: ``""``, or ``"/"`` followed by parts.

    Returns:
        The parts (array indexes stay strings).

    Raises:
        ValueError: ``path`` is not a JSON Pointer.

    """
    if not path:
        return ()
    if not path.startswith("/") or _POINTER_ESCAPE.search(path):
        raise ValueError(f"not a JSON Pointer: {path!r}")
    return tuple(part.replace("~1", "/").replace("~0", "~") for part in path[1:].split("/"))
