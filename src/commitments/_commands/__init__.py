"""The subcommands of the ``commitments`` command line, one module each.

Each module defines ``add_parser(subparsers)`` (cheap: no heavy imports) and
``run(args, console) -> int``, which calls the public API and renders its result.
"""
