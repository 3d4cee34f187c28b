"""The standard streams as a command uses them: guarded writing, reading standard input.

Writing never raises: a stream whose reader has gone, or that is closed or
fails, drops what comes after and says so (:class:`GuardedStream`), and
:func:`~commitments.cli.shell.main` turns that into the exit code. Reading
standard input raises :class:`OSError` when it is closed (:func:`read_stdin`).
"""

import errno
import io
import sys
from collections.abc import Sequence
from typing import TextIO, cast

from attrs import frozen

from commitments.cli._errors import CommandError

__all__ = [
    "STDIN",
    "STDIN_NAME",
    "Console",
    "GuardedStream",
    "read_stdin",
    "stdin_at_most_once",
]

#: The path that stands for standard input, and the file name its findings carry.
STDIN, STDIN_NAME = "-", "<stdin>"


class GuardedStream(io.TextIOBase):
    """A text stream that never raises when written to: it stops writing, and says why.

    With ``commitments validate … | head``, ``head`` exits after its lines and the
    next write raises :class:`BrokenPipeError`. The command should still finish its
    work, so that its exit code says whether the data is valid (``set -o pipefail``
    in CI relies on it): writes after that are dropped, and :attr:`reader_gone`
    says so. A stream that is closed (``None``, as Python gives a closed standard
    stream) or fails otherwise (no space left on the device) is treated alike, and
    :attr:`failure` says why.

    >>> stream = GuardedStream(None)
    >>> stream.write("lost"), stream.failure
    (4, 'it is closed')
    """

    def __init__(self, stream: TextIO | None) -> None:
        super().__init__()
        self.stream = stream
        self.reader_gone = False
        #: Why the stream could not be written to (its reader going is no failure).
        self.failure: str | None = None

    @property
    def lost(self) -> bool:
        """Whether something written may not have arrived."""
        return self.reader_gone or self.failure is not None

    def writable(self) -> bool:
        """Say that this stream can be written to."""
        return True

    def write(self, text: str) -> int:
        """Write ``text``, or drop it once the stream is lost."""
        if not text:
            return 0
        if self.stream is None:
            self.failure = "it is closed"
        elif not self.lost:
            try:
                self.stream.write(text)
            except BrokenPipeError:
                self.reader_gone = True
            except (OSError, ValueError) as error:  # ValueError: a closed Python file
                self._fail(error)
        return len(text)

    def flush(self) -> None:
        """Flush the stream, unless it is lost."""
        if self.stream is not None and not self.lost:
            try:
                self.stream.flush()
            except BrokenPipeError:
                self.reader_gone = True
            except (OSError, ValueError) as error:
                self._fail(error)

    def _fail(self, error: OSError | ValueError) -> None:
        strerror = error.strerror if isinstance(error, OSError) else None
        self.failure = strerror or str(error) or type(error).__name__

    def as_text_io(self) -> TextIO:
        """Return this stream typed as the ``TextIO`` the commands write to."""
        return cast(TextIO, self)


@frozen
class Console:
    """Where a command writes: results to ``out``, messages to ``err``."""

    out: TextIO
    err: TextIO

    def error(self, message: str) -> None:
        """Write one error message for a person, prefixed with the program name.

        Control and bidi characters (of a file name, say) are escaped.
        """
        from commitments.model._visible import visible

        self.err.write(f"commitments: error: {visible(message)}\n")

    def report(self, error: CommandError) -> None:
        """Write what stopped a command: its messages as errors, its findings as they read."""
        for problem in error.problems:
            if isinstance(problem, str):
                self.error(problem)
            else:
                self.err.write(f"{problem}\n")


def read_stdin(limit: int | None = None) -> bytes | str:
    """Read all of standard input: its bytes (its text, if it has no bytes underneath).

    Args:
        limit: Read at most this many bytes and one more (so that the caller can
            tell an input larger than ``limit``): endless input never fills memory.

    Raises:
        OSError: Standard input is closed, or cannot be read.
    """
    stream = sys.stdin
    if stream is None:  # what Python makes of a closed standard input (``<&-``)
        raise OSError(errno.EBADF, "standard input is closed")
    try:
        size = -1 if limit is None else limit + 1
        return stream.buffer.read(size) if hasattr(stream, "buffer") else stream.read(size)
    except ValueError:  # a Python file object that was closed
        raise OSError(errno.EBADF, "standard input is closed") from None


def stdin_at_most_once(paths: Sequence[str]) -> None:
    """Refuse ``-`` (standard input) given twice: the second would read nothing.

    Raises:
        CommandError: ``-`` is among ``paths`` more than once.
    """
    if paths.count(STDIN) > 1:
        raise CommandError(f"{STDIN} (standard input) can be read only once")
