"""Datasets: a ``.json`` file (one plan), a ``.jsonl`` file (one per line), or a folder.

A folder is searched recursively, in name order, hidden entries and other suffixes
skipped; links to folders are followed, unless they lead back to a folder on the way
(a cycle). Nothing else is skipped: :func:`dataset_entries` gives each entry it
cannot read (no permission, a link cycle, a named pipe or a device with a plan
suffix) as an :class:`Unreadable`, in its place. :func:`read_dataset` reads every
plan document of a dataset without validating it, one at a time (a ``.jsonl`` file
line by line, so memory stays flat however large the file); the validation
pipeline and the loader both start here.
"""

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from attrs import frozen

from commitments.reading.document import Reading
from commitments.reading.limits import DEFAULT_LIMITS, Limits
from commitments.reading.lines import Source, documents

__all__ = [
    "DATASET_SUFFIXES",
    "StrPath",
    "Unreadable",
    "dataset_entries",
    "dataset_files",
    "dataset_sources",
    "file_sources",
    "read_dataset",
]

#: File name endings that hold plans: one plan, or one plan per line.
DATASET_SUFFIXES = (".json", ".jsonl")

#: A path as the public functions take it.
StrPath = str | os.PathLike[str]


@frozen
class Unreadable:
    """An entry of a dataset that cannot be read, and why (the error reading it raised)."""

    path: Path
    error: OSError


def _not_regular(path: Path, mode: int) -> OSError:
    kind = (
        "a named pipe (FIFO)"
        if stat.S_ISFIFO(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "not a file"
    )
    return OSError(errno.EINVAL, f"not a regular file: {kind}", os.fspath(path))


def _cycle(path: Path) -> OSError:
    return OSError(errno.ELOOP, "a symbolic link cycle: it leads back to a folder above it", path)


def _walk(
    folder: Path, root: Path, above: frozenset[tuple[int, int]]
) -> Iterator[Path | Unreadable]:
    """Yield the plan files of a folder in name order, and what cannot be read, in place."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        yield Unreadable(folder, error)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            info = entry.stat()  # follows links
        except OSError as error:
            if path.suffix in DATASET_SUFFIXES or error.errno == errno.ELOOP:
                yield Unreadable(path, error)  # a broken link or a cycle, with a plan suffix
            continue
        if stat.S_ISDIR(info.st_mode):
            if (info.st_dev, info.st_ino) in above:
                yield Unreadable(path, _cycle(path))
            else:
                yield from _walk(path, root, above | {(info.st_dev, info.st_ino)})
        elif path.suffix in DATASET_SUFFIXES:
            yield (
                path
                if stat.S_ISREG(info.st_mode)
                else Unreadable(path, _not_regular(path, info.st_mode))
            )


def dataset_entries(path: StrPath) -> Iterator[Path | Unreadable]:
    """Yield the files of a dataset, and every entry of it that cannot be read.

    Args:
        path: A ``.json`` or ``.jsonl`` file (named directly, it may be any kind
            of file: a named pipe, ``/dev/stdin``), or a folder.

    Yields:
        The files, a folder's in name order (searched recursively, hidden entries
        and other suffixes skipped), with an :class:`Unreadable` in place of each
        folder or plan file that cannot be read. For a path that cannot be
        read at all, one :class:`Unreadable`.

    """
    root = Path(path)
    try:
        info = root.stat()
    except FileNotFoundError:
        yield Unreadable(root, FileNotFoundError(f"no such file or folder: {os.fspath(path)!r}"))
        return
    except OSError as error:
        yield Unreadable(root, error)  # no permission, a link cycle (ELOOP)
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(root, root, frozenset({(info.st_dev, info.st_ino)}))
    else:
        yield root


def dataset_files(path: StrPath) -> list[Path]:
    """List the files of a dataset: the file itself, or a folder's plan files.

    Args:
        path: A ``.json`` or ``.jsonl`` file, or a folder.

    Returns:
        The files, a folder's in name order (searched recursively, hidden entries
        and other suffixes skipped; a broken link is listed, so that reading it
        fails loudly).

    Raises:
        OSError: Nothing exists at ``path`` (``FileNotFoundError``), or a folder or
            plan file in it cannot be read (the first such: no permission, a link
            cycle, a named pipe).
    """
    files = []
    for entry in dataset_entries(path):
        if isinstance(entry, Unreadable):
            if entry.path != Path(path) and isinstance(entry.error, FileNotFoundError):
                files.append(entry.path)  # a broken link
                continue
            raise entry.error
        files.append(entry)
    return files


def file_sources(file: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Source]:
    """Yield the documents of one file, one at a time, as bytes not yet read.

    Raises:
        OSError: The file cannot be opened or read.
    """
    with file.open("rb") as stream:
        yield from documents(
            stream, file=os.fspath(file), jsonl=file.suffix == ".jsonl", limits=limits
        )


def dataset_sources(path: StrPath, limits: Limits = DEFAULT_LIMITS) -> Iterator[Source]:
    """Yield every document of a dataset as bytes not yet read (see :func:`read_dataset`).

    Raises:
        OSError: A file or folder cannot be read.
    """
    for entry in dataset_entries(path):
        if isinstance(entry, Unreadable):
            raise entry.error
        yield from file_sources(entry, limits)


def read_dataset(path: StrPath, limits: Limits = DEFAULT_LIMITS) -> Iterator[Reading]:
    """Read every plan document of a dataset, one at a time, without validating it.

    Args:
        path: A ``.json`` or ``.jsonl`` file, or a folder of them.
        limits: The largest document and ``.jsonl`` line read; one larger is a
            ``too-large`` finding.

    Yields:
        One reading per plan document, in order, each knowing its file and lines.

    Raises:
        OSError: A file or folder cannot be read.
    """
    for source in dataset_sources(path, limits):
        yield source.read()
