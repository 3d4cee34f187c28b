import datetime
from decimal import Decimal

import attrs
import pytest

from commitments.model.parts import Baseline, Metric, Target
from commitments.model.plan import Commitment
from commitments.model.text import Text
from commitments.model.vocab import DEFAULT_STAGES, Direction, MetricKind, Status


def commitment(**changes: object) -> Commitment:
    base = Commitment(
        id="urban-new-jobs",
        title=Text({"zh": "城镇新增就业", "en": "New urban jobs"}),
        category="employment",
        owner="jl-hrss",
        metric=Metric(kind=MetricKind.QUANTITY, unit="person"),
        target=Target(value=Decimal(230000)),
        status=Status.PLANNED,
    )
    return attrs.evolve(base, **changes)


def test_classes_are_frozen_and_keyword_only() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        commitment().id = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Target(Decimal(1))  # type: ignore[misc]


def test_text_plain_and_multilingual() -> None:
    plain = Text("吉林省")
    assert plain.is_plain
    assert plain.languages == ()
    assert plain.get("zh") is None
    assert str(plain) == "吉林省"
    both = Text({"zh": "城镇新增就业", "en": "New urban jobs"})
    assert not both.is_plain
    assert both.languages == ("zh", "en")
    assert both.get("EN") == "New urban jobs"
    assert both.best("en-GB") == "New urban jobs"
    assert both.best("fr") == "城镇新增就业"
    assert both.best("fr", "zh-Hans") == "城镇新增就业"


def test_text_equality_ignores_key_order_but_not_form() -> None:
    assert Text({"zh": "a", "en": "b"}) == Text({"en": "b", "zh": "a"})
    assert hash(Text({"zh": "a", "en": "b"})) == hash(Text({"en": "b", "zh": "a"}))
    assert Text("a") != Text({"und": "a"})


def test_text_mapping_is_copied_and_read_only() -> None:
    source = {"zh": "a"}
    text = Text(source)
    source["zh"] = "changed"
    assert text.get("zh") == "a"
    with pytest.raises(TypeError):
        text.value["zh"] = "b"  # type: ignore[index]


def test_effective_defaults_do_not_rewrite_data() -> None:
    item = commitment()
    assert item.baseline is None
    assert item.effective_baseline_value == 0
    assert item.metric.direction is None
    assert item.metric.effective_direction is Direction.INCREASE
    assert item.effective_due(2021) == datetime.date(2021, 12, 31)
    assert item.effective_start(2021) == datetime.date(2021, 1, 1)
    assert item.effective_target_stage is None


def test_effective_values_follow_the_document_when_given() -> None:
    item = commitment(
        baseline=Baseline(value=Decimal("93.5"), as_of=datetime.date(2020, 12, 31)),
        target=Target(value=Decimal(95), due=datetime.date(2021, 6, 30)),
        metric=Metric(kind=MetricKind.LEVEL, unit="percent", direction=Direction.DECREASE),
    )
    assert item.effective_baseline_value == Decimal("93.5")
    assert item.effective_due(2021) == datetime.date(2021, 6, 30)
    assert item.effective_start(2021) == datetime.date(2020, 12, 31)
    assert item.metric.effective_direction is Direction.DECREASE


def test_level_without_baseline_has_no_effective_baseline() -> None:
    item = commitment(metric=Metric(kind=MetricKind.LEVEL, unit="percent"))
    assert item.effective_baseline_value is None


def test_milestone_stages_and_target_stage() -> None:
    default = commitment(metric=Metric(kind=MetricKind.MILESTONE), target=Target())
    assert default.metric.effective_stages == DEFAULT_STAGES
    assert default.effective_target_stage == "completed"
    assert default.effective_baseline_value is None
    custom = commitment(
        metric=Metric(kind=MetricKind.MILESTONE, stages=("designed", "tendered", "built")),
        target=Target(stage="tendered"),
    )
    assert custom.effective_target_stage == "tendered"
    assert not custom.metric.is_numeric


def test_model_objects_are_hashable_without_extensions() -> None:
    assert hash(commitment()) == hash(commitment())
