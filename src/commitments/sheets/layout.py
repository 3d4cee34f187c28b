"""The layout of a plan workbook: its sheets and their columns, read from the model.

A workbook holds one plan. The ``plan`` sheet holds the plan's own keys, one per
row (``key`` and ``value``); ``categories``, ``agencies`` and ``commitments`` one
row per item; ``observations`` one row per observation and ``sources`` one row
per source, each keyed by ``commitment_id`` (a blank ``commitment_id`` in
``sources`` is a source of the plan itself). A ``README`` sheet explains the
columns and is not read back.

A column is named by its path in the row's object, joined by dots:
``metric.unit``, ``target.value``, ``source.url``. A text is one column when
it is a plain string (``title``) and one column per language when it is an
object of languages (``title.zh``, ``title.en``); an ``x-`` key is a column of
its own (``x-district``, ``metric.x-method``). A list that another sheet holds
(a commitment's ``progress``, its ``sources``; the plan's ``categories`` …)
has a column (or a key) of its own only to say that it is present and empty.

Everything here is read from the attrs classes of the model, so that a field
added to the model is a column at once; a list of objects with no sheet to
hold it is refused on import of this module.
"""

import datetime
import functools
from collections.abc import Iterator
from decimal import Decimal
from enum import Enum
from typing import Any

from attrs import frozen

from commitments.convert._codegen import MODEL_CLASSES, field_parts
from commitments.model.parts import Agency, Category, Observation, Source
from commitments.model.plan import Commitment, Plan
from commitments.model.text import Text

__all__ = [
    "AGENCIES",
    "CATEGORIES",
    "COMMITMENTS",
    "KEY_HEADER",
    "OBSERVATIONS",
    "PLAN",
    "README",
    "SHEETS",
    "SOURCES",
    "Column",
    "Kind",
    "SheetLayout",
    "child_sheet",
    "flat_plan_column",
    "model_fields",
    "sheet_layout",
]

PLAN, CATEGORIES, AGENCIES, COMMITMENTS = "plan", "categories", "agencies", "commitments"
OBSERVATIONS, SOURCES, README = "observations", "sources", "README"
#: The column naming the commitment an observation or a source belongs to.
KEY_HEADER = "commitment_id"


class Kind(Enum):
    """What a column holds, which decides how its cells are written and read."""

    STRING = "string"  #: a string: an id, a code, an address
    CHOICE = "choice"  #: one of a closed list (status, metric.kind, metric.direction)
    TEXT = "text"  #: a text that is a plain string
    LANGUAGE = "language"  #: the string of one language of a text
    INTEGER = "integer"
    NUMBER = "number"
    DATE = "date"
    BOOLEAN = "boolean"
    LIST = "list"  #: a list of strings, one cell, joined by ``;``
    EXTENSION = "extension"  #: an ``x-`` key: any JSON value
    EMPTY_LIST = "empty-list"  #: a list another sheet holds, here only when it is empty
    KEY = "key"  #: ``commitment_id``


@frozen(cache_hash=True)
class Column:
    """One column of a sheet (or one key of the ``plan`` sheet).

    Attributes:
        header: Its name in the header row: the path joined by dots.
        path: Where its value goes in the row's object (a language or an ``x-``
            key is the last part).
        kind: What it holds.
        choices: The values a ``CHOICE`` column may hold.
        order: Where it stands among the sheet's columns (the model's field order).

    """

    header: str
    path: tuple[str, ...]
    kind: Kind
    choices: tuple[str, ...] = ()
    order: tuple[int, ...] = ()


# Which sheet holds the items of each list of objects of the model.
_CHILD_SHEETS: dict[tuple[type, str], str] = {
    (Plan, "sources"): SOURCES,
    (Plan, "categories"): CATEGORIES,
    (Plan, "agencies"): AGENCIES,
    (Plan, "commitments"): COMMITMENTS,
    (Commitment, "progress"): OBSERVATIONS,
    (Commitment, "sources"): SOURCES,
}


def child_sheet(cls: type, field: str) -> str:
    """Name the sheet that holds the items of the list ``field`` of ``cls``."""
    return _CHILD_SHEETS[(cls, field)]


def _leaf_kind(cls: type, name: str, kind: Any, many: bool) -> tuple[Kind, tuple[str, ...]] | None:
    """The kind of a field that is one column, or ``None`` for a group of columns."""
    if kind in MODEL_CLASSES:
        if not many:
            return None
        if (cls, name) not in _CHILD_SHEETS:
            raise TypeError(
                f"no sheet holds {cls.__name__}.{name}: teach commitments.sheets.layout"
            )
        return Kind.EMPTY_LIST, ()
    if many:
        if kind is not str:
            raise TypeError(f"{cls.__name__}.{name}: only lists of strings fit in one cell")
        return Kind.LIST, ()
    if isinstance(kind, type) and issubclass(kind, Enum):
        return Kind.CHOICE, tuple(str(member.value) for member in kind)
    simple = {
        str: Kind.STRING,
        Text: Kind.TEXT,
        int: Kind.INTEGER,
        Decimal: Kind.NUMBER,
        datetime.date: Kind.DATE,
        bool: Kind.BOOLEAN,
    }
    if kind not in simple:
        raise TypeError(f"{cls.__name__}.{name}: no column kind for {kind!r}")
    return simple[kind], ()


def _header(path: tuple[str, ...]) -> str:
    return ".".join(path)


@functools.cache
def model_fields(cls: type) -> tuple[tuple[str, Any, bool, bool], ...]:
    """Each field of a model class but ``extensions``: name, item type, optional, many (cached)."""
    return tuple(field_parts(cls))


def _resolve(
    cls: type, name: str, prefix: tuple[str, ...], order: tuple[int, ...]
) -> Column | None:
    """The column ``name`` (a header below ``prefix``) of an object of ``cls``, if any."""
    fields = model_fields(cls)
    if name.startswith("x-"):
        path = (*prefix, name)
        return Column(_header(path), path, Kind.EXTENSION, order=(*order, len(fields)))
    head, dot, rest = name.partition(".")
    for index, (field, kind, _, many) in enumerate(fields):
        if field != head:
            continue
        path, place = (*prefix, field), (*order, index)
        if not dot:
            leaf = _leaf_kind(cls, field, kind, many)
            return None if leaf is None else Column(_header(path), path, *leaf, order=place)
        if kind is Text and not many and rest:
            language = (*path, rest)  # after the plain text's column
            return Column(_header(language), language, Kind.LANGUAGE, order=(*place, 1))
        if kind in MODEL_CLASSES and not many:
            return _resolve(kind, rest, path, place)
        return None
    return None


def _core(cls: type, prefix: tuple[str, ...], order: tuple[int, ...]) -> Iterator[Column]:
    """Every column of an object of ``cls`` but its ``x-`` keys, languages and held lists."""
    for index, (field, kind, _, many) in enumerate(model_fields(cls)):
        path, place = (*prefix, field), (*order, index)
        if kind in MODEL_CLASSES and not many:
            yield from _core(kind, path, place)
            continue
        leaf = _leaf_kind(cls, field, kind, many)
        if leaf is not None and leaf[0] is not Kind.EMPTY_LIST:
            yield Column(_header(path), path, *leaf, order=place)


@frozen
class SheetLayout:
    """A sheet of the workbook: the class of its rows and how its columns are named.

    Attributes:
        name: The sheet's name.
        row_class: The model class of one row (``Plan`` for the ``plan`` sheet,
            whose rows are its keys).
        keyed: Whether rows carry ``commitment_id``.

    """

    name: str
    row_class: type
    keyed: bool = False

    @property
    def core(self) -> tuple[Column, ...]:
        """The columns every export and the template write, in order."""
        key = (Column(KEY_HEADER, (), Kind.KEY, order=(-1,)),) if self.keyed else ()
        return key + tuple(_core(self.row_class, (), ()))

    def resolve(self, header: str) -> Column | None:
        """Return the column a header names, or ``None`` if it names none.

        >>> commitments = sheet_layout("commitments")
        >>> commitments.resolve("metric.unit").path, commitments.resolve("title.zh").kind
        (('metric', 'unit'), <Kind.LANGUAGE: 'language'>)
        >>> commitments.resolve("progress").kind, commitments.resolve("metric")
        (<Kind.EMPTY_LIST: 'empty-list'>, None)
        """
        if self.keyed and header == KEY_HEADER:
            return Column(KEY_HEADER, (), Kind.KEY, order=(-1,))
        return _resolve_cached(self.row_class, header)

    def known_headers(self) -> tuple[str, ...]:
        """The names a header may have, besides languages and ``x-`` keys (for suggestions)."""
        lists = tuple(
            field
            for field, kind, _, many in model_fields(self.row_class)
            if many and kind in MODEL_CLASSES
        )
        return tuple(column.header for column in self.core) + lists


@functools.cache
def _resolve_cached(cls: type, header: str) -> Column | None:
    return _resolve(cls, header, (), ())


_LAYOUTS = {
    PLAN: SheetLayout(PLAN, Plan),
    CATEGORIES: SheetLayout(CATEGORIES, Category),
    AGENCIES: SheetLayout(AGENCIES, Agency),
    COMMITMENTS: SheetLayout(COMMITMENTS, Commitment),
    OBSERVATIONS: SheetLayout(OBSERVATIONS, Observation, keyed=True),
    SOURCES: SheetLayout(SOURCES, Source, keyed=True),
}
#: The sheets of a plan workbook, in the order they are written.
SHEETS: tuple[str, ...] = tuple(_LAYOUTS)


def sheet_layout(name: str) -> SheetLayout:
    """Return the layout of one of :data:`SHEETS`."""
    return _LAYOUTS[name]


# The plan's own keys that a single sheet of commitments may carry as columns.
_FLAT_PLAN_FIELDS = ("schema_version", "jurisdiction", "year")


def flat_plan_column(header: str) -> Column | None:
    """Return the plan column a single sheet of commitments may have (``year``, ``jurisdiction.…``).

    >>> flat_plan_column("jurisdiction.code").path, flat_plan_column("title")
    (('jurisdiction', 'code'), None)
    """
    if header.partition(".")[0] not in _FLAT_PLAN_FIELDS:
        return None
    return _resolve_cached(Plan, header)


def _check_every_list_has_a_sheet() -> None:
    for cls in MODEL_CLASSES:
        for field, kind, _, many in model_fields(cls):
            _leaf_kind(cls, field, kind, many)


_check_every_list_has_a_sheet()
