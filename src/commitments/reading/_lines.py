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


def jsonl_lines(stream: BinaryIO, limit: int) -> Iterator[Line]:
    """Yield the non-blank lines of a stream, and each line longer than ``limit`` bytes.

    Raises:
        OSError: The stream cannot be read.
    """
    number, bom = 0, False
    while True:
        # The line, "\r\n" and one byte more (and a byte order mark, on the first).
        asked = limit + (5 if number == 0 else 2)
        raw = stream.readline(asked)
        if not raw:
            return
        number += 1
        cut = len(raw) == asked and not raw.endswith(b"\n")  # the line goes on
        if number == 1:
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
