"""The encoding of a JSON text: UTF-8 or nothing, every problem a finding.

A :class:`Decoder` turns the bytes of one file into text, or says why it cannot:
UTF-16 and UTF-32 (by byte order mark or by the zero bytes of the first
characters) and invalid UTF-8 are ``encoding`` errors; a UTF-8 byte order mark is
dropped with an ``encoding`` warning. The findings wait in :attr:`Decoder.pending`
for the next reading made (see :mod:`commitments.reading.document`).
"""

import codecs

from attrs import define, field

from commitments.model.findings import Finding
from commitments.model.vocab import Severity

__all__ = ["Decoder", "wide_encoding"]

_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32 (little-endian)"),
    (b"\x00\x00\xfe\xff", "UTF-32 (big-endian)"),
    (b"\xff\xfe", "UTF-16 (little-endian)"),
    (b"\xfe\xff", "UTF-16 (big-endian)"),
)


def wide_encoding(data: bytes) -> str | None:
    """Name the UTF-16 or UTF-32 encoding of a JSON text, by its BOM or its zero bytes."""
    for bom, name in _WIDE_BOMS:
        if data.startswith(bom):
            return name
    head = data[:4]
    if len(head) == 4 and head[:3] == b"\0\0\0" and head[3]:
        return "UTF-32 (big-endian)"
    if len(head) == 4 and head[0] and head[1:] == b"\0\0\0":
        return "UTF-32 (little-endian)"
    if len(head) >= 2 and not head[0] and head[1]:
        return "UTF-16 (big-endian)"
    if len(head) >= 2 and head[0] and not head[1]:
        return "UTF-16 (little-endian)"
    return None


@define
class Decoder:
    """Decodes the texts of one file; holds encoding findings for the next reading made."""

    file: str | None
    pending: list[Finding] = field(factory=list)

    def _finding(self, message: str, line: int, column: int, *, error: bool = True) -> None:
        severity = Severity.ERROR if error else Severity.WARNING
        self.pending.append(
            Finding(
                code="encoding",
                severity=severity,
                path="",
                message=message,
                file=self.file,
                line=line,
                column=column,
            )
        )

    def strip_bom(self, text: str) -> str:
        """Drop a byte order mark from the start of a text, with a warning."""
        if not text.startswith("\ufeff"):
            return text
        message = "the file starts with a UTF-8 byte order mark; it was ignored, but JSON has none"
        self._finding(message, 1, 1, error=False)
        return text[1:]

    def refuse_wide(self, wide: str) -> None:
        """Add the error of a file in a wide encoding (UTF-16 or UTF-32, as named)."""
        self._finding(f"the file is {wide}, but JSON must be UTF-8: save it as UTF-8", 1, 1)

    def check_bytes(self, data: bytes) -> bytes | None:
        """Return UTF-8 bytes without their BOM, or ``None`` for UTF-16 and UTF-32."""
        wide = wide_encoding(data)
        if wide is not None:
            self.refuse_wide(wide)
            return None
        if data.startswith(codecs.BOM_UTF8):
            self.strip_bom("\ufeff")
            return data[len(codecs.BOM_UTF8) :]
        return data

    def decode(self, data: bytes, first_line: int) -> str | None:
        """Decode UTF-8, or return ``None`` with a finding at the first bad byte."""
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as error:
            line_start = data.rfind(b"\n", 0, error.start) + 1
            line = first_line + data.count(b"\n", 0, line_start)
            column = len(data[line_start : error.start].decode("utf-8", "replace")) + 1
            message = (
                f"byte 0x{data[error.start]:02X} is not valid UTF-8: save the file as UTF-8"
                " (it may be GBK, GB 18030 or Latin-1)"
            )
            self._finding(message, line, column)
            return None
