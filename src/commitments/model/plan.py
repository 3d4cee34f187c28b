"""The plan model of format 1.0: frozen, keyword-only attrs classes (SPEC §1).

Each class holds exactly what a document says. An optional key that is absent is
``None`` here (and stays absent when written back); a key written out with its
default value keeps that value (and stays written out). The defaults the format
defines (``direction`` is ``increase``, a quantity's baseline is 0, ``due`` is
31 December of the plan year …) are applied by the ``effective_…`` properties and
methods, never by rewriting the data. Lists are tuples, numbers are
:class:`decimal.Decimal`, dates are :class:`datetime.date`; ``x-`` keys live in
each object's ``extensions``.

The model checks nothing on construction: validation of documents is the job of
:func:`commitments.validate`, which reports every problem at once.

Instances take no weak references (``weakref_slot=False``): the loader builds
them fastest by ``__class__`` assignment from plain objects of the same slots
(:mod:`commitments.convert._builders`), which Python 3.11 refuses for classes with
a ``__weakref__`` slot.
"""

import datetime
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Annotated, Any, ClassVar, TypeAlias

import attrs
from attrs import frozen

from commitments.model._display import commitment_line, displayed, picklable, plan_line
from commitments.model._fields import SchemaType, doc_field, extensions_field
from commitments.model.vocab import Direction, MetricKind, Status

__all__ = [
    "DEFAULT_STAGES",
    "Agency",
    "Baseline",
    "Category",
    "Commitment",
    "JSONValue",
    "Jurisdiction",
    "LanguageTag",
    "Metric",
    "NonEmptyString",
    "Observation",
    "Plan",
    "Slug",
    "Source",
    "Target",
    "Text",
    "UnitCode",
]

_NON_EMPTY: Mapping[str, Any] = {"type": "string", "minLength": 1}
# RFC 5646 "langtag" and "privateuse", written with ASCII classes only (portable regex).
_ALPHANUM = "[A-Za-z0-9]"
_LANGUAGE_TAG = (
    "^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"  # language, extlang
    "(?:-[A-Za-z]{4})?"  # script
    "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"  # region
    f"(?:-(?:{_ALPHANUM}{{5,8}}|[0-9]{_ALPHANUM}{{3}}))*"  # variants
    f"(?:-[0-9A-WY-Za-wy-z](?:-{_ALPHANUM}{{2,8}})+)*"  # extensions
    f"(?:-[Xx](?:-{_ALPHANUM}{{1,8}})+)?"  # private use
    f"|[Xx](?:-{_ALPHANUM}{{1,8}})+)$"
)

#: A JSON value as this library holds it: numbers other than integers are Decimals.
JSONValue: TypeAlias = (
    bool | int | Decimal | str | list["JSONValue"] | dict[str, "JSONValue"] | None
)

#: An identifier: lower-case letters and digits, in runs joined by ``-``, ``_`` or ``.``.
Slug = Annotated[
    str,
    SchemaType(
        "Slug",
        "An identifier: lower-case ASCII letters and digits, in runs joined by single "
        "`-`, `_` or `.`; at most 64 characters.",
        {"type": "string", "pattern": "^[a-z0-9]+(?:[-_.][a-z0-9]+)*$", "maxLength": 64},
    ),
]
#: A string with at least one character.
NonEmptyString = Annotated[
    str, SchemaType("NonEmptyString", "A string of at least one character.", _NON_EMPTY)
]
#: A unit code: one of the registry's codes, or a custom ``x-`` code.
UnitCode = Annotated[
    str,
    SchemaType(
        "UnitCode",
        "A unit: item, person, person_time, household, m, km, m2, km2, ha, mu, t, yuan, "
        "percent, or a custom count unit starting with `x-`. Unknown codes are reported "
        "by the rule `unknown-unit`.",
        _NON_EMPTY,
    ),
]
#: A BCP 47 language tag such as ``zh``, ``en`` or ``zh-Hant-TW``.
LanguageTag = Annotated[
    str,
    SchemaType(
        "LanguageTag",
        "A BCP 47 language tag (RFC 5646 well-formed syntax), e.g. `zh`, `en`, `zh-Hant-TW`.",
        {"type": "string", "pattern": _LANGUAGE_TAG},
    ),
]

#: The stages of a milestone metric that does not declare its own.
DEFAULT_STAGES: tuple[str, ...] = ("started", "completed")

_Extensions = Mapping[str, JSONValue]


def _freeze_text(value: "str | Mapping[str, str]") -> "str | Mapping[str, str]":
    return value if isinstance(value, str) else MappingProxyType(dict(value))


def _text_key(value: "str | Mapping[str, str]") -> object:
    return value if isinstance(value, str) else frozenset(value.items())


def _primary(tag: str) -> str:
    return tag.split("-", 1)[0].lower()


@picklable
@frozen(weakref_slot=False)
class Text:
    """Human-readable text: a plain string, or strings by BCP 47 language tag.

    A plain string stays a plain string when written back; an object stays an
    object. Two texts are equal when they hold the same strings in the same form.

    >>> Text("吉林省").best()
    '吉林省'
    >>> title = Text({"zh": "城镇新增就业", "en": "New urban jobs"})
    >>> title.best("en"), title.best("en-GB"), title.best("fr")
    ('New urban jobs', 'New urban jobs', '城镇新增就业')
    """

    value: str | Mapping[str, str] = attrs.field(converter=_freeze_text, eq=_text_key)

    @property
    def is_plain(self) -> bool:
        """Whether the text is a plain string rather than an object of languages."""
        return isinstance(self.value, str)

    @property
    def languages(self) -> tuple[str, ...]:
        """The language tags present, in document order (empty for a plain string)."""
        return () if isinstance(self.value, str) else tuple(self.value)

    def get(self, language: str) -> str | None:
        """Return the string for exactly this language tag (case-insensitive), if any."""
        if isinstance(self.value, str):
            return None
        wanted = language.lower()
        return next((s for tag, s in self.value.items() if tag.lower() == wanted), None)

    def best(self, *preferred: str) -> str:
        """Return the string to show a reader who prefers the given languages.

        Each preferred tag is tried exactly, then by its primary language
        (``en-GB`` finds ``en``); failing all, the first string is returned.
        A plain string is always returned as it is.
        """
        if isinstance(self.value, str):
            return self.value
        for language in preferred:
            exact = self.get(language)
            if exact is not None:
                return exact
            primary = _primary(language)
            for tag, string in self.value.items():
                if _primary(tag) == primary:
                    return string
        return next(iter(self.value.values()))

    def __str__(self) -> str:
        return self.best()


@picklable
@frozen(kw_only=True, weakref_slot=False)
class Source:
    """Where a statement comes from: a document, a page, a quotation."""

    __schema_extra__: ClassVar[Mapping[str, Any]] = {
        "anyOf": [{"required": ["title"]}, {"required": ["url"]}]
    }

    title: Text | None = doc_field(
        "Title of the source document.",
        default=None,
        examples=("2021年我省将重点实施50项民生实事",),
    )
    url: str | None = doc_field(
        "Address of the source, as the publisher gives it (best an absolute URL).",
        default=None,
        schema={"type": "string", "minLength": 1},
    )
    publisher: Text | None = doc_field("Who published the source.", default=None)
    date: datetime.date | None = doc_field("Date of the source.", default=None)
    quote: NonEmptyString | None = doc_field(
        "The passage of the source that supports the statement, verbatim.", default=None
    )
    extensions: _Extensions = extensions_field()


@picklable
@frozen(kw_only=True, weakref_slot=False)
class Jurisdiction:
    """The government that made the commitments."""

    name: Text = doc_field("Name of the jurisdiction.", examples=({"zh": "吉林省"},))
    code: NonEmptyString | None = doc_field(
        "A code for the jurisdiction, e.g. ISO 3166-2.", default=None, examples=("CN-JL",)
    )
    extensions: _Extensions = extensions_field()


@picklable
@frozen(kw_only=True, weakref_slot=False)
class Category:
    """A heading under which a plan groups its commitments."""

    id: Slug = doc_field("Identifier that commitments use in `category`.")
    name: Text = doc_field("Name of the category.")
    extensions: _Extensions = extensions_field()


@picklable
@frozen(kw_only=True, weakref_slot=False)
class Agency:
    """A body responsible for commitments."""

    id: Slug = doc_field("Identifier that commitments use in `owner` and `co_owners`.")
    name: Text = doc_field("Name of the agency.")
    extensions: _Extensions = extensions_field()


@picklable
@frozen(kw_only=True, weakref_slot=False)
class Metric:
    """How a commitment is measured: an amount, a level, or a named stage."""

    # A milestone has no unit; quantity and level need one and have no stages.
    __schema_extra__: ClassVar[Mapping[str, Any]] = {
        "allOf": [
            {
                "if": {"required": ["kind"], "properties": {"kind": {"const": "milestone"}}},
                "then": {"properties": {"unit": {"not": {}}}},
            },
            {
                "if": {
                    "required": ["kind"],
                    "properties": {"kind": {"enum": ["quantity", "level"]}},
                },
                "then": {"required": ["unit"], "properties": {"stages": {"not": {}}}},
            },
        ]
    }

    kind: MetricKind = doc_field(
        "`quantity` delivers an amount, `level` reaches a level, `milestone` reaches a stage."
    )
    unit: UnitCode | None = doc_field(
        "Unit of every value; required for quantity and level, absent for milestone.",
        default=None,
        examples=("person", "km", "percent", "x-station"),
    )
    name: Text | None = doc_field(
        "What is counted, e.g. village e-commerce service stations.", default=None
    )
    direction: Direction | None = doc_field(
        "Whether a higher value is progress (`increase`, the default) or a lower one.",
        default=None,
    )
    stages: tuple[NonEmptyString, ...] | None = doc_field(
        'Ordered stages of a milestone; default ["started", "completed"].',
        default=None,
        schema={"minItems": 1, "uniqueItems": True},
    )
    extensions: _Extensions = extensions_field()

    @property
    def effective_direction(self) -> Direction:
        """The direction, with the format's default (``increase``) applied."""
        return self.direction or Direction.INCREASE

    @property
    def effective_stages(self) -> tuple[str, ...]:
        """The milestone stages, with the format's default applied."""
        return self.stages if self.stages is not None else DEFAULT_STAGES

    @property
    def is_numeric(self) -> bool:
        """Whether values are numbers (quantity and level) rather than stages."""
        return self.kind is not MetricKind.MILESTONE


@picklable
@frozen(kw_only=True, weakref_slot=False)
class Baseline:
    """Where the count starts."""

    value: Decimal = doc_field("The value at the start, in the metric's unit.")
    as_of: datetime.date | None = doc_field(
        "When the baseline was measured; the period of the commitment starts here "
        "(default 1 January of the plan year).",
        default=None,
    )
    extensions: _Extensions = extensions_field()


@picklable
@frozen(kw_only=True, weakref_slot=False)
class Target:
    """What is promised, and by when."""

    value: Decimal | None = doc_field(
        "The value to reach (quantity: the cumulative total on the baseline's scale).",
        default=None,
    )
    stage: NonEmptyString | None = doc_field(
        "The milestone stage to reach; default the last stage.", default=None
    )
    due: datetime.date | None = doc_field(
        "When it is due; default 31 December of the plan year.", default=None
    )
    extensions: _Extensions = extensions_field()


@picklable
@frozen(kw_only=True, weakref_slot=False)
class Observation:
    """A reported value or stage at a date."""

    as_of: datetime.date = doc_field("The date the observation describes.")
    value: Decimal | None = doc_field(
        "Cumulative value reached (quantity and level).", default=None
    )
    stage: NonEmptyString | None = doc_field("Stage reached (milestone).", default=None)
    source: Source | None = doc_field("Where the observation comes from.", default=None)
    note: Text | None = doc_field("Remarks on the observation.", default=None)
    extensions: _Extensions = extensions_field()


@displayed(commitment_line)
@frozen(kw_only=True, weakref_slot=False)
class Commitment:
    """One concrete promise of a plan."""

    id: Slug = doc_field(
        "Unique in the plan; the same id in another year's plan is the same commitment.",
        examples=("urban-new-jobs",),
    )
    previous_id: Slug | None = doc_field(
        "The id this commitment had in the previous year's plan, when it was renamed.",
        default=None,
    )
    title: Text = doc_field("What is promised.")
    category: Slug = doc_field("The category (a `categories` id when the plan declares them).")
    owner: NonEmptyString = doc_field("Lead agency (an `agencies` id when the plan declares them).")
    co_owners: tuple[NonEmptyString, ...] | None = doc_field(
        "Other agencies involved.", default=None
    )
    metric: Metric = doc_field("How the commitment is measured.")
    baseline: Baseline | None = doc_field(
        "Where the count starts: required for level, default 0 for quantity, absent for milestone.",
        default=None,
    )
    target: Target = doc_field("What is promised, and by when.")
    status: Status = doc_field("Status as declared by the publisher.")
    progress: tuple[Observation, ...] | None = doc_field(
        "Observations, in strictly increasing `as_of` order.", default=None
    )
    sources: tuple[Source, ...] | None = doc_field("Provenance.", default=None)
    tags: tuple[NonEmptyString, ...] | None = doc_field("Free keywords.", default=None)
    notes: Text | None = doc_field("Remarks.", default=None)
    extensions: _Extensions = extensions_field()

    @property
    def effective_baseline_value(self) -> Decimal | None:
        """The baseline value, with a quantity's default of 0; ``None`` for a milestone."""
        if self.baseline is not None:
            return self.baseline.value
        return Decimal(0) if self.metric.kind is MetricKind.QUANTITY else None

    @property
    def effective_target_stage(self) -> str | None:
        """A milestone's target stage, defaulting to its last stage; ``None`` otherwise."""
        if self.metric.kind is not MetricKind.MILESTONE:
            return None
        return self.target.stage or self.metric.effective_stages[-1]

    def effective_due(self, year: int) -> datetime.date:
        """Return the due date, defaulting to 31 December of the plan ``year``."""
        return self.target.due or datetime.date(year, 12, 31)

    def effective_start(self, year: int) -> datetime.date:
        """Return when the period starts: ``baseline.as_of``, else 1 January of ``year``."""
        if self.baseline is not None and self.baseline.as_of is not None:
            return self.baseline.as_of
        return datetime.date(year, 1, 1)


@displayed(plan_line)
@frozen(kw_only=True, weakref_slot=False)
class Plan:
    """The commitments one jurisdiction published for one year."""

    schema_version: str = doc_field(
        'Format version "1.<minor>".',
        examples=("1.0",),
        schema={"type": "string", "pattern": "^1\\.(?:0|[1-9][0-9]*)$"},
    )
    jurisdiction: Jurisdiction = doc_field("Who committed.")
    year: int = doc_field(
        "The plan year.", examples=(2021,), schema={"minimum": 1, "maximum": 9999}
    )
    title: Text | None = doc_field(
        "Title of the plan.", default=None, examples=("2021年全省民生实事",)
    )
    published: datetime.date | None = doc_field("When the plan was published.", default=None)
    sources: tuple[Source, ...] | None = doc_field("Provenance.", default=None)
    categories: tuple[Category, ...] | None = doc_field(
        "When present, every commitment's `category` must be one of these ids.", default=None
    )
    agencies: tuple[Agency, ...] | None = doc_field(
        "When present, every `owner` and `co_owners` entry must be one of these ids.",
        default=None,
    )
    commitments: tuple[Commitment, ...] = doc_field("The commitments; may be empty.")
    extensions: _Extensions = extensions_field()
