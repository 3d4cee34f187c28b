r"""Where things are in JSON text: lines, columns and the offset of every JSON Pointer.

Nothing here runs on the happy path. A :class:`SourceMap` is created with each
reading but does no work until a finding needs a position; it then scans only
the containers on the way to the value wanted, each only as far as needed, and
caches what it has seen. Values passed over are skipped with the standard
library's C scanner (:meth:`json.JSONDecoder.raw_decode`), so locating something
at the end of a 30 MB file costs about one more parse of the text before it, and
later look-ups nearby cost next to nothing.

Offsets are indexes into the decoded text (code points); lines are separated by
``"\n"`` only (so ``"\r\n"`` works, and a lone ``"\r"`` is not a line break);
columns count code points from 1, a tab counting as one.

The containers on the way are :class:`~commitments.reading._containers.Container`
objects; a text nested too deeply for them is searched by
:func:`~commitments.reading._deep_nesting.find_too_deep` instead.
"""

import bisect
import re
from collections.abc import Sequence

from commitments.reading._containers import Container, skip_whitespace

__all__ = ["SourceMap"]

# After this many position look-ups, index every line start at once.
_LINE_TABLE_AFTER = 8


class SourceMap:
    """Lazily computed positions in one JSON text.

    Args:
        text: The decoded JSON text (without a byte order mark).
        first_line: The line of the file on which the text starts (a ``.jsonl``
            document's line); line numbers returned count from it.

    Attributes:
        unique_keys: Set when the text is known to repeat no key in any object:
            look-ups may then stop scanning an object at the key they want.

    """

    def __init__(self, text: str, first_line: int = 1) -> None:
        self.text = text
        self.first_line = first_line
        self.unique_keys = False
        self._containers: dict[int, Container] = {}
        self._line_starts: list[int] | None = None
        self._lookups = 0

    def line_column(self, offset: int) -> tuple[int, int]:
        """Return the line in the file and the column (in code points) of an offset.

        Args:
            offset: An index into the text (clamped to its length).

        Returns:
            ``(line, column)``.

        """
        offset = max(0, min(offset, len(self.text)))
        self._lookups += 1
        if self._line_starts is None and self._lookups > _LINE_TABLE_AFTER:
            self._line_starts = [0, *(m.end() for m in re.finditer("\n", self.text))]
        if self._line_starts is not None:
            line = bisect.bisect_right(self._line_starts, offset)
            line_start = self._line_starts[line - 1]
        else:
            line_start = self.text.rfind("\n", 0, offset) + 1
            line = self.text.count("\n", 0, line_start) + 1
        return line + self.first_line - 1, offset - line_start + 1

    def container(self, offset: int) -> Container | None:
        """Return the array or object starting at ``offset`` (cached, scanned lazily).

        Args:
            offset: Offset of a value in the text.

        Returns:
            Its members, or ``None`` when the value there is not an array or object.

        """
        found = self._containers.get(offset)
        if found is None:
            if not self.text.startswith(("{", "["), offset):
                return None
            found = self._containers[offset] = Container(self.text, offset)
        return found

    def root(self) -> int:
        """Return the offset where the top-level value starts."""
        return skip_whitespace(self.text, 0)

    def _walk(self, parts: Sequence[str]) -> list[tuple[int, Container | None, int | None]]:
        """Follow pointer parts from the root as far as they exist.

        Returns one ``(value offset, container, member index)`` step per value on
        the way, from the root: the container that value is (``None`` for a
        scalar, and on the last step, which is not scanned) and which of its
        members the next step is (``None`` where the way ends).
        """
        steps: list[tuple[int, Container | None, int | None]] = []
        offset = self.root()
        for part in parts:
            container = self.container(offset)
            index = (
                None if container is None else container.member(part, unique_keys=self.unique_keys)
            )
            steps.append((offset, container, index))
            if container is None or index is None:
                return steps
            offset = container.value_offsets[index]
        steps.append((offset, None, None))
        return steps

    def offset(self, parts: Sequence[str], *, key: bool = False) -> int:
        """Return the offset of the value at pointer ``parts``.

        Args:
            parts: Unescaped pointer parts.
            key: For a member of an object, return the offset of its key instead.

        Returns:
            The offset of the value, or of the innermost existing value on the way
            to it when the pointer names something that does not exist.

        """
        steps = self._walk(parts)
        if key and len(steps) == len(parts) + 1 and len(steps) > 1:
            _, container, index = steps[-2]
            if container is not None and index is not None and container.kind == "{":
                return container.key_offsets[index]
        return steps[-1][0]

    def enclosing(self, offset: int) -> tuple[list[str], str]:
        """Find the innermost value whose text contains ``offset``.

        Meant for syntax errors: containers are entered while the member that
        failed to parse, or the member spanning ``offset``, is itself one.

        Args:
            offset: An offset into the text.

        Returns:
            The pointer parts of that value, and the kind (``"{"``, ``"["``, or
            ``""`` for a scalar or nothing) of the innermost container entered.

        """
        parts: list[str] = []
        kind = ""
        current = self.root()
        while current < offset:
            container = self.container(current)
            if container is None:
                break
            kind = container.kind
            index = _member_at(container.scan_all(), offset, self.text)
            if index is None:
                break
            parts.append(container.keys[index] if kind == "{" else str(index))
            current = container.value_offsets[index]
        return parts, kind


def _member_at(container: Container, offset: int, text: str) -> int | None:
    """Return the index of the member whose value contains ``offset``, if any."""
    index = bisect.bisect_right(container.value_offsets, offset) - 1
    if index < 0:
        return None
    start = container.value_offsets[index]
    end = container.value_ends[index]
    if end is not None:
        return index if start <= offset < end else None
    # The value that failed to parse: it holds the error unless the error is
    # where a value should have started and none did (a trailing comma, the end).
    if offset > start or (offset == start and offset < len(text) and text[offset] not in "]},"):
        return index
    return None
