"""The streams a command writes to, and the shared shape of JSON outputs."""

import argparse
import io
from typing import TextIO, cast

from attrs import frozen

__all__ = [
    "EXIT_FINDINGS",
    "EXIT_OK",
    "EXIT_USAGE",
    "Console",
    "ReaderSafeStream",
    "add_language_option",
]

#: Exit codes (SPEC §6): success; findings with errors (or warnings under
#: ``--strict``); a usage error or an unreadable path.
EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class ReaderSafeStream(io.TextIOBase):
    """A text stream that stops writing, quietly, once its reader has gone away.

    With ``commitments validate … | head``, ``head`` exits after its lines and the
    next write raises :class:`BrokenPipeError`. The command should still finish its
    work, so that its exit code says whether the data is valid (``set -o pipefail``
    in CI relies on it): writes after that are dropped, and :attr:`reader_gone` says so.
    """

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream
        self.reader_gone = False

    def writable(self) -> bool:
        """Say that this stream can be written to."""
        return True

    def write(self, text: str) -> int:
        """Write ``text``, or drop it once the reader has gone."""
        if not self.reader_gone:
            try:
                self.stream.write(text)
            except BrokenPipeError:
                self.reader_gone = True
        return len(text)

    def flush(self) -> None:
        """Flush the stream, unless the reader has gone."""
        if not self.reader_gone:
            try:
                self.stream.flush()
            except BrokenPipeError:
                self.reader_gone = True

    def as_text_io(self) -> TextIO:
        """Return this stream typed as the ``TextIO`` the commands write to."""
        return cast(TextIO, self)


@frozen
class Console:
    """Where a command writes: results to ``out``, messages to ``err``."""

    out: TextIO
    err: TextIO

    def error(self, message: str) -> None:
        """Write one error message for a person, prefixed with the program name."""
        self.err.write(f"commitments: error: {message}\n")


def add_language_option(parser: argparse.ArgumentParser, *, outputs: str) -> None:
    """Add ``--lang TAG`` (repeatable): the preferred languages of titles in ``outputs``."""
    parser.add_argument(
        "--lang",
        action="append",
        default=[],
        metavar="TAG",
        help=f"preferred language of titles in {outputs} (repeatable; default: each title's first)",
    )
