"""Reading and writing plan documents: ``load``, ``loads``, ``dump``, ``dumps``, ``iter_plans``.

A **dataset** is a ``.json`` file holding one plan, a ``.jsonl`` file holding one
plan per line, or a folder of such files (searched recursively, in name order,
hidden files skipped). Loading validates first: an invalid document raises one
:class:`~commitments.model.findings.InvalidDocument` carrying every finding, each with
its file, line and column. Writing is lossless: ``dumps(loads(text))`` is ``text``
as a JSON value, down to ``95.0`` staying ``95.0``.
"""

import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from commitments.convert._builders import build_plan
from commitments.convert._json_text import write_json
from commitments.convert._plan_line import plan_json
from commitments.convert._writers import plan_value
from commitments.model.arguments import expect, json_data, path_argument
from commitments.model.findings import CommitmentsError, InvalidDocument
from commitments.model.plan import Plan
from commitments.reading.datasets import StrPath, dataset_sources
from commitments.reading.document import Reading, read_document
from commitments.reading.limits import DEFAULT_LIMITS, Limits
from commitments.reading.lines import Source
from commitments.validation._fast_load import fast_plan
from commitments.validation.pipeline import validate_reading

__all__ = [
    "dump",
    "dumps",
    "iter_plans",
    "load",
    "loads",
    "plan_from_reading",
    "plan_from_source",
]


def plan_from_reading(reading: Reading, *, consume: bool = False) -> Plan:
    """Validate a read document and turn it into a :class:`~commitments.model.plan.Plan`.

    Args:
        reading: What :mod:`commitments.reading.document` made of the document's bytes.
        consume: The reading's value is not used again, by anyone: the plan
            may take its objects rather than copy them (faster).

    Returns:
        The plan.

    Raises:
        InvalidDocument: The document has errors (reading, schema or rules); the
            exception carries every finding, located in the file.
    """
    report = validate_reading(reading)
    if not report.ok:
        raise InvalidDocument(report.findings)
    # Everything the converter would check, the schema has checked: build, checking nothing.
    return build_plan(reading.value, fresh=consume)


def plan_from_source(source: Source) -> Plan:
    """Load the plan of one document of a dataset: the fast path first, then the full one.

    Raises:
        InvalidDocument: The document is not a valid plan.
    """
    plan = None if source.failed is not None else fast_plan(source.data)
    return plan if plan is not None else plan_from_reading(source.read(), consume=True)


def loads(data: str | bytes | bytearray | memoryview, *, file: str | None = None) -> Plan:
    """Load one plan from JSON text.

    Args:
        data: The document, as text (``str``) or as UTF-8 bytes (``bytes``,
            ``bytearray`` or ``memoryview``).
        file: The file name to report in findings.

    Returns:
        The plan.

    Raises:
        InvalidDocument: The document is not a valid plan.
        TypeError: ``data`` is not JSON text (a ``dict`` say), or ``file`` not a str.

    >>> plan = loads('{"schema_version": "1.0", "jurisdiction": {"name": "Jilin"},'
    ...              ' "year": 2021, "commitments": []}')
    >>> plan.year, str(plan.jurisdiction.name)
    (2021, 'Jilin')
    """
    data = json_data("loads()", data)
    expect("loads()", "file", file, str | None, "a file name (str) or None")
    plan = fast_plan(data)  # a valid document, certainly; else the full pipeline
    return (
        plan
        if plan is not None
        else plan_from_reading(read_document(data, file=file), consume=True)
    )


def load(path: StrPath) -> Plan:
    """Load the one plan of a ``.json`` file (``.jsonl`` too, if it holds exactly one).

    Args:
        path: The file (a str or a path-like object).

    Returns:
        The plan.

    Raises:
        InvalidDocument: The plan is not valid.
        CommitmentsError: A ``.jsonl`` file holds more or fewer than one plan.
        OSError: The file cannot be read.
        TypeError: ``path`` is not a str or path-like.
        ValueError: ``path`` is the empty string.
    """
    path = path_argument("load()", path)
    if Path(path).suffix != ".jsonl":
        return loads(Path(path).read_bytes(), file=os.fspath(path))
    plans = list(iter_plans(path))
    if len(plans) != 1:
        raise CommitmentsError(
            f"{os.fspath(path)} holds {len(plans)} plans; load() reads one, iter_plans() many"
        )
    return plans[0]


def iter_plans(path: StrPath, *, limits: Limits = DEFAULT_LIMITS) -> Iterator[Plan]:
    """Load every plan of a dataset, in order, one at a time.

    A ``.jsonl`` file is read line by line: memory holds one plan at a time (and
    whatever the caller keeps), however large the dataset.

    Args:
        path: A ``.json`` file (one plan), a ``.jsonl`` file (one plan per line) or
            a folder of such files.
        limits: The largest document and ``.jsonl`` line read; one larger is a
            ``too-large`` error.

    Yields:
        Each plan.

    Raises:
        InvalidDocument: At the first invalid document (with all of its findings).
        OSError: A file or folder cannot be read.
        TypeError: ``path`` is not a str or path-like.
        ValueError: ``path`` is the empty string.
    """
    path = path_argument("iter_plans()", path)
    for source in dataset_sources(path, limits):
        yield plan_from_source(source)


def dumps(plan: Plan, *, indent: int | None = 2) -> str:
    """Write a plan as JSON text, losslessly.

    Args:
        plan: The plan.
        indent: Spaces per level, or ``None`` for one line (as in ``.jsonl``).

    Returns:
        The text (UTF-8 ready, non-ASCII kept readable), without a final newline.

    Raises:
        TypeError: ``plan`` is not a :class:`~commitments.model.plan.Plan` (a
            ``dict`` say), or ``indent`` not an int or ``None``.

    >>> print(dumps(loads('{"schema_version": "1.0", "jurisdiction": {"name": "Jilin"},'
    ...                   ' "year": 2021, "commitments": []}'), indent=None))
    {"schema_version":"1.0","jurisdiction":{"name":"Jilin"},"year":2021,"commitments":[]}
    """
    expect("dumps()", "plan", plan, Plan, "a Plan")
    expect("dumps()", "indent", indent, int | None, "an int or None")
    text = plan_json(plan) if indent is None else None  # the C encoder, where it can
    return write_json(plan_value(plan), indent=indent) if text is None else text


def dump(plan: Plan, target: StrPath | IO[str], *, indent: int | None = 2) -> None:
    """Write a plan to a file (UTF-8, final newline) or to an open text stream.

    Args:
        plan: The plan.
        target: A path, or a text stream such as ``sys.stdout``.
        indent: Spaces per level, or ``None`` for one line.

    Raises:
        TypeError: ``plan`` is not a Plan, or ``target`` neither a path nor a stream.
    """
    expect("dump()", "plan", plan, Plan, "a Plan")
    if not isinstance(target, str | os.PathLike) and not callable(getattr(target, "write", None)):
        expect("dump()", "target", target, str | os.PathLike, "a path or a text stream")
    text = dumps(plan, indent=indent) + "\n"
    if isinstance(target, str | os.PathLike):
        Path(target).write_text(text, encoding="utf-8")
    else:
        target.write(text)
