"""``commitments schema``: print the plan schema, or write every shipped schema."""

import argparse
from pathlib import Path

from commitments.cli._console import Console
from commitments.cli._errors import EXIT_OK, CommandError, os_reason

__all__ = ["add_parser", "run"]


def add_parser(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register the ``schema`` subcommand."""
    parser = subparsers.add_parser(
        "schema",
        help="print the JSON Schema of plan documents",
        description="Print the JSON Schema of plan documents (draft 2020-12), generated "
        "from the model. With --output, write every shipped schema (the plan schema and "
        "one for each JSON output of this program) into a folder.",
    )
    parser.add_argument(
        "--output", metavar="DIR", type=Path, help="write the shipped schema files into DIR"
    )
    parser.set_defaults(run=run)


def _make_folder(directory: Path) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise CommandError(f"cannot make the folder {directory}: a file has that name") from None
    except OSError as error:
        raise CommandError(f"cannot make the folder {directory}: {os_reason(error)}") from error


def run(args: argparse.Namespace, console: Console) -> int:
    """Print or write the schemas."""
    from commitments.outputs.schemas import shipped_schemas
    from commitments.schema import build_schema, schema_text

    if args.output is None:
        console.out.write(schema_text(build_schema()))
        return EXIT_OK
    directory: Path = args.output
    _make_folder(directory)
    for name, schema in shipped_schemas().items():
        path = directory / name
        try:
            path.write_text(schema_text(schema), encoding="utf-8")
        except OSError as error:
            raise CommandError(f"cannot write {path}: {os_reason(error)}") from error
        console.err.write(f"wrote {path}\n")
    return EXIT_OK
