"""The code generator of the builders: the source of one function per model class.

:func:`builder_source` writes how to build an instance of a class from a JSON
value the schema has accepted, checking nothing: fields and types are read from
the attrs class, so a field added to the model is picked up here too, or refused
at once if its type is new. Where ``__init__`` would only store its arguments, the
function does not call it: it fills a *shell* (:func:`_shell`) by plain attribute
stores and makes it an instance of the class by ``__class__`` assignment.

The source calls, besides the builders of other classes, what the namespace it is
compiled in holds (see :func:`commitments.convert._builders._builders`): ``_new``,
``_Decimal``, ``_to_int``, ``_to_Decimal``, ``_Text``, ``_set_Text_value``,
``_freeze_text``, ``_counted_text``, ``_with_extensions`` and ``_extensions``; the per-type helpers
(``_to_date``, ``_to_Text``, one per enum) are put there as the source is written.
"""

import datetime
from collections.abc import Callable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs

from commitments.convert._codegen import MODEL_CLASSES, field_parts
from commitments.model._fields import is_extensions_field
from commitments.model.text import Text, _freeze_text

__all__ = ["builder_source"]


def _text_builder() -> Callable[[Any], Text]:
    """Build a Text as its ``__init__`` does (``_freeze_text`` but for a str), without it."""
    if not _slots_only(Text, {"value": _freeze_text}):
        return Text
    new, set_value = object.__new__, Text.__dict__["value"].__set__

    def build(value: Any) -> Text:
        text: Text = new(Text)
        set_value(text, value if isinstance(value, str) else _freeze_text(value))
        return text

    return build


def _slots_only(cls: type, converters: Mapping[str, Any]) -> bool:
    """Whether ``__init__`` of ``cls`` only stores its arguments (or their ``converters``).

    If so, setting each slot of a bare instance makes the same object, at half the cost.
    """
    fields = attrs.fields(cls)
    names = tuple(field.name for field in fields)
    return (
        cls.__dict__.get("__slots__") in (names, (*names, "__weakref__"))
        and not any(hasattr(cls, hook) for hook in ("__attrs_pre_init__", "__attrs_post_init__"))
        and all(
            field.init
            and field.validator is None
            and field.converter is converters.get(field.name)
            and not isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
            for field in fields
        )
    )


def _build_template(kind: Any, namespace: dict[str, Any], *, counted: bool = False) -> str:
    """How to build one value ``{0}`` of a type, from its JSON value.

    ``counted``: every object met is handed to ``add`` (see
    :func:`~commitments.convert._builders.build_plan_counting`).
    """
    name = f"_to_{getattr(kind, '__name__', 'value')}"
    if kind in (str, bool):
        return "{0}"
    if kind is int:  # _to_int, like _to_Decimal, comes with the namespace
        return "_to_int({0})"
    if kind is Decimal:
        kept, exact = "{0} if type({0}) is _Decimal", "_Decimal({0}) if type({0}) is int"
        return f"{kept} else {exact} else _to_Decimal({{0}})"
    if kind is datetime.date:
        namespace[name] = datetime.date.fromisoformat
    elif kind is Text:
        namespace[name] = _text_builder()
        if counted:
            return f"_counted_text({{0}}, add, {name})"
    elif isinstance(kind, type) and issubclass(kind, Enum):
        namespace[name] = {member.value: member for member in kind}.__getitem__
    elif kind in MODEL_CLASSES:
        return (
            f"_build_{kind.__name__}({{0}}, add)" if counted else f"_build_{kind.__name__}({{0}})"
        )
    else:
        raise TypeError(
            f"no builder for {kind!r}: teach commitments.convert._builder_code about it"
        )
    return name + "({0})"


#: What ``t = Text(v)`` does, without the call of ``__init__`` (and of its converter for a str).
_SET_TEXT = "_set_Text_value(t := _new(_Text), v if isinstance(v, str) else _freeze_text(v))"
#: The same, handing an object of languages to ``add`` (it returns ``None``).
_SET_COUNTED_TEXT = _SET_TEXT.replace("_freeze_text(v)", "_freeze_text(add(v) or v)")


def _shell(cls: type) -> type | None:
    """A plain class laid out as ``cls``, or ``None`` if Python cannot turn one into the other.

    A shell's slots are filled by plain attribute stores, the cheapest there are
    (``cls`` itself is frozen: its ``__setattr__`` refuses), and a filled shell
    becomes a ``cls`` by ``__class__`` assignment, which Python allows between
    classes of the same slots (not on 3.11 when they have a ``__weakref__`` slot).
    """
    slots = cls.__dict__["__slots__"]
    shell = type(f"{cls.__name__}Shell", (), {"__slots__": slots, "__module__": __name__})
    probe: Any = object.__new__(shell)
    try:
        probe.__class__ = cls
    except TypeError:
        return None
    return shell


def _build_statements(
    cls: type,
    values: dict[str, str],
    texts: dict[str, bool],
    namespace: dict[str, Any],
    *,
    counted: bool = False,
) -> list[str]:
    """Fill the slots of a bare ``x``, a Text field inline (``texts``: name → optional).

    ``x`` is a shell of ``cls`` (see :func:`_shell`), else a bare ``cls`` filled by
    its slot descriptors. Returns ``[]`` where that would not make what
    ``__init__`` makes.
    """
    name = cls.__name__
    fields = attrs.fields(cls)
    missing = [field for field in fields if field.name not in values]
    if not _slots_only(cls, {}) or any(field.default is attrs.NOTHING for field in missing):
        return []
    shell = _shell(cls)
    for field in fields:
        namespace[f"_set_{name}_{field.name}"] = cls.__dict__[field.name].__set__

    def store(field: str, value: str) -> str:
        return f"x.{field} = {value}" if shell else f"_set_{name}_{field}(x, {value})"

    inline = namespace["_to_Text"] is not Text if texts else False
    set_text = _SET_COUNTED_TEXT if counted else _SET_TEXT
    namespace[f"_Shell_{name}"] = shell
    lines = [f"x = _new(_Shell_{name})" if shell else f"x = _new(_{name})"]
    for field, value in values.items():
        if inline and texts.get(field):
            lines += [f"if (v := get({field!r})) is None:", f"    {store(field, 'None')}"]
            lines += ["else:", f"    {set_text}", f"    {store(field, 't')}"]
        elif inline and field in texts:
            lines += [f"v = o[{field!r}]", set_text, store(field, "t")]
        else:
            lines.append(store(field, value))
    for field in missing:
        namespace[f"_default_{name}_{field.name}"] = field.default
        default = f"_default_{name}_{field.name}"
        if is_extensions_field(field) and not counted:  # the fields are read by name
            default += f" if _known_{name}.issuperset(o) else _extensions(o, _known_{name})"
        lines.append(store(field.name, default))
    if shell:
        lines.append(f"x.__class__ = _{name}")
    return [*lines, "return x"]


def builder_source(cls: type, namespace: dict[str, Any], *, counted: bool = False) -> str:
    """Build an instance with no check: by its slots where allowed, else by ``__init__``.

    ``x-`` keys are kept as ``extensions``. ``counted``: the builder takes ``add``
    too, and hands it every object it reads.
    """
    fields = field_parts(cls)
    cls_name = cls.__name__
    namespace[f"_known_{cls_name}"] = frozenset(name for name, *_ in fields)
    namespace[f"_{cls_name}"] = cls
    values, texts = {}, {}
    for name, kind, optional, many in fields:
        one = _build_template(kind, namespace, counted=counted)
        if many:
            one = "tuple({0})" if one == "{0}" else f"tuple([{one.format('i')} for i in {{0}}])"
        elif kind is Text:
            texts[name] = optional
        if optional and one == "{0}":
            values[name] = f"get({name!r})"
        elif optional:
            values[name] = f"None if (v := get({name!r})) is None else {one.format('v')}"
        else:
            values[name] = one.format(f"o[{name!r}]")
    arguments = ",".join(f"\n        {name}={value}" for name, value in values.items())
    body = _build_statements(cls, values, texts, namespace, counted=counted)
    extra = ", add" if counted else ""
    lines = []
    if not body or counted:  # else the body reads each field by name and keeps x- keys itself
        lines += [
            f"if not _known_{cls_name}.issuperset(o):",
            f"    return _with_extensions(_build_{cls_name}, _known_{cls_name}, o{extra})",
        ]
    lines += [
        *(["add(o)"] if counted else []),
        "get = o.get",
        *(body or [f"return _{cls_name}({arguments},\n    )"]),
    ]
    parameters = "o, add" if counted else "o"
    return f"def _build_{cls_name}({parameters}):\n" + "".join(f"    {line}\n" for line in lines)
