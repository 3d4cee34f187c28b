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

The one scanner that does not use the C parser is :func:`find_too_deep`, a small
regex tokenizer that never recurses, for documents nested too deeply for any
recursive parser.
"""

import bisect
import json
import re
from collections.abc import Sequence

from attrs import define

__all__ = ["Container", "SourceMap", "find_too_deep"]

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_INDEX = re.compile(r"0|[1-9][0-9]*")
# Skip values at C speed, without Decimals; the second copes with integers past
# the int digit limit, more slowly.
_SKIPPER = json.JSONDecoder(parse_float=float)
_SKIPPER_LONG_INTS = json.JSONDecoder(parse_float=float, parse_int=float)
# After this many position look-ups, index every line start at once.
_LINE_TABLE_AFTER = 8


class Container:
    """The members of one array or object, scanned lazily, as far as needed.

    Args:
        text: The JSON text.
        start: Offset of the opening bracket.

    Attributes:
        kind: ``"{"`` or ``"["``.
        keys: Each member's key (objects only), duplicates included, in order.
        key_offsets: Offset of each key's opening quote (objects only).
        value_offsets: Offset where each member's value starts.
        value_ends: Offset just past each value; ``None`` for a value that
            could not be read (only ever the last one).
        finished: Whether scanning is over: the closing bracket or a problem
            was reached.

    """

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.kind = text[start]
        self.keys: list[str] = []
        self.key_offsets: list[int] = []
        self.value_offsets: list[int] = []
        self.value_ends: list[int | None] = []
        self.finished = False
        self._last: dict[str, int] = {}
        self._closer = "}" if self.kind == "{" else "]"
        self._next = _skip_whitespace(text, start + 1)
        if text.startswith(self._closer, self._next):
            self.finished = True

    def _scan_one(self) -> None:
        """Scan the next member, or finish."""
        text, offset = self.text, self._next
        if self.kind == "{":
            key = _read_key(text, offset)
            after = -1 if key is None else _skip_whitespace(text, key[1])
            if key is None or not text.startswith(":", after):
                self.finished = True
                return
            self._last[key[0]] = len(self.keys)
            self.keys.append(key[0])
            self.key_offsets.append(offset)
            offset = _skip_whitespace(text, after + 1)
        end = _skip_value(text, offset)
        self.value_offsets.append(offset)
        self.value_ends.append(end)
        if end is not None:
            self._next = _skip_whitespace(text, end)
            if text.startswith(",", self._next):
                self._next = _skip_whitespace(text, self._next + 1)
                return
        self.finished = True

    def scan_all(self) -> "Container":
        """Scan every member (up to the closing bracket or the first problem).

        Returns:
            The container itself.

        """
        while not self.finished:
            self._scan_one()
        return self

    def member(self, part: str, *, unique_keys: bool = False) -> int | None:
        """Return the index of the member a pointer part names, if it exists.

        Args:
            part: An unescaped pointer part: a key, or an array index.
            unique_keys: Whether the document is known to repeat no key, so that
                the scan may stop at the first occurrence.

        Returns:
            The member's index (for a repeated key, its last occurrence, whose
            value is the one a reader keeps), or ``None``.

        """
        if self.kind == "[":
            if not _INDEX.fullmatch(part):
                return None
            index = int(part)
            while len(self.value_offsets) <= index and not self.finished:
                self._scan_one()
            return index if index < len(self.value_offsets) else None
        while not (self.finished or (unique_keys and part in self._last)):
            self._scan_one()
        return self._last.get(part)


def _skip_whitespace(text: str, offset: int) -> int:
    match = _WHITESPACE.match(text, offset)
    return offset if match is None else match.end()


def _skip_value(text: str, offset: int) -> int | None:
    try:
        return _SKIPPER.raw_decode(text, offset)[1]
    except (json.JSONDecodeError, RecursionError):
        return None
    except ValueError:  # an integer past the int digit limit
        pass
    try:
        return _SKIPPER_LONG_INTS.raw_decode(text, offset)[1]
    except (ValueError, RecursionError):
        return None


def _read_key(text: str, offset: int) -> tuple[str, int] | None:
    if not text.startswith('"', offset):
        return None
    try:
        key, end = _SKIPPER.raw_decode(text, offset)
    except ValueError:
        return None
    return key, end


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
        return _skip_whitespace(self.text, 0)

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
