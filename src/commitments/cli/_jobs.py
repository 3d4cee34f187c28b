r"""``--jobs N``: a command's files, and pieces of its large ``.jsonl`` files, over N processes.

The work is cut into :class:`Piece` objects, in the order the command would read
them: a whole file, or a run of whole lines of a large ``.jsonl`` file (a piece is
at least :data:`PIECE_BYTES` long). :func:`map_pieces` hands them to a
:class:`~concurrent.futures.ProcessPoolExecutor` and gives back each piece's result
in that order, so that a command prints what it prints with ``--jobs 1``. With one
job, or a single piece, everything runs in this process.

A piece of lines is read as the whole file reads those lines: the text before it is
replaced by as many blank lines (blank lines are skipped), so that every line keeps
its number and a byte order mark or a wide encoding is judged at the start of the
file only. A file that may be UTF-16 or UTF-32 is never cut.

>>> import os, tempfile
>>> with tempfile.TemporaryDirectory() as folder:
...     path = os.path.join(folder, "plans.jsonl")
...     with open(path, "wb") as out:
...         _ = out.write(b'{"a": 1}\n' * 3)
...     [(p.start, p.stop, p.first_line) for p in pieces_of(path, piece_bytes=10)]
[(0, 18, 1), (18, None, 3)]
"""

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TypeVar

from attrs import frozen

if TYPE_CHECKING:
    import argparse

    from commitments.reading.document import Reading

__all__ = ["PIECE_BYTES", "Piece", "add_jobs_option", "default_jobs", "map_pieces", "pieces_of"]

R = TypeVar("R")

#: The least size of a piece of a ``.jsonl`` file; smaller files are one piece.
PIECE_BYTES = 8 << 20


@frozen
class Piece:
    """A file, or the lines of a ``.jsonl`` file from byte ``start`` to ``stop``."""

    file: str
    start: int = 0
    stop: int | None = None  # None: to the end of the file
    first_line: int = 1

    @property
    def whole(self) -> bool:
        """Whether the piece is the whole file."""
        return self.start == 0 and self.stop is None

    def readings(self) -> "Iterator[Reading]":
        """Read the piece's documents, numbered as in the whole file, one at a time.

        The piece's bytes are read at once (a piece is at most about
        :data:`PIECE_BYTES`), its documents read one by one as they are asked for.

        Raises:
            OSError: The file cannot be read (raised by this call, not later).
        """
        from commitments.reading.datasets import read_dataset
        from commitments.reading.lines import iter_lines

        if self.whole:
            with open(self.file, "rb"):  # a broken link fails as reading it in a folder does
                pass
            return iter(list(read_dataset(self.file)))
        with open(self.file, "rb") as source:
            blank, bom = _blank_before(source, self.start)
            source.seek(self.start)
            data = source.read() if self.stop is None else source.read(self.stop - self.start)
        # Only blank lines before the piece (after a byte order mark, perhaps): its first
        # document is the file's first, which carries the mark's warning and may open a
        # pretty-printed document, as when the file is read whole.
        return iter_lines(
            data,
            file=self.file,
            from_start=blank,
            first_line=self.first_line,
            bom=bom and blank and self.start > 0,
        )


#: The UTF-8 byte order mark.
_BOM = b"\xef\xbb\xbf"


def _blank_before(source: BinaryIO, start: int) -> tuple[bool, bool]:
    """Whether only blank lines come before byte ``start``, and whether the file has a BOM.

    Read a block at a time, up to the first byte that is not blank: never the
    whole of what lies before a piece.
    """
    source.seek(0)
    head = source.read(min(start, len(_BOM)))
    bom = head == _BOM
    position = len(head) if bom else 0
    source.seek(position)
    while position < start:
        block = source.read(min(1 << 16, start - position))
        if not block:
            break
        if block.strip(b" \t\r\n"):
            return False, bom
        position += len(block)
    return True, bom


def default_jobs() -> int:
    """The processor cores this process may use."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13
    if counter is not None:
        return int(counter() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _positive(text: str) -> int:
    import argparse

    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number, 1 or more: {text!r}")
    return number


def add_jobs_option(parser: "argparse.ArgumentParser") -> None:
    """Add ``--jobs N``: how many processes read and check the files."""
    parser.add_argument(
        "--jobs",
        type=_positive,
        metavar="N",
        help="check files, and pieces of large .jsonl files, in N processes (default: one "
        "per processor core; 1: in this process); the output is the same",
    )


def _read_whole(file: str) -> bool:
    """Whether a file must be read whole, not cut into pieces.

    So it must when it is UTF-16 or UTF-32 (as the reading layer tells, by a wide
    BOM or zero bytes at its start), or one pretty-printed document (its first
    non-blank line is only ``{`` or ``[``): either gives one finding for the whole file.
    """
    from commitments.reading._encoding import wide_encoding
    from commitments.reading.lines import opens_pretty_printed

    with open(file, "rb") as source:
        head = source.read(4)
        if wide_encoding(head) is not None:
            return True
        source.seek(len(_BOM) if head.startswith(_BOM) else 0)
        kept = b""  # what is not blank of the first non-blank line, up to 2 bytes of it
        while chunk := source.readline(1 << 16):  # bounded, however long the line
            kept += chunk.strip(b" \t\r\n")
            if len(kept) > 1:
                return False
            if chunk.endswith(b"\n") and kept:
                break
    return opens_pretty_printed(kept)


def pieces_of(file: str | os.PathLike[str], *, piece_bytes: int | None = None) -> list[Piece]:
    """Cut a file into pieces: a ``.jsonl`` file at line ends, anything else whole.

    A file that cannot be read is one piece: reading it says why.
    """
    name = os.fspath(file)
    size = piece_bytes or PIECE_BYTES
    try:
        if Path(name).suffix != ".jsonl" or os.path.getsize(name) <= size or _read_whole(name):
            return [Piece(name)]
        return _lines_pieces(name, size)
    except OSError:
        return [Piece(name)]


def _next_line_end(source: BinaryIO, position: int) -> int | None:
    """The position just after the first line end at or after ``position``, if any."""
    source.seek(position)
    while block := source.read(1 << 16):
        found = block.find(b"\n")
        if found >= 0:
            return position + found + 1
        position += len(block)
    return None


def _lines_pieces(name: str, size: int) -> list[Piece]:
    out: list[Piece] = []
    start, line = 0, 1
    with open(name, "rb") as source:
        total = os.fstat(source.fileno()).st_size
        while total - start > size:
            end = _next_line_end(source, start + size - 1)
            if end is None or end >= total:
                break
            out.append(Piece(name, start, end, line))
            source.seek(start)
            line += source.read(end - start).count(b"\n")
            start = end
    out.append(Piece(name, start, None, line))
    return out


def map_pieces(work: Callable[[Piece], R], pieces: Iterable[Piece], jobs: int) -> Iterator[R]:
    """Apply ``work`` to every piece, in ``jobs`` processes; the results in the pieces' order."""
    todo = list(pieces)
    if jobs <= 1 or len(todo) <= 1:
        yield from map(work, todo)
        return
    from concurrent.futures import ProcessPoolExecutor  # only when more than one process

    with ProcessPoolExecutor(max_workers=min(jobs, len(todo))) as pool:
        yield from pool.map(work, todo)
