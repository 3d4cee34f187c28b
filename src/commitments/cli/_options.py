"""Options that several commands share: ``--format`` from a name table, ``--lang``, and CSV's."""

import argparse
import re
from collections.abc import Mapping

from commitments.cli._errors import CommandError

__all__ = [
    "add_csv_options",
    "add_format_option",
    "add_language_option",
    "check_csv_options",
    "language_tag",
]


def add_format_option(
    parser: argparse.ArgumentParser, writers: Mapping[str, object], *, text: str = "output format"
) -> None:
    """Add ``--format NAME``: the names of a command's writer table, the first the default."""
    names = tuple(writers)
    parser.add_argument("--format", choices=names, default=names[0], help=text)


def language_tag(text: str) -> str:
    """Accept a language tag as plan documents write them (BCP 47), or say it is not one.

    The type of ``--lang``: the tag must match the pattern of the format's
    ``LanguageTag``, so that ``--lang en_US`` is a usage error, not a silent no-op.

    >>> language_tag("zh-Hant-TW")
    'zh-Hant-TW'
    >>> language_tag("en_US")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: not a BCP 47 language tag (such as zh, en or zh-Hant): 'en_US'
    """
    from typing import get_args

    from commitments.model.format_types import LanguageTag

    _, definition = get_args(LanguageTag)
    # The pattern is anchored with ^…$; matching the whole text keeps a final
    # newline out, as the schema's (ECMA-262) reading of $ does.
    if re.fullmatch(definition.schema["pattern"], text) is None:
        raise argparse.ArgumentTypeError(
            f"not a BCP 47 language tag (such as zh, en or zh-Hant): {text!r}"
        )
    return text


def add_language_option(parser: argparse.ArgumentParser, *, outputs: str) -> None:
    """Add ``--lang TAG`` (repeatable): the preferred languages of titles in ``outputs``."""
    parser.add_argument(
        "--lang",
        action="append",
        type=language_tag,
        default=[],
        metavar="TAG",
        help=f"preferred language of titles in {outputs} (repeatable; default: each title's first)",
    )


def add_csv_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--raw`` and ``--bom``, which shape ``--format csv``."""
    parser.add_argument(
        "--raw",
        action="store_true",
        help="CSV: write text cells as they are; by default a text cell starting with "
        "=, +, -, @, a tab or a carriage return gets a ' in front, so that a spreadsheet "
        "does not run it as a formula (numbers are never changed)",
    )
    parser.add_argument(
        "--bom",
        action="store_true",
        help="CSV: start with a UTF-8 byte order mark, which Excel and WPS on Windows need "
        "to show Chinese (not by default: other programs may read it as part of the header)",
    )


def check_csv_options(args: argparse.Namespace) -> None:
    """Refuse ``--raw`` and ``--bom`` with a format other than CSV (rather than ignore them).

    Raises:
        CommandError: One of them is given without ``--format csv`` (a usage error).

    """
    given = [f"--{name}" for name in ("raw", "bom") if getattr(args, name)]
    if given and args.format != "csv":
        raise CommandError(f"{' and '.join(given)} shape CSV output only: add --format csv")
