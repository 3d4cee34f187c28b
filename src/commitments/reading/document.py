r"""The reading layer: bytes to a JSON value, every problem a finding.

Reading is the first layer of validation (see :doc:`/validation`).

:func:`read_document` reads one ``.json`` document, :func:`read_line` one line of
a ``.jsonl`` file (:mod:`commitments.reading.lines` reads them all). Neither raises on bad
data: what cannot be read becomes a :class:`~commitments.model.findings.Finding`.

Values: objects are ``dict``, arrays ``list``, strings ``str``, ``true``,
``false`` and ``null`` are ``bool`` and ``None``, integers (no fraction, no
exponent) are ``int``, and every other number is a :class:`~decimal.Decimal`
made from its exact text (``95.0`` stays ``Decimal('95.0')``, ``1e2`` is
``Decimal('1E+2')``); never a float. An integer longer than Python's
int-from-text limit (4300 digits) is read as a ``Decimal``.

Finding codes, all errors unless said otherwise:

* ``json-syntax``: not JSON (also an empty file, comments, single quotes,
  trailing commas, text after the value); the value is not read.
* ``json-depth``: arrays and objects nested more than :data:`MAX_DEPTH` levels
  deep; the value is not read.
* ``encoding``: not UTF-8 (invalid bytes; UTF-16 or UTF-32, by byte order mark
  or by the zero bytes of the first characters), where the value is not read;
  or a string holding an unpaired surrogate such as ``"\ud800"``, which cannot
  be written back as UTF-8 (the value is read). A UTF-8 byte order mark is
  ignored with an ``encoding`` *warning* (RFC 8259 lets parsers ignore it, and
  forbids writing it).
* ``json-duplicate-key``: a key twice in one object, one finding per repeat;
  the value is read, keeping the last one, as Python's ``json`` does.
* ``json-nonfinite``: ``NaN``, ``Infinity``, ``-Infinity`` (read as the
  Decimals of the same name), and numbers too large for a 64-bit float (those
  that other tools read as infinity); the value is read.
* ``unsupported-version``: a ``schema_version`` whose major version is not 1.
* ``too-large``: a document or ``.jsonl`` line larger than its limit
  (:mod:`commitments.reading.limits`), not read (see :func:`too_large`).

Positions: findings carry 1-based line and column; columns count characters
(code points, a tab being one), a byte order mark is not counted, and lines end
at ``"\n"``. Positions are computed only when needed (see
:mod:`commitments.reading._positions`), so reading a valid document costs little more
than :func:`json.loads` (see :mod:`commitments.reading._parse`). Findings name the
value they are about by a JSON Pointer (:mod:`commitments.reading.pointers`).
"""

from functools import partial
from typing import Any

from attrs import define, field, frozen

from commitments.model.findings import Finding
from commitments.model.vocab import Severity
from commitments.reading._encoding import Decoder
from commitments.reading._parse import parse
from commitments.reading._positions import SourceMap
from commitments.reading._problems import Problem
from commitments.reading.limits import show_size
from commitments.reading.pointers import pointer, split_pointer

__all__ = [
    "MAX_DEPTH",
    "Reading",
    "read_document",
    "read_line",
    "read_text_lines",
    "too_large",
]

#: The deepest nesting of arrays and objects read (``[]`` is one level, ``[[]]`` two).
MAX_DEPTH = 256


@frozen(kw_only=True)
class Reading:
    """What reading one JSON document gave: its value, findings and positions.

    Attributes:
        value: The JSON value; ``None`` when ``readable`` is false.
        readable: Whether the text could be read as JSON at all (no
            ``json-syntax``, ``json-depth`` or undecodable ``encoding`` error).
            A readable document may still have findings.
        findings: The reading layer's findings, in document order.
        file: The file the document was read from, if any.
        first_line: The line of the file where the document's text starts
            (``1`` for a ``.json`` file; the line's number in a ``.jsonl`` file).
        positions: The lazily built position map of the text, or ``None`` for a
            document that has no text (it could not be decoded).

    """

    value: Any = None
    readable: bool = True
    findings: tuple[Finding, ...] = ()
    file: str | None = None
    first_line: int = 1
    positions: SourceMap | None = field(default=None, eq=False, repr=False)

    @property
    def text(self) -> str | None:
        """The decoded text that positions refer to, if there is one."""
        return None if self.positions is None else self.positions.text

    def locate(self, path: str, *, key: bool = False) -> tuple[int, int] | None:
        """Return the line and column in the file of the value at a JSON Pointer.

        Args:
            path: A JSON Pointer into the document.
            key: For a member of an object, give the position of its key (what
                an "unknown key" finding wants) instead of its value's.

        Returns:
            The 1-based line and column (in characters) where the value starts;
            for a pointer to something that does not exist, those of the
            innermost value on the way to it that does (for a missing key, the
            object). ``None`` when the document has no text.

        Raises:
            ValueError: ``path`` is not a JSON Pointer.

        """
        parts = split_pointer(path)
        if self.positions is None:
            return None
        return self.positions.line_column(self.positions.offset(parts, key=key))

    def place(self, finding: Finding, *, key: bool = False) -> Finding:
        """Fill in a finding's file, line and column from its pointer.

        A finding that already has a line keeps its position.

        Args:
            finding: A finding about this document, from any layer.
            key: Locate the key of the member ``finding.path`` names, not its value.

        Returns:
            The finding, located.

        Raises:
            ValueError: ``finding.path`` is not a JSON Pointer.

        """
        if finding.line is not None:
            return finding.located(file=self.file)
        where = self.locate(finding.path, key=key)
        if where is None:
            return finding.located(file=self.file)
        return finding.located(file=self.file, line=where[0], column=where[1])

    def place_later(self, finding: Finding, *, key: bool = False) -> Finding:
        """Give a finding this document's file, and its line and column when first asked.

        The same position as :meth:`place` gives, found only if someone reads it
        (see :class:`~commitments.model.findings.Finding`); until then the finding
        holds this reading.

        Args:
            finding: A finding about this document that has no line yet.
            key: Locate the key of the member ``finding.path`` names, not its value.

        Returns:
            The finding, to be located.

        """
        if finding.line is not None or self.positions is None:
            return finding.located(file=self.file)
        return finding.located(file=self.file, locator=partial(self.locate, finding.path, key=key))


def read_document(data: bytes | str, *, file: str | None = None) -> Reading:
    r"""Read one JSON document (a ``.json`` file), never raising on bad data.

    >>> reading = read_document(b'{"year": 2021, "rate": 95.0}')
    >>> reading.value, reading.findings
    ({'year': 2021, 'rate': Decimal('95.0')}, ())
    >>> print(read_document('{"a": 1,\n "a": 2}', file="plan.json").findings[0])
    plan.json:2:2: error json-duplicate-key: duplicate key "a" (first on line 1, column 2) (/a)

    Args:
        data: The file's bytes (UTF-8), or its text.
        file: The file name to put in findings.

    Returns:
        The reading: value, findings (each with line and column) and positions.

    """
    reader = _Reader(file=file, unit="file")
    if isinstance(data, str):
        return reader.read_text(reader.strip_bom(data), 1)
    checked = reader.check_bytes(data)
    if checked is None:
        return reader.failed(1)
    text = reader.decode(checked, 1)
    return reader.failed(1) if text is None else reader.read_text(text, 1, checked)


def read_text_lines(text: str, *, file: str | None = None) -> list[Reading]:
    r"""Read the documents of a ``.jsonl`` text one per non-blank line, as they are.

    The lines of a text that is already decoded (which may hold lone surrogates):
    lines end at ``"\n"`` (a ``"\r"`` before it is dropped), blank lines (spaces
    and tabs only) are skipped, and a byte order mark at the start gives its warning
    with the first document. :func:`commitments.reading.lines.read_lines` reads
    bytes and texts, and says when the text is one pretty-printed document.

    >>> [reading.first_line for reading in read_text_lines('{"n": 1}\n\n{"n": 2}')]
    [1, 3]
    """
    reader = _Reader(file=file, unit="line")
    return [
        reader.read_text(line.removesuffix("\r"), number)
        for number, line in enumerate(reader.strip_bom(text).split("\n"), start=1)
        if line.strip(" \t\r")
    ]


def too_large(file: str | None, line: int, what: str, limit: int) -> Reading:
    """The reading of a document not read: ``what`` (at ``line``) is larger than ``limit`` bytes."""
    finding = Finding(
        code="too-large",
        severity=Severity.ERROR,
        path="",
        message=f"{what} is larger than the limit of {show_size(limit)}; it was not read",
        file=file,
        line=line,
        column=1,
    )
    return Reading(value=None, readable=False, findings=(finding,), file=file, first_line=line)


def read_line(data: bytes, *, file: str | None, number: int, bom: bool = False) -> Reading:
    """Read one line of a ``.jsonl`` file (its bytes, without the line end).

    Args:
        data: The line's bytes (UTF-8).
        file: The file name to put in findings.
        number: The line's number in the file.
        bom: The file started with a byte order mark, dropped from ``data``: the
            reading carries its warning.

    Returns:
        The reading, positions counted from line ``number``.

    """
    reader = _Reader(file=file, unit="line")
    if bom:
        reader.strip_bom("\ufeff")
    text = reader.decode(data, number)
    return reader.failed(number) if text is None else reader.read_text(text, number, data)


@define
class _Reader(Decoder):
    """Reads the texts of one file; holds findings for the next reading made."""

    unit: str = field(kw_only=True)

    def failed(self, first_line: int) -> Reading:
        """Return an unreadable reading carrying the pending findings."""
        findings, self.pending = tuple(self.pending), []
        return Reading(
            value=None, readable=False, findings=findings, file=self.file, first_line=first_line
        )

    def read_text(self, text: str, first_line: int, raw: bytes | None = None) -> Reading:
        """Read one decoded JSON text starting on line ``first_line`` of the file."""
        surrogates = False
        if raw is None:
            try:
                raw = text.encode("utf-8")
            except UnicodeEncodeError:
                raw, surrogates = text.encode("utf-8", "surrogatepass"), True
        positions = SourceMap(text, first_line)
        outcome = parse(positions, raw, unit=self.unit, max_depth=MAX_DEPTH, surrogates=surrogates)
        findings = [
            *self.pending,
            *(self._locate(p, positions) for p in outcome.problems),
        ]
        self.pending = []
        findings.sort(key=lambda f: (f.line or 0, f.column or 0, f.path, f.code))
        return Reading(
            value=outcome.value,
            readable=outcome.readable,
            findings=tuple(findings),
            file=self.file,
            first_line=first_line,
            positions=positions,
        )

    def _locate(self, problem: Problem, positions: SourceMap) -> Finding:
        line, column = positions.line_column(problem.offset)
        return Finding(
            code=problem.code,
            severity=problem.severity,
            path=pointer(*problem.parts),
            message=problem.message,
            file=self.file,
            line=line,
            column=column,
        )
