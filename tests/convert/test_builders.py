import json
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import commitments
from commitments.convert._builder_code import _shell, _slots_only, builder_source
from commitments.convert._builders import _builders, build_plan
from commitments.convert._codegen import MODEL_CLASSES
from commitments.convert._json_text import write_json
from commitments.convert._plan_line import plan_json
from commitments.convert._writers import plan_value
from commitments.io import plan_from_reading
from commitments.model._fields import extensions_field
from commitments.model.parts import Jurisdiction
from commitments.model.plan import Plan
from commitments.model.text import Text, _freeze_text
from commitments.reading.datasets import dataset_files, read_dataset
from commitments.reading.document import read_document
from reference_converter import make_converter
from strategies import plans

converter = make_converter()
EMPTY = (
    '{"schema_version": "1.0", "jurisdiction": {"name": "Jilin"}, "year": 2021, "commitments": []}'
)


@given(plans())
def test_build_plan_equals_the_converter(plan: Plan) -> None:
    value = converter.unstructure(plan)
    assert build_plan(value) == converter.structure(value, Plan) == plan


@given(plans())
def test_built_plans_behave_as_the_converter_builds_them(plan: Plan) -> None:
    value = converter.unstructure(plan)
    built, structured = build_plan(value), converter.structure(value, Plan)
    assert repr(built) == repr(structured)
    assert hash(built) == hash(structured)
    assert [hash(c.title) for c in built.commitments] == [
        hash(c.title) for c in structured.commitments
    ]


def test_a_built_text_holds_a_frozen_copy_of_its_object() -> None:
    title = {"zh": "吉林省", "en": "Jilin"}
    value = json.loads(EMPTY)
    value["jurisdiction"]["name"] = title
    plan = build_plan(value)
    title["en"] = "changed"
    assert plan.jurisdiction.name == Text({"zh": "吉林省", "en": "Jilin"})
    assert type(plan.jurisdiction.name.value) is MappingProxyType
    assert repr(plan.jurisdiction.name) == repr(Text({"zh": "吉林省", "en": "Jilin"}))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        plan.jurisdiction.name = Text("x")  # type: ignore[misc]


def test_only_classes_whose_init_just_stores_are_built_by_their_slots() -> None:
    assert all(_slots_only(cls, {}) for cls in MODEL_CLASSES)
    assert _slots_only(Text, {"value": _freeze_text})
    assert not _slots_only(Text, {})  # its converter must run

    @attrs.frozen
    class Checked:
        n: int = attrs.field(validator=attrs.validators.instance_of(int))

    @attrs.frozen
    class Hooked:
        n: int

        def __attrs_post_init__(self) -> None:
            pass

    @attrs.frozen(slots=False)
    class Unslotted:
        n: int

    @attrs.frozen
    class Made:
        n: list[int] = attrs.Factory(list)

    assert not any(_slots_only(cls, {}) for cls in (Checked, Hooked, Unslotted, Made))


@attrs.frozen(kw_only=True)
class Hooked:
    """A class whose ``__init__`` does more than store: built by calling it."""

    name: Text
    note: Text | None = None
    extensions: Mapping[str, Any] = extensions_field()

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "note", self.note or Text("made by __init__"))


def test_a_class_whose_init_does_more_is_built_by_its_init() -> None:
    namespace = dict(_builders(fresh=False))
    source = builder_source(Hooked, namespace)
    assert "return _Hooked(" in source
    exec(source, namespace)
    built = namespace["_build_Hooked"]({"name": {"en": "Jilin"}, "x-a": 1})
    assert built == Hooked(name=Text({"en": "Jilin"}), extensions=MappingProxyType({"x-a": 1}))
    assert built.note == Text("made by __init__")


@given(plans(), st.booleans())
def test_every_kind_of_builder_builds_what_the_converter_builds(plan: Plan, fresh: bool) -> None:
    value = converter.unstructure(plan)
    built = build_plan(value, fresh=fresh)
    assert built == converter.structure(value, Plan) == plan
    assert repr(built) == repr(plan)


def test_a_fresh_build_freezes_the_parsed_object_and_a_default_one_a_copy() -> None:
    value = json.loads(EMPTY)
    value["jurisdiction"]["name"] = {"zh": "吉林省"}
    fresh = build_plan(value, fresh=True).jurisdiction.name.value
    copied = build_plan(value).jurisdiction.name.value
    value["jurisdiction"]["name"]["en"] = "Jilin"
    assert dict(fresh) == {"zh": "吉林省", "en": "Jilin"}
    assert dict(copied) == {"zh": "吉林省"}


@pytest.mark.parametrize(
    "key", ['"x-note"', '"\\u0078-note"', '"x\\u002dnote"'], ids=["plain", "x escaped", "- escaped"]
)
def test_loads_keeps_an_extension_whether_or_not_its_key_is_escaped(key: str) -> None:
    text = EMPTY.replace('"name": "Jilin"', f'"name": "Jilin", {key}: 1')
    plan = commitments.loads(text)
    assert plan.jurisdiction.extensions == {"x-note": 1}


def test_a_reading_changed_after_reading_keeps_the_extension_added() -> None:
    reading = read_document(EMPTY)
    changed = attrs.evolve(reading, value={**reading.value, "x-source": "patched"})
    plan = plan_from_reading(changed)
    assert dict(plan.extensions) == {"x-source": "patched"}


def test_model_classes_are_built_through_shells_where_python_allows() -> None:
    assert all(_shell(cls) is not None for cls in MODEL_CLASSES)

    @attrs.frozen(kw_only=True)  # a __weakref__ slot: Python 3.11 refuses the class change
    class Weak:
        name: str
        note: str | None = None
        extensions: Mapping[str, Any] = extensions_field()

    namespace = dict(_builders(fresh=False))
    exec(builder_source(Weak, namespace), namespace)
    built = namespace["_build_Weak"]({"name": "a"})
    assert type(built) is Weak
    assert built == Weak(name="a")


@given(plans())
def test_plan_value_equals_the_converter_key_order_included(plan: Plan) -> None:
    expected = converter.unstructure(plan)
    assert write_json(plan_value(plan)) == write_json(expected)


@given(plans(), st.sampled_from([None, 0, 2, 4]))
def test_dumps_writes_what_the_careful_writer_writes(plan: Plan, indent: int | None) -> None:
    expected = write_json(converter.unstructure(plan), indent=indent)
    assert commitments.dumps(plan, indent=indent) == expected


def test_examples_load_and_dump_as_the_converter_does(examples_dir: Path) -> None:
    for path in sorted(dataset_files(examples_dir)):
        for reading in read_dataset(path):
            plan = plan_from_reading(reading)
            assert plan == converter.structure(reading.value, Plan)
            assert commitments.dumps(plan) == write_json(converter.unstructure(plan))


def test_extensions_are_kept_at_the_end_with_their_numbers() -> None:
    text = EMPTY[:-1] + ', "x-n": [1.50, {"deep": 2E+3}]}'
    plan = commitments.loads(text)
    assert plan.extensions == {"x-n": [Decimal("1.50"), {"deep": Decimal("2E+3")}]}
    assert commitments.dumps(plan, indent=None).endswith(',"x-n":[1.50,{"deep":2E+3}]}')


@pytest.mark.parametrize(
    "name",
    [
        "\0" + "95.0",  # looks like a marked number
        'quote"\0' + "7",  # so does the end of this one, after an escaped quote
        "lone \ud800 surrogate",  # written escaped by the careful writer
    ],
)
def test_strings_the_c_encoder_cannot_write_go_to_the_careful_writer(name: str) -> None:
    plan = attrs.evolve(commitments.loads(EMPTY), jurisdiction=Jurisdiction(name=Text(name)))
    assert plan_json(plan) is None
    assert commitments.dumps(plan, indent=None) == write_json(
        converter.unstructure(plan), indent=None
    )
    assert json.loads(commitments.dumps(plan))["jurisdiction"]["name"] == name


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("-Infinity"), float("inf")])
def test_non_finite_numbers_are_refused_as_before(value: object) -> None:
    plan = attrs.evolve(commitments.loads(EMPTY), extensions=MappingProxyType({"x-v": value}))
    assert plan_json(plan) is None
    with pytest.raises(ValueError, match="is not a JSON number"):
        commitments.dumps(plan)
