r"""The documents of a file one at a time, within the limits: ``.jsonl`` lines above all.

:func:`documents` reads an open binary stream lazily: a ``.jsonl`` file line by
line (never more than one line, and never more than
:attr:`~commitments.reading.limits.Limits.line` bytes of it, in memory) and a
``.json`` file up to :attr:`~commitments.reading.limits.Limits.document` bytes.
Each document comes as a :class:`Source`: its bytes, not yet parsed, so that the
loader can try its fast path on them before the full reading. It is the one
reader of ``.jsonl`` bytes: :func:`read_lines` reads them through it.

In a ``.jsonl`` file, lines end at ``"\n"`` (a ``"\r"`` before it is dropped),
blank lines (spaces and tabs only) are skipped, a byte order mark is recognised at
the start of the file only (its warning goes with the first document), and a file
whose first line is only ``{`` or ``[`` is taken for one pretty-printed document:
one finding says so (:func:`pretty_printed_hint`), instead of one a line.
"""

from collections.abc import Iterator
from io import BytesIO
from typing import BinaryIO

from attrs import frozen

from commitments.model.findings import Finding
from commitments.model.vocab import Severity
from commitments.reading._encoding import Decoder
from commitments.reading._lines import jsonl_lines
from commitments.reading.document import (
    Reading,
    read_document,
    read_line,
    read_text_lines,
    too_large,
)
from commitments.reading.limits import Limits

__all__ = [
    "Source",
    "documents",
    "iter_lines",
    "opens_pretty_printed",
    "pretty_printed_hint",
    "read_lines",
]


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
    stream: BinaryIO,
    *,
    file: str | None,
    jsonl: bool,
    limits: Limits,
    from_start: bool = True,
    first_line: int = 1,
    bom: bool = False,
) -> Iterator[Source]:
    """Yield the documents of an open file: one for ``.json``, one a non-blank line for ``.jsonl``.

    Args:
        stream: The file, open for reading bytes.
        file: Its name, for findings.
        jsonl: Whether it holds one document per line.
        limits: The largest document and line to read.
        from_start: Whether the first document of ``stream`` is the file's first
            (the default), so that its first line may be that of a pretty-printed
            document; false for a later piece of a ``.jsonl`` file read apart.
        first_line: The number of the stream's first line in the file (a piece
            read apart starts further on).
        bom: The file's byte order mark lies before this piece (with only blank
            lines between): its warning goes with the piece's first document.

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
    first = from_start
    for line in jsonl_lines(stream, limits.line, first_number=first_line, bom=bom):
        if line.wide is not None:
            decoder = Decoder(file)
            decoder.refuse_wide(line.wide)
            failed = Reading(value=None, readable=False, findings=tuple(decoder.pending), file=file)
            yield Source(data=b"", file=file, failed=failed)
        elif line.data is None:
            failed = too_large(file, line.number, f"line {line.number}", limits.line)
            yield Source(data=b"", file=file, first_line=line.number, failed=failed)
            first = False
        else:
            data, number = line.data, line.number
            source = Source(data=data, file=file, first_line=number, unit="line", bom=line.bom)
            hint = (
                pretty_printed_hint(source.read()) if first and opens_pretty_printed(data) else None
            )
            first = False
            if hint is not None:  # one pretty-printed document: one finding, not one a line
                yield Source(data=b"", file=file, failed=hint)
                return
            yield source


def opens_pretty_printed(line: bytes) -> bool:
    """Whether a first line is only ``{`` or ``[``: a pretty-printed document begins so."""
    return line.strip(b" \t\r") in (b"{", b"[")


def iter_lines(
    data: bytes,
    *,
    file: str | None,
    from_start: bool = True,
    first_line: int = 1,
    bom: bool = False,
) -> Iterator[Reading]:
    """Read the documents of ``.jsonl`` bytes in memory, one at a time, with no size limit.

    The bytes are a whole file, or a piece of one read apart: ``from_start``,
    ``first_line`` and ``bom`` say where the piece lies, as :func:`documents` takes them.
    """
    limits = Limits(document=len(data) + 1, line=len(data) + 1)
    sources = documents(
        BytesIO(data),
        file=file,
        jsonl=True,
        limits=limits,
        from_start=from_start,
        first_line=first_line,
        bom=bom,
    )
    return (source.read() for source in sources)


def read_lines(data: bytes | str, *, file: str | None = None) -> list[Reading]:
    r"""Read the documents of a ``.jsonl`` file: one per non-blank line.

    Each line is read as :func:`~commitments.reading.document.read_document` reads a
    file, with its own findings; lines are numbered as in the whole file (see the
    module for line ends, blank lines, the byte order mark and a pretty-printed
    document). To read a file one line at a time, see
    :func:`~commitments.reading.datasets.read_dataset`.

    >>> [reading.value for reading in read_lines(b'{"n": 1}\n\n{"n": 2}\n')]
    [{'n': 1}, {'n': 2}]

    Args:
        data: The file's bytes (UTF-8), or its text.
        file: The file name to put in findings.

    Returns:
        One reading per document, in order; a single unreadable one when the
        file as a whole is UTF-16 or UTF-32, or one pretty-printed document.

    """
    if isinstance(data, bytes):
        return list(iter_lines(data, file=file))
    readings = read_text_lines(data, file=file)
    hint = pretty_printed_hint(readings[0]) if readings else None
    return readings if hint is None else [hint]


def pretty_printed_hint(first: Reading) -> Reading | None:
    r"""One finding with a hint for a pretty-printed JSON document saved as ``.jsonl``.

    Its first line is only ``{`` (or ``[``), which no one-line document is; each
    of its lines would otherwise give a finding of its own (hundreds of them).

    >>> [f.message for f in read_lines('{\n  "year": 2021\n}\n')[0].findings]  # doctest: +ELLIPSIS
    ['the first line is only "{": this looks like one pretty-printed JSON document, ...']
    """
    if first.readable or first.text is None:
        return None
    opening = first.text.strip()
    if opening not in ("{", "["):
        return None
    message = (
        f'the first line is only "{opening}": this looks like one pretty-printed JSON '
        "document, but a .jsonl file holds one document per line: save it as .json, "
        "or write each plan on one line"
    )
    finding = Finding(
        code="json-syntax",
        severity=Severity.ERROR,
        path="",
        message=message,
        file=first.file,
        line=first.first_line,
        column=1,
    )
    encoding = tuple(f for f in first.findings if f.code == "encoding")
    return Reading(
        value=None,
        readable=False,
        findings=(*encoding, finding),
        file=first.file,
        first_line=first.first_line,
    )
