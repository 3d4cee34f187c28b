"""The unit registry of format 1.x: codes, dimensions and exact conversion.

Every unit has a code (what documents write), a dimension and an exact factor to
its dimension's base unit. Units of one dimension convert exactly (km↔m,
m2↔ha↔mu↔km2; one mu is 10000/15 m²); units of different dimensions never do.
Each count unit (``item``, ``person``, ``person_time``, ``household``) is a
dimension of its own, and so is every custom code starting with ``x-``. The table
of units is in :doc:`/format`.

The Chinese ``labels`` are the words plans write after a figure (个, 人, 户, 公里, …),
in NFKC form (``人(次)``, not ``人（次）``); :data:`LABELS` maps each back to its code.

>>> from commitments.model.units import convert
>>> convert(2000, "km", "m")
Fraction(2000000, 1)
>>> convert(15, "mu", "ha")
Fraction(1, 1)
"""

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType

from attrs import frozen

from commitments.model.exact import to_fraction
from commitments.model.findings import CommitmentsError

__all__ = [
    "LABELS",
    "UNITS",
    "IncompatibleUnitsError",
    "Unit",
    "UnknownUnitError",
    "comparable_units",
    "conversion_factor",
    "convert",
    "dimension_of",
    "get_unit",
    "is_custom_unit",
    "is_known_unit",
    "same_dimension",
]

_CUSTOM_PREFIX = "x-"

# code, dimension, factor to the dimension's base unit, English name, Chinese labels.
_TABLE: tuple[tuple[str, str, Fraction, str, str], ...] = (
    ("item", "item", Fraction(1), "item",
     "个 所 家 台 条 场 处 座 项 套 辆 间 件 张 部 架 艘 栋 幢 只 头 株 棵 盏 批 次 期 本 册"),
    ("person", "person", Fraction(1), "person", "人 名 位"),
    ("person_time", "person_time", Fraction(1), "person-time", "人次 人(次)"),
    ("household", "household", Fraction(1), "household", "户"),
    ("m", "length", Fraction(1), "metre", "米"),
    ("km", "length", Fraction(1000), "kilometre", "公里 千米"),
    ("m2", "area", Fraction(1), "square metre", "平方米"),
    ("km2", "area", Fraction(1_000_000), "square kilometre", "平方公里 平方千米"),
    ("ha", "area", Fraction(10_000), "hectare", "公顷"),
    ("mu", "area", Fraction(10_000, 15), "mu", "亩"),
    ("t", "mass", Fraction(1), "tonne", "吨"),
    ("yuan", "currency", Fraction(1), "yuan", "元"),
    ("percent", "percent", Fraction(1), "percent", "% 百分点 个百分点"),
)  # fmt: skip


@frozen(kw_only=True)
class Unit:
    """One unit of measure.

    Attributes:
        code: The code documents write (``km``, ``person``, ``x-station``).
        dimension: What the unit measures; only units of one dimension convert.
        factor: How many of the dimension's base unit one of this unit is, exactly
            (``km`` is 1000 ``m``; ``mu`` is 10000/15 ``m2``).
        labels: The Chinese words for the unit after a figure, in NFKC form.
        name: An English name.

    """

    code: str
    dimension: str
    factor: Fraction
    labels: tuple[str, ...]
    name: str


#: Every registered unit by code (custom ``x-`` units are not listed; see :func:`get_unit`).
UNITS: Mapping[str, Unit] = MappingProxyType(
    {
        code: Unit(
            code=code, dimension=dimension, factor=factor, labels=tuple(labels.split()), name=name
        )
        for code, dimension, factor, name, labels in _TABLE
    }
)

#: Every Chinese label (in NFKC form) to the code of its unit: ``{"公里": "km", …}``.
LABELS: Mapping[str, str] = MappingProxyType(
    {label: unit.code for unit in UNITS.values() for label in unit.labels}
)


class UnknownUnitError(CommitmentsError, ValueError):
    """A unit code that is neither registered nor a custom ``x-`` code.

    Attributes:
        code: The offending code.

    """

    def __init__(self, code: str) -> None:
        self.code = code
        known = ", ".join(UNITS)
        super().__init__(
            f"unknown unit {code!r}: use one of {known}, or a custom code starting with 'x-'"
        )


class IncompatibleUnitsError(CommitmentsError, ValueError):
    """Two units of different dimensions, which never convert into each other.

    Attributes:
        from_code: The unit converted from.
        to_code: The unit converted to.

    """

    def __init__(self, from_code: str, to_code: str) -> None:
        self.from_code = from_code
        self.to_code = to_code
        super().__init__(
            f"cannot convert {from_code!r} ({dimension_of(from_code)}) "
            f"to {to_code!r} ({dimension_of(to_code)}): different dimensions"
        )


def is_custom_unit(code: str) -> bool:
    """Return whether ``code`` is a custom count unit: ``x-`` and at least one more character.

    >>> from commitments.model.units import is_custom_unit
    >>> is_custom_unit("x-station"), is_custom_unit("x-"), is_custom_unit("km")
    (True, False, False)
    """
    return code.startswith(_CUSTOM_PREFIX) and len(code) > len(_CUSTOM_PREFIX)


def is_known_unit(code: str) -> bool:
    """Return whether ``code`` is a registered code or a custom ``x-`` code.

    >>> from commitments.model.units import is_known_unit
    >>> is_known_unit("mu"), is_known_unit("x-station"), is_known_unit("kg")
    (True, True, False)
    """
    return code in UNITS or is_custom_unit(code)


def get_unit(code: str) -> Unit:
    """Return the unit for ``code``; a custom ``x-`` unit is made up on the spot.

    A custom unit is its own dimension, with factor 1 and no labels.

    >>> from commitments.model.units import get_unit
    >>> get_unit("km").factor
    Fraction(1000, 1)
    >>> get_unit("x-station").dimension
    'x-station'

    Raises:
        UnknownUnitError: ``code`` is neither registered nor custom.

    """
    if code in UNITS:
        return UNITS[code]
    if is_custom_unit(code):
        return Unit(code=code, dimension=code, factor=Fraction(1), labels=(), name=code)
    raise UnknownUnitError(code)


def dimension_of(code: str) -> str:
    """Return the dimension of the unit ``code`` (``length``, ``area``, ``person``, …).

    Raises:
        UnknownUnitError: ``code`` is neither registered nor custom.

    """
    return get_unit(code).dimension


def same_dimension(a: str, b: str) -> bool:
    """Return whether units ``a`` and ``b`` convert into each other.

    >>> from commitments.model.units import same_dimension
    >>> same_dimension("mu", "km2"), same_dimension("person", "person_time")
    (True, False)

    Raises:
        UnknownUnitError: either code is neither registered nor custom.

    """
    return dimension_of(a) == dimension_of(b)


def comparable_units(old: str | None, new: str | None) -> bool:
    """Return whether values in unit ``old`` can be expressed in unit ``new``.

    The same code (or both absent) always can; otherwise both must be known units
    of one dimension. Unlike :func:`same_dimension`, this never raises.

    >>> from commitments.model.units import comparable_units
    >>> comparable_units("m", "km"), comparable_units("item", "household")
    (True, False)
    >>> comparable_units("x-station", "x-post"), comparable_units(None, "km")
    (False, False)
    """
    if old == new:
        return True
    if old is None or new is None or not (is_known_unit(old) and is_known_unit(new)):
        return False
    return same_dimension(old, new)


def conversion_factor(from_code: str, to_code: str) -> Fraction:
    """Return how many ``to_code`` one ``from_code`` is, exactly.

    >>> from commitments.model.units import conversion_factor
    >>> conversion_factor("mu", "m2")
    Fraction(2000, 3)

    Raises:
        UnknownUnitError: either code is neither registered nor custom.
        IncompatibleUnitsError: the units have different dimensions.

    """
    source, target = get_unit(from_code), get_unit(to_code)
    if source.dimension != target.dimension:
        raise IncompatibleUnitsError(from_code, to_code)
    return source.factor / target.factor


def convert(value: Decimal | int | Fraction, from_code: str, to_code: str) -> Fraction:
    """Return ``value`` in ``from_code`` expressed in ``to_code``, exactly.

    >>> from decimal import Decimal
    >>> from commitments.model.units import convert
    >>> convert(Decimal("1.5"), "km2", "ha")
    Fraction(150, 1)

    Raises:
        TypeError: ``value`` is a float or a bool (see :func:`~.exact.to_fraction`).
        ValueError: ``value`` is a NaN or infinite decimal.
        UnknownUnitError: either code is neither registered nor custom.
        IncompatibleUnitsError: the units have different dimensions.

    """
    return to_fraction(value) * conversion_factor(from_code, to_code)
