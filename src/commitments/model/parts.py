"""The parts of a plan and of its commitments, each a JSON object of the document.

Who made the plan (:class:`Jurisdiction`), under which headings and by whom it is
carried out (:class:`Category`, :class:`Agency`), where a statement comes from
(:class:`Source`), and how a commitment is measured: :class:`Metric`,
:class:`Baseline`, :class:`Target` and the reported :class:`Observation`.

Part of the plan model: what :mod:`commitments.model.plan` says of its classes
(absent keys are ``None``, defaults applied only by the ``effective_…`` members, no
weak references) holds here too.
"""

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

from attrs import frozen

from commitments.model._display import picklable
from commitments.model._fields import doc_field, extensions_field
from commitments.model.format_types import JSONValue, NonEmptyString, Slug, UnitCode
from commitments.model.text import Text
from commitments.model.vocab import DEFAULT_STAGES, Direction, MetricKind, Status

__all__ = [
    "Agency",
    "Baseline",
    "Category",
    "Jurisdiction",
    "Metric",
    "Observation",
    "Source",
    "Target",
]

# Spelled out in each module of the model: the schema generator and the builders
# resolve ``JSONValue``'s reference to itself among the names of the class's module.
_Extensions = Mapping[str, JSONValue]


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
    approximate: bool | None = doc_field(
        "(Since 1.1) Whether the publisher gave the value as approximate "
        "(约, 左右, about); default false.",
        default=None,
    )
    extensions: _Extensions = extensions_field()


@picklable
@frozen(kw_only=True, weakref_slot=False)
class Observation:
    """A reported value, stage or status at a date."""

    as_of: datetime.date = doc_field("The date the observation describes.")
    value: Decimal | None = doc_field(
        "Cumulative value reached (quantity and level).", default=None
    )
    stage: NonEmptyString | None = doc_field("Stage reached (milestone).", default=None)
    status: Status | None = doc_field(
        "(Since 1.1) The status the publisher declared at that date, e.g. `completed` "
        "in a year-end report that gives no figure.",
        default=None,
    )
    source: Source | None = doc_field("Where the observation comes from.", default=None)
    note: Text | None = doc_field("Remarks on the observation.", default=None)
    extensions: _Extensions = extensions_field()
