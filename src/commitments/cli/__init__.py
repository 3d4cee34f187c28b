"""The ``commitments`` command line: a thin shell over the library, one module per command."""

from commitments.cli.shell import main

__all__ = ["main"]
