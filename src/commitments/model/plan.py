"""The plan model of format 1.x: frozen, keyword-only attrs classes (see :doc:`/format`).

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
from typing import Any, ClassVar

from attrs import frozen

from commitments.model._display import commitment_line, displayed, plan_line
from commitments.model._fields import doc_field, extensions_field
from commitments.model.format_types import JSONValue, NonEmptyString, Slug
from commitments.model.parts import (
    Agency,
    Baseline,
    Category,
    Jurisdiction,
    Metric,
    Observation,
    Source,
    Target,
)
from commitments.model.text import Text
from commitments.model.vocab import MetricKind, Status

__all__ = ["Commitment", "Plan"]

# Spelled out in each module of the model: the schema generator and the builders
# resolve ``JSONValue``'s reference to itself among the names of the class's module.
_Extensions = Mapping[str, JSONValue]

#: Forbidden by the schema in a document that says format 1.0: the keys new in 1.1.
_NOT_IN_1_0: Mapping[str, Any] = {
    "description": "A key new in format 1.1: the document must say schema_version 1.1.",
    "not": {},
}


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

    # A document that says "1.0" keeps 1.0's exact meaning: the keys added in 1.1 need "1.1".
    __schema_extra__: ClassVar[Mapping[str, Any]] = {
        "allOf": [
            {
                "if": {
                    "required": ["schema_version"],
                    "properties": {"schema_version": {"const": "1.0"}},
                },
                "then": {
                    "properties": {
                        "complete": _NOT_IN_1_0,
                        "commitments": {
                            "items": {
                                "properties": {
                                    "target": {"properties": {"approximate": _NOT_IN_1_0}},
                                    "progress": {"items": {"properties": {"status": _NOT_IN_1_0}}},
                                }
                            }
                        },
                    }
                },
            }
        ]
    }

    schema_version: str = doc_field(
        'Format version "1.<minor>".',
        examples=("1.1", "1.0"),
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
    complete: bool | None = doc_field(
        "(Since 1.1) `false` when the document holds only part of the published list "
        "(a page cut off, a draft); default true.",
        default=None,
    )
    commitments: tuple[Commitment, ...] = doc_field("The commitments; may be empty.")
    extensions: _Extensions = extensions_field()
