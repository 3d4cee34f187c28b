"""Exit codes, and the one exception by which a command stops early.

A helper that finds a command cannot go on raises :class:`CommandError`;
:func:`commitments.cli.shell.main` catches it, in one place, writes what it
carries to standard error and returns its exit code.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from commitments.model.findings import Finding

__all__ = ["EXIT_FINDINGS", "EXIT_OK", "EXIT_USAGE", "CommandError", "os_reason"]

#: Exit codes: success; findings with errors (or warnings under ``--strict``);
#: a usage error, or a path or stream that cannot be read or written.
EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A command cannot go on: what to tell the user, and the exit code.

    >>> error = CommandError("cannot read plan.json: no such file or folder")
    >>> error.problems, error.code
    (('cannot read plan.json: no such file or folder',), 2)

    Args:
        *problems: What went wrong, in order: a message (written as
            ``commitments: error: MESSAGE``), or a finding of an invalid
            document (written as it reads, ``FILE:LINE:COLUMN: …``).
        code: The exit code: :data:`EXIT_USAGE` (the default) for a usage error
            or a path that cannot be read, :data:`EXIT_FINDINGS` for invalid
            documents.
    """

    def __init__(self, *problems: "str | Finding", code: int = EXIT_USAGE) -> None:
        super().__init__(*problems)
        self.problems = problems
        self.code = code

    @classmethod
    def joined(cls, errors: "Iterable[CommandError]") -> "CommandError":
        """One error for several: every problem, in order, and the highest exit code.

        An unreadable path (2) thus outranks invalid data (1).

        >>> both = CommandError.joined([CommandError("a", code=1), CommandError("b")])
        >>> both.problems, both.code
        (('a', 'b'), 2)
        """
        errors = tuple(errors)
        problems = tuple(problem for error in errors for problem in error.problems)
        return cls(*problems, code=max(error.code for error in errors))


def os_reason(error: OSError) -> str:
    """Say why a path or stream failed as the system says it, without Python's wrapping.

    >>> os_reason(FileExistsError(17, "File exists", "plan.json"))
    'File exists'
    """
    return error.strerror or str(error)
