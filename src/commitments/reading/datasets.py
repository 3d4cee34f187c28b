"""Datasets: a ``.json`` file (one plan), a ``.jsonl`` file (one per line), or a folder.

A folder is searched recursively, in name order, hidden entries and other suffixes
skipped. :func:`read_dataset` reads every plan document of a dataset without
validating it; the validation pipeline and the loader both start here.
"""

import os
from collections.abc import Iterator
from pathlib import Path

from commitments.reading.document import Reading, read_document, read_lines

__all__ = ["DATASET_SUFFIXES", "StrPath", "dataset_files", "read_dataset"]

#: File name endings that hold plans: one plan, or one plan per line.
DATASET_SUFFIXES = (".json", ".jsonl")

#: A path as the public functions take it.
StrPath = str | os.PathLike[str]


def dataset_files(path: StrPath) -> list[Path]:
    """List the files of a dataset: the file itself, or a folder's plan files.

    Args:
        path: A ``.json`` or ``.jsonl`` file, or a folder.

    Returns:
        The files, a folder's in name order (searched recursively, hidden entries
        and other suffixes skipped; a broken link is listed, so that reading it
        fails loudly).

    Raises:
        FileNotFoundError: Nothing exists at ``path``.
    """
    root = Path(path)
    if root.is_dir():
        return sorted(
            child
            for child in root.rglob("*")
            if child.suffix in DATASET_SUFFIXES
            # A broken link is listed, so that reading it reports it rather than skip it.
            and (child.is_file() or (child.is_symlink() and not child.exists()))
            and not any(part.startswith(".") for part in child.relative_to(root).parts)
        )
    if not root.exists():
        raise FileNotFoundError(f"no such file or folder: {os.fspath(path)!r}")
    return [root]


def read_dataset(path: StrPath) -> Iterator[Reading]:
    """Read every plan document of a dataset, without validating it.

    Args:
        path: A ``.json`` or ``.jsonl`` file, or a folder of them.

    Yields:
        One reading per plan document, in order, each knowing its file and lines.

    Raises:
        OSError: A file cannot be read.
    """
    for file in dataset_files(path):
        data = file.read_bytes()
        name = os.fspath(file)
        if file.suffix == ".jsonl":
            yield from read_lines(data, file=name)
        else:
            yield read_document(data, file=name)
