"""The documents of an open ``.json`` or ``.jsonl`` file, one at a time, within the limits.

:func:`documents` reads a binary stream as :func:`~commitments.reading.document.read_document`
and :func:`~commitments.reading.document.read_lines` read bytes, but lazily: a
``.jsonl`` file is read line by line (never more than one line, and never more
than :attr:`~commitments.reading.limits.Limits.line` bytes of it, in memory) and a
``.json`` file up to :attr:`~commitments.reading.limits.Limits.document` bytes.
Each document comes as a :class:`Source`: its bytes, not yet parsed, so that the
loader can try its fast path on them before the full reading.
"""

from collections.abc import Iterator
from typing import BinaryIO

from attrs import frozen

from commitments.reading._encoding import Decoder
from commitments.reading._lines import jsonl_lines
from commitments.reading.document import (
    Reading,
    pretty_printed_hint,
    read_document,
    read_line,
    too_large,
)
from commitments.reading.limits import Limits

__all__ = ["Source", "documents"]


@frozen(kw_only=True)
class Source:
    """One document of a dataset, as bytes not yet read.

    Attributes:
        data: The document's bytes (a ``.jsonl`` line without its line end and,
            for the first, without a byte order mark).
        file: The file it is in.
        first_line: Its first line in the file.
        unit: ``"file"`` for a ``.json`` document, ``"line"`` for a ``.jsonl`` one.
        bom: A ``.jsonl`` file's first line, which started with a byte order mark.
        failed: For a document that cannot be read at all (too large; a file in
            UTF-16 or UTF-32), the reading that says so.

    """

    data: bytes
    file: str | None
    first_line: int = 1
    unit: str = "file"
    bom: bool = False
    failed: Reading | None = None

    def read(self) -> Reading:
        """Read the document: its value, every reading finding, its positions."""
        if self.failed is not None:
            return self.failed
        if self.unit == "file":
            return read_document(self.data, file=self.file)
        return read_line(self.data, file=self.file, number=self.first_line, bom=self.bom)


def documents(
    stream: BinaryIO, *, file: str | None, jsonl: bool, limits: Limits
) -> Iterator[Source]:
    """Yield the documents of an open file: one for ``.json``, one a non-blank line for ``.jsonl``.

    Args:
        stream: The file, open for reading bytes.
        file: Its name, for findings.
        jsonl: Whether it holds one document per line.
        limits: The largest document and line to read.

    Yields:
        Each document, in order. One larger than its limit is not read: it comes
        as a ``too-large`` finding (the rest of a long line is skipped).

    Raises:
        OSError: The stream cannot be read.

    """
    if not jsonl:
        data = stream.read(limits.document + 1)
        if len(data) > limits.document:
            failed = too_large(file, 1, "the document", limits.document)
            yield Source(data=b"", file=file, failed=failed)
        else:
            yield Source(data=data, file=file)
        return
    first = True
    for line in jsonl_lines(stream, limits.line):
        if line.wide is not None:
            decoder = Decoder(file)
            decoder.refuse_wide(line.wide)
            failed = Reading(value=None, readable=False, findings=tuple(decoder.pending), file=file)
            yield Source(data=b"", file=file, failed=failed)
        elif line.data is None:
            failed = too_large(file, line.number, f"line {line.number}", limits.line)
            yield Source(data=b"", file=file, first_line=line.number, failed=failed)
        else:
            data, number = line.data, line.number
            source = Source(data=data, file=file, first_line=number, unit="line", bom=line.bom)
            opening = first and data.strip(b" \t\r") in (b"{", b"[")
            hint = pretty_printed_hint(source.read()) if opening else None
            first = False
            if hint is not None:  # one pretty-printed document: one finding, not one a line
                yield Source(data=b"", file=file, failed=hint)
                return
            yield source
