"""Bytes to text: UTF-8 (with or without a byte order mark), UTF-16 with one, else GB18030."""

import codecs
import re

from commitments.extract._errors import ExtractError

__all__ = ["decode", "without_surrogates"]

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# How far to look for a NUL byte, which no text in these encodings holds.
_SNIFF = 8192
_SURROGATE = re.compile("[\ud800-\udfff]")


def decode(data: bytes) -> tuple[str, str]:
    """Return the text of an announcement's bytes, and the encoding it was read in.

    >>> decode("新增就业23万人".encode("gb18030"))
    ('新增就业23万人', 'gb18030')

    Raises:
        ExtractError: The bytes are binary (a NUL byte) or neither UTF-8 nor GB18030.

    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8) :], "utf-8"), "utf-8-sig"
    if data.startswith(_UTF16_BOMS):
        return _strict(data, "utf-16"), "utf-16"
    if b"\x00" in data[:_SNIFF]:
        raise ExtractError("the input looks binary (it holds NUL bytes), not an announcement")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ExtractError("the input is neither UTF-8 nor GB18030 text")


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ExtractError(
            f"the input starts with a {encoding} byte order mark but is not {encoding} text "
            f"(byte {error.start})"
        ) from None


def without_surrogates(text: str) -> str:
    """Replace lone surrogates (which no file holds, but a Python string may) by U+FFFD.

    The text keeps its length, so offsets still count the caller's characters.
    """
    return _SURROGATE.sub("\ufffd", text)
