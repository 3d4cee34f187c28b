"""What tables are built from: datasets on disk (keeping each plan's file), or plans in hand.

A table of plans accepts a path (a ``.json`` or ``.jsonl`` file, or a folder, as
:func:`commitments.iter_plans` reads them), a plan, or any mix of them in an
iterable. Rows from a file carry its name in the ``file`` column; rows of a plan
given directly have no file (``None``), unless it comes as a :class:`FiledPlan`
(a plan read elsewhere, such as from standard input, with the name to show).
"""

import datetime
import os
from collections.abc import Iterable, Iterator, Sequence

from attrs import frozen

from commitments.io import iter_plans
from commitments.model.parts import Jurisdiction
from commitments.model.plan import Plan
from commitments.model.text import Text
from commitments.reading.datasets import StrPath, dataset_files

__all__ = [
    "FiledPlan",
    "Languages",
    "PlanSource",
    "jurisdiction_key",
    "languages",
    "measured_on",
    "plans_with_files",
    "text",
]


@frozen
class FiledPlan:
    """A plan already read, and the file it was read from (what its rows show as ``file``).

    Attributes:
        file: The file's name, or ``None``.
        plan: The plan.

    """

    file: str | None
    plan: Plan


#: Plans to tabulate: a dataset path, a plan, or an iterable of either.
PlanSource = StrPath | Plan | FiledPlan | Iterable[StrPath | Plan | FiledPlan]
#: A language preference: one tag, several in order, or none (each text's first string).
Languages = str | Sequence[str] | None


def plans_with_files(source: PlanSource) -> Iterator[tuple[str | None, Plan]]:
    """Yield every plan of ``source`` with the file it was read from (``None`` if none).

    Raises:
        InvalidDocument: A document of the dataset is invalid.
        FileNotFoundError: A path does not exist.

    """
    if isinstance(source, Plan):
        yield None, source
    elif isinstance(source, FiledPlan):
        yield source.file, source.plan
    elif isinstance(source, str | os.PathLike):
        for file in dataset_files(source):
            name = os.fspath(file)
            yield from ((name, plan) for plan in iter_plans(file))
    else:
        for item in source:
            yield from plans_with_files(item)


def languages(lang: Languages) -> tuple[str, ...]:
    """Return a language preference as a tuple of tags."""
    if lang is None:
        return ()
    return (lang,) if isinstance(lang, str) else tuple(lang)


def text(value: Text | None, langs: tuple[str, ...]) -> str | None:
    """Return the string of a text in the preferred language (with the text's fallback)."""
    return None if value is None else value.best(*langs)


def jurisdiction_key(jurisdiction: Jurisdiction | None, langs: tuple[str, ...]) -> str | None:
    """Return what names a jurisdiction in a table: its code, else its name."""
    if jurisdiction is None:
        return None
    return jurisdiction.code or jurisdiction.name.best(*langs)


def measured_on(as_of: datetime.date | str | None) -> datetime.date:
    """Return the date to measure at: a date, an ISO date string, or today.

    Raises:
        ValueError: The string is not a date ``YYYY-MM-DD``.

    """
    if as_of is None:
        return datetime.date.today()
    return datetime.date.fromisoformat(as_of) if isinstance(as_of, str) else as_of
