r"""Rewrite plan documents of format 1.0 as format 1.1, changing nothing else.

A 1.0 document is a valid 1.1 document once it says so (see :doc:`/format`), so an
upgrade changes one thing: the text ``"1.0"`` of ``schema_version`` becomes
``"1.1"``, in place. Every other byte of the file stays as it was (layout, key order,
number spelling, line ends), and the result is checked: read again, each document
must be the same plan but for its version. A document that already says 1.1 or
later is left as it is.

>>> result = upgrade_text('{"schema_version": "1.0", "jurisdiction": {"name": "J"},\n'
...                       ' "year": 2021, "commitments": [], "x-n": 0.0000001}')
>>> print(result.text)
{"schema_version": "1.1", "jurisdiction": {"name": "J"},
 "year": 2021, "commitments": [], "x-n": 0.0000001}
>>> result.upgraded, result.kept
(1, 0)
"""

import attrs
from attrs import frozen

from commitments.convert._builders import build_plan
from commitments.convert._json_text import write_json
from commitments.convert._writers import plan_value
from commitments.model.findings import InvalidDocument
from commitments.model.plan import Plan
from commitments.reading.document import Reading, read_document
from commitments.reading.lines import read_lines
from commitments.validation.pipeline import validate_reading

__all__ = ["FROM_VERSION", "TO_VERSION", "Upgraded", "upgrade_text"]

#: The version an upgrade rewrites, and the one it writes.
FROM_VERSION, TO_VERSION = "1.0", "1.1"
_OLD, _NEW = f'"{FROM_VERSION}"', f'"{TO_VERSION}"'
_BOM = "\ufeff"


@frozen
class Upgraded:
    """The text of an upgraded file, and what was done to it.

    Attributes:
        text: The whole file, upgraded.
        upgraded: How many documents were rewritten from 1.0 to 1.1.
        kept: How many documents already said 1.1 or later, and were left as they were.

    """

    text: str
    upgraded: int
    kept: int


def _plans(readings: list[Reading]) -> list[Plan]:
    """The plan of every document, or :class:`InvalidDocument` with every error of them all."""
    reports = [validate_reading(reading) for reading in readings]
    if not all(report.ok for report in reports):
        raise InvalidDocument(tuple(f for report in reports for f in report.findings))
    return [build_plan(reading.value) for reading in readings]


def _rewritten(lines: list[str], reading: Reading, plan: Plan, *, one_line: bool) -> None:
    r"""Change the version of one document in ``lines`` (the file's lines, edited in place).

    The text ``"1.0"`` is replaced where the document has it. Spelt otherwise (with an
    escape, ``"\u0031.0"``), the document is written anew by the writer instead: the
    same JSON value, in the writer's layout.
    """
    where = reading.locate("/schema_version")
    if where is not None:
        number, column = where
        line = lines[number - 1]
        start = column - 1 + (number == 1 and line.startswith(_BOM))
        if line[start : start + len(_OLD)] == _OLD:
            lines[number - 1] = line[:start] + _NEW + line[start + len(_OLD) :]
            return
    value = plan_value(attrs.evolve(plan, schema_version=TO_VERSION))
    if one_line:
        lines[reading.first_line - 1] = write_json(value, indent=None)
    else:
        lines[:] = (write_json(value) + "\n").split("\n")


def upgrade_text(data: bytes | str, *, file: str | None = None, lines: bool = False) -> Upgraded:
    """Rewrite the documents of one file from format 1.0 to 1.1, and nothing else.

    Args:
        data: The file's bytes (UTF-8) or text: one document, or with ``lines`` one
            document per line (a ``.jsonl`` file).
        file: The file name to put in findings.
        lines: Read ``data`` as a ``.jsonl`` file.

    Returns:
        The upgraded text, and how many documents were rewritten and left as they were.

    Raises:
        InvalidDocument: A document has errors: nothing is upgraded, and the exception
            carries every finding of every document, located in the file.

    """
    readings = read_lines(data, file=file) if lines else [read_document(data, file=file)]
    plans = _plans(readings)
    # Valid documents decode: the text is the file's own, byte order mark and line ends kept.
    text = data if isinstance(data, str) else data.decode("utf-8")
    edited = text.split("\n")
    upgraded = 0
    for reading, plan in zip(readings, plans, strict=True):
        if plan.schema_version == FROM_VERSION:
            _rewritten(edited, reading, plan, one_line=lines)
            upgraded += 1
    result = "\n".join(edited)
    _check(result, plans, file=file, lines=lines)
    return Upgraded(text=result, upgraded=upgraded, kept=len(plans) - upgraded)


def _check(text: str, plans: list[Plan], *, file: str | None, lines: bool) -> None:
    """Hold the upgraded text to what an upgrade promises: the same plans, version aside."""
    readings = read_lines(text, file=file) if lines else [read_document(text, file=file)]
    again = _plans(readings)
    expected = [
        attrs.evolve(plan, schema_version=TO_VERSION)
        if plan.schema_version == FROM_VERSION
        else plan
        for plan in plans
    ]
    if again != expected:  # pragma: no cover - a defect of this module, never of the data
        raise AssertionError(f"upgrading {file or 'the document'} would change it")
