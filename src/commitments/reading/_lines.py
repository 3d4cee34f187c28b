r"""The lines of a ``.jsonl`` stream, one at a time, none longer than a limit in memory.

Lines end at ``"\n"`` (a ``"\r"`` before it is dropped); blank lines (spaces and
tabs only) are passed over; a UTF-8 byte order mark is recognised at the start of
the stream only. A line longer than the limit is not kept: its rest is skipped a
chunk at a time.
"""

from collections.abc import Iterator
from typing import BinaryIO

from attrs import frozen

from commitments.reading._encoding import wide_encoding

__all__ = ["Line", "jsonl_lines"]

_CHUNK = 1 << 20
_BOM = b"\xef\xbb\xbf"


@frozen
class Line:
    """One non-blank line of a ``.jsonl`` stream.

    Attributes:
        number: Its number in the stream, from 1.
        data: Its bytes without the line end (nor a byte order mark); ``None``
            for a line longer than the limit.
        bom: The stream started with a byte order mark, and this is its first
            non-blank line.
        wide: The stream is UTF-16 or UTF-32 (named here): nothing else comes.

    """

    number: int
    data: bytes | None
    bom: bool = False
    wide: str | None = None


def jsonl_lines(
    stream: BinaryIO, limit: int, *, first_number: int = 1, bom: bool = False
) -> Iterator[Line]:
    """Yield the non-blank lines of a stream, and each line longer than ``limit`` bytes.

    Args:
        stream: The lines, open for reading bytes.
        limit: The longest line kept, in bytes.
        first_number: The number of the stream's first line: 1 for a whole file,
            more for a part of one read apart (its first line is then no file's
            first, and has no byte order mark of its own).
        bom: The file's byte order mark, before this part, goes with its first
            non-blank line.

    Raises:
        OSError: The stream cannot be read.
    """
    number, at_start = first_number - 1, first_number == 1
    while True:
        # The line, "\r\n" and one byte more (and a byte order mark, on the first).
        asked = limit + (5 if at_start and number == 0 else 2)
        raw = stream.readline(asked)
        if not raw:
            return
        number += 1
        cut = len(raw) == asked and not raw.endswith(b"\n")  # the line goes on
        if at_start and number == 1:
            wide = wide_encoding(raw[:4])
            if wide is not None:
                yield Line(1, None, wide=wide)
                return
            bom = raw.startswith(_BOM)  # its warning goes with the first document
            raw = raw[len(_BOM) :] if bom else raw
        line = raw.removesuffix(b"\n").removesuffix(b"\r")
        if cut or len(line) > limit:
            while cut:  # skip the rest of the line, a chunk at a time
                rest = stream.readline(_CHUNK)
                cut = bool(rest) and not rest.endswith(b"\n")
            yield Line(number, None)
        elif line.strip(b" \t\r"):
            yield Line(number, line, bom=bom)
            bom = False
