"""Builders generated from the model, for documents the schema has accepted.

The cattrs converter (:mod:`commitments.convert`) checks every value it
structures; on a document that has passed validation that is work done twice.
:func:`build_plan` builds the same :class:`~commitments.model.plan.Plan` with no
checks at all, by one generated function per model class (fields and types read
from the attrs classes), so a field added to the model is picked up here too,
or refused at once if its type is new. A property test holds it equal to the
converter; :mod:`commitments.convert._writers` generates the way back the same way.

Where ``__init__`` would only store its arguments, a builder does not call it:
it fills a *shell*, a plain class with the same slots, by plain attribute stores,
and then makes it an instance of the model class by ``__class__`` assignment
(three times as fast as ``__init__``; where Python refuses the assignment, the
slots of a bare instance are filled through their descriptors). A ``Text`` of a
string is made the same way, its converter skipped.

:func:`build_plan` must only see values the schema accepts: anything else may
raise any exception or build nonsense.
"""

import datetime
import functools
import linecache
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs

from commitments.model._fields import is_extensions_field
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
from commitments.model.plan import Commitment, Plan
from commitments.model.text import Text, _freeze_text

__all__ = ["MODEL_CLASSES", "build_plan", "build_plan_counting", "compile_functions", "field_parts"]

#: Every class of the model that is a JSON object in a document.
MODEL_CLASSES = (
    Source,
    Jurisdiction,
    Category,
    Agency,
    Metric,
    Baseline,
    Target,
    Observation,
    Commitment,
    Plan,
)


def _as_int(value: Any) -> int:
    return value if type(value) is int else int(value)


def _as_decimal(value: Any) -> Decimal:
    if type(value) is Decimal:
        return value
    return Decimal(value) if type(value) is int else Decimal(repr(value))


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


def _parts(annotation: Any) -> tuple[Any, bool, bool]:
    """The item type of a field, and whether it is optional and a tuple."""
    optional = False
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        annotation, optional = args[0], True
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    if typing.get_origin(annotation) is tuple:
        item = typing.get_args(annotation)[0]
        if typing.get_origin(item) is typing.Annotated:
            item = typing.get_args(item)[0]
        return item, optional, True
    return annotation, optional, False


def _build_template(kind: Any, namespace: dict[str, Any], *, counted: bool = False) -> str:
    """How to build one value ``{0}`` of a type, from its JSON value.

    ``counted``: every object met is handed to ``add`` (see :func:`build_plan_counting`).
    """
    name = f"_to_{getattr(kind, '__name__', 'value')}"
    if kind is str:
        return "{0}"
    if kind is int:
        namespace[name] = _as_int
    elif kind is Decimal:
        namespace[name] = _as_decimal
        kept, exact = "{0} if type({0}) is _Decimal", "_Decimal({0}) if type({0}) is int"
        return f"{kept} else {exact} else _to_Decimal({{0}})"
    elif kind is datetime.date:
        namespace[name] = datetime.date.fromisoformat
    elif kind is Text:
        namespace[name] = _text_builder()
        if counted:
            namespace["_counted_text"] = _counted_text
            return f"_counted_text({{0}}, add, {name})"
    elif isinstance(kind, type) and issubclass(kind, Enum):
        namespace[name] = {member.value: member for member in kind}.__getitem__
    elif kind in MODEL_CLASSES:
        return (
            f"_build_{kind.__name__}({{0}}, add)" if counted else f"_build_{kind.__name__}({{0}})"
        )
    else:
        raise TypeError(f"no builder for {kind!r}: teach commitments.convert._builders about it")
    return name + "({0})"


def _counted_text(value: Any, add: Callable[[Any], None], build: Callable[[Any], Text]) -> Text:
    if not isinstance(value, str):
        add(value)
    return build(value)


def field_parts(cls: type) -> list[tuple[str, Any, bool, bool]]:
    """Each field but ``extensions``: name, item type, whether optional, whether a tuple."""
    hints = typing.get_type_hints(cls, include_extras=True)
    parts = []
    for field in attrs.fields(cls):
        if is_extensions_field(field):
            continue
        kind, optional, many = _parts(hints[field.name])
        if optional and field.default is not None:
            raise TypeError(f"{cls.__name__}.{field.name}: an optional field must default to None")
        parts.append((field.name, kind, optional, many))
    return parts


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
        lines.append(store(field.name, f"_default_{name}_{field.name}"))
    if shell:
        lines.append(f"x.__class__ = _{name}")
    return [*lines, "return x"]


def _builder_source(cls: type, namespace: dict[str, Any], *, counted: bool = False) -> str:
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
    lines = [
        f"if not _known_{cls_name}.issuperset(o):",
        f"    return _with_extensions(_build_{cls_name}, _known_{cls_name}, o{extra})",
        *(["add(o)"] if counted else []),
        "get = o.get",
        *(body or [f"return _{cls_name}({arguments},\n    )"]),
    ]
    parameters = "o, add" if counted else "o"
    return f"def _build_{cls_name}({parameters}):\n" + "".join(f"    {line}\n" for line in lines)


def _with_extensions(
    build: Callable[..., Any], known: frozenset[str], value: Any, *add: Callable[[Any], None]
) -> Any:
    """Build an object that holds ``x-`` keys; a counting builder passes its ``add`` on."""
    own = {key: item for key, item in value.items() if key in known}
    extensions = {k: v for k, v in value.items() if k not in known}
    if add:  # ``own`` is counted as it is built; count the rest of the object and within
        count = add[0]
        count(extensions)
        stack = list(extensions.values())
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                count(item)
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return attrs.evolve(build(own, *add), extensions=types.MappingProxyType(extensions))


def compile_functions(label: str, source: str, namespace: dict[str, Any]) -> dict[str, Any]:
    """Compile generated functions into ``namespace``; tracebacks through them show their lines."""
    name = f"<commitments compiled model: {label}>"
    linecache.cache[name] = (len(source), None, source.splitlines(True), name)
    exec(compile(source, name, "exec"), namespace)
    return namespace


@functools.cache
def _builders(*, fresh: bool, counted: bool = False) -> dict[str, Any]:
    """Generate and compile the builders of one kind, once, on first use (a few milliseconds)."""
    namespace: dict[str, Any] = {
        "_Decimal": Decimal,
        "_new": object.__new__,
        "_Text": Text,
        "_set_Text_value": Text.__dict__["value"].__set__,
        # A fresh dict is nobody else's: frozen as it is, not copied first.
        "_freeze_text": types.MappingProxyType if fresh else _freeze_text,
        "_with_extensions": _with_extensions,
    }
    source = "\n".join(_builder_source(cls, namespace, counted=counted) for cls in MODEL_CLASSES)
    label = ", ".join(
        ["builders", *(["fresh"] if fresh else []), *(["counting"] if counted else [])]
    )
    return compile_functions(label, source, namespace)


def build_plan(value: Any, *, fresh: bool = False) -> Plan:
    """Build the plan of a JSON value that the schema accepts, checking nothing.

    Args:
        value: A plan document's JSON value, already validated.
        fresh: No one else holds the value's objects, and no one will change
            them (a value just parsed, and then dropped): a multilingual text's
            object is frozen without a copy.

    Returns:
        The plan, equal to what the converter structures.

    """
    plan: Plan = _builders(fresh=fresh)["_build_Plan"](value)
    return plan


def build_plan_counting(value: Any) -> tuple[Plan, int]:
    """Build a plan as ``build_plan(value, fresh=True)`` does, counting keys.

    Args:
        value: A plan document's JSON value that the schema accepts, just
            parsed and then dropped.

    Returns:
        The plan, and the number of keys in all the objects of ``value``: a
        document whose text has more members than that repeats a key.

    """
    objects: list[dict[str, Any]] = []
    plan: Plan = _builders(fresh=True, counted=True)["_build_Plan"](value, objects.append)
    return plan, sum(map(len, objects))
