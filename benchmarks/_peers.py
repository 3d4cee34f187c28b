"""The plan format written as pydantic v2 models and as msgspec Structs, for comparison.

Both peers check what the published JSON Schema checks, where they can: JSON types,
required keys, enums, the patterns of slugs, dates (real calendar dates), language
tags, URLs and ``schema_version``, non-empty strings, the bounds of ``year``, the
kinds of metric (a milestone has no ``unit``; a quantity or level needs one and has
no ``stages``, by a union tagged on ``kind``), a source's ``title`` or ``url``,
unique milestone stages, and unknown keys.

What neither peer checks, and ``commitments.validate`` does (so the comparison
favours the peers):

* the rules layer (docs/rules.rst): ``duplicate-id``, ``unknown-category``,
  ``unknown-owner``, ``unknown-unit``, ``missing-baseline``, ``missing-target-value``,
  ``missing-observation-value``, ``unexpected-value``, ``unknown-stage``,
  ``direction-mismatch``, ``progress-order``, ``progress-before-baseline``,
  ``due-before-baseline``, ``due-outside-year``, ``status-contradicts-progress``;
* the reading layer: duplicate keys (both keep the last value silently), numbers
  too large for a float (msgspec takes ``1e400`` as a Decimal), a line and column
  for every problem;
* exact numbers: pydantic reads a JSON number through a binary float (``95.0``
  becomes ``Decimal('95')``, ``0.1000000000000000055511151231257827`` becomes
  ``Decimal('0.1')``), and both accept a number written as a string (``"95.0"``);
* ``x-`` extension keys: pydantic keeps them (extra keys, their names checked
  against ``^x-``); msgspec cannot keep them while refusing other unknown keys, so
  its Structs refuse them (the benchmark data has none).

Writing: pydantic writes Decimals as JSON strings (``"95.0"``), not numbers;
msgspec writes them as numbers with ``decimal_format="number"``.
"""

import datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

import msgspec
import pydantic
from msgspec import Meta, Struct
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from commitments.model.vocab import Direction, Status
from commitments.schema import build_schema

__all__ = ["MPlan", "PPlan", "msgspec_decoder", "msgspec_encoder", "pydantic_dumps"]

# The patterns of the published schema (schemas/plan-1.schema.json), read from the model.
_DEFS: dict[str, Any] = build_schema()["$defs"]
_SLUG: str = _DEFS["Slug"]["pattern"]
_LANGUAGE_TAG: str = _DEFS["LanguageTag"]["pattern"]
_VERSION: str = _DEFS["Plan"]["properties"]["schema_version"]["pattern"]

# ---------------------------------------------------------------- pydantic v2


def _unique(stages: list[str]) -> list[str]:
    if len(set(stages)) != len(stages):
        raise ValueError("stages must be unique")
    return stages


_PSlug = Annotated[str, StringConstraints(pattern=_SLUG, max_length=64)]
_PNonEmpty = Annotated[str, StringConstraints(min_length=1)]
_PText = (
    _PNonEmpty
    | Annotated[
        dict[Annotated[str, StringConstraints(pattern=_LANGUAGE_TAG)], _PNonEmpty],
        Field(min_length=1),
    ]
)
_PExtensionKey = Annotated[str, StringConstraints(pattern="^x-")]


class _PObject(BaseModel):
    # Strict types; unknown keys are refused unless they start with "x-" (kept as extras).
    model_config = ConfigDict(strict=True, extra="allow", frozen=True)
    __pydantic_extra__: dict[_PExtensionKey, Any] = Field(init=False)


class PSource(_PObject):
    title: _PText | None = None
    url: Annotated[str, StringConstraints(min_length=1)] | None = None
    publisher: _PText | None = None
    date: datetime.date | None = None
    quote: _PNonEmpty | None = None

    @pydantic.model_validator(mode="after")
    def _title_or_url(self) -> "PSource":
        if self.title is None and self.url is None:
            raise ValueError("a source needs a title or a url")
        return self


class PNamed(_PObject):
    id: _PSlug
    name: _PText


class PJurisdiction(_PObject):
    name: _PText
    code: _PNonEmpty | None = None


class PNumericMetric(_PObject):
    kind: Literal["quantity", "level"]
    unit: _PNonEmpty
    name: _PText | None = None
    direction: Direction | None = None


class PMilestoneMetric(_PObject):
    kind: Literal["milestone"]
    name: _PText | None = None
    direction: Direction | None = None
    stages: Annotated[list[_PNonEmpty], Field(min_length=1), AfterValidator(_unique)] | None = None


class PBaseline(_PObject):
    value: Decimal
    as_of: datetime.date | None = None


class PTarget(_PObject):
    value: Decimal | None = None
    stage: _PNonEmpty | None = None
    due: datetime.date | None = None


class PObservation(_PObject):
    as_of: datetime.date
    value: Decimal | None = None
    stage: _PNonEmpty | None = None
    source: PSource | None = None
    note: _PText | None = None


class PCommitment(_PObject):
    id: _PSlug
    previous_id: _PSlug | None = None
    title: _PText
    category: _PSlug
    owner: _PNonEmpty
    co_owners: list[_PNonEmpty] | None = None
    metric: Annotated[PNumericMetric | PMilestoneMetric, Field(discriminator="kind")]
    baseline: PBaseline | None = None
    target: PTarget
    status: Status
    progress: list[PObservation] | None = None
    sources: list[PSource] | None = None
    tags: list[_PNonEmpty] | None = None
    notes: _PText | None = None


class PPlan(_PObject):
    schema_version: Annotated[str, StringConstraints(pattern=_VERSION)]
    jurisdiction: PJurisdiction
    year: Annotated[int, Field(ge=1, le=9999)]
    title: _PText | None = None
    published: datetime.date | None = None
    sources: list[PSource] | None = None
    categories: list[PNamed] | None = None
    agencies: list[PNamed] | None = None
    commitments: list[PCommitment]


# ---------------------------------------------------------------- msgspec


_MSlug = Annotated[str, Meta(pattern=_SLUG, max_length=64)]
_MNonEmpty = Annotated[str, Meta(min_length=1)]
_MText = (
    _MNonEmpty
    | Annotated[dict[Annotated[str, Meta(pattern=_LANGUAGE_TAG)], _MNonEmpty], Meta(min_length=1)]
)


class _MObject(Struct, forbid_unknown_fields=True, omit_defaults=True, frozen=True, kw_only=True):
    pass


class MSource(_MObject):
    title: _MText | None = None
    url: Annotated[str, Meta(min_length=1)] | None = None
    publisher: _MText | None = None
    date: datetime.date | None = None
    quote: _MNonEmpty | None = None

    def __post_init__(self) -> None:
        if self.title is None and self.url is None:
            raise ValueError("a source needs a title or a url")


class MNamed(_MObject):
    id: _MSlug
    name: _MText


class MJurisdiction(_MObject):
    name: _MText
    code: _MNonEmpty | None = None


class MQuantityMetric(_MObject, tag_field="kind", tag="quantity"):
    unit: _MNonEmpty
    name: _MText | None = None
    direction: Direction | None = None


class MLevelMetric(_MObject, tag_field="kind", tag="level"):
    unit: _MNonEmpty
    name: _MText | None = None
    direction: Direction | None = None


class MMilestoneMetric(_MObject, tag_field="kind", tag="milestone"):
    name: _MText | None = None
    direction: Direction | None = None
    stages: Annotated[list[_MNonEmpty], Meta(min_length=1)] | None = None

    def __post_init__(self) -> None:
        if self.stages is not None and len(set(self.stages)) != len(self.stages):
            raise ValueError("stages must be unique")


class MBaseline(_MObject):
    value: Decimal
    as_of: datetime.date | None = None


class MTarget(_MObject):
    value: Decimal | None = None
    stage: _MNonEmpty | None = None
    due: datetime.date | None = None


class MObservation(_MObject):
    as_of: datetime.date
    value: Decimal | None = None
    stage: _MNonEmpty | None = None
    source: MSource | None = None
    note: _MText | None = None


class MCommitment(_MObject):
    id: _MSlug
    title: _MText
    category: _MSlug
    owner: _MNonEmpty
    metric: MQuantityMetric | MLevelMetric | MMilestoneMetric
    target: MTarget
    status: Status
    previous_id: _MSlug | None = None
    co_owners: list[_MNonEmpty] | None = None
    baseline: MBaseline | None = None
    progress: list[MObservation] | None = None
    sources: list[MSource] | None = None
    tags: list[_MNonEmpty] | None = None
    notes: _MText | None = None


class MPlan(_MObject):
    schema_version: Annotated[str, Meta(pattern=_VERSION)]
    jurisdiction: MJurisdiction
    year: Annotated[int, Meta(ge=1, le=9999)]
    commitments: list[MCommitment]
    title: _MText | None = None
    published: datetime.date | None = None
    sources: list[MSource] | None = None
    categories: list[MNamed] | None = None
    agencies: list[MNamed] | None = None


msgspec_decoder = msgspec.json.Decoder(MPlan)
msgspec_encoder = msgspec.json.Encoder(decimal_format="number")


def pydantic_dumps(plan: PPlan) -> bytes:
    """Write a pydantic plan as JSON, leaving out what the document left out."""
    return plan.__pydantic_serializer__.to_json(plan, exclude_unset=True)
