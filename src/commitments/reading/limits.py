"""How much the reading layer reads: the largest document and the longest ``.jsonl`` line.

A file, a line or standard input beyond its limit is not read into memory: it
becomes one ``too-large`` finding (an error) and reading goes on with the next
document. The defaults are generous (real plans are a few hundred kilobytes);
pass a :class:`Limits` to :func:`commitments.validate`,
:func:`commitments.validate_files` or :func:`commitments.iter_plans` to change
them. ``commitments validate`` reads standard input within the same limit.

>>> Limits().document, Limits().line
(1073741824, 268435456)
>>> show_size(Limits().line)
'256 MiB'
"""

from attrs import field, frozen

__all__ = ["DEFAULT_LIMITS", "Limits", "show_size"]


def _positive(_instance: object, attribute: object, value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"a size limit must be a whole number of bytes, 1 or more: {value!r}")


@frozen(kw_only=True)
class Limits:
    """The largest input the reading layer reads, in bytes.

    Attributes:
        document: The largest ``.json`` document (a file, or standard input): 1 GiB.
        line: The longest line of a ``.jsonl`` file (one plan), its newline not
            counted: 256 MiB.

    Raises:
        ValueError: A limit that is not a whole number of bytes, 1 or more.

    """

    document: int = field(default=1 << 30, validator=_positive)
    line: int = field(default=256 << 20, validator=_positive)


#: The limits used when none are given.
DEFAULT_LIMITS = Limits()

_UNITS = ((1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB"))


def show_size(size: int) -> str:
    """Write a number of bytes for a person: ``1 GiB``, ``1.5 MiB``, ``300 bytes``."""
    for scale, unit in _UNITS:
        if size >= scale:
            return f"{size / scale:.4g} {unit}"
    return f"{size} bytes" if size != 1 else "1 byte"
