from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given

import commitments
from commitments.convert import MODEL_CLASSES
from commitments.model._fields import field_doc, is_extensions_field
from commitments.model.plan import Plan
from commitments.outputs.schemas import shipped_schemas
from commitments.schema import PLAN_SCHEMA_ID, build_schema, plan_schema, schema_text
from conftest import SCHEMAS
from reference_converter import make_converter
from strategies import plans

converter = make_converter()


@pytest.mark.parametrize("name", sorted(shipped_schemas()))
def test_shipped_schema_files_are_what_the_code_generates(name: str) -> None:
    shipped = (SCHEMAS / name).read_text(encoding="utf-8")
    assert shipped == schema_text(shipped_schemas()[name]), (
        f"schemas/{name} is stale: run `make schemas` and commit the result"
    )


def test_the_plan_schema_in_the_package_is_what_the_code_generates() -> None:
    packaged = Path(commitments.__file__).with_name("plan-1.schema.json")
    assert packaged.read_text(encoding="utf-8") == schema_text(build_schema()), (
        "src/commitments/plan-1.schema.json is stale: run `make schemas` and commit the result"
    )
    assert plan_schema() == build_schema()


def test_no_schema_file_is_shipped_that_the_code_does_not_generate() -> None:
    assert {path.name for path in SCHEMAS.glob("*.json")} == set(shipped_schemas())


@pytest.mark.parametrize("name", sorted(shipped_schemas()))
def test_schemas_are_valid_draft_2020_12(name: str) -> None:
    schema = shipped_schemas()[name]
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def _walk(value: Any) -> list[Any]:
    found = [value]
    if isinstance(value, dict):
        for item in value.values():
            found.extend(_walk(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(_walk(item))
    return found


@pytest.mark.parametrize("name", sorted(shipped_schemas()))
def test_schemas_are_portable(name: str) -> None:
    for node in _walk(shipped_schemas()[name]):
        if isinstance(node, dict):
            pattern = node.get("pattern")
            if isinstance(pattern, str):
                assert "\\d" not in pattern, pattern
                assert "\\w" not in pattern, pattern
            multiple = node.get("multipleOf")
            assert multiple is None or isinstance(multiple, int)


def test_every_definition_has_a_description_and_objects_a_title() -> None:
    for name, definition in build_schema()["$defs"].items():
        assert definition.get("description"), name
        if definition.get("type") == "object" and "properties" in definition:
            assert definition["title"] == name


def test_every_model_field_is_documented() -> None:
    for cls in MODEL_CLASSES:
        for field in attrs.fields(cls):
            assert is_extensions_field(field) or field_doc(field) is not None, (cls, field.name)


def test_objects_refuse_unknown_keys_but_keep_extensions() -> None:
    for name, definition in build_schema()["$defs"].items():
        if definition.get("type") == "object" and "properties" in definition:
            assert definition["additionalProperties"] is False, name
            assert "^x-" in definition["patternProperties"], name


def test_schema_id() -> None:
    assert build_schema()["$id"] == PLAN_SCHEMA_ID


validator = jsonschema.Draft202012Validator(
    build_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


@given(plans())
def test_generated_plans_pass_the_schema(plan: Plan) -> None:
    errors = list(validator.iter_errors(converter.unstructure(plan)))
    assert not errors, [error.message for error in errors]
