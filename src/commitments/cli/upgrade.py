"""``commitments upgrade``: rewrite plan documents of format 1.0 as 1.1, and nothing else.

The rewriting is :mod:`commitments.upgrade`'s; this module reads the files, writes the
results and reports. Exit codes: 0 every file upgraded (or already 1.1), 1 a document
has errors (it is reported and left as it is), 2 a usage error or a path that cannot be
read or written (the other files are still upgraded).
"""

import argparse
import os
import tempfile
from pathlib import Path

from commitments.cli._console import Console
from commitments.cli._errors import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, CommandError, os_reason

__all__ = ["add_parser", "run"]


def add_parser(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register the ``upgrade`` subcommand."""
    parser = subparsers.add_parser(
        "upgrade",
        help="rewrite plan documents of format 1.0 as format 1.1",
        description="Rewrite plan documents of format 1.0 as 1.1: only schema_version "
        'changes ("1.0" becomes "1.1"), every other byte of the file is kept, and the '
        "result is checked to hold the same plan. A document that already says 1.1 or "
        "later is left as it is. Prints the upgraded document, or writes it to OUT with "
        "-o, or rewrites every file (and every plan file of a folder) with --in-place. "
        "An invalid document is reported and not upgraded. Exit 0 when every file is "
        "upgraded, 1 when a document has errors, 2 for a usage error or a path that "
        "cannot be read or written.",
    )
    parser.add_argument("paths", nargs="+", metavar="PLAN", help="a .json or .jsonl file")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "-o", "--output", metavar="OUT", type=Path, help="write the upgraded document to OUT"
    )
    where.add_argument(
        "--in-place", action="store_true", help="rewrite each file (or folder of files)"
    )
    parser.set_defaults(run=run)


def _files(args: argparse.Namespace) -> list[Path]:
    from commitments.reading.datasets import dataset_files

    if not args.in_place and len(args.paths) > 1:
        raise CommandError("give one PLAN, or rewrite several with --in-place")
    files: list[Path] = []
    problems: list[CommandError] = []
    for path in args.paths:
        try:
            found = dataset_files(path)
        except FileNotFoundError:
            problems.append(CommandError(f"cannot read {path}: no such file or folder"))
            continue
        except OSError as error:
            problems.append(CommandError(f"cannot read {path}: {os_reason(error)}"))
            continue
        if Path(path).is_dir() and not args.in_place:
            problems.append(CommandError(f"{path} is a folder: upgrade its files with --in-place"))
        files.extend(found)
    if problems:
        raise CommandError.joined(problems)
    return files


def _write(path: Path, text: str) -> None:
    """Replace a file's text at once: a reader never sees half of it."""
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def _upgrade(path: Path, args: argparse.Namespace, console: Console) -> int:
    from commitments.model.findings import InvalidDocument
    from commitments.upgrade import TO_VERSION, upgrade_text

    try:
        data = path.read_bytes()
    except OSError as error:
        console.error(f"cannot read {path}: {os_reason(error)}")
        return EXIT_USAGE
    try:
        result = upgrade_text(data, file=str(path), lines=path.suffix == ".jsonl")
    except InvalidDocument as error:
        console.err.writelines(f"{finding}\n" for finding in error.findings)
        console.error(f"{path} is not upgraded: it has errors")
        return EXIT_FINDINGS
    target: Path | None = path if args.in_place else args.output
    try:
        if target is None:
            console.out.write(result.text)
        else:
            _write(target, result.text)
    except OSError as error:
        console.error(f"cannot write {target}: {os_reason(error)}")
        return EXIT_USAGE
    done = f"{result.upgraded} to {TO_VERSION}" if result.upgraded else "nothing to do"
    kept = f", {result.kept} already {TO_VERSION} or later" if result.kept else ""
    console.err.write(f"{path}: {done}{kept}\n")
    return EXIT_OK


def run(args: argparse.Namespace, console: Console) -> int:
    """Upgrade every file; return the highest exit code met."""
    return max([EXIT_OK, *(_upgrade(path, args, console) for path in _files(args))])
