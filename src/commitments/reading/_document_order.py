"""Document order for JSON Pointers into a value that has no text (and so no lines).

>>> document = {"b": [10, 20, {"c": 1}], "a": 0}
>>> sorted(["/a", "/b/2/c", "/b/0", ""], key=lambda path: document_position(document, path))
['', '/b/0', '/b/2/c', '/a']
"""

from typing import Any

from commitments.reading.pointers import split_pointer

__all__ = ["document_position"]


def document_position(document: Any, path: str) -> tuple[int, ...]:
    """Place a pointer in document order: the member and item indexes on its way.

    A part the value does not have ends the way: the pointer sorts with the last
    value it reaches, before that value's members.

    Args:
        document: The JSON value.
        path: A JSON Pointer into it.

    Returns:
        A key that sorts pointers as their values stand in ``document``.

    """
    position: list[int] = []
    node = document
    for part in split_pointer(path):
        if isinstance(node, dict) and part in node:
            position.append(list(node).index(part))
            node = node[part]
        elif isinstance(node, list) and part.isascii() and part.isdigit() and int(part) < len(node):
            position.append(int(part))
            node = node[int(part)]
        else:
            break
    return tuple(position)
